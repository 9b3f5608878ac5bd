"""The journal: one entry per contact, tied to goals, with the time it took (issue 16).

An entry has a date, a kind of contact, with whom (and the contact record where there is
one), its minutes, the phase the time counts for, the goals it worked on, the notes (private;
health information when the coach ticks it) and a follow-up. A follow-up with text becomes an
action under the entry's first linked goal, so it shows in the plan and in the agenda
(`sync_follow_up`).

Phase: `PhaseFinder` proposes it from the participant's status history on the entry's date
(the last status change on or before it): aanmelding and intake count as *intake*; actief and
gepauzeerd as *plan*, or *leerwerkplek* while a placement other than paid work runs on that
day; geplaatst, nazorg and afgesloten as *nazorg*. The proposal is stored with the entry and
the coach can change it; hours per phase read the stored value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.messages import UserError
from ..storage.queries import dict_rows
from ..storage.repository import Record, Store
from ..storage.search import search_journal_ids

ENTITY = "journal_entry"
DEFAULT_KIND = "huisbezoek"
PHASE_OF_STATUS = {"aanmelding": "intake", "intake": "intake", "actief": "plan",
                   "gepauzeerd": "plan", "geplaatst": "nazorg", "nazorg": "nazorg",
                   "afgesloten": "nazorg"}
#: a placement of one of these types makes "plan" time count as "leerwerkplek"
PRACTICE_TYPES = frozenset({"interne_werkplaats", "leerwerkplek", "taalstage", "vrijwilligerswerk",
                            "proefweek", "proefplaatsing", "werkervaringsplaats"})


class PhaseFinder:
    """The phase of a participant's trajectory on a day, from status history and placements
    (read once; `on(day)` is then cheap, so hours over many entries ask it per entry)."""

    def __init__(self, store: Store, participant_id: str) -> None:
        db = store.db
        self.changes = [(r[0], r[1]) for r in db.execute(
            "SELECT date, to_status FROM status_change WHERE participant_id = ? AND deleted = 0 "
            "AND date IS NOT NULL ORDER BY date, created_at", [participant_id])]
        row = db.execute("SELECT status FROM participant WHERE id = ?", [participant_id]).fetchone()
        self.current = row[0] if row else None
        self.practice = [(r[0], r[1]) for r in db.execute(
            "SELECT start_date, end_date FROM placement WHERE participant_id = ? AND deleted = 0 "
            f"AND type IN ({','.join('?' * len(PRACTICE_TYPES))}) AND start_date IS NOT NULL",
            [participant_id, *sorted(PRACTICE_TYPES)])]

    def status_on(self, day: str) -> str | None:
        status = None
        for when, to_status in self.changes:
            if when > day:
                break
            status = to_status
        if status is None:
            return "intake" if self.changes else self.current
        return status

    def on(self, day: date | str | None) -> str:
        text = day.isoformat() if isinstance(day, date) else (day or date.today().isoformat())
        phase = PHASE_OF_STATUS.get(self.status_on(text) or "", "intake")
        if phase == "plan" and any(start <= text and (not end or text <= end)
                                   for start, end in self.practice):
            return "leerwerkplek"
        return phase


def phase_on(store: Store, participant_id: str, day: date | str) -> str:
    return PhaseFinder(store, participant_id).on(day)


def follow_date(store: Store, entry_id: str, old_date: str | None) -> Record | None:
    """The entry's date moved from ``old_date``: if its phase is still the one proposed for
    the old date, propose again for the new one (a phase the coach chose stays). Returns the
    entry when its phase changed."""
    entry = store.repo(ENTITY).get(entry_id)
    if entry is None or not entry.get("date") or entry.get("date") == old_date or not old_date:
        return None
    finder = PhaseFinder(store, entry["participant_id"])
    if entry.get("phase") not in (None, finder.on(old_date)):
        return None
    phase = finder.on(entry["date"])
    if phase == entry.get("phase"):
        return None
    return store.repo(ENTITY).update(entry_id, {"phase": phase})


def last_kind(store: Store) -> str:
    """The kind of the entry written last (the form remembers it), or a home visit."""
    row = store.db.execute(
        "SELECT kind FROM journal_entry WHERE deleted = 0 AND kind IS NOT NULL "
        "ORDER BY created_at DESC LIMIT 1").fetchone()
    return row[0] if row else DEFAULT_KIND


def new_entry(store: Store, participant_id: str, *, on: date | None = None,
              values: dict[str, Any] | None = None) -> Record:
    """A new entry dated ``on`` (today) with the last kind, the proposed phase, with the
    participant; ``values`` override any of them."""
    if store.repo("participant").get(participant_id) is None:
        raise UserError("journal.no_participant")
    day = on or date.today()
    start: dict[str, Any] = {"participant_id": participant_id, "date": day,
                             "kind": last_kind(store), "with_whom": ["deelnemer"],
                             "phase": phase_on(store, participant_id, day)}
    start.update(values or {})
    return store.repo(ENTITY).insert(start)


@dataclass(frozen=True)
class EntryRow:
    """What the journal list shows of one entry (read without decoding every field)."""

    id: str
    date: str | None
    kind: str | None
    minutes: int | None
    phase: str | None
    goals: int  # how many goals it is linked to
    text: str
    health: bool
    follow_up: str
    # a group session the participant attended (services/groups.py): shown in the journal
    # with the coach's time shared by those present, edited under Groepsbijeenkomsten
    group: bool = False


_ROWS_SQL = """
SELECT id, date, kind, minutes, phase,
       CASE WHEN json_valid(goal_ids) THEN json_array_length(goal_ids) ELSE 0 END AS goals,
       substr(coalesce(text, ''), 1, 300) AS text,
       health, coalesce(follow_up, '') AS follow_up
FROM journal_entry WHERE participant_id = ? AND deleted = 0 {extra}
ORDER BY date DESC, created_at DESC
"""


def _goal_list(raw: Any) -> tuple[str, ...]:
    if not raw:
        return ()
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def entry_rows(store: Store, participant_id: str, *, text: str = "") -> list[EntryRow]:
    """The participant's entries, newest first; ``text`` filters by full-text search."""
    extra, params = "", [participant_id]
    if text.strip():
        ids = [i for i, _p in search_journal_ids(store.db, text, participant_id=participant_id)]
        if not ids:
            return []
        extra = f"AND id IN ({','.join('?' * len(ids))})"
        params += ids
    rows = store.db.execute(_ROWS_SQL.format(extra=extra), params).fetchall()
    out = [EntryRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6], bool(r[7]), r[8]) for r in rows]
    if not text.strip():
        out += [EntryRow(GROUP_PREFIX + r[0], r[1], "groep", r[2], None, 0, r[3] or "", False, "",
                         group=True) for r in store.db.execute(_GROUP_ROWS_SQL, [participant_id])]
        out.sort(key=lambda e: e.date or "", reverse=True)
    return out


#: Journal rows that are group sessions attended carry this before the attendance id.
GROUP_PREFIX = "group:"
_GROUP_ROWS_SQL = """
SELECT a.id, s.date, s.minutes_per_participant, s.theme FROM group_attendance a
JOIN group_session s ON s.id = a.session_id
WHERE a.participant_id = ? AND a.deleted = 0 AND a.present = 1 AND s.deleted = 0
"""


def search(store: Store, text: str, participant_id: str | None = None) -> list[tuple[str, str]]:
    """(entry id, participant id) of entries whose notes or follow-up match, best first."""
    return search_journal_ids(store.db, text, participant_id=participant_id)


def search_rows(store: Store, text: str, limit: int = 200) -> list[dict[str, Any]]:
    """Matching entries across the caseload, best first: entry and participant id, the
    participant's name, the date and the start of the notes (health notes left out)."""
    hits = search_journal_ids(store.db, text, limit=limit)
    if not hits:
        return []
    order = {entry_id: i for i, (entry_id, _p) in enumerate(hits)}
    marks = ",".join("?" * len(hits))
    rows = dict_rows(store.db.execute(
        "SELECT j.id, j.participant_id, j.date, CASE WHEN j.health THEN '' ELSE "
        "substr(coalesce(j.text, j.follow_up, ''), 1, 300) END AS text, "
        "trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS name "
        f"FROM journal_entry j JOIN participant p ON p.id = j.participant_id WHERE j.id IN ({marks})",
        [e for e, _p in hits]))
    return sorted(rows, key=lambda r: order[r["id"]])


def get(store: Store, entry_id: str | None) -> Record | None:
    return store.repo(ENTITY).get(entry_id) if entry_id else None


def set_goals(store: Store, entry_id: str, goal_ids: Iterable[str]) -> Record:
    """Link the entry to these goals (in the order given, each once)."""
    ordered = list(dict.fromkeys(goal_ids))
    return store.repo(ENTITY).update(entry_id, {"goal_ids": ordered})


def remove(store: Store, entry_id: str) -> Record:
    return store.repo(ENTITY).delete(entry_id, note="verwijderd door begeleider")


def sync_follow_up(store: Store, entry_id: str) -> Record | None:
    """Make the entry's follow-up an action (or update / remove the one it made).

    The action goes under the first linked goal that still exists, with the follow-up's
    owner and date; without a linked goal it cannot (UserError). Emptying the follow-up
    removes an action that is not done yet. Returns the action, or None.
    """
    entry = get(store, entry_id)
    if entry is None:
        raise UserError("journal.no_entry")
    actions = store.repo("action")
    action = actions.get(entry["follow_up_action_id"]) if entry.get("follow_up_action_id") else None
    text = (entry.get("follow_up") or "").strip()
    if not text:
        if action is not None and not action.get("done"):
            with store.transaction():
                actions.delete(action["id"], note="vervolgactie uit journaal leeggemaakt")
                store.repo(ENTITY).update(entry_id, {"follow_up_action_id": None})
        return None
    wanted = {"description": text, "owner": entry.get("follow_up_owner"),
              "due_date": entry.get("follow_up_date")}
    if action is not None:
        changes = {k: v for k, v in wanted.items() if action.get(k) != v}
        return actions.update(action["id"], changes) if changes else action
    goals = store.repo("goal")
    goal_id = next((g for g in _goal_list(entry.get("goal_ids")) if goals.get(g) is not None), None)
    if goal_id is None:
        raise UserError("journal.follow_up_needs_goal")
    with store.transaction():
        action = actions.insert({"participant_id": entry["participant_id"], "goal_id": goal_id,
                                 **wanted})
        store.repo(ENTITY).update(entry_id, {"follow_up_action_id": action["id"]})
    return action


def goal_choices(store: Store, participant_id: str) -> list[tuple[str, str, str]]:
    """(id, text, status) of the participant's goals in plan order, for linking."""
    rows = store.db.execute(
        "SELECT id, text, status FROM goal WHERE participant_id = ? AND deleted = 0 "
        "ORDER BY coalesce(sort_order, 0), created_at", [participant_id]).fetchall()
    return [(r[0], r[1] or "", r[2] or "") for r in rows]


def contact_choices(store: Store, participant_id: str) -> list[tuple[str, str]]:
    """(id, "name (organisation)") of the participant's own contacts and the shared ones."""
    rows = store.db.execute(
        "SELECT id, name, organisation FROM contact WHERE deleted = 0 "
        "AND (participant_id = ? OR participant_id IS NULL) ORDER BY lower(name)",
        [participant_id]).fetchall()
    return [(r[0], f"{r[1]} ({r[2]})" if r[2] else (r[1] or "")) for r in rows]

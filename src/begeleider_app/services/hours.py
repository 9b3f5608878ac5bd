"""Time spent on participants: from journal entries and completed aftercare contact moments.

The public API (other reports read hours from here; docs/design.md, "Journal and hours"):

* `hours_by_phase(store, participant_id, start, end)` -> {phase: minutes}
* `hours_by_goal(store, participant_id, start, end)` -> {goal id or None: minutes}
* `hours_by_month(store, participant_id, start, end)` -> {"yyyy-mm": minutes}
  (``participant_id=None``: the whole open caseload)
* `hours_by_week(store, participant_id, start, end)` -> {"yyyy-Www": minutes}
* `caseload_hours(store, since, until=None)` -> {participant id: minutes}
* `budget_use(store, participant_id, today)` -> the granted hours against the time spent

All values are whole **minutes** (format with `hours_text`); ``start`` and ``end`` are
inclusive dates (None: no bound). What counts:

* every live journal entry with minutes, on its date, in its stored phase (the journal
  proposes the phase from the status history; see services/journal.py);
* every live contact moment that is done (``done_date``) and has minutes, on its done date,
  in the phase the status history gives for that day (in practice *nazorg*); it has no goals.

An entry linked to several goals counts for each goal an equal share (whole minutes, the
remainder to the first goal), so the goals add up to the entries' total; time without a goal
is under None.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain.fields import PHASE
from ..domain.messages import msg
from ..domain.validation import format_date
from ..storage.repository import Record, Store
from .journal import PhaseFinder

PHASES: tuple[str, ...] = tuple(c.value for c in PHASE)
#: the budget warning shows from this share of the granted time on
WARN_SHARE = 0.8
#: the caseload's hours column looks back this many days (about three months)
CASELOAD_DAYS = 91


@dataclass(frozen=True)
class TimeItem:
    """One piece of registered time."""

    source: str  # "journal", "moment" or "group" (a group session attended)
    id: str
    participant_id: str
    day: str  # ISO date
    minutes: int
    phase: str
    goal_ids: tuple[str, ...] = ()


def _iso(d: date | str | None) -> str | None:
    return d.isoformat() if isinstance(d, date) else d


def _bounds(column: str, start: date | str | None, end: date | str | None) -> tuple[str, list[str]]:
    sql, params = "", []
    if start is not None:
        sql += f" AND {column} >= ?"
        params.append(_iso(start))
    if end is not None:
        sql += f" AND {column} <= ?"
        params.append(_iso(end))
    return sql, params


def _goals(raw: Any) -> tuple[str, ...]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def time_items(store: Store, participant_id: str, start: date | str | None = None,
               end: date | str | None = None, *, phases: bool = True) -> list[TimeItem]:
    """Every piece of time of one participant in the period, oldest first (``phases=False``:
    done moments get no phase, which spares reading the status history)."""
    db = store.db
    where, params = _bounds("date", start, end)
    items = [TimeItem("journal", r[0], participant_id, r[1], int(r[2]), r[3] or "", _goals(r[4]))
             for r in db.execute(
                 "SELECT id, date, minutes, phase, goal_ids FROM journal_entry "
                 "WHERE participant_id = ? AND deleted = 0 AND minutes > 0 AND date IS NOT NULL"
                 + where, [participant_id, *params])]
    where, params = _bounds("done_date", start, end)
    moments = db.execute(
        "SELECT id, done_date, minutes FROM contact_moment WHERE participant_id = ? "
        "AND deleted = 0 AND minutes > 0 AND done_date IS NOT NULL" + where,
        [participant_id, *params]).fetchall()
    where, params = _bounds("s.date", start, end)
    # A group session attended counts with the coach's time shared by those present
    # (services/groups.py keeps minutes_per_participant).
    groups = db.execute(
        "SELECT a.id, s.date, s.minutes_per_participant FROM group_attendance a "
        "JOIN group_session s ON s.id = a.session_id WHERE a.participant_id = ? "
        "AND a.deleted = 0 AND a.present = 1 AND s.deleted = 0 AND s.minutes_per_participant > 0 "
        "AND s.date IS NOT NULL" + where, [participant_id, *params]).fetchall()
    if moments or groups:
        finder = PhaseFinder(store, participant_id) if phases else None
        items += [TimeItem("moment", r[0], participant_id, r[1], int(r[2]),
                           finder.on(r[1]) if finder else "") for r in moments]
        items += [TimeItem("group", r[0], participant_id, r[1], int(r[2]),
                           finder.on(r[1]) if finder else "") for r in groups]
    items.sort(key=lambda i: (i.day, i.source, i.id))
    return items


_TOTAL_SQL = """
SELECT (SELECT coalesce(sum(minutes), 0) FROM journal_entry WHERE participant_id = :pid
          AND deleted = 0 AND minutes > 0 AND date >= :start AND date <= :end)
     + (SELECT coalesce(sum(minutes), 0) FROM contact_moment WHERE participant_id = :pid
          AND deleted = 0 AND minutes > 0 AND done_date >= :start AND done_date <= :end)
     + (SELECT coalesce(sum(s.minutes_per_participant), 0) FROM group_attendance a
          JOIN group_session s ON s.id = a.session_id WHERE a.participant_id = :pid
          AND a.deleted = 0 AND a.present = 1 AND s.deleted = 0
          AND s.date >= :start AND s.date <= :end)
"""


def total(store: Store, participant_id: str, start: date | str | None = None,
          end: date | str | None = None) -> int:
    """Minutes of the participant in the period (two indexed sums, no rows read out)."""
    row = store.db.execute(_TOTAL_SQL, {"pid": participant_id, "start": _iso(start) or "",
                                        "end": _iso(end) or "9999"}).fetchone()
    return int(row[0] or 0)


@dataclass(frozen=True)
class Summary:
    """What the journal tab shows above its list."""

    month: int
    recent: int  # the last CASELOAD_DAYS days
    all: int
    budgets: list[BudgetUse]


def summary(store: Store, participant_id: str, today: date) -> Summary:
    return Summary(total(store, participant_id, today.replace(day=1), today),
                   total(store, participant_id, today - timedelta(days=CASELOAD_DAYS), today),
                   total(store, participant_id), budget_use(store, participant_id, today))


def hours_by_phase(store: Store, participant_id: str, start: date | str | None = None,
                   end: date | str | None = None) -> dict[str, int]:
    """Minutes per phase (intake, plan, leerwerkplek, nazorg; every phase present)."""
    out = dict.fromkeys(PHASES, 0)
    for item in time_items(store, participant_id, start, end):
        phase = item.phase if item.phase in out else "intake"
        out[phase] += item.minutes
    return out


def hours_by_goal(store: Store, participant_id: str, start: date | str | None = None,
                  end: date | str | None = None) -> dict[str | None, int]:
    """Minutes per linked goal (an entry's time shared equally by its goals); None: no goal."""
    out: dict[str | None, int] = defaultdict(int)
    for item in time_items(store, participant_id, start, end):
        if not item.goal_ids:
            out[None] += item.minutes
            continue
        share, rest = divmod(item.minutes, len(item.goal_ids))
        for i, goal in enumerate(item.goal_ids):
            out[goal] += share + (rest if i == 0 else 0)
    return dict(out)


def months(start: date, end: date) -> list[str]:
    """Every "yyyy-mm" from start's month to end's month."""
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def hours_by_month(store: Store, participant_id: str | None, start: date,
                   end: date) -> dict[str, int]:
    """Minutes per calendar month (every month of the period present, oldest first).

    ``participant_id=None`` adds up the whole caseload (every participant not erased).
    """
    out = dict.fromkeys(months(start, end), 0)
    if participant_id is not None:
        for item in time_items(store, participant_id, start, end):
            out[item.day[:7]] = out.get(item.day[:7], 0) + item.minutes
        return out
    params = [start.isoformat(), end.isoformat()]
    for sql in ("SELECT substr(date, 1, 7), sum(minutes) FROM journal_entry "
                "WHERE deleted = 0 AND minutes > 0 AND date >= ? AND date <= ? GROUP BY 1",
                "SELECT substr(done_date, 1, 7), sum(minutes) FROM contact_moment "
                "WHERE deleted = 0 AND minutes > 0 AND done_date >= ? AND done_date <= ? "
                "GROUP BY 1",
                "SELECT substr(s.date, 1, 7), sum(s.minutes_per_participant) FROM group_attendance a "
                "JOIN group_session s ON s.id = a.session_id WHERE a.deleted = 0 AND a.present = 1 "
                "AND s.deleted = 0 AND s.date >= ? AND s.date <= ? GROUP BY 1"):
        for month, minutes in store.db.execute(sql, params):
            out[month] = out.get(month, 0) + int(minutes)
    return out


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def hours_by_week(store: Store, participant_id: str, start: date, end: date) -> dict[str, int]:
    """Minutes per ISO week (every week of the period present, oldest first)."""
    out: dict[str, int] = {}
    day = start - timedelta(days=start.weekday())
    while day <= end:
        out[week_key(day)] = 0
        day += timedelta(days=7)
    for item in time_items(store, participant_id, start, end):
        key = week_key(date.fromisoformat(item.day))
        out[key] = out.get(key, 0) + item.minutes
    return out


_CASELOAD_SQL = """
SELECT p.id,
  (SELECT coalesce(sum(j.minutes), 0) FROM journal_entry j WHERE j.participant_id = p.id
     AND j.deleted = 0 AND j.date >= :start AND j.date <= :end AND j.minutes > 0)
+ (SELECT coalesce(sum(m.minutes), 0) FROM contact_moment m WHERE m.participant_id = p.id
     AND m.deleted = 0 AND m.done_date >= :start AND m.done_date <= :end AND m.minutes > 0)
+ (SELECT coalesce(sum(s.minutes_per_participant), 0) FROM group_attendance a
     JOIN group_session s ON s.id = a.session_id WHERE a.participant_id = p.id
     AND a.deleted = 0 AND a.present = 1 AND s.deleted = 0
     AND s.date >= :start AND s.date <= :end)
FROM participant p WHERE p.deleted = 0
"""


def caseload_hours(store: Store, since: date | str, until: date | str | None = None
                   ) -> dict[str, int]:
    """Minutes per participant from ``since`` (to ``until``), for everyone at once: one
    range of the covering parent indexes per participant (migration m009), no sorting."""
    params = {"start": _iso(since) or "", "end": _iso(until) or "9999"}
    return {pid: int(minutes) for pid, minutes in store.db.execute(_CASELOAD_SQL, params)
            if minutes}


def hours_text(minutes: int | None) -> str:
    """Minutes as hours for people: 90 -> "1,5", 0 -> "0", 20 -> "0,3"."""
    if not minutes:
        return "0"
    hours = round(minutes / 60, 1)
    text = f"{hours:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def minutes_text(minutes: int | None) -> str:
    """"1:30" for 90 minutes (the hours log's notation)."""
    minutes = minutes or 0
    return f"{minutes // 60}:{minutes % 60:02d}"


# ------------------------------------------------------------------ granted hours

@dataclass(frozen=True)
class BudgetUse:
    budget: Record
    granted: int | None  # minutes; None when a share cannot be computed (hours worked unknown)
    spent: int  # minutes in the budget's period
    state: str  # "ok", "warning" (WARN_SHARE or more used), "over", "unknown"

    @property
    def share(self) -> float:
        return self.spent / self.granted if self.granted else 0.0

    def period_text(self) -> str:
        return f"{format_date(self.budget.get('period_start'))} - {format_date(self.budget.get('period_end'))}"

    def message(self) -> str:
        if self.granted is None:
            return ""
        key = {"over": "hours.budget_over", "warning": "hours.budget_warning"}.get(
            self.state, "hours.budget_ok")
        return msg(key, spent=hours_text(self.spent), granted=hours_text(self.granted),
                   percent=round(self.share * 100), period=self.period_text())


def _weeks(start: str, end: str) -> float:
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return max(days, 0) / 7


def granted_minutes(store: Store, budget: Record) -> int | None:
    """The granted time of a budget in minutes: hours for the period, or a share of the
    hours worked (per week, from the budget or else the participant's newest placement)."""
    if budget.get("basis") == "uren":
        return int(budget["hours"]) * 60 if budget.get("hours") is not None else None
    percentage = budget.get("percentage")
    worked = budget.get("worked_hours_per_week")
    if worked is None:
        row = store.db.execute(
            "SELECT hours_per_week FROM placement WHERE participant_id = ? AND deleted = 0 "
            "AND hours_per_week IS NOT NULL ORDER BY coalesce(start_date, '') DESC LIMIT 1",
            [budget["participant_id"]]).fetchone()
        worked = row[0] if row else None
    if percentage is None or worked is None or not budget.get("period_start") \
            or not budget.get("period_end"):
        return None
    return round(worked * _weeks(budget["period_start"], budget["period_end"]) * percentage / 100 * 60)


def budget_use(store: Store, participant_id: str, today: date | None = None) -> list[BudgetUse]:
    """Every granted budget of the participant with the time spent in its period; the one
    running today first, then the newest."""
    today_iso = (today or date.today()).isoformat()
    out = []
    for budget in store.repo("hours_budget").for_participant(participant_id):
        start, end = budget.get("period_start"), budget.get("period_end")
        spent = total(store, participant_id, start, end)
        granted = granted_minutes(store, budget)
        if granted is None:
            state = "unknown"
        elif spent >= granted:
            state = "over"
        elif spent >= granted * WARN_SHARE:
            state = "warning"
        else:
            state = "ok"
        out.append(BudgetUse(budget, granted, spent, state))
    out.sort(key=lambda u: (not (u.budget.get("period_start") or "") <= today_iso
                            <= (u.budget.get("period_end") or "9999"),
                            _desc(u.budget.get("period_start") or "")))
    return out


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def team_hours_by_phase(store: Store, participant_ids: list[str], start: date,
                        end: date) -> dict[str, float]:
    """Hours per phase of these participants in the period, added up (the outcome figures'
    ``hours_provider``, services/outcomes.py)."""
    out = dict.fromkeys(PHASES, 0)
    for pid in participant_ids:
        for phase, minutes in hours_by_phase(store, pid, start, end).items():
            out[phase] += minutes
    return {phase: round(minutes / 60, 1) for phase, minutes in out.items()}

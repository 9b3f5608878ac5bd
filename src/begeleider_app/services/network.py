"""The people and services around one participant: referrals, buddies and the network map.

* **Referrals** (doorverwijzingen, domain.fields.REFERRAL) belong to the participant: to which
  service of the sociale kaart, why, when, the status (aangemeld, in behandeling, afgerond,
  gestopt), the outcome, and who does what (participant, coach, partner), linked to a goal and
  to a follow-up date in the agenda. Their texts are `private` and no referral field has a
  consent topic, so nothing of a referral ever reaches an employer report (the handover reads
  only fields with a topic). An open referral without news for `stale_days` days shows a
  warning in the agenda.
* **Buddies** stay `contact` rows with role buddy (as before), now with their kind and period;
  `active_buddies` is what the participant header shows.
* **The network map** (`network_map`) groups everyone and every service around the participant
  by kind and marks what is active today; ui/widgets/network_map.py draws it.
* **Reports** of other branches (the referrer report) ask `referrals_for_report`, which
  answers only under the participant's valid consent and never for an employer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain.fields import CONTACT, GROUP_SESSION, REFERRAL, SERVICE, SERVICE_KIND, ConsentTopic
from ..domain.messages import UserError, get_language, msg
from ..domain.validation import ValidationFailed, format_date, to_date
from ..storage.queries import dict_rows
from ..storage.repository import Record, Store
from . import consent as consent_svc
from . import social_map
from .observations import get_org_setting, set_org_setting

OPEN_STATUSES = ("aangemeld", "in_behandeling")
STALE_KEY = "referral_stale_days"
DEFAULT_STALE_DAYS = 30
RECENT_GROUP_DAYS = 90  # a group attended this recently counts as active on the map


# ------------------------------------------------------------------ referrals

def stale_days(store: Store) -> int:
    """After how many days without news an open referral is flagged (organisation setting)."""
    value = get_org_setting(store, STALE_KEY)
    try:
        days = int(value)
    except (TypeError, ValueError):
        return DEFAULT_STALE_DAYS
    return days if 1 <= days <= 365 else DEFAULT_STALE_DAYS


def set_stale_days(store: Store, days: int) -> int:
    if not 1 <= int(days) <= 365:
        raise ValidationFailed({STALE_KEY: msg("network.bad_stale_days")})
    set_org_setting(store, STALE_KEY, int(days))
    return int(days)


def last_activity(row: Record) -> date | None:
    """The latest of: referred on, last news on, the day the record was last changed."""
    days = [d for d in (to_date(row.get("referred_on")), to_date(row.get("last_news_on")),
                        to_date(row.get("updated_at"))) if d]
    return max(days) if days else None


def is_open(row: Record) -> bool:
    return row.get("status") in OPEN_STATUSES


def stale_since(row: Record, today: date, days: int) -> date | None:
    """The last activity of an open referral that has had no update for ``days`` days."""
    if not is_open(row):
        return None
    last = last_activity(row)
    if last is None or today < last + timedelta(days=days):
        return None
    return last


@dataclass(frozen=True)
class ReferralView:
    """A referral with what lists show beside it."""

    record: Record
    service: Record | None
    stale_since: date | None

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def service_name(self) -> str:
        return social_map.display_name(self.service)

    @property
    def kind_label(self) -> str:
        kind = (self.service or {}).get("kind") or ""
        return SERVICE.field("kind").choice_label(kind, get_language()) if kind else ""

    @property
    def status_label(self) -> str:
        return REFERRAL.field("status").choice_label(self.record.get("status") or "",
                                                     get_language())


def referrals(store: Store, participant_id: str, today: date | None = None) -> list[ReferralView]:
    """The participant's referrals, open ones first, newest first within."""
    today = today or date.today()
    days = stale_days(store)
    rows = store.repo("referral").for_participant(participant_id)
    services = _services_by_id(store, {r.get("service_id") for r in rows})
    out = [ReferralView(r, services.get(r.get("service_id")), stale_since(r, today, days))
           for r in rows]
    # newest first, then (a stable sort) the open ones before the ended ones
    out.sort(key=lambda v: (v.record.get("referred_on") or "", v.record.get("created_at") or ""),
             reverse=True)
    out.sort(key=lambda v: not is_open(v.record))
    return out


def _services_by_id(store: Store, ids: set[str | None]) -> dict[str, Record]:
    repo = store.repo("service")
    out = {}
    for sid in ids:
        if sid:
            row = repo.get(sid, include_deleted=True)
            if row is not None:
                out[sid] = row
    return out


def get_referral(store: Store, referral_id: str | None) -> Record | None:
    return store.repo("referral").get(referral_id) if referral_id else None


def refer(store: Store, participant_id: str, values: dict[str, Any], *,
          today: date | None = None) -> Record:
    """Record a new referral (status aangemeld and today unless given)."""
    today = today or date.today()
    if store.repo("participant").get(participant_id) is None:
        raise UserError("val.not_found", entity="Deelnemer", id=participant_id)
    if values.get("service_id") and social_map.get(store, values["service_id"]) is None:
        raise UserError("network.service_missing_error")
    data = {"status": "aangemeld", "referred_on": today, **values,
            "participant_id": participant_id}
    with store.transaction():
        row = store.repo("referral").insert(data)
        store.audit("referral.add", "referral", row["id"], detail=f"status={row['status']}")
    return row


def save_referral(store: Store, referral_id: str, changes: dict[str, Any]) -> Record:
    return store.repo("referral").update(referral_id, changes)


def update_status(store: Store, referral_id: str, status: str, *, on: date | None = None
                  ) -> Record:
    """A new status is news: the last-news date becomes ``on`` (today)."""
    on = on or date.today()
    with store.transaction():
        row = store.repo("referral").update(referral_id, {"status": status, "last_news_on": on})
        store.audit("referral.status", "referral", referral_id, detail=f"status={status}")
    return row


def record_news(store: Store, referral_id: str, *, on: date | None = None) -> Record:
    """The partner or the participant gave news: the warning waits another period."""
    return store.repo("referral").update(referral_id, {"last_news_on": on or date.today()})


def remove_referral(store: Store, referral_id: str) -> Record:
    return store.repo("referral").delete(referral_id, note="verwijderd door begeleider")


# ------------------------------------------------------------------ the agenda

_FOLLOW_UP_SQL = """
SELECT r.id, r.participant_id, r.follow_up_on AS day, s.name AS label, p.first_name, p.last_name
FROM referral r JOIN participant p ON p.id = r.participant_id
LEFT JOIN service s ON s.id = r.service_id
WHERE r.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
  AND p.status != 'afgesloten' AND r.status IN ('aangemeld', 'in_behandeling')
  AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ?
"""

_STALE_SQL = """
SELECT * FROM (
  SELECT r.id, r.participant_id, s.name AS label, p.first_name, p.last_name,
         max(coalesce(r.referred_on, ''), coalesce(r.last_news_on, ''),
             substr(r.updated_at, 1, 10)) AS since
  FROM referral r JOIN participant p ON p.id = r.participant_id
  LEFT JOIN service s ON s.id = r.service_id
  WHERE r.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
    AND p.status != 'afgesloten' AND r.status IN ('aangemeld', 'in_behandeling')
) WHERE since <= ?
"""


def agenda_rows(store: Store, today: date, until: date) -> list[dict[str, Any]]:
    """Rows for services.agenda: follow-ups of open referrals up to ``until`` (kind
    "referral"), and open referrals without news for the set time (kind "stale_referral",
    dated the day the warning started, with ``since``: the last activity)."""
    try:
        follow = dict_rows(store.db.execute(_FOLLOW_UP_SQL, [until.isoformat()]))
    except Exception as err:  # noqa: BLE001 - a database from before m010 has no referrals
        if "no such table" in str(err):
            return []
        raise
    out = [{**row, "kind": "referral"} for row in follow]
    days = stale_days(store)
    limit = (today - timedelta(days=days)).isoformat()
    for row in dict_rows(store.db.execute(_STALE_SQL, [limit])):
        since = to_date(row.pop("since"))
        if since is None:
            continue
        out.append({**row, "kind": "stale_referral", "since": since,
                    "day": (since + timedelta(days=days)).isoformat()})
    return out


# ------------------------------------------------------------------ buddies

def buddy_active(row: Record, today: date) -> bool:
    start, end = to_date(row.get("period_start")), to_date(row.get("period_end"))
    return (start is None or start <= today) and (end is None or end >= today)


def active_buddies(store: Store, participant_id: str, today: date | None = None) -> list[Record]:
    """The participant's buddies whose period covers today (for the header)."""
    today = today or date.today()
    rows = store.repo("contact").find("participant_id = ? AND role = 'buddy'", [participant_id],
                                      order_by="period_start, created_at")
    return [r for r in rows if buddy_active(r, today)]


def buddy_line(row: Record, language: str | None = None) -> str:
    """'Ilse de Boer (op de werkvloer, sinds 01-02-2026)' for the header and lists."""
    language = language or get_language()
    parts = []
    if row.get("buddy_kind"):
        parts.append(CONTACT.field("buddy_kind").choice_label(row["buddy_kind"], language).lower())
    if row.get("period_start"):
        parts.append(msg("network.since", date=format_date(row["period_start"])))
    if row.get("period_end"):
        parts.append(msg("network.until", date=format_date(row["period_end"])))
    name = row.get("name") or ""
    return f"{name} ({', '.join(parts)})" if parts else name


# ------------------------------------------------------------------ the network map

@dataclass(frozen=True)
class MapNode:
    label: str
    detail: str
    active: bool


@dataclass(frozen=True)
class MapGroup:
    key: str
    title: str
    nodes: tuple[MapNode, ...]

    @property
    def active(self) -> bool:
        return any(n.active for n in self.nodes)


@dataclass(frozen=True)
class NetworkMap:
    participant_name: str
    today: date
    groups: tuple[MapGroup, ...]

    def node_count(self) -> int:
        return sum(len(g.nodes) for g in self.groups)

    def active_count(self) -> int:
        return sum(1 for g in self.groups for n in g.nodes if n.active)


def network_map(store: Store, participant_id: str, today: date | None = None,
                language: str | None = None) -> NetworkMap:
    """Everyone and every service around the participant, grouped by kind, active marked."""
    from ..domain.validation import format_date
    from . import groups as groups_svc
    from .participants import full_name

    today = today or date.today()
    language = language or get_language()
    person = store.repo("participant").get(participant_id)
    if person is None:
        raise UserError("val.not_found", entity="Deelnemer", id=participant_id)
    groups: list[MapGroup] = []

    def group(key: str, title_key: str, nodes: list[MapNode]) -> None:
        if nodes:
            # active ones first, then by name: what matters now is on top
            nodes.sort(key=lambda n: (not n.active, n.label.casefold()))
            groups.append(MapGroup(key, msg(title_key), tuple(nodes)))

    # the coach
    if person.get("coach"):
        group("coach", "network.map_coach", [MapNode(
            person["coach"], msg("network.map_coach_detail"), person.get("status") != "afgesloten")])
    # buddies
    buddies = store.repo("contact").find("participant_id = ? AND role = 'buddy'", [participant_id])
    group("buddy", "network.map_buddies", [MapNode(
        b.get("name") or "?", CONTACT.field("buddy_kind").choice_label(b["buddy_kind"], language)
        if b.get("buddy_kind") else (b.get("organisation") or ""), buddy_active(b, today))
        for b in buddies])
    # work: placements and the participant's other contacts
    work: list[MapNode] = []
    for pl in store.repo("placement").for_participant(participant_id):
        start, end = to_date(pl.get("start_date")), to_date(pl.get("end_date"))
        active = start is not None and start <= today and (end is None or end >= today)
        if pl.get("end_date"):
            detail = f"{format_date(pl.get('start_date'))} - {format_date(pl['end_date'])}"
        else:
            detail = msg("network.since", date=format_date(pl.get("start_date"))) \
                if pl.get("start_date") else ""
        work.append(MapNode(pl.get("organisation") or "?", detail, active))
    group("work", "network.map_work", work)
    # referrals, by the kind of service
    by_kind: dict[str, list[MapNode]] = {}
    for view in referrals(store, participant_id, today):
        kind = (view.service or {}).get("kind") or "anders"
        detail = f"{view.status_label} {format_date(view.record.get('referred_on'))}".strip()
        by_kind.setdefault(kind, []).append(
            MapNode(view.service.get("name") if view.service else view.service_name, detail,
                    is_open(view.record)))
    for choice in SERVICE_KIND:
        if choice.value in by_kind:
            groups.append(MapGroup(f"service:{choice.value}", choice.label(language),
                                   tuple(sorted(by_kind[choice.value],
                                                key=lambda n: (not n.active, n.label.casefold())))))
    # other contacts of the participant (ketenpartner, anders)
    others = store.repo("contact").find(
        "participant_id = ? AND role IN ('ketenpartner', 'anders')", [participant_id])
    group("contacts", "network.map_contacts", [MapNode(
        c.get("name") or "?", c.get("organisation") or "", buddy_active(c, today)) for c in others])
    # groups attended, one node per kind of session
    sessions: dict[str, list[Record]] = {}
    for session, attendance in groups_svc.attended(store, participant_id):
        if attendance.get("present"):
            sessions.setdefault(session.get("kind") or "anders", []).append(session)
    nodes = []
    for kind, rows in sessions.items():
        last = max((to_date(s.get("date")) for s in rows if s.get("date")), default=None)
        detail = msg("network.map_sessions", count=len(rows),
                     date=format_date(last) if last else "-")
        nodes.append(MapNode(GROUP_SESSION.field("kind").choice_label(kind, language), detail,
                             last is not None and (today - last).days <= RECENT_GROUP_DAYS))
    group("groups", "network.map_groups", nodes)
    return NetworkMap(full_name(person), today, tuple(groups))


# ------------------------------------------------------------------ for reports

def referrals_for_report(store: Store, participant_id: str, recipient: str,
                         on: date | None = None) -> list[dict[str, Any]]:
    """What a report to ``recipient`` (a contact id or a name, as in the consent register) may
    say about referrals: nothing without the participant's valid consent for the topic
    'privésituatie' for that recipient, and nothing ever for an employer. The notes, reason,
    tasks and outcome never go: only the service, its kind, the dates and the status."""
    on = on or date.today()
    row = store.repo("contact").get(recipient) if recipient else None
    if row is not None and row.get("role") == "werkgever":
        return []
    employers = {(p.get("organisation") or "").casefold()
                 for p in store.repo("placement").for_participant(participant_id)}
    if recipient and recipient.casefold() in employers:
        return []
    if ConsentTopic.PRIVATE not in consent_svc.valid_topics(store, participant_id, recipient, on):
        return []
    out = []
    for view in referrals(store, participant_id, on):
        out.append({
            "service": (view.service or {}).get("name") or "",
            "kind": (view.service or {}).get("kind") or "",
            "referred_on": view.record.get("referred_on"),
            "status": view.record.get("status"),
            "last_news_on": view.record.get("last_news_on"),
        })
    return out

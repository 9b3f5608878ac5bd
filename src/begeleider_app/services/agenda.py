"""The agenda across the caseload: overdue, today and this week.

Contact moments (planned, not done), open action due dates, follow-ups of open referrals and
warnings for open referrals without news for the set time (services/network.py) of every
participant whose trajectory is not closed or archived. "This week" is the seven days after today, so on a
Friday the coach still sees next Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..storage.queries import dict_rows
from ..storage.repository import Store
from . import network

OVERDUE, TODAY, WEEK = "overdue", "today", "week"
BUCKETS = (OVERDUE, TODAY, WEEK)
MOMENT, ACTION = "moment", "action"
REFERRAL, STALE_REFERRAL = "referral", "stale_referral"
WEEK_DAYS = 7

_MOMENTS_SQL = """
SELECT cm.id, cm.participant_id, cm.label, cm.planned_date AS day, cm.is_closing,
       p.first_name, p.last_name
FROM contact_moment cm JOIN participant p ON p.id = cm.participant_id
WHERE cm.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
  AND p.status != 'afgesloten'
  AND cm.done_date IS NULL AND cm.planned_date IS NOT NULL AND cm.planned_date <= ?
"""

_ACTIONS_SQL = """
SELECT a.id, a.participant_id, a.description AS label, a.due_date AS day, a.owner,
       p.first_name, p.last_name
FROM action a JOIN participant p ON p.id = a.participant_id
LEFT JOIN goal g ON g.id = a.goal_id
WHERE a.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
  AND p.status != 'afgesloten' AND coalesce(a.done, 0) = 0
  AND (g.id IS NULL OR g.deleted = 0)
  AND a.due_date IS NOT NULL AND a.due_date <= ?
"""


@dataclass(frozen=True)
class AgendaEntry:
    kind: str  # MOMENT or ACTION
    id: str
    participant_id: str
    participant_name: str
    day: date
    label: str
    bucket: str
    is_closing: bool = False
    owner: str | None = None
    since: date | None = None  # STALE_REFERRAL: the last news


def bucket_for(day: date, today: date) -> str | None:
    if day < today:
        return OVERDUE
    if day == today:
        return TODAY
    if day <= today + timedelta(days=WEEK_DAYS):
        return WEEK
    return None


def is_overdue(next_moment: str | date | None, today: date) -> bool:
    """For the caseload list: is this (ISO) next-moment date in the past?"""
    if not next_moment:
        return False
    day = next_moment if isinstance(next_moment, date) else date.fromisoformat(str(next_moment))
    return day < today


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return dict_rows(store.db.execute(sql, params))


def agenda(store: Store, today: date) -> list[AgendaEntry]:
    """Every entry up to a week ahead, oldest first (overdue, today, this week)."""
    until = (today + timedelta(days=WEEK_DAYS)).isoformat()
    out: list[AgendaEntry] = []
    rows = [(kind, row) for kind, sql in ((MOMENT, _MOMENTS_SQL), (ACTION, _ACTIONS_SQL))
            for row in _rows(store, sql, [until])]
    rows += [(row["kind"], row) for row in network.agenda_rows(
        store, today, today + timedelta(days=WEEK_DAYS))]
    for kind, row in rows:
        try:
            day = date.fromisoformat(row["day"])
        except (TypeError, ValueError):
            continue
        bucket = bucket_for(day, today)
        if bucket is None:
            continue
        name = " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)
        out.append(AgendaEntry(
            kind=kind, id=row["id"], participant_id=row["participant_id"],
            participant_name=name, day=day, label=row.get("label") or "",
            bucket=bucket, is_closing=bool(row.get("is_closing")), owner=row.get("owner"),
            since=row.get("since"),
        ))
    out.sort(key=lambda e: (e.day, e.participant_name.lower(), e.kind, e.label))
    return out


def grouped(entries: list[AgendaEntry]) -> dict[str, list[AgendaEntry]]:
    groups: dict[str, list[AgendaEntry]] = {b: [] for b in BUCKETS}
    for e in entries:
        groups[e.bucket].append(e)
    return groups

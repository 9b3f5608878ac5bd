"""Retention: files are kept a configurable period after the trajectory was closed, then erased.

The period (default 5 years; Dutch practice is 5 to 10) is a per-installation setting
(``Settings.extra['retention_years']``). A trajectory counts as closed from, in this order:
the closing-conversation date, the date of the last status change to "afgesloten", or (old
data) the day the participant record last changed. Only participants whose status is
"afgesloten" are ever due. Erasure uses services.privacy (tombstone, sync) and writes one
audit entry per run that holds no personal data (a count and the period).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..config import Paths, Settings
from ..storage.repository import Store
from . import privacy
from .participants import full_name

DEFAULT_YEARS = 5
SETTING = "retention_years"
CLOSED = "afgesloten"



def retention_years(settings: Settings) -> int:
    try:
        years = int(settings.extra.get(SETTING, DEFAULT_YEARS))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_YEARS
    return years if 1 <= years <= 100 else DEFAULT_YEARS


def set_retention_years(settings: Settings, paths: Paths, years: int) -> None:
    if not 1 <= int(years) <= 100:
        raise ValueError(years)
    settings.extra[SETTING] = int(years)
    settings.save(paths)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueItem:
    participant_id: str
    name: str
    closed_on: date
    due_on: date


def closed_on(store: Store, row: dict[str, Any]) -> date | None:
    if row.get("closing_date"):
        return date.fromisoformat(row["closing_date"])
    last = store.db.execute(
        "SELECT max(date) FROM status_change WHERE participant_id = ? AND to_status = ? AND deleted = 0",
        [row["id"], CLOSED]).fetchone()[0]
    if last:
        return date.fromisoformat(last)
    if row.get("updated_at"):
        return date.fromisoformat(row["updated_at"][:10])
    return None


def closed_participants(store: Store, *, years: int, today: date) -> list[DueItem]:
    """Every closed participant with the day their file becomes due, soonest first."""
    items = []
    for row in store.db["participant"].rows_where("status = ? AND deleted = 0", [CLOSED]):
        closed = closed_on(store, row)
        if closed is None:
            continue
        items.append(DueItem(row["id"], full_name(row), closed, add_years(closed, years)))
    items.sort(key=lambda i: (i.due_on, i.name))
    return items


def due_for_erasure(store: Store, *, years: int = DEFAULT_YEARS, today: date | None = None) -> list[DueItem]:
    today = today or date.today()
    return [i for i in closed_participants(store, years=years, today=today) if i.due_on <= today]


def erase_expired(
    store: Store, *, years: int = DEFAULT_YEARS, today: date | None = None, dry_run: bool = False
) -> list[DueItem]:
    """Erase every file past the period (nothing with ``dry_run``). Returns the items."""
    due = due_for_erasure(store, years=years, today=today)
    if dry_run or not due:
        return due
    erase(store, [item.participant_id for item in due], years=years)
    return due


def erase(store: Store, participant_ids: list[str], *, years: int) -> int:
    """Erase these closed files for good (the coach chose them in the retention view)."""
    for pid in participant_ids:
        privacy.erase_participant(store, pid, confirmed=True, reason="retention")
    store.audit("retention_erasure", "", "", f"files={len(participant_ids)}; years={years}")
    return len(participant_ids)

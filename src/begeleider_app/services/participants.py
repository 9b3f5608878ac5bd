"""Participant use cases: create, status changes (pause with reason, resume), archive."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import Any

from ..domain.messages import UserError
from ..domain.validation import ValidationFailed
from ..storage import queries
from ..storage.repository import Record, Store
from ..storage.search import search_participant_ids
from .hours import CASELOAD_DAYS, caseload_hours

PAUSED = "gepauzeerd"


def full_name(row: dict[str, Any]) -> str:
    return " ".join(part for part in (row.get("first_name"), row.get("last_name")) if part)


def get_participant(store: Store, participant_id: str | None) -> Record | None:
    """The participant's record, or None (no id, unknown, or deleted)."""
    return store.repo("participant").get(participant_id) if participant_id else None


def create_participant(store: Store, values: dict[str, Any], *, today: date | None = None) -> Record:
    """A new participant with an empty intake, status 'aanmelding' unless given."""
    values = {"status": "aanmelding", **values}
    values.setdefault("start_date", (today or date.today()).isoformat())
    with store.transaction():
        person = store.repo("participant").insert(values)
        store.repo("intake").insert({"participant_id": person["id"]})
        store.repo("status_change").insert(
            {"participant_id": person["id"], "to_status": person["status"],
             "date": values["start_date"], "reason": None}
        )
        store.audit("create", "participant", person["id"])
    return person


def intake_for(store: Store, participant_id: str) -> Record:
    """The participant's intake record (created on demand for older data)."""
    rows = store.repo("intake").for_participant(participant_id, order_by="created_at")
    if rows:
        return rows[0]
    return store.repo("intake").insert({"participant_id": participant_id})


def change_status(
    store: Store, participant_id: str, new_status: str, *, on: date | str, reason: str | None = None
) -> Record:
    """Record a status change with its date; a pause needs a reason."""
    repo = store.repo("participant")
    person = repo.get(participant_id)
    if person is None:
        raise UserError("val.not_found", entity="deelnemer", id=participant_id)
    if new_status == PAUSED and not (reason or "").strip():
        raise ValidationFailed({"reason": "Geef een reden voor de pauze."})
    on_text = on.isoformat() if isinstance(on, date) else on
    with store.transaction():
        store.repo("status_change").insert(
            {"participant_id": participant_id, "from_status": person["status"],
             "to_status": new_status, "date": on_text, "reason": reason}
        )
        person = repo.update(participant_id, {"status": new_status}, note=reason)
    return person


def last_active_status(store: Store, participant_id: str) -> str:
    """The status before the current pause, to resume to."""
    changes = store.repo("status_change").for_participant(participant_id, order_by="date desc, created_at desc")
    for change in changes:
        if change["to_status"] == PAUSED and change["from_status"] and change["from_status"] != PAUSED:
            return str(change["from_status"])
    return "actief"


def resume(store: Store, participant_id: str, *, on: date | str) -> Record:
    return change_status(store, participant_id, last_active_status(store, participant_id), on=on,
                         reason="hervat")


def status_history(store: Store, participant_id: str) -> list[Record]:
    return store.repo("status_change").for_participant(participant_id, order_by="date, created_at")


def caseload(store: Store, *, text: str = "", status: str | None = None,
             include_archived: bool = False) -> list[dict[str, Any]]:
    """The caseload rows the main window lists; ``text`` filters by name (FTS)."""
    ids = search_participant_ids(store.db, text) if text.strip() else None
    rows = queries.caseload(store.db, status=status, ids=ids, include_archived=include_archived)
    # Hours in the last three months beside the weight (journal and aftercare moments).
    recent = caseload_hours(store, date.today() - timedelta(days=CASELOAD_DAYS))
    for row in rows:
        row["recent_minutes"] = recent.get(row["id"], 0)
    if ids is not None:
        order = {pid: i for i, pid in enumerate(ids)}
        rows.sort(key=lambda r: order.get(r["id"], 0))
    else:
        rows.sort(key=sort_key)
    return rows


def _fold(text: str | None) -> str:
    if not text:
        return ""
    if text.isascii():  # most names: nothing to decompose (and this runs for every row)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(row: dict[str, Any]) -> tuple[str, str, str]:
    """Alphabetical as people expect it: Joëlle before Joost, Çelik with the C's."""
    return _fold(row.get("first_name")), _fold(row.get("last_name")), row.get("id") or ""


CLOSED = "afgesloten"


def set_archived(store: Store, participant_id: str, archived: bool = True) -> Record:
    """Archive (hide from the caseload) or bring back a participant; nothing is deleted."""
    with store.transaction():
        person = store.repo("participant").update(participant_id, {"archived": archived})
        store.audit("archive" if archived else "unarchive", "participant", participant_id)
    return person


def is_empty(store: Store) -> bool:
    """True when the database holds no participant at all (offer the demo then)."""
    return store.db.execute("SELECT 1 FROM participant LIMIT 1").fetchone() is None


def search_ids(store: Store, text: str) -> list[str] | None:
    """Ids matching the typed name, best first; None when nothing is typed (no filter)."""
    return search_participant_ids(store.db, text) if text.strip() else None


def filter_caseload(
    rows: list[dict[str, Any]], *, ids: list[str] | None = None, status: str | None = None,
    archived: bool = False,
) -> list[dict[str, Any]]:
    """The rows of a full caseload (include_archived=True) that a search and filter show:
    the same result as `caseload(...)`, without asking the database again per keystroke."""
    out = [r for r in rows if bool(r.get("archived")) == archived]
    if status:
        out = [r for r in out if r.get("status") == status]
    if ids is not None:
        order = {pid: i for i, pid in enumerate(ids)}
        out = sorted((r for r in out if r["id"] in order), key=lambda r: order[r["id"]])
    return out


"""Reading and writing single records for the window's forms and lists.

Forms are built from the field declarations, so their reads and writes are generic: one
record of one entity, a few fields at a time. They go through here (not through the
repository directly) so the UI has one door to the data, and every write is validated,
versioned and kept in history by the repository behind it.
"""

from __future__ import annotations

from typing import Any

from ..domain.fields import ENTITIES
from ..storage.repository import Record, Store


def get(store: Store, entity: str, row_id: str | None, *,
        include_deleted: bool = False) -> Record | None:
    """The record, or None when there is none (or it was deleted)."""
    if not row_id:
        return None
    return store.repo(entity).get(row_id, include_deleted=include_deleted)


def for_participant(store: Store, entity: str, participant_id: str, *,
                    order_by: str | None = None) -> list[Record]:
    return store.repo(entity).for_participant(participant_id, order_by=order_by)


def participant_of(store: Store, entity: str, row_id: str) -> str | None:
    """Whose record this is (the participant's id), or None for records of no one."""
    if entity == "participant":
        return row_id
    ent = ENTITIES.get(entity)
    if ent is None or "participant_id" not in ent.field_names:
        return None
    row = store.repo(entity).get(row_id, include_deleted=True)
    return row.get("participant_id") if row else None


def add(store: Store, entity: str, values: dict[str, Any]) -> Record:
    """A new record (ValidationFailed when a value is wrong; nothing is written then)."""
    return store.repo(entity).insert(values)


def save(store: Store, entity: str, row_id: str, changes: dict[str, Any], *,
         note: str | None = None) -> Record:
    """Change some fields of a record (ValidationFailed when a value is wrong)."""
    return store.repo(entity).update(row_id, changes, note=note)


def remove(store: Store, entity: str, row_id: str, *, note: str = "verwijderd door begeleider") -> Record:
    """Delete as a versioned tombstone: kept in history, synced, restorable."""
    return store.repo(entity).delete(row_id, note=note)


def history(store: Store, entity: str, row_id: str) -> list[Record]:
    """Earlier versions of a record, newest first (observation ratings in their readable
    shape, with item labels)."""
    versions = store.repo(entity).history(row_id)
    if entity == "observation":
        from .observations import readable

        versions = [readable(store, v) for v in versions]
    return versions


def restore_version(store: Store, entity: str, row_id: str, seq: int) -> Record:
    """Make an earlier version current again, as a new edit."""
    return store.repo(entity).restore_version(row_id, seq)

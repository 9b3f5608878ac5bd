"""What the window shows about team sync: the last sync and open conflicts."""

from __future__ import annotations

from ..storage.repository import Store
from ..sync.conflicts import Conflict, open_conflicts
from ..sync.engine import SyncReport, last_sync


def last_report(store: Store) -> SyncReport | None:
    """The report of the last completed sync of this database, or None (never synced)."""
    return last_sync(store)


def conflicts(store: Store, participant_id: str | None = None) -> list[Conflict]:
    """Open sync conflicts (of one participant, if given), each with every version."""
    return open_conflicts(store.db, participant_id=participant_id)


def conflict_count(store: Store, participant_id: str) -> int:
    return len(conflicts(store, participant_id))

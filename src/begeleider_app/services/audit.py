"""The audit log: who did what and when, never with personal data in the detail."""

from __future__ import annotations

from ..storage.repository import Store


def record(store: Store, action: str, entity: str = "", row_id: str = "", detail: str = "") -> None:
    """Append to the audit log. ``detail`` must not hold personal data (names, values)."""
    store.audit(action, entity, row_id, detail)

"""Before anything is written: may this database write under this installation's device id?

Two writers with one device id would reuse version dots and could silently lose edits. The id
lives in the installation folder (``device.json``), never in the database, and a copied
installation gets a new id on another machine (``config.Device``). What remains is a database
that is *behind* what this installation already published: an older backup restored, or an
older copy of the file opened. It must not continue the old counters, so the installation
takes a new device id here, at opening time; the next sync then merges the newer published
state like a colleague's, and edits made since the restore meet it as concurrent edits.
"""

from __future__ import annotations

import json
import uuid

from ..config import Device, Paths
from ..storage.repository import Store


def _state(store: Store) -> dict[str, object]:
    try:
        rows = store.db.execute("SELECT key, value FROM sync_state").fetchall()
    except Exception:  # noqa: BLE001 - a database without the sync tables never published
        return {}
    return {k: json.loads(v) for k, v in rows}


def local_seq(state: dict[str, object]) -> int:
    """The newest publication number this database knows it made (format 1 kept its
    snapshots' numbers in ``last``/``pending``)."""
    seqs = [int(s["seq"]) for s in (state.get("last"), state.get("pending"), state.get("own"))
            if isinstance(s, dict) and "seq" in s]
    pending = state.get("pending")
    if isinstance(pending, int):  # a number reserved for a publication that may not have ended
        seqs.append(pending)
    return max(seqs, default=0)


def guard(store: Store, paths: Paths, device: Device) -> str:
    """Take a new device id when the database is behind this device's own publications.
    Returns the new id, or "" when nothing changed."""
    state = _state(store)
    if state.get("device_id") != device.device_id:
        return ""  # another lineage: sync starts a new one for this device
    instance = str(state.get("db_instance") or "")
    if device.published.get(instance, 0) <= local_seq(state):
        return ""
    new_id = uuid.uuid4().hex
    # The old id's folder on the share is ours: the next syncs merge what it holds (the newer
    # state this database lacks) and then retire it (sync/publisher.py).
    if device.device_id not in device.retired:
        device.retired.append(device.device_id)
    device.device_id = new_id
    device.save(paths)
    store.device_id = new_id
    store.audit("sync-rekey", detail="database behind its published snapshots (restored backup)")
    return new_id


def remember_published(device: Device, paths: Paths, instance: str, seq: int) -> None:
    if device.published.get(instance, 0) < seq:
        device.published[instance] = seq
        device.save(paths)

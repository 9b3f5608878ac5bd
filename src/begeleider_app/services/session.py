"""Open a working database for one installation: the single entry used by GUI, CLI and tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..config import Device, Paths
from ..storage.database import open_database
from ..storage.repository import Store, utc_now


def open_store(
    db_path: str | Path,
    paths: Paths,
    *,
    device: Device | None = None,
    create: bool = True,
    clock: Callable[[], datetime] = utc_now,
    key: str | None = None,
) -> Store:
    """``key``: the SQLCipher passphrase when the database is (to be) encrypted."""
    db_path = Path(db_path)
    device = device or Device.load_or_create(paths)
    db = open_database(db_path, create=create, backups_dir=paths.backups_dir, key=key)
    store = Store(db, device.device_id, path=db_path, clock=clock)
    from ..sync.identity import guard  # a restored older database must not reuse our id

    guard(store, paths, device)
    return store

"""Open a working database for one installation: the single entry used by GUI, CLI and tests."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..config import Device, Paths
from ..domain.messages import UserError
from ..storage.database import (
    DatabaseOpenError,
    forget_clean_close,
    open_database,
    record_clean_close,
    verify_file,
)
from ..storage.repository import Store, utc_now

#: Store.check_state values: the file passed its check in this session ("checked"; a file we
#: created counts), the check was left out at open and has not finished yet ("deferred"), or
#: the check found damage ("failed").
CHECKED, DEFERRED, FAILED = "checked", "deferred", "failed"


def open_store(
    db_path: str | Path,
    paths: Paths,
    *,
    device: Device | None = None,
    create: bool = True,
    clock: Callable[[], datetime] = utc_now,
    key: str | None = None,
    trust_clean_close: bool = False,
    checked: bool = False,
) -> Store:
    """``key``: the SQLCipher passphrase when the database is (to be) encrypted.

    ``trust_clean_close``: leave the page check of the file out of the open when the file is
    unchanged since this installation's last clean close (`close_store`); the store's
    ``check_state`` is then "deferred" and the caller must run `verify_in_background`.
    ``checked``: the caller checked every page of the file just now (see `open_database`).
    """
    db_path = Path(db_path)
    device = device or Device.load_or_create(paths)
    db = open_database(db_path, create=create, backups_dir=paths.backups_dir, key=key,
                       clean_close_file=paths.clean_close_file if trust_clean_close else None,
                       checked=checked)
    store = Store(db, device.device_id, path=db_path, clock=clock)
    store.check_state = DEFERRED if getattr(db, "check_deferred", False) else CHECKED
    from ..sync.identity import guard  # a restored older database must not reuse our id

    guard(store, paths, device)
    return store


def key_of(store: Store) -> str | None:
    """The passphrase the store's file was opened with (None: not encrypted)."""
    from ..storage import crypto

    return crypto.key_of(store.db)


def set_team_passphrase(store: Store, passphrase: str) -> None:
    """The team passphrase for the shared folder (encrypted databases), entered once."""
    from ..storage import crypto

    crypto.set_team_passphrase(store.db, passphrase)


def local_secret(store: Store, name: str) -> str | None:
    """A secret of this device kept in its encrypted database (e.g. the hub password)."""
    from ..storage import crypto

    return crypto.local_secret(store.db, name)


def set_local_secret(store: Store, name: str, value: str | None) -> None:
    from ..storage import crypto

    crypto.set_local_secret(store.db, name, value)


def worker_store(store: Store) -> Store:
    """A second connection to ``store``'s file, as the same device, for one piece of work
    in a worker thread (a connection must not be shared between threads). Close it after."""
    from ..storage.database import open_connection

    if store.path is None:
        raise UserError("db.missing", path="")
    db = open_connection(store.path, key=key_of(store))
    return Store(db, store.device_id, path=store.path, clock=store.clock)


def verify_in_background(
    store: Store, paths: Paths, on_failure: Callable[[UserError], None] | None = None,
) -> threading.Thread | None:
    """Run the check `open_store` left out, in a worker thread with its own read-only
    connection. On damage: ``check_state`` becomes "failed", the clean-close record is
    dropped (the next start checks before opening and refuses the file) and
    ``on_failure(error)`` is called from the worker thread (a GUI passes a Qt signal)."""
    if getattr(store, "check_state", CHECKED) != DEFERRED or store.path is None:
        return None
    from ..storage import crypto

    path, key = store.path, crypto.key_of(store.db)

    def work() -> None:
        try:
            verify_file(path, key=key)
        except DatabaseOpenError as err:
            if err.key == "db.locked":
                return  # not a verdict; stays "deferred", so no clean close is recorded
            store.check_state = FAILED
            forget_clean_close(path, paths.clean_close_file)
            if on_failure is not None:
                if err.key == "db.corrupt":
                    # Not db.corrupt's "the file was not changed": the program has been
                    # working in it since it opened. Other reasons (moved, unreadable) are
                    # said as they are: they are not damage, and a restore would lose work.
                    err = UserError("db.damaged_in_use", path=path, detail=err.kwargs.get("detail", ""))
                on_failure(err)
            return
        except Exception:  # never a verdict either; the next start checks in full
            return
        store.check_state = CHECKED

    thread = threading.Thread(target=work, name="database-check", daemon=True)
    store.check_thread = thread
    thread.start()
    return thread


def close_store(store: Store, paths: Paths, *, wait_for_check: float = 30.0) -> bool:
    """Close the store at the end of a session and, when this session's check of the file
    passed, record the clean close so the next start can leave the page check out.

    A check still running in the background is waited for, and one that never started runs
    now (the window is already gone). Returns True when the clean close was recorded.
    """
    thread = getattr(store, "check_thread", None)
    if thread is None and getattr(store, "check_state", None) == DEFERRED:
        thread = verify_in_background(store, paths)
    if thread is not None and thread.is_alive():
        thread.join(wait_for_check)
    with contextlib.suppress(Exception):
        # Fold the -wal into the file now, so it is closed as one file (no reader left
        # behind by a worker keeps the log alive).
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    if store.path is None or getattr(store, "check_state", None) != CHECKED:
        if store.path is not None:
            forget_clean_close(store.path, paths.clean_close_file)
        return False
    return record_clean_close(store.path, paths.clean_close_file)

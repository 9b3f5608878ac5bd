"""The one place that opens a database: checks, pragmas, migrations.

A file is inspected read-only first. Anything wrong (not SQLite, zero bytes, truncated,
corrupt, newer schema, locked, on a network or cloud folder) raises `DatabaseOpenError` with a
message for the coach, and the file is left byte-for-byte unchanged. Only a healthy file of a
known schema is opened for writing; pending migrations run after a copy of the file is taken.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.messages import UserError
from . import crypto, safety
from .migrations import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


class DatabaseOpenError(UserError):
    """The file cannot be used; ``key`` says why (db.corrupt, db.newer_schema, ...)."""


def _ro_connect(path: Path, key: str | None = None) -> sqlite3.Connection:
    if key is not None:
        return crypto.connect(path, key, readonly=True, timeout=BUSY_TIMEOUT_MS / 1000)
    uri = path.absolute().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def inspect_file(path: Path, *, quick: bool = True, key: str | None = None,
                 skip_check: bool = False) -> int:
    """Check an existing file without changing it; return its schema version.

    Raises DatabaseOpenError for every kind of unusable file. ``key``: the SQLCipher
    passphrase of an encrypted file (an encrypted file has no SQLite header, so only the key
    tells "encrypted" from "not SQLite"; a wrong key gives 'db.wrong_passphrase').
    ``skip_check``: leave out the page check (quick_check reads the whole file) and do only
    the cheap ones (header, key, schema version); for a file unchanged since our own last
    clean close, see `unchanged_since_clean_close`. A file with migrations to apply is
    checked all the same.
    """
    if path.is_dir():
        raise DatabaseOpenError("db.is_directory", path=path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseOpenError("db.missing", path=path) from None
    except OSError as err:
        raise DatabaseOpenError("db.unreadable", path=path, detail=err.strerror or err) from None
    if size == 0:
        raise DatabaseOpenError("db.zero_bytes", path=path)
    if header != SQLITE_HEADER:
        if not crypto.looks_encrypted(path):
            raise DatabaseOpenError("db.not_sqlite", path=path)
        if key is None:
            key = crypto.session_key_for(path)  # a file of this session (restore, snapshot)
        if key is None:
            raise DatabaseOpenError("db.needs_passphrase", path=path)
    elif key is not None:
        raise DatabaseOpenError("db.not_encrypted", path=path)
    try:
        conn = _ro_connect(path, key)
    except crypto.plain_connection_error() as err:
        if key is not None and "not a database" in str(err):
            raise DatabaseOpenError("db.wrong_passphrase", path=path) from None
        raise DatabaseOpenError("db.unreadable", path=path, detail=err) from None
    try:
        if not skip_check:
            _page_check(conn, path, quick)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        applied: list[str] = []
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        if has_table:
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                )
            ]
        if skip_check and set(MIGRATION_NAMES) - set(applied):
            # Migrations will rewrite tables: check the file first, as any other open would.
            _page_check(conn, path, quick)
    except crypto.plain_connection_error() as err:
        if "locked" in str(err) or "busy" in str(err):
            raise DatabaseOpenError("db.locked", path=path) from None
        raise DatabaseOpenError("db.corrupt", path=path, detail=err) from None
    finally:
        conn.close()
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if version > SCHEMA_VERSION or unknown:
        raise DatabaseOpenError(
            "db.newer_schema", path=path, found=max(version, len(applied)), known=SCHEMA_VERSION
        )
    return version


# ------------------------------------------------------------------ clean close
# PRAGMA quick_check reads every page: at organisation size (285 MB) that is a third of the
# start-up. This program is the only writer of its working database, so a file that is
# byte-for-byte what it was when we last closed it cleanly (after a check that passed) needs
# no new check before the window opens. "Unchanged" is judged by what the file system keeps
# for us and no copy tool can set back: inode, size, modification and change time (ctime
# changes with every write, also one that restores the modification time), plus the first
# 100 bytes (SQLite's header with its change counter, page count and schema cookie), and an
# absent or empty -wal file. Anything different, or no record: the full check as before.
# What a fingerprint cannot see (a disk that silently flips bits) the same quick_check still
# finds, in the background after the window shows (`verify_in_background`).

def file_fingerprint(path: Path) -> dict[str, Any] | None:
    """What must not change between our clean close and the next open; None when the file
    has committed changes still in its -wal (then there is no clean state to vouch for)."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = path.stat()
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "ctime_ns": st.st_ctime_ns, "header": header.hex()}


def _state_key(path: Path) -> str:
    return str(Path(path).resolve())


def _read_state(state_file: Path) -> dict[str, Any]:
    try:
        raw = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write_state(state_file: Path, state: dict[str, Any]) -> None:
    state_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = state_file.with_name(state_file.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, state_file)


def record_clean_close(path: Path, state_file: Path) -> bool:
    """Remember ``path`` as checked and closed by us. Call only after its connection is
    closed and when this session's check of the file passed. False when nothing was recorded."""
    fingerprint = file_fingerprint(Path(path))
    if fingerprint is None:
        forget_clean_close(path, state_file)
        return False
    state = _read_state(state_file)
    files = state.get("files") if isinstance(state.get("files"), dict) else {}
    files[_state_key(path)] = {**fingerprint, "closed_at": datetime.now(UTC).isoformat()}
    state["files"] = files
    try:
        _write_state(state_file, state)
    except OSError:
        return False
    return True


def forget_clean_close(path: Path, state_file: Path) -> None:
    """The next open of ``path`` does the full check (e.g. a check found damage)."""
    state = _read_state(state_file)
    files = state.get("files")
    if isinstance(files, dict) and files.pop(_state_key(path), None) is not None:
        with contextlib.suppress(OSError):
            _write_state(state_file, state)


def unchanged_since_clean_close(path: Path, state_file: Path) -> bool:
    """True when ``path`` is exactly as we left it at our last clean close."""
    files = _read_state(state_file).get("files")
    recorded = files.get(_state_key(path)) if isinstance(files, dict) else None
    if not isinstance(recorded, dict):
        return False
    now = file_fingerprint(Path(path))
    return now is not None and all(recorded.get(k) == v for k, v in now.items())


def verify_file(path: Path, *, key: str | None = None) -> None:
    """The quick_check that `open_database` left out, on its own read-only connection (safe
    next to the program's writes: WAL readers see a consistent snapshot). Raises
    DatabaseOpenError ('db.corrupt', ...) when the file is damaged."""
    inspect_file(Path(path), key=key)


def _page_check(conn: sqlite3.Connection, path: Path, quick: bool) -> None:
    check = "quick_check" if quick else "integrity_check"
    rows = conn.execute(f"PRAGMA {check}").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseOpenError("db.corrupt", path=path, detail=detail)


def check_database(path: str | Path, *, key: str | None = None) -> int:
    """Full read-only health check (integrity_check); returns the schema version."""
    return inspect_file(Path(path), quick=False, key=key)


def open_database(
    path: str | Path,
    *,
    create: bool = True,
    backups_dir: Path | None = None,
    allow_network: bool = False,
    key: str | None = None,
    clean_close_file: Path | None = None,
    checked: bool = False,
) -> Database:
    """Open (or create) a working database and bring its schema up to date.

    ``key``: SQLCipher passphrase; a new file is then created encrypted (see storage/crypto.py).
    ``clean_close_file``: the installation's record of clean closes; when the file is
    unchanged since our last clean close the page check is left out here and the returned
    database has ``check_deferred = True``: the caller runs `verify_file` (in the background).
    ``checked``: the caller has just checked every page of this file itself (a restore
    writes a verified backup and checks the result in a worker thread), so the page check is
    left out here; the cheap checks (header, key, schema version) still run.
    """
    path = Path(path)
    if not allow_network:
        reason = safety.network_reason(path)
        if reason:
            raise DatabaseOpenError("db.network_path", path=path, detail=reason)
    exists = path.exists()
    version = 0
    deferred = False
    if exists:
        if key is None:
            key = crypto.session_key_for(path)  # reopening a file of this session
        deferred = (not checked and clean_close_file is not None
                    and unchanged_since_clean_close(path, clean_close_file))
        version = inspect_file(path, key=key, skip_check=deferred or checked)
    elif not create:
        raise DatabaseOpenError("db.missing", path=path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    try:
        # Opened by URI so that ATTACH understands "?mode=ro" (sync attaches colleagues' files
        # read-only: a file that vanished is an error, never a new empty database).
        if key is not None:
            conn = crypto.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(path.absolute().as_uri(), uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except crypto.plain_connection_error() as err:
        raise DatabaseOpenError("db.unreadable", path=path, detail=err) from None
    try:
        # Fail fast (and with a clear message) when another program holds a write lock.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except crypto.plain_connection_error():
        conn.close()
        raise DatabaseOpenError("db.locked", path=path) from None

    # No sqlite-utils plugins: nothing installed beside the program may hook into the coach's
    # database (and looking for them scans every installed package: 0.05 s of each start).
    db = Database(conn, execute_plugins=False)
    crypto.remember_key(db, key)
    configure(db)
    pending = migrations.pending(db)
    if pending:
        deferred = False  # inspect_file checked the file because of these
        if exists and version > 0 and backups_dir is not None:
            from .backup import copy_database, rotate_safety_copies

            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            copy_database(db, backups_dir / f"voor-migratie-v{version}-{stamp}.sqlite")
            rotate_safety_copies(backups_dir)
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.check_deferred = deferred
    # Erasure rewrites the backups too (storage/erasure.py): they are this folder's files.
    db.backups_dir = backups_dir
    return db


def open_connection(path: str | Path, *, key: str | None = None) -> Database:
    """Another connection to a working database this program already opened (and checked,
    and migrated) through `open_database`: for work in a worker thread beside the window's
    own connection (WAL lets both read, and a writer waits its turn: busy_timeout)."""
    path = Path(path)
    try:
        if key is not None:
            conn = crypto.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except crypto.plain_connection_error() as err:
        raise DatabaseOpenError("db.unreadable", path=path, detail=err) from None
    db = Database(conn, execute_plugins=False)
    crypto.remember_key(db, key)
    configure(db)
    return db


def configure(db: Database) -> None:
    """Connection pragmas, in one place."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL: readers never block the writer, and a crash cannot corrupt the file. The database
    # always lives on local disk (see safety.py), where WAL is reliable.
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: each commit is fsynced, so an edit saved a second ago survives a power cut (an
    # empty battery on a house visit). Writes are debounced, so the cost is a few ms a second.
    db.execute("PRAGMA synchronous = FULL")

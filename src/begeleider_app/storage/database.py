"""The one place that opens a database: checks, pragmas, migrations.

A file is inspected read-only first. Anything wrong (not SQLite, zero bytes, truncated,
corrupt, newer schema, locked, on a network or cloud folder) raises `DatabaseOpenError` with a
message for the coach, and the file is left byte-for-byte unchanged. Only a healthy file of a
known schema is opened for writing; pending migrations run after a copy of the file is taken.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

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


def inspect_file(path: Path, *, quick: bool = True, key: str | None = None) -> int:
    """Check an existing file without changing it; return its schema version.

    Raises DatabaseOpenError for every kind of unusable file. ``key``: the SQLCipher
    passphrase of an encrypted file (an encrypted file has no SQLite header, so only the key
    tells "encrypted" from "not SQLite"; a wrong key gives 'db.wrong_passphrase').
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
        check = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {check}").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise DatabaseOpenError("db.corrupt", path=path, detail=detail)
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
) -> Database:
    """Open (or create) a working database and bring its schema up to date.

    ``key``: SQLCipher passphrase; a new file is then created encrypted (see storage/crypto.py).
    """
    path = Path(path)
    if not allow_network:
        reason = safety.network_reason(path)
        if reason:
            raise DatabaseOpenError("db.network_path", path=path, detail=reason)
    exists = path.exists()
    version = 0
    if exists:
        if key is None:
            key = crypto.session_key_for(path)  # reopening a file of this session
        version = inspect_file(path, key=key)
    elif not create:
        raise DatabaseOpenError("db.missing", path=path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    try:
        if key is not None:
            conn = crypto.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except crypto.plain_connection_error() as err:
        raise DatabaseOpenError("db.unreadable", path=path, detail=err) from None
    try:
        # Fail fast (and with a clear message) when another program holds a write lock.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except crypto.plain_connection_error():
        conn.close()
        raise DatabaseOpenError("db.locked", path=path) from None

    db = Database(conn)
    crypto.remember_key(db, key)
    configure(db)
    pending = migrations.pending(db)
    if pending:
        if exists and version > 0 and backups_dir is not None:
            from .backup import copy_database

            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            copy_database(db, backups_dir / f"voor-migratie-v{version}-{stamp}.sqlite")
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
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

"""Encryption at rest with SQLCipher (no Qt).

Key handling: the coach's passphrase goes straight to SQLCipher with ``PRAGMA key``; SQLCipher 4
derives the page key itself with PBKDF2-HMAC-SHA512 (256 000 iterations) and a random 16-byte
salt stored in the first bytes of the file, and encrypts every page (AES-256-CBC + HMAC-SHA512).
The program never writes the passphrase to disk; it lives in memory for the session only.

The `sqlcipher3` module is an optional import: without it every plain database still works,
and asking for a key raises a clear error.

Conversions (plain -> encrypted, encrypted -> plain, new passphrase) write a complete new
file next to the old one with ``sqlcipher_export``, check it, fsync it and rename it over the
original; a wrong passphrase or any failure leaves the original byte-for-byte unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from ..domain.messages import UserError

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8



def module() -> Any:
    """The sqlcipher3 DB-API module, or UserError('crypto.unavailable')."""
    try:
        import sqlcipher3  # type: ignore[import-not-found]
    except ImportError:
        raise UserError("crypto.unavailable") from None
    return sqlcipher3


def available() -> bool:
    try:
        module()
    except UserError:
        return False
    return True


def passphrase_from_env(var: str | None) -> str | None:
    """The passphrase from the environment variable named ``var`` (CLI: ``--passphrase-env``).

    Never from a plain argument: arguments show up in the process list and shell history.
    """
    if not var:
        return None
    value = os.environ.get(var, "")
    if not value:
        raise UserError("crypto.env_missing", var=var)
    return value


def check_passphrase(passphrase: str, repeat: str | None = None) -> None:
    """Raise UserError when a new passphrase is too short or the repeat differs."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise UserError("crypto.too_short", n=MIN_PASSPHRASE)
    if repeat is not None and repeat != passphrase:
        raise UserError("crypto.mismatch")


def quote(text: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


# --------------------------------------------------------------------------- file kinds

def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(64)


def is_plain(path: Path) -> bool:
    return read_header(path)[:16] == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """Could this be an SQLCipher file? (Whole pages, and the first bytes are a random salt.)

    Only a hint for the message; the passphrase decides.
    """
    size = path.stat().st_size
    if size < 1024 or size % 512:
        return False
    head = read_header(path)
    if head[:16] == SQLITE_HEADER:
        return False
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    return printable < len(head) * 0.9


# --------------------------------------------------------------------------- connections

_KEYS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


#: Passphrases that opened a database in this session (newest first), in memory only. They let
#: code that reopens or copies files of this session (restore, reopen after a restore, sync
#: snapshots, backups) read them without asking the coach again; never written anywhere.
_SESSION: list[str] = []


def remember_key(db: Any, key: str | None) -> None:
    """Attach the key to an open Database so backups of it are encrypted the same way."""
    if key:
        _KEYS[db] = key
        if key in _SESSION:
            _SESSION.remove(key)
        _SESSION.insert(0, key)


def forget_session_keys() -> None:
    _SESSION.clear()


def session_key_for(path: Path) -> str | None:
    """The passphrase of this session that opens the encrypted file ``path``, if any."""
    path = Path(path)
    try:
        if not _SESSION or not path.exists() or is_plain(path) or not looks_encrypted(path):
            return None
    except OSError:
        return None
    for key in list(_SESSION):
        try:
            if key_works(path, key):
                return key
        except UserError:
            return None
    return None


def key_of(db: Any) -> str | None:
    """The key a Database (or its connection) was opened with; None for a plain database."""
    for obj in (db, getattr(db, "conn", None)):
        if obj is None:
            continue
        try:
            if obj in _KEYS:
                return _KEYS[obj]
        except TypeError:
            continue
    return None


_FACTORY: Any = None


def _factory() -> Any:
    """A Connection subclass: the C type allows no weak references, a subclass does."""
    global _FACTORY
    if _FACTORY is None:
        class KeyedConnection(module().Connection):  # type: ignore[misc, name-defined]
            pass

        _FACTORY = KeyedConnection
    return _FACTORY


def connect(
    path: Path | str, key: str, *, readonly: bool = False, timeout: float = 3.0,
    check_same_thread: bool = True,
) -> Any:
    """A sqlcipher3 connection with ``key`` applied and proven (raises DatabaseError if wrong)."""
    sc = module()
    path = Path(path)
    if readonly:
        conn = sc.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=timeout,
                          check_same_thread=check_same_thread, factory=_factory())
    else:
        # By URI, so ATTACH understands "?mode=ro" (see storage/database.py).
        conn = sc.connect(path.absolute().as_uri(), uri=True, timeout=timeout,
                          check_same_thread=check_same_thread, factory=_factory())
    try:
        conn.execute(f"PRAGMA key = {quote(key)}")
        # The first read proves the key: a wrong key raises "file is not a database".
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    _KEYS[conn] = key
    return conn


def key_works(path: Path, key: str) -> bool:
    sc = module()
    try:
        conn = connect(path, key, readonly=True)
    except sc.DatabaseError:
        return False
    conn.close()
    return True


# --------------------------------------------------------------------------- conversions

def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


@contextmanager
def _source(path: Path, key: str | None) -> Iterator[Any]:
    """Open ``path`` (plain or encrypted) with sqlcipher3, the WAL folded into the file."""
    sc = module()
    conn = sc.connect(str(path), timeout=3.0) if key is None else connect(path, key)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sc.OperationalError:
            raise UserError("crypto.in_use", path=path) from None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        yield conn
    finally:
        conn.close()


def export_copy(src: Path, dest: Path, *, old_key: str | None, new_key: str | None) -> Path:
    """Write ``src`` (opened with ``old_key``) to ``dest`` encrypted with ``new_key`` (None: plain).

    ``dest`` is written as ``dest.part``, checked, fsynced and renamed. ``src`` is not changed.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    for leftover in [tmp, *_sidecars(tmp)]:
        leftover.unlink(missing_ok=True)
    with _source(src, old_key) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS target KEY ?", [str(tmp), new_key or ""])
        try:
            conn.execute("SELECT sqlcipher_export('target')")
            # sqlcipher_export copies schema and rows, not the header's user_version.
            conn.execute(f"PRAGMA target.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE target")
    _verify(tmp, new_key)
    _fsync(tmp)
    os.replace(tmp, dest)
    return dest


def _verify(path: Path, key: str | None) -> None:
    sc = module()
    conn = connect(path, key, readonly=True) if key else sc.connect(
        path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise UserError("db.corrupt", path=path, detail=rows[0][0])
    finally:
        conn.close()


def convert_in_place(path: Path, *, old_key: str | None, new_key: str | None) -> None:
    """Encrypt, decrypt or re-key the database at ``path``.

    Raises DatabaseOpenError ('db.wrong_passphrase', ...) before anything is written when
    ``old_key`` does not open the file. The caller must have closed its own connections.
    """
    from .database import inspect_file

    path = Path(path)
    inspect_file(path, quick=False, key=old_key)
    if new_key is not None:
        check_passphrase(new_key)
    tmp = path.with_name(path.name + ".convert")
    export_copy(path, tmp, old_key=old_key, new_key=new_key)
    for side in _sidecars(path):
        side.unlink(missing_ok=True)
    os.replace(tmp, path)
    parent = os.open(path.parent, os.O_RDONLY) if os.name == "posix" else None
    if parent is not None:
        try:
            os.fsync(parent)
        finally:
            os.close(parent)


def encrypt_database(path: Path, key: str) -> None:
    path = Path(path)
    if not is_plain(path):
        raise UserError("crypto.already_encrypted", path=path)
    convert_in_place(path, old_key=None, new_key=key)


def decrypt_database(path: Path, key: str) -> None:
    path = Path(path)
    if is_plain(path):
        raise UserError("crypto.not_encrypted", path=path)
    convert_in_place(path, old_key=key, new_key=None)


def change_passphrase(path: Path, old_key: str, new_key: str) -> None:
    path = Path(path)
    if is_plain(path):
        raise UserError("crypto.not_encrypted", path=path)
    convert_in_place(path, old_key=old_key, new_key=new_key)


def reencrypt_backups(backups_dir: Path, *, old_key: str | None, new_key: str | None) -> list[Path]:
    """Bring every backup in ``backups_dir`` to the new key, so no plaintext copy stays behind.

    Backups the old key cannot open (made with an even older passphrase) are left as they are
    and returned, so the caller can tell the coach.
    """
    from .backup import list_backups

    skipped: list[Path] = []
    for backup in list_backups(backups_dir):
        plain = is_plain(backup)
        if plain and new_key is None:
            continue
        # A plain backup from before encryption was switched on is encrypted too.
        if not plain and (old_key is None or not key_works(backup, old_key)):
            skipped.append(backup)
            continue
        export_copy(backup, backup, old_key=None if plain else old_key, new_key=new_key)
    return skipped


def plain_connection_error() -> tuple[type[BaseException], ...]:
    """The DatabaseError classes of both drivers, for callers that catch either."""
    classes: list[type[BaseException]] = [sqlite3.DatabaseError]
    with suppress(UserError):
        classes.append(module().DatabaseError)
    return tuple(classes)


# --------------------------------------------------------------------------- team passphrase

TEAM_TABLE = "local_secret"
TEAM_NAME = "team_passphrase"



def set_team_passphrase(db: Any, passphrase: str | None) -> None:
    """Remember the team passphrase for share snapshots on this device (entered once).

    It is kept inside this device's own encrypted database, in a table sync never merges, so
    it is as safe as the database itself; None removes it (snapshots then use the database's
    own passphrase).
    """
    if key_of(db) is None:
        raise UserError("crypto.team_needs_encryption")
    db.execute(f"CREATE TABLE IF NOT EXISTS {TEAM_TABLE} (name TEXT PRIMARY KEY, value TEXT)")
    with db.conn:
        if passphrase is None:
            db.execute(f"DELETE FROM {TEAM_TABLE} WHERE name = ?", [TEAM_NAME])
        else:
            check_passphrase(passphrase)
            db.execute(f"INSERT OR REPLACE INTO {TEAM_TABLE} (name, value) VALUES (?, ?)",
                       [TEAM_NAME, passphrase])


def set_local_secret(db: Any, name: str, value: str | None) -> None:
    """A secret of this device only (e.g. its hub password), kept beside the team passphrase
    inside the encrypted database, in a table sync never copies; None removes it."""
    if key_of(db) is None:
        raise UserError("crypto.team_needs_encryption")
    db.execute(f"CREATE TABLE IF NOT EXISTS {TEAM_TABLE} (name TEXT PRIMARY KEY, value TEXT)")
    with db.conn:
        if value is None:
            db.execute(f"DELETE FROM {TEAM_TABLE} WHERE name = ?", [name])
        else:
            db.execute(f"INSERT OR REPLACE INTO {TEAM_TABLE} (name, value) VALUES (?, ?)",
                       [name, value])


def local_secret(db: Any, name: str) -> str | None:
    if key_of(db) is None or not db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [TEAM_TABLE]).fetchone():
        return None
    row = db.execute(f"SELECT value FROM {TEAM_TABLE} WHERE name = ?", [name]).fetchone()
    return str(row[0]) if row and row[0] else None


def snapshot_key(db: Any) -> str | None:
    """The key for snapshots on the share: the team passphrase, else the database's own key.

    None for a plain database: its snapshots are plain too (see docs/security.md).
    """
    own = key_of(db)
    if own is None:
        return None
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [TEAM_TABLE]).fetchone()
    if row:
        team = db.execute(f"SELECT value FROM {TEAM_TABLE} WHERE name = ?", [TEAM_NAME]).fetchone()
        if team and team[0]:
            return str(team[0])
    return own


def prepare_snapshot(db: Any, path: Path) -> None:
    """Give a fresh ``VACUUM INTO`` copy of ``db`` (encrypted with the database's own key) the
    snapshot key, and drop this device's secrets from it."""
    own, team = key_of(db), snapshot_key(db)
    if own is None:
        return
    conn = connect(path, own)
    try:
        conn.execute(f"DROP TABLE IF EXISTS {TEAM_TABLE}")
        conn.commit()
    finally:
        conn.close()
    if team != own:
        export_copy(path, path, old_key=own, new_key=team)

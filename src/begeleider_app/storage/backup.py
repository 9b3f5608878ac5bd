"""Consistent copies of a live database with SQLite's backup API, rotation and restore."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import UserError
from . import crypto

AUTO_PREFIX = "begeleider-"
SUFFIX = ".sqlite"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(
    source: Database | sqlite3.Connection | Path, dest: Path, *, key: str | None = None
) -> Path:
    """Write a consistent copy of ``source`` to ``dest`` (temp name, fsync, rename).

    The copy of an encrypted database is encrypted with the same key (the key the Database
    was opened with, or ``key`` for a path); SQLCipher's backup API copies the pages as is.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    if isinstance(source, Path):
        key = key or crypto.session_key_for(source)
        if key is not None:
            src_conn = crypto.connect(source, key, readonly=True)
        else:
            src_conn = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
        owned = True
    else:
        src_conn = source.conn if isinstance(source, Database) else source
        key = crypto.key_of(source) or key
        owned = False
    try:
        target = crypto.connect(tmp, key) if key is not None else sqlite3.connect(str(tmp))
        try:
            src_conn.backup(target)
            # A backup is a single file: no -wal beside it to lose.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        if owned:
            src_conn.close()
    _fsync(tmp)
    os.replace(tmp, dest)
    return dest


def verify_backup(path: Path, *, key: str | None = None) -> None:
    """Raise UserError unless ``path`` is an intact database (encrypted with ``key``, if given)."""
    from .database import DatabaseOpenError, inspect_file

    try:
        inspect_file(path, quick=False, key=key)
    except DatabaseOpenError as err:
        raise UserError("backup.bad", path=path, detail=err.message()) from None


def list_backups(backups_dir: Path) -> list[Path]:
    """Automatic and manual backups, newest first."""
    if not backups_dir.exists():
        return []
    files = [p for p in backups_dir.iterdir() if p.suffix == SUFFIX and p.is_file()]
    return sorted(files, key=lambda p: p.name, reverse=True)


def make_backup(db: Database, backups_dir: Path, *, keep: int = 14, now: datetime | None = None) -> Path:
    """A new backup in ``backups_dir``; older automatic backups beyond ``keep`` are removed."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    dest = backups_dir / f"{AUTO_PREFIX}{stamp}{SUFFIX}"
    n = 1
    while dest.exists():
        n += 1
        dest = backups_dir / f"{AUTO_PREFIX}{stamp}-{n}{SUFFIX}"
    copy_database(db, dest)
    verify_backup(dest, key=crypto.key_of(db))
    rotate(backups_dir, keep)
    return dest


#: Safety copies: the file before a restore, and before migrations. Each kind is rotated
#: too (the newest SAFETY_KEEP are kept), so no copy keeps anyone indefinitely.
SAFETY_PREFIXES = ("voor-terugzetten-", "voor-migratie-")
SAFETY_KEEP = 3


def rotate(backups_dir: Path, keep: int) -> list[Path]:
    """Remove automatic backups beyond ``keep``, safety copies beyond ``SAFETY_KEEP`` of each
    kind, and copies a crash left half-written (``.part``). Returns what was removed."""
    automatic = [p for p in list_backups(backups_dir) if p.name.startswith(AUTO_PREFIX)]
    removed = automatic[max(1, keep):]
    if backups_dir.exists():
        removed += [p for p in backups_dir.iterdir() if p.name.endswith(SUFFIX + ".part")]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed + rotate_safety_copies(backups_dir)


def rotate_safety_copies(backups_dir: Path) -> list[Path]:
    """Keep the newest SAFETY_KEEP safety copies of each kind (called when one is made)."""
    backups = list_backups(backups_dir)
    removed = [p for prefix in SAFETY_PREFIXES
               for p in [b for b in backups if b.name.startswith(prefix)][SAFETY_KEEP:]]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def erase_in_backups(db: Database, backups_dir: Path) -> list[Path]:
    """Erase, in every backup in ``backups_dir`` (automatic, manual, safety copies), every
    participant ``db`` has a tombstone for: the rows, their history and search entries go, the
    tombstone is added, freed bytes are zeroed (``secure_delete``) and the search index is
    merged, in one transaction per file (a rollback journal: a crash leaves the file as it
    was). Returns the backups that could not be opened (made with an older passphrase).
    """
    from . import erasure

    erased = erasure.erased_ids(db)
    if not erased or not backups_dir.exists():
        return []
    key = crypto.key_of(db)
    tombstones = [dict(r) for r in db["erasure"].rows]
    skipped: list[Path] = []
    for leftover in backups_dir.glob(f"*{SUFFIX}.part"):
        leftover.unlink(missing_ok=True)  # a crashed copy, possibly holding them
    for path in list_backups(backups_dir):
        try:
            conn = crypto.connect(path, key) if key else sqlite3.connect(str(path))
        except Exception:  # noqa: BLE001 - another passphrase, or not a database at all
            skipped.append(path)
            continue
        try:
            bdb = Database(conn, execute_plugins=False)
            present = [pid for pid in sorted(erased)
                       if erasure.participant_row_ids(bdb, pid) or erasure.history_mentions(bdb, pid)]
            if not present:
                continue
            bdb.execute("PRAGMA secure_delete = ON")
            with bdb.atomic():
                if bdb["erasure"].exists():
                    cols = set(bdb["erasure"].columns_dict)
                    bdb["erasure"].insert_all(
                        [{k: v for k, v in t.items() if k in cols} for t in tombstones
                         if t["id"] in present], ignore=True)
                for pid in present:
                    erasure.remove_rows(bdb, pid)
                    bdb.execute("DELETE FROM history WHERE table_name = 'participant' "
                                "AND row_id = ?", [pid])
            # Every search index (the journal's too), as on the laptop's own database.
            erasure.scrub(bdb)
        except sqlite3.DatabaseError:
            skipped.append(path)
        finally:
            conn.close()
        _fsync(path)
    return skipped



def backup_if_due(db: Database, backups_dir: Path, *, keep: int = 14, now: datetime | None = None) -> Path | None:
    """One automatic backup a day: write one when today's does not exist yet."""
    today = (now or datetime.now(UTC)).strftime("%Y%m%d")
    for existing in list_backups(backups_dir):
        if existing.name.startswith(f"{AUTO_PREFIX}{today}"):
            return None
    return make_backup(db, backups_dir, keep=keep, now=now)


def backup_file_if_due(db_path: Path, backups_dir: Path, *, keep: int = 14, now: datetime | None = None) -> Path | None:
    """`backup_if_due` for a file through its own read-only connection, so a worker thread can
    run it while the program keeps writing through its connection (the GUI's daily backup)."""
    key = crypto.session_key_for(db_path)
    conn = crypto.connect(db_path, key, readonly=True) if key else sqlite3.connect(
        Path(db_path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return backup_if_due(Database(conn, execute_plugins=False), backups_dir, keep=keep, now=now)
    finally:
        conn.close()


def restore_backup(backup: Path, db_path: Path, backups_dir: Path, *, key: str | None = None) -> Path:
    """Replace the database at ``db_path`` with ``backup``; the current file is kept first.

    The caller closes its connection before and reopens after. Returns the safety copy.
    ``key``: the passphrase of an encrypted backup (the restored file keeps it).
    """
    key = key or crypto.session_key_for(backup)
    verify_backup(backup, key=key)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safety_copy = backups_dir / f"voor-terugzetten-{stamp}{SUFFIX}"
    if db_path.exists():
        current_key = None if crypto.is_plain(db_path) or db_path.stat().st_size == 0 else key
        copy_database(db_path, safety_copy, key=current_key)
        rotate_safety_copies(backups_dir)
    if key is not None:
        src = crypto.connect(backup, key, readonly=True)
    else:
        src = sqlite3.connect(backup.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        dst = crypto.connect(db_path, key) if key is not None else sqlite3.connect(str(db_path))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()
    return safety_copy

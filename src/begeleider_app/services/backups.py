"""Backups of the open database (the window's File menu and the command line)."""

from __future__ import annotations

from pathlib import Path

from ..storage import backup
from ..storage.repository import Store


def make_backup(store: Store, backups_dir: Path, *, keep: int) -> Path:
    """A checked copy of the database in ``backups_dir``; older automatic ones beyond ``keep``
    are removed."""
    return backup.make_backup(store.db, backups_dir, keep=keep)


def restore(backup_file: Path, db_path: Path, backups_dir: Path, *, key: str | None = None) -> Path:
    """Replace the (closed) database at ``db_path`` with ``backup_file`` and leave it ready to
    open without another page check: the backup is verified first, the present file is kept
    as a safety copy, the search index is rebuilt (a copy made with VACUUM may have other
    rowids) and the result is checked. Returns the safety copy."""
    from ..storage.database import open_connection, verify_file
    from ..storage.search import rebuild_index

    safety = backup.restore_backup(backup_file, db_path, backups_dir, key=key)
    db = open_connection(db_path, key=key)
    try:
        rebuild_index(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    verify_file(db_path, key=key)
    return safety

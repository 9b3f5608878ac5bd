"""Start-up leaves the full page check out only for a file unchanged since our clean close,
and a damaged file is still caught: at open when anything about it changed, in the
background check when nothing visible did (docs/design.md, "Opening a database")."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from begeleider_app.domain.messages import UserError
from begeleider_app.services import participants as psvc
from begeleider_app.services.session import (
    CHECKED,
    DEFERRED,
    FAILED,
    close_store,
    open_store,
    verify_in_background,
)
from begeleider_app.storage.database import (
    DatabaseOpenError,
    file_fingerprint,
    record_clean_close,
    unchanged_since_clean_close,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(paths, path: Path, n: int = 200) -> None:
    store = open_store(path, paths)
    for i in range(n):
        psvc.create_participant(store, {"first_name": f"Naam{i}" * 20, "last_name": "Achternaam"})
    assert close_store(store, paths)


def _corrupt_pages(path: Path, first_page: int = 1) -> None:
    """Scribble over the b-tree pages from ``first_page`` (0 is the header page) on."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * first_page, len(data), 4096):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_an_unchanged_file_opens_without_the_blocking_check_and_is_checked_after(paths, tmp_path):
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    assert unchanged_since_clean_close(path, paths.clean_close_file)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED
    failures: list[UserError] = []
    thread = verify_in_background(store, paths, failures.append)
    assert thread is not None
    thread.join(30)
    assert store.check_state == CHECKED and not failures
    assert close_store(store, paths)
    # Without trust (CLI, tests, reopening) the check runs at open as before.
    plain = open_store(path, paths)
    assert plain.check_state == CHECKED
    plain.close()


def test_a_check_that_never_started_runs_at_close(paths, tmp_path):
    """A session that ends before its background check began (or a caller that never started
    it) checks at close: a passed check is recorded, damage is not."""
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED and store.check_thread is None
    assert close_store(store, paths)
    assert store.check_state == CHECKED
    assert unchanged_since_clean_close(path, paths.clean_close_file)
    _corrupt_pages(path, first_page=path.stat().st_size // 4096 * 3 // 4)  # the rows, not the schema
    assert record_clean_close(path, paths.clean_close_file)  # damage under the fingerprint
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED
    assert not close_store(store, paths)
    assert store.check_state == FAILED
    assert not unchanged_since_clean_close(path, paths.clean_close_file)
    with pytest.raises(DatabaseOpenError):
        open_store(path, paths, trust_clean_close=True)


@pytest.mark.parametrize("keep_mtime", [False, True])
def test_a_file_corrupted_after_a_clean_close_is_refused_at_open_and_unchanged(paths, tmp_path, keep_mtime):
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    stat = path.stat()
    time.sleep(0.01)
    _corrupt_pages(path)
    if keep_mtime:  # as a copy tool that preserves times would leave it
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_size == stat.st_size
    assert not unchanged_since_clean_close(path, paths.clean_close_file)
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_store(path, paths, trust_clean_close=True)
    assert err.value.key == "db.corrupt"
    assert digest(path) == before


def test_damage_no_fingerprint_can_see_is_found_by_the_background_check(paths, tmp_path):
    """A disk that flips bits under an unchanged inode, size and times: simulated by taking
    the fingerprint after the damage. Opening then defers the check, and the check fails."""
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    # Only the participants' pages at the end; the schema pages at the start read fine, so
    # the cheap checks at open pass.
    _corrupt_pages(path, first_page=path.stat().st_size // 4096 * 3 // 4)  # the rows, not the schema
    assert record_clean_close(path, paths.clean_close_file)
    before = digest(path)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED
    failures: list[UserError] = []
    verify_in_background(store, paths, failures.append).join(30)
    assert store.check_state == FAILED
    assert failures and failures[0].key == "db.damaged_in_use"
    # Said as found while working: not "the file was not changed", but stop and restore.
    assert "beschadiging" in failures[0].message() and "niet gewijzigd" not in failures[0].message()
    assert "back-up terug" in failures[0].message()
    # The record is gone: no clean close is written, the next start checks first and refuses.
    assert not close_store(store, paths)
    assert not unchanged_since_clean_close(path, paths.clean_close_file)
    with pytest.raises(DatabaseOpenError) as err:
        open_store(path, paths, trust_clean_close=True)
    assert err.value.key == "db.corrupt"
    assert digest(path) == before


def test_any_write_by_another_program_means_a_full_check(paths, tmp_path):
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE participant SET last_name = 'Anders' WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert not unchanged_since_clean_close(path, paths.clean_close_file)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == CHECKED
    store.close()


def test_committed_changes_left_in_the_wal_are_never_vouched_for(paths, tmp_path):
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    holder = sqlite3.connect(path)  # a reader that keeps the -wal alive
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM participant").fetchall()
    store = open_store(path, paths)
    psvc.create_participant(store, {"first_name": "Nieuw"})
    store.close()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert file_fingerprint(path) is None
    assert not record_clean_close(path, paths.clean_close_file)
    holder.rollback()
    holder.close()


def test_a_file_that_needs_migrating_is_checked_before_it_is_migrated(paths, tmp_path):
    """A newer program opening a file it closed cleanly at an older schema: the check comes
    first, so a damaged file is refused, not copied and migrated."""
    from sqlite_utils import Database

    from begeleider_app.storage.migrations import MIGRATION_NAMES, migrations

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before=MIGRATION_NAMES[-1])
    db.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES) - 1}")
    db.execute("CREATE TABLE filler (x)")
    db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 4000)
    db.conn.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    _corrupt_pages(path, first_page=path.stat().st_size // 4096 * 3 // 4)  # the filler's pages
    assert record_clean_close(path, paths.clean_close_file)
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_store(path, paths, trust_clean_close=True)
    assert err.value.key == "db.corrupt"
    assert digest(path) == before
    assert not list(paths.backups_dir.glob("voor-migratie-*"))


def test_a_file_that_is_only_gone_is_not_called_damaged(paths, tmp_path):
    """Moved away (or a USB stick pulled) before the check behind the window ran: the coach
    hears that, not "damage, restore a backup", which would throw away good work."""
    path = tmp_path / "work.sqlite"
    _filled(paths, path)
    assert record_clean_close(path, paths.clean_close_file)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED
    path.rename(tmp_path / "elders.sqlite")
    failures: list[UserError] = []
    verify_in_background(store, paths, failures.append).join(30)
    store.close()
    assert [f.key for f in failures] == ["db.missing"]
    assert "beschadig" not in failures[0].message()

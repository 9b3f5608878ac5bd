from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from begeleider_app.domain.messages import UserError
from begeleider_app.services import participants as svc
from begeleider_app.services.session import open_store
from begeleider_app.storage.backup import backup_if_due, list_backups, make_backup, restore_backup


def integrity(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_backup_passes_integrity_check_and_restores(store, paths):
    svc.create_participant(store, {"first_name": "Fatima", "last_name": "Haddad"})
    backup = make_backup(store.db, paths.backups_dir, keep=3)
    assert integrity(backup) == "ok"
    # Work goes on after the backup, then the coach restores it.
    svc.create_participant(store, {"first_name": "Later", "last_name": "Toegevoegd"})
    db_path = store.path
    store.close()
    safety_copy = restore_backup(backup, db_path, paths.backups_dir)
    assert integrity(safety_copy) == "ok"
    restored = open_store(db_path, paths)
    try:
        names = sorted(r["first_name"] for r in restored.repo("participant").find())
        assert names == ["Fatima"]
        assert [r["first_name"] for r in svc.caseload(restored, text="fati")] == ["Fatima"]
    finally:
        restored.close()


def test_rotation_keeps_the_newest(store, paths):
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for day in range(5):
        make_backup(store.db, paths.backups_dir, keep=3, now=start + timedelta(days=day))
    kept = list_backups(paths.backups_dir)
    assert [p.name[11:19] for p in kept] == ["20261105", "20261104", "20261103"]


def test_one_automatic_backup_a_day(store, paths):
    now = datetime(2026, 11, 29, 8, tzinfo=UTC)
    assert backup_if_due(store.db, paths.backups_dir, now=now) is not None
    assert backup_if_due(store.db, paths.backups_dir, now=now + timedelta(hours=3)) is None
    assert backup_if_due(store.db, paths.backups_dir, now=now + timedelta(days=1)) is not None


def test_a_damaged_backup_is_not_restored(store, paths, tmp_path):
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = store.path.read_bytes()
    with pytest.raises(UserError) as err:
        restore_backup(bad, store.path, paths.backups_dir)
    assert "niet bruikbaar" in err.value.message()
    assert store.path.read_bytes() == before

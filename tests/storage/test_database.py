"""Opening files: migrations, and every kind of bad file refused without being changed.

Migrating a database of every released schema version: test_schema_history.py.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from begeleider_app.domain.messages import set_language
from begeleider_app.storage import safety
from begeleider_app.storage.database import DatabaseOpenError, check_database, open_database
from begeleider_app.storage.migrations import MIGRATION_NAMES, SCHEMA_VERSION, migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema(db_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return sorted(
            (r[0], r[1]) for r in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL")
        )
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def dutch():
    set_language("nl")


def test_new_database_gets_every_migration(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.name for m in migrations.applied(db)] == list(MIGRATION_NAMES)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_migrates_an_empty_sqlite_file(tmp_path):
    path = tmp_path / "empty.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    open_database(path).close()
    assert schema(path) == schema_of_fresh(tmp_path)


def schema_of_fresh(tmp_path: Path) -> list[tuple[str, str]]:
    fresh = tmp_path / "fresh-reference.sqlite"
    if not fresh.exists():
        open_database(fresh).close()
    return schema(fresh)


def test_newer_schema_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "begeleider", "name": "m999_from_the_future", "applied_at": "2030-01-01"})
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(path)
    assert err.value.key == "db.newer_schema"
    assert "nieuwere versie" in err.value.message()
    assert digest(path) == before


def _make_healthy(path: Path) -> None:
    db = open_database(path)
    db["participant"].insert_all(
        [{"id": f"p{i}", "first_name": "Naam" * 50, "created_at": "x", "updated_at": "x",
          "device_id": "d", "deleted": 0, "vv": "{}"} for i in range(300)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the b-tree pages after the header page; the header stays valid.
    for offset in range(page, len(data), page):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage,key", [
    (lambda p: p.write_bytes(b""), "db.zero_bytes"),
    (lambda p: p.write_text("Dit is een boodschappenlijst, geen database.\n" * 40), "db.not_sqlite"),
    (_corrupt, "db.corrupt"),
    (_truncate, "db.corrupt"),
])
def test_bad_files_are_refused_and_unchanged(tmp_path, damage, key):
    path = tmp_path / "bad.sqlite"
    _make_healthy(path)
    damage(path)
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(path)
    assert err.value.key == key
    assert err.value.message()  # a readable Dutch message
    assert digest(path) == before
    with pytest.raises(DatabaseOpenError):
        check_database(path)
    assert digest(path) == before


def test_a_locked_file_is_refused(tmp_path):
    path = tmp_path / "locked.sqlite"
    _make_healthy(path)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError) as err:
            open_database(path)
        assert err.value.key == "db.locked"
        assert "in gebruik" in err.value.message()
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "secret.sqlite"
    _make_healthy(path)
    path.chmod(0)
    try:
        with pytest.raises(DatabaseOpenError) as err:
            open_database(path)
        assert err.value.key == "db.unreadable"
    finally:
        path.chmod(0o600)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError) as err:
        open_database(tmp_path)
    assert err.value.key == "db.is_directory"


@pytest.mark.parametrize("where", [
    "OneDrive - Gemeente Zwolle/begeleider.sqlite", "Dropbox/team/begeleider.sqlite",
    "Google Drive/begeleider.sqlite", "SharePoint/Team/db.sqlite",
])
def test_cloud_folders_are_refused_without_creating_anything(tmp_path, where):
    path = tmp_path / where
    with pytest.raises(DatabaseOpenError) as err:
        open_database(path)
    assert err.value.key == "db.network_path"
    assert not path.exists()


def test_unc_paths_and_network_mounts_are_detected(monkeypatch):
    assert safety.network_reason(r"\\server\share\begeleider.sqlite") == "UNC-pad"
    monkeypatch.setattr(safety, "_mounts", lambda: [("/", "ext4"), ("/mnt/team", "cifs")])
    assert "cifs" in safety.network_reason("/mnt/team/begeleider.sqlite")
    assert safety.network_reason("/home/coach/begeleider.sqlite") is None


def test_messages_in_english_too(tmp_path):
    path = tmp_path / "empty.bin"
    path.write_bytes(b"")
    set_language("en")
    with pytest.raises(DatabaseOpenError) as err:
        open_database(path)
    assert "is empty" in err.value.message()

"""Encryption at rest: no plaintext in the database or its backups, wrong passphrase, conversions."""

from __future__ import annotations

from pathlib import Path

import pytest

from begeleider_app.domain.messages import set_language
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto
from begeleider_app.storage.backup import list_backups, make_backup, restore_backup
from begeleider_app.storage.database import DatabaseOpenError, inspect_file
from begeleider_app.storage.search import search_participant_ids

from .conftest import HEALTH_MARKER, NAME_LAST, PASS

SECRETS = (NAME_LAST.encode(), HEALTH_MARKER.encode(), NAME_LAST.encode("utf-16-le"))


def files_of(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def leaks(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [s for s in SECRETS if s in data]


@pytest.mark.parametrize("key", [None, PASS], ids=["plain-control", "encrypted"])
def test_database_and_backups_hold_no_plaintext_when_encrypted(paths, tmp_path, make_person, key):
    db_path = tmp_path / "work" / "begeleider.sqlite"
    store = open_store(db_path, paths, key=key)
    person = make_person(store)
    store.repo("participant").update(person["id"], {"phone": "0612345678"}, note="nieuw nummer")
    backup = make_backup(store.db, paths.backups_dir)
    # While the database is open its -wal file holds the latest pages: check it too.
    live = files_of(db_path.parent)
    live_leaks = {p.name: leaks(p) for p in live}
    store.close()
    found = {p.name: leaks(p) for p in [*files_of(db_path.parent), backup]}
    found.update({f"live:{k}": v for k, v in live_leaks.items()})
    if key is None:
        # The control shows the search would find the secrets if they were there.
        assert found[db_path.name] and found[backup.name]
    else:
        assert not any(found.values()), found
        assert not crypto.is_plain(db_path) and not crypto.is_plain(backup)
        assert crypto.key_works(backup, PASS)


def test_wrong_passphrase_gives_clear_message_and_changes_nothing(paths, tmp_path, make_person):
    db_path = tmp_path / "enc.sqlite"
    store = open_store(db_path, paths, key=PASS)
    make_person(store)
    store.close()
    before = db_path.read_bytes()
    set_language("nl")
    with pytest.raises(DatabaseOpenError) as err:
        open_store(db_path, paths, key="verkeerd wachtwoord")
    assert err.value.key == "db.wrong_passphrase"
    assert "wachtwoord" in err.value.message() and "niets gewijzigd" in err.value.message()
    crypto.forget_session_keys()  # as after a restart: nothing remembered
    with pytest.raises(DatabaseOpenError) as err2:
        open_store(db_path, paths)  # no passphrase at all
    assert err2.value.key == "db.needs_passphrase"
    with pytest.raises(DatabaseOpenError):
        crypto.decrypt_database(db_path, "verkeerd wachtwoord")
    with pytest.raises(DatabaseOpenError):
        crypto.change_passphrase(db_path, "verkeerd wachtwoord", "nieuw wachtwoord 123")
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["enc.sqlite", "install"]


def test_not_sqlite_is_still_told_apart_from_encrypted(tmp_path):
    text = tmp_path / "lijst.sqlite"
    text.write_text("Dit is een boodschappenlijst.\n" * 200)
    for key in (None, PASS):
        with pytest.raises(DatabaseOpenError) as err:
            inspect_file(text, key=key)
        assert err.value.key == "db.not_sqlite"


def test_plain_database_with_a_passphrase_is_refused_unchanged(store, make_person):
    make_person(store)
    path = store.path
    store.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as err:
        inspect_file(path, key=PASS)
    assert err.value.key == "db.not_encrypted"
    assert path.read_bytes() == before


def table_dump(db) -> dict[str, list[tuple]]:
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%_fts%'").fetchall()]
    return {n: sorted(db.execute(f"SELECT * FROM [{n}]").fetchall(), key=repr) for n in names}


def test_convert_plain_to_encrypted_and_back_without_loss(paths, tmp_path, make_person):
    from begeleider_app.services.demo import generate_demo

    db_path = tmp_path / "conv.sqlite"
    store = open_store(db_path, paths)
    generate_demo(store, 6, seed=3)
    person = make_person(store)
    original = table_dump(store.db)
    version = store.db.execute("PRAGMA user_version").fetchone()[0]
    store.close()

    crypto.encrypt_database(db_path, PASS)
    assert not crypto.is_plain(db_path) and NAME_LAST.encode() not in db_path.read_bytes()
    store = open_store(db_path, paths, key=PASS)
    assert table_dump(store.db) == original
    assert search_participant_ids(store.db, NAME_LAST) == [person["id"]]
    store.close()

    crypto.change_passphrase(db_path, PASS, "een heel ander wachtwoord")
    with pytest.raises(DatabaseOpenError):
        inspect_file(db_path, key=PASS)

    crypto.decrypt_database(db_path, "een heel ander wachtwoord")
    assert crypto.is_plain(db_path)
    store = open_store(db_path, paths)
    assert table_dump(store.db) == original
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == version
    assert search_participant_ids(store.db, NAME_LAST) == [person["id"]]
    store.close()


def test_too_short_passphrase_is_refused(store):
    path = store.path
    store.close()
    before = path.read_bytes()
    with pytest.raises(crypto.UserError) as err:
        crypto.encrypt_database(path, "kort")
    assert err.value.key == "crypto.too_short"
    assert path.read_bytes() == before


def test_existing_plain_backups_are_encrypted_with_the_database(paths, tmp_path, make_person):
    db_path = tmp_path / "b.sqlite"
    store = open_store(db_path, paths)
    make_person(store)
    plain_backup = make_backup(store.db, paths.backups_dir)
    store.close()
    assert leaks(plain_backup)
    crypto.encrypt_database(db_path, PASS)
    skipped = crypto.reencrypt_backups(paths.backups_dir, old_key=None, new_key=PASS)
    assert skipped == []
    for backup in list_backups(paths.backups_dir):
        assert not leaks(backup) and crypto.key_works(backup, PASS)
    # And an encrypted backup can be restored: the program opened the database with the
    # passphrase, closed it for the restore and reopens it, without asking again.
    open_store(db_path, paths, key=PASS).close()
    restore_backup(plain_backup, db_path, paths.backups_dir)
    store = open_store(db_path, paths, key=PASS)
    assert search_participant_ids(store.db, NAME_LAST)
    store.close()


def test_daily_backup_of_an_encrypted_file_is_encrypted(paths, tmp_path, make_person):
    from begeleider_app.storage.backup import backup_file_if_due

    db_path = tmp_path / "dag.sqlite"
    store = open_store(db_path, paths, key=PASS)
    make_person(store)
    try:
        backup = backup_file_if_due(db_path, paths.backups_dir)
    finally:
        store.close()
    assert backup is not None and not leaks(backup) and crypto.key_works(backup, PASS)

"""After an erasure and one sync of each device, no file on the share and no file in any
backups folder holds anything of the person: plain team by the bytes, encrypted team after
decrypting each file with its key. Backups include the restore and migration safety copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from begeleider_app.config import Device, resolve_paths
from begeleider_app.services import journal, privacy
from begeleider_app.services.participants import create_participant, intake_for
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto
from begeleider_app.storage.backup import copy_database, make_backup, restore_backup
from begeleider_app.sync import share as sh
from begeleider_app.sync.engine import sync

from .conftest import HEALTH_MARKER, NAME_FIRST, NAME_LAST, PASS, all_text

TEAM = "gezamenlijk teamwachtwoord voor de map"
JOURNAL_MARKER = "Huisbezoek Zwaluwstraat schuldenmap"  # in the journal's own search index too
SECRETS = (NAME_FIRST, NAME_LAST, HEALTH_MARKER, "Zwaluwstraat", "zwaluwstraat")  # and as index token


class Laptop:
    def __init__(self, root: Path, name: str, share: Path, key: str | None) -> None:
        self.name, self.share, self.key = name, share, key
        self.paths = resolve_paths(root / name)
        self.paths.ensure()
        self.device = Device.load_or_create(self.paths)
        self.db_path = root / name / "work.sqlite"
        self.open()

    def open(self) -> None:
        self.store = open_store(self.db_path, self.paths, device=self.device, key=self.key)
        if self.key is not None:
            crypto.set_team_passphrase(self.store.db, TEAM)

    def sync(self) -> None:
        report = sync(self.store, self.share, self.paths, device=self.device, coach_name=self.name)
        assert not report.warnings and not report.publish_error, report


def _text_of(path: Path, key: str | None) -> str:
    """Everything a file holds: its bytes, and for an encrypted file what it decrypts to."""
    raw = path.read_bytes().decode("latin-1")
    if key is None or path.suffix != ".sqlite" or crypto.is_plain(path):
        return raw
    from sqlite_utils import Database

    conn = crypto.connect(path, key, readonly=True)
    try:
        return raw + all_text(Database(conn, execute_plugins=False))
    finally:
        conn.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_after_an_erasure_and_one_sync_each_nothing_of_the_person_is_left(tmp_path, monkeypatch,
                                                                           make_person, encrypted):
    monkeypatch.setattr(sh, "sleep", lambda _s: None)
    share = tmp_path / "share"
    share.mkdir()
    key = PASS if encrypted else None
    a, b, c = (Laptop(tmp_path, n, share, key) for n in ("anna", "bram", "cem"))
    try:
        person = make_person(a.store)
        entry = journal.new_entry(a.store, person["id"])
        a.store.repo("journal_entry").update(entry["id"], {"text": JOURNAL_MARKER})
        create_participant(a.store, {"first_name": "Blijft", "last_name": "Bewaard"})
        for laptop in (a, b, c):
            laptop.sync()
        # Every kind of copy holds the person: change sets of two devices (each edited the
        # file), snapshots, daily backups, a restore safety copy, a migration safety copy.
        intake = intake_for(b.store, person["id"])
        b.store.repo("intake").update(intake["id"], {"network": f"Zus van {NAME_FIRST}"})
        c.store.repo("participant").update(person["id"], {"phone": "0611111111"})
        for laptop in (b, c, a):
            laptop.sync()
        for laptop in (a, b, c):
            make_backup(laptop.store.db, laptop.paths.backups_dir)
            copy_database(laptop.store.db, laptop.paths.backups_dir / "voor-migratie-v7-x.sqlite")
        c.store.close()
        restore_backup(next(c.paths.backups_dir.glob("begeleider-*.sqlite")), c.db_path,
                       c.paths.backups_dir, key=key)
        c.open()
        backups = [p for lap in (a, b, c) for p in lap.paths.backups_dir.glob("*.sqlite")]
        assert any(p.name.startswith("voor-terugzetten-") for p in backups)
        files = [p for p in share.rglob("*") if p.is_file()]
        assert any(NAME_LAST in _text_of(p, TEAM if encrypted else None) for p in files)

        privacy.erase_participant(a.store, person["id"], confirmed=True)
        for laptop in (a, b, c):  # one sync of each device
            laptop.sync()

        for path in (p for p in share.rglob("*") if p.is_file()):
            text = _text_of(path, TEAM if encrypted else None)
            assert not [s for s in SECRETS if s in text], path
        for laptop in (a, b, c):
            for path in laptop.paths.backups_dir.iterdir():
                text = _text_of(path, key)
                assert not [s for s in SECRETS if s in text], path
        assert a.store.repo("participant").find("first_name = ?", ["Blijft"])
    finally:
        for laptop in (a, b, c):
            laptop.store.close()
        crypto.forget_session_keys()
    shutil.rmtree(share, ignore_errors=True)

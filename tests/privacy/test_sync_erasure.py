"""Erasure and encryption across two simulated laptops that sync through a shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from begeleider_app.config import Device, resolve_paths
from begeleider_app.services import privacy
from begeleider_app.services.participants import intake_for
from begeleider_app.services.session import open_store
from begeleider_app.storage.search import search_participant_ids

from .conftest import HEALTH_MARKER, NAME_FIRST, NAME_LAST, PASS

sync_engine = pytest.importorskip("begeleider_app.sync.engine")


class Laptop:
    def __init__(self, root: Path, name: str, share: Path, key: str | None = None) -> None:
        self.share = share
        self.paths = resolve_paths(root / name)
        self.paths.ensure()
        self.device = Device.load_or_create(self.paths)
        self.db_path = root / name / "work.sqlite"
        self.store = open_store(self.db_path, self.paths, device=self.device, key=key)

    def sync(self):
        report = sync_engine.sync(self.store, self.share, self.paths, device=self.device)
        assert not report.warnings, report.warnings
        return report


@pytest.fixture
def laptops(tmp_path, monkeypatch):
    from begeleider_app.sync import share as sh

    monkeypatch.setattr(sh, "sleep", lambda _s: None)
    made: list[Laptop] = []

    def make(key: str | None = None) -> tuple[Laptop, Laptop, Path]:
        share = tmp_path / "share"
        share.mkdir()
        made.extend([Laptop(tmp_path, "a", share, key), Laptop(tmp_path, "b", share, key)])
        return made[0], made[1], share

    yield make
    for laptop in made:
        laptop.store.close()


def _secrets_in(path: Path) -> list[bytes]:
    raw = path.read_bytes()
    return [s for s in (NAME_LAST.encode(), HEALTH_MARKER.encode()) if s in raw]


def test_erasure_reaches_the_other_laptop_even_after_a_concurrent_edit(laptops, make_person, dump):
    a, b, share = laptops()
    person = make_person(a.store)
    a.store.repo("goal").insert({"participant_id": person["id"], "text": f"Doel {NAME_LAST}",
                                 "status": "open"})
    a.sync()
    b.sync()
    assert search_participant_ids(b.store.db, NAME_LAST) == [person["id"]]

    privacy.erase_participant(a.store, person["id"], confirmed=True)
    # Meanwhile, before hearing of the erasure, the colleague edits the file on laptop B.
    intake = intake_for(b.store, person["id"])
    b.store.repo("intake").update(intake["id"], {"network": f"Broer van {NAME_FIRST}"})
    b.sync()   # B publishes its edit
    a.sync()   # A imports it: the erased participant must not come back
    b.sync()   # B imports A's tombstone and erases too
    a.sync()

    for laptop in (a, b):
        db = laptop.store.db
        assert search_participant_ids(db, NAME_LAST) == []
        text = dump(db)
        assert NAME_LAST not in text and NAME_FIRST not in text and HEALTH_MARKER not in text
        assert [r["id"] for r in db["erasure"].rows] == [person["id"]]
    for laptop in (a, b):
        laptop.store.close()
        assert _secrets_in(laptop.db_path) == []
    # The snapshots left on the share hold the name no more either.
    snapshots = [p for p in share.rglob("*.sqlite")]
    assert snapshots and all(_secrets_in(p) == [] for p in snapshots)
    a.store = open_store(a.db_path, a.paths, device=a.device)
    b.store = open_store(b.db_path, b.paths, device=b.device)


def test_share_snapshots_of_an_encrypted_team_hold_no_plaintext(laptops, make_person):
    """Both laptops use the team's passphrase: the snapshots on the share are encrypted."""
    a, b, share = laptops(key=PASS)
    person = make_person(a.store)
    a.sync()
    b.sync()
    assert search_participant_ids(b.store.db, NAME_LAST) == [person["id"]]
    b.store.repo("participant").update(person["id"], {"phone": "0612345678"})
    b.sync()  # B publishes a change set, A's snapshot is there: both kinds of file
    files = [p for p in share.rglob("*") if p.is_file()]
    snapshots = [p for p in files if p.suffix == ".sqlite"]
    assert len(snapshots) == 2
    assert all(_secrets_in(p) == [] for p in files), [p.name for p in files if _secrets_in(p)]


def test_team_passphrase_encrypts_snapshots_for_laptops_with_their_own_passphrase(tmp_path, monkeypatch, make_person):
    """Each coach has an own passphrase; the share uses the team passphrase (set once)."""
    from begeleider_app.storage import crypto
    from begeleider_app.sync import share as sh

    monkeypatch.setattr(sh, "sleep", lambda _s: None)
    share = tmp_path / "share"
    share.mkdir()
    a = Laptop(tmp_path, "a", share, key="wachtwoord van Anna")
    b = Laptop(tmp_path, "b", share, key="wachtwoord van Bart")
    try:
        team = "ons gezamenlijke teamwachtwoord"
        for laptop in (a, b):
            crypto.set_team_passphrase(laptop.store.db, team)
        person = make_person(a.store)
        a.sync()
        b.sync()
        assert search_participant_ids(b.store.db, NAME_LAST) == [person["id"]]
        b.store.repo("participant").update(person["id"], {"phone": "0612345678"})
        b.sync()  # B publishes a change set, A's snapshot is there: both kinds of file
        snapshots = sorted(share.rglob("*.sqlite"))
        assert len(snapshots) == 2
        for snap in snapshots:
            assert _secrets_in(snap) == [] and team.encode() not in snap.read_bytes()
            assert crypto.key_works(snap, team)
            assert not crypto.key_works(snap, "wachtwoord van Anna")
            conn = crypto.connect(snap, team, readonly=True)
            try:  # this device's secrets never travel
                assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                                    [crypto.TEAM_TABLE]).fetchone()[0] == 0
            finally:
                conn.close()
    finally:
        a.store.close()
        b.store.close()


def test_erase_expired_run_alone_leaves_nothing_of_the_person(laptops, make_person, dump, tmp_path):
    """`begeleider erase-expired` in a fresh process (only the CLI's own imports) erases the
    person from every table: rows, history, audit, search index and an open sync conflict."""
    import os
    import sqlite3
    import subprocess
    import sys

    from begeleider_app.services.participants import change_status
    from begeleider_app.sync.conflicts import open_conflicts

    a, b, _share = laptops()
    person = make_person(a.store)
    a.sync()
    b.sync()
    # The same field edited on both laptops before they sync again: an open conflict on A
    # holding B's words about the person.
    intake_a, intake_b = intake_for(a.store, person["id"]), intake_for(b.store, person["id"])
    a.store.repo("intake").update(intake_a["id"], {"network": f"Zus van {NAME_FIRST} (A)"})
    b.store.repo("intake").update(intake_b["id"], {"network": f"Oom van {NAME_FIRST} (B)"})
    b.sync()
    a.sync()
    assert open_conflicts(a.store.db, participant_id=person["id"])
    change_status(a.store, person["id"], "afgesloten", on="2026-01-15")
    a.store.close()
    raw = sqlite3.connect(a.db_path)
    before = "\n".join(str(v) for (v,) in raw.execute("SELECT value FROM sync_conflict"))
    raw.close()
    assert f"Oom van {NAME_FIRST}" in before or f"Zus van {NAME_FIRST}" in before

    env = {**os.environ, "BEGELEIDER_DATA_DIR": str(a.paths.data_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "begeleider_app.cli", "erase-expired", "--db", str(a.db_path),
         "--today", "2031-06-01", "--years", "5"],
        capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert person["id"] in done.stdout and NAME_LAST not in done.stdout

    a.store = open_store(a.db_path, a.paths, device=a.device)
    text = dump(a.store.db)
    for value in (NAME_FIRST, NAME_LAST, HEALTH_MARKER, "Zus van", "Oom van"):
        assert value not in text, value
    assert search_participant_ids(a.store.db, NAME_LAST) == []
    assert a.store.db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0
    assert a.store.db.execute("SELECT count(*) FROM sync_change WHERE row_id = ?",
                              [person["id"]]).fetchone()[0] == 0

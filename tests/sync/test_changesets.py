"""Change sets: what a device publishes grows with its edits, not with its database; a gap or a
damaged file falls back to a snapshot; another team's folder, a missing manifest and a retired
folder are handled; one sync at a time; a save during a sync waits and lands."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from begeleider_app.domain.messages import UserError
from begeleider_app.services.participants import create_participant
from begeleider_app.sync import engine, merge, publisher
from begeleider_app.sync import share as sh

from .conftest import Laptop, manifest_of, newest_file, share_files, sync_all


def peer(report, laptop: Laptop):
    [result] = [p for p in report.peers if p.device_id == laptop.store.device_id and not p.source]
    return result


def caseload(team, n: int = 30):
    """Anna has a caseload and shared it; Bram joined with an empty database."""
    a, b = team("Anna", "Bram")
    ids = [create_participant(a.store, {"first_name": f"P{i}", "last_name": "Test"})["id"]
           for i in range(n)]
    sync_all([a, b], rounds=1)
    return a, b, ids


def test_a_new_empty_device_joins_from_the_snapshot_and_then_merges_change_sets(team):
    a, b, ids = caseload(team)
    assert manifest_of(a).snapshot() is not None  # Anna had records before she first synced
    assert not manifest_of(b).snapshot()  # Bram's database was empty: nothing of his own
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    report = a.sync()
    assert report.published_files == [sh.changes_name(report.published_seq)]
    report = b.sync()
    result = peer(report, a)
    assert result.status == "merged" and result.via == "changes" and result.changes == 1
    # Bytes grow with the edit, not with the database.
    assert report.bytes_read < manifest_of(a).snapshot().size / 2
    assert b.get(ids[0])["phone"] == "0611111111"
    sync_all([a, b])
    assert a.state() == b.state()


def test_change_sets_hold_only_the_publishers_own_changes(team):
    a, b, ids = caseload(team)
    (c,) = team("Cem")
    c.sync()
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    a.sync()
    b.sync()  # merges Anna's edit: not Bram's to publish again
    b.repo("participant").update(ids[1], {"phone": "0622222222"})
    report = b.sync()
    conn = sqlite3.connect(newest_file(b, "changes"))
    rows = conn.execute("SELECT id FROM participant").fetchall()
    conn.close()
    assert rows == [(ids[1],)], report.published_files
    c.sync()
    assert c.get(ids[0])["phone"] == "0611111111" and c.get(ids[1])["phone"] == "0622222222"


def test_a_missing_change_set_falls_back_to_the_snapshot(team, monkeypatch):
    a, b, ids = caseload(team)
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    a.sync()
    newest_file(a, "changes").unlink()  # removed by hand, or lost by the sync client
    a.repo("participant").update(ids[1], {"phone": "0622222222"})
    a.sync()
    report = b.sync()
    assert any("ontbre" in w for w in report.warnings), report.warnings
    assert manifest_of(b).needs == {a.store.device_id: manifest_of(b).ack(
        a.store.device_id, manifest_of(a).db_instance)}
    a.sync()  # Anna sees that Bram is stuck in her chain and rebuilds it from her change log
    report = b.sync()
    assert not report.warnings, report.warnings
    assert b.get(ids[0])["phone"] == "0611111111" and b.get(ids[1])["phone"] == "0622222222"
    sync_all([a, b])
    assert a.state() == b.state()


def test_a_device_silent_past_the_limit_no_longer_holds_files_and_rejoins_from_a_snapshot(team, monkeypatch):
    a, b, ids = caseload(team)
    (c,) = team("Cem")
    sync_all([a, b, c], rounds=1)
    monkeypatch.setattr(publisher, "COMPACT_SHARE", 0.0)
    # Cem goes on leave. Anna keeps working; Bram keeps syncing.
    for day in range(3):
        a.repo("participant").update(ids[day], {"phone": f"06000000{day:02d}"})
        a.sync()
        b.sync()
    folder = sh.device_dir(a.share, a.store.device_id)
    held = sorted(p.name for p in folder.glob("changes-*.sqlite"))
    assert held  # Cem has not acknowledged them
    a.sync(silent_days=0)  # Cem's manifest unchanged "for the silence period"
    assert not sorted(folder.glob("changes-*.sqlite"))
    report = c.sync()  # back from leave: the chain is gone, the snapshot is there
    assert any(p.via == "snapshot" for p in report.peers), report.warnings
    assert [c.get(ids[d])["phone"] for d in range(3)] == ["0600000000", "0600000001", "0600000002"]
    sync_all([a, b, c])
    assert a.state() == b.state() == c.state()


def test_compaction_publishes_a_snapshot_and_the_old_one_goes(team, monkeypatch):
    a, b, ids = caseload(team)
    first = manifest_of(a).snapshot()
    monkeypatch.setattr(publisher, "COMPACT_SHARE", 0.0)
    b.repo("participant").update(ids[0], {"phone": "0611111111"})
    report = b.sync()  # Bram's change set is not in Anna's snapshot: Bram publishes one
    assert report.snapshot_published
    assert manifest_of(b).snapshot().generation > first.generation
    a.sync()  # Anna's older snapshot is no longer the team's current one
    assert manifest_of(a).snapshot() is None
    assert not list(sh.device_dir(a.share, a.store.device_id).glob("snapshot-*"))


def test_another_teams_folder_is_refused_by_name(team, tmp_path):
    a, b, ids = caseload(team)
    other_share = tmp_path / "other-share"
    other_share.mkdir()
    stranger = Laptop(tmp_path / "laptops", "Vreemd", other_share)
    try:
        create_participant(stranger.store, {"first_name": "Buiten", "last_name": "Team"})
        stranger.sync()
        folder = sh.device_dir(other_share, stranger.store.device_id)
        shutil.copytree(folder, sh.device_dir(a.share, stranger.store.device_id))
        report = b.sync()
        [refused] = [p for p in report.peers if p.device_id == stranger.store.device_id]
        assert refused.status == "refused" and "ander team" in refused.message
        assert str(sh.device_dir(a.share, stranger.store.device_id)) in refused.message
        assert not b.repo("participant").find("first_name = ?", ["Buiten"])
    finally:
        stranger.close()


def test_a_folder_with_data_files_but_no_manifest_is_reported(team):
    a, b, ids = caseload(team)
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    a.sync()
    (sh.device_dir(a.share, a.store.device_id) / sh.MANIFEST).unlink()
    report = b.sync()
    assert any("geen beschrijving" in w and a.store.device_id in w for w in report.warnings)
    a.sync()  # the owner writes its manifest again
    assert not b.sync().warnings
    assert b.get(ids[0])["phone"] == "0611111111"


def test_a_restored_backup_retires_the_old_folder(team, tmp_path):
    a, b, ids = caseload(team)
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.sqlite"
    shutil.copy(a.db_path, backup)
    a.repo("participant").update(ids[0], {"phone": "0600000001"})
    a.sync()
    old_id = a.store.device_id
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(str(a.db_path) + suffix).unlink(missing_ok=True)
    shutil.copy(backup, a.db_path)
    (a,) = team("Anna")
    assert a.store.device_id != old_id and old_id in a.device.retired
    report = a.sync()  # merges what the old folder holds, then retires it
    assert a.get(ids[0])["phone"] == "0600000001"
    old = sh.device_dir(a.share, old_id)
    assert not old.exists() or manifest_of_folder(old)["retired"]
    for _ in range(3):
        report = b.sync()
        assert not report.warnings, report.warnings
        a.sync()
    assert not old.exists()
    assert old_id not in a.device.retired
    assert a.data() == b.data()


def manifest_of_folder(folder: Path) -> dict:
    import json

    return json.loads((folder / sh.MANIFEST).read_text())


def test_a_second_sync_of_the_same_installation_is_refused(team):
    a, b, ids = caseload(team)
    started, release = threading.Event(), threading.Event()

    def hold(step: str) -> None:
        if step == "pending":
            started.set()
            release.wait(10)

    second = Laptop.__new__(Laptop)
    second.__dict__.update(a.__dict__)
    from begeleider_app.services.session import open_store

    second.store = open_store(a.db_path, a.paths, device=a.device)
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    engine.STEP_HOOK = hold
    errors: list[BaseException] = []
    thread = threading.Thread(target=lambda: _run(second, errors))
    try:
        thread.start()
        assert started.wait(10)
        engine.STEP_HOOK = None
        with pytest.raises(UserError) as err:
            a.sync()
        assert err.value.key == "sync.already_running"
    finally:
        engine.STEP_HOOK = None
        release.set()
        thread.join(20)
        second.store.close()
    assert not errors
    assert a.sync().publish_error == ""
    b.sync()
    assert b.get(ids[0])["phone"] == "0611111111"


def _run(laptop: Laptop, errors: list[BaseException]) -> None:
    try:
        laptop.sync()
    except BaseException as err:  # noqa: BLE001 - reported to the test
        errors.append(err)


def test_a_save_during_a_sync_waits_and_lands(team):
    a, b, ids = caseload(team)
    for i in range(5):
        b.repo("participant").update(ids[i], {"phone": f"061111111{i}"})
    b.sync()
    saved: list[str] = []
    errors: list[BaseException] = []
    from begeleider_app.services.session import open_store

    window = open_store(a.db_path, a.paths, device=a.device)  # the window's own connection

    def save_while_merging(step: str) -> None:
        if step == "merging" and not saved:
            def save() -> None:
                try:
                    window.repo("participant").update(ids[20], {"email": "tijdens@sync.nl"})
                    saved.append("ok")
                except BaseException as err:  # noqa: BLE001
                    errors.append(err)
            worker = threading.Thread(target=save)
            worker.start()
            worker.join(0.3)  # the save has begun and waits for the merge's write lock
            saved.append("started")

    merge.MERGE_HOOK = save_while_merging
    try:
        a.sync()
    finally:
        merge.MERGE_HOOK = None
    for _ in range(50):
        if "ok" in saved or errors:
            break
        threading.Event().wait(0.1)
    window.close()
    assert not errors, errors
    assert "ok" in saved
    assert a.get(ids[20])["email"] == "tijdens@sync.nl"
    assert a.get(ids[4])["phone"] == "0611111114"


def test_a_checked_copy_that_vanishes_before_the_merge_is_not_recorded(team, monkeypatch):
    a, b, ids = caseload(team)
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    a.sync()
    real = merge.merge_snapshot

    def vanish(db, path, **kw):
        Path(path).unlink()
        return real(db, path, **kw)

    from begeleider_app.sync import importer

    monkeypatch.setattr(importer, "merge_snapshot", vanish)
    before = b.data()
    report = b.sync(do_publish=False)
    assert any("niet meer dezelfde" in w for w in report.warnings), report.warnings
    assert b.data() == before
    monkeypatch.setattr(importer, "merge_snapshot", real)
    b.sync()
    assert b.get(ids[0])["phone"] == "0611111111"  # not remembered as merged: merged now
    assert not share_files(b.share) or all(p.stat().st_size for p in share_files(b.share))

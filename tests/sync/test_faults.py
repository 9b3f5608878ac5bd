"""Faults: killed publisher, damaged or stale snapshots, held files, newer schema, bad shares."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from begeleider_app.cli import main as cli_main
from begeleider_app.domain.messages import UserError
from begeleider_app.services.participants import create_participant
from begeleider_app.storage.migrations import SCHEMA_VERSION
from begeleider_app.sync import engine, publisher
from begeleider_app.sync import share as sh
from begeleider_app.sync.conflicts import open_conflicts

from .conftest import (
    Laptop,
    agree,
    damage_published_file,
    manifest_of,
    newest_file,
    share_files,
    sync_all,
)

STEPS = ("copied", "verified", "copy_half", "renamed", "pending", "manifest_temp",
         "manifest_written")

KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from begeleider_app.config import Device, resolve_paths
    from begeleider_app.services.session import open_store
    from begeleider_app.sync import engine, publisher

    data, db, share, step = sys.argv[1:5]
    paths = resolve_paths(data)
    device = Device.load_or_create(paths)
    store = open_store(db, paths, device=device)
    def hook(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)
    engine.STEP_HOOK = hook
    engine.sync(store, Path(share), paths, device=device, coach_name="Anna")
    print("survived")
""")


def two_synced(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    return a, b, pid


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS)
def test_publisher_killed_at_each_step_leaves_nothing_accepted_and_next_sync_completes(team, step):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0699999999"})
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(a.paths.data_dir), str(a.db_path), str(a.share), step],
        capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == -9, proc.stderr  # SIGKILL
    assert "survived" not in proc.stdout
    report = b.sync()
    phone = b.get(pid)["phone"]
    if step == "manifest_written":
        # The manifest was complete: the new snapshot is whole, and it is accepted whole.
        assert phone == "0699999999"
    else:
        assert phone is None
        assert all(p.status in ("unchanged", "merged") for p in report.peers)
        assert not report.warnings or all("onvolledig" not in w for w in report.warnings)
    b.store.db.execute("PRAGMA integrity_check").fetchone()
    again = a.sync()  # the next sync completes, under the same device id
    assert again.published_seq is not None and not again.rekeyed_to
    b.sync()
    assert b.get(pid)["phone"] == "0699999999"


def test_truncated_file_is_skipped_and_local_database_untouched(team):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    path = newest_file(a)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = b.data()
    report = b.sync(do_publish=False)
    assert any("onvolledig" in w and str(path) in w for w in report.warnings), report.warnings
    assert b.data() == before


def test_checksum_mismatch_is_skipped_and_local_database_untouched(team):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    path = newest_file(a)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    before = b.data()
    report = b.sync(do_publish=False)
    assert any("controlegetal" in w for w in report.warnings), report.warnings
    assert b.data() == before


def test_stale_manifest_is_skipped(team):
    a, b, pid = two_synced(team)
    folder = sh.device_dir(a.share, a.store.device_id)
    a.repo("participant").update(pid, {"phone": "0600000000"})
    a.sync()
    old_manifest = (folder / sh.MANIFEST).read_text()
    b.sync()
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    b.sync()
    (folder / sh.MANIFEST).write_text(old_manifest)  # a sync client brings back an old version
    before = b.data()
    report = b.sync(do_publish=False)
    assert any("ouder dan" in w for w in report.warnings), report.warnings
    assert b.data() == before


def test_damaged_file_with_matching_manifest_is_skipped(team):
    a, b, _pid = two_synced(team)
    create_participant(a.store, {"first_name": "Nieuw"})
    a.sync()
    path = damage_published_file(a, 1024, "changes")  # the second page's b-tree header
    before = b.data()
    report = b.sync(do_publish=False)
    bad = [w for w in report.warnings if "niet bruikbaar" in w]
    assert bad and str(path) in bad[0], report.warnings
    assert "back-up" not in bad[0]  # a colleague's file is no reason to restore our own
    assert b.data() == before


def test_newer_schema_file_is_refused_with_update_message(team):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    path = newest_file(a)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    agree(a, path, schema_version=SCHEMA_VERSION + 1)
    before = b.data()
    report = b.sync(do_publish=False)
    [peer] = [p for p in report.peers if p.device_id == a.store.device_id]
    assert peer.status == "refused"
    assert "nieuwere versie" in peer.message and "Werk Begeleider bij" in peer.message
    assert b.data() == before
    # Also when only the file knows (the manifest claims the current schema).
    agree(a, path, schema_version=SCHEMA_VERSION)
    report = b.sync(do_publish=False)
    [peer] = [p for p in report.peers if p.device_id == a.store.device_id]
    assert peer.status == "refused" and "nieuwere versie" in peer.message


def _hold_renames(monkeypatch, times: int | None):
    calls = []
    real = os.replace

    def replace(src, dst):
        if "begeleider-sync" in str(dst):
            calls.append(dst)
            if times is None or len(calls) <= times:
                raise PermissionError(13, "Het proces heeft geen toegang tot het bestand")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_permission_error_on_rename_is_retried(team, monkeypatch):
    (a,) = team("Anna")
    calls = _hold_renames(monkeypatch, times=3)
    report = a.sync()
    assert report.published_files and not report.publish_error
    assert len(calls) >= 4
    assert manifest_of(a).files


def test_permission_error_that_persists_is_reported(team, monkeypatch):
    (a,) = team("Anna")
    _hold_renames(monkeypatch, times=None)
    report = a.sync()
    assert not report.published_files
    assert "vastgehouden" in report.publish_error
    assert not (sh.device_dir(a.share, a.store.device_id) / sh.MANIFEST).exists()


def test_unreachable_share_is_a_clear_error_and_nothing_changes(team, tmp_path):
    (a,) = team("Anna")
    before = a.data()
    with pytest.raises(UserError) as err:
        engine.sync(a.store, tmp_path / "not-mounted", a.paths, device=a.device)
    assert "niet bereikbaar" in err.value.message() and "offline" in err.value.message()
    assert a.data() == before


def test_database_inside_the_share_is_refused(team, share):
    (a,) = team("Anna")
    inside = Laptop(share.parent, "share", share)  # its working database lies in the share
    try:
        with pytest.raises(UserError) as err:
            inside.sync()
        assert err.value.key == "sync.db_in_share"
    finally:
        inside.close()


def test_cloud_conflicted_copies_are_recognised_merged_and_reported(team):
    a, b, _pid = two_synced(team)
    (c,) = team("Cem")
    cato = create_participant(c.store, {"first_name": "Cato"})["id"]
    c.sync()
    a_folder = sh.device_dir(a.share, a.store.device_id)
    shutil.copy(newest_file(c), a_folder / "changes-000001 (Bram's conflicted copy 2026-01-02).sqlite")
    (a_folder / "manifest-LAPTOP-7F3K.json").write_text("{ niet af")
    shutil.rmtree(sh.device_dir(c.share, c.store.device_id))
    report = b.sync()
    assert b.get(cato)["first_name"] == "Cato"
    assert len(report.conflicted_copies) == 2
    assert any("conflicted copy" in t and "ingelezen" in t for t in report.conflicted_copies)
    assert any("LAPTOP-7F3K" in t and "niet bruikbaar" in t for t in report.conflicted_copies)
    assert b.sync().conflicted_copies == []  # reported once
    a.sync()  # the owner of the folder removes the second versions there
    assert not [p for p in a_folder.iterdir() if sh.is_conflicted_name(p.name)]


def test_copied_installation_is_detected_and_rekeyed(team, tmp_path):
    a, b, pid = two_synced(team)
    other = create_participant(a.store, {"first_name": "Tweede"})["id"]
    a.sync()
    # The whole installation (device file and database) is copied to a second laptop.
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.paths.data_dir, tmp_path / "laptops" / "Anna2")
    (a2,) = team("Anna2")
    assert a2.store.device_id == a.store.device_id
    a.repo("participant").update(pid, {"phone": "0600000001"})
    a2.repo("participant").update(other, {"phone": "0600000002"})
    a.sync()
    report = a2.sync()
    assert report.rekeyed_to and a2.store.device_id != a.store.device_id
    assert json.loads(a2.paths.device_file.read_text())["device_id"] == a2.store.device_id
    for _ in range(2):
        for laptop in (a, a2, b):
            laptop.sync()
    for laptop in (a, a2, b):
        assert laptop.get(pid)["phone"] == "0600000001"
        assert laptop.get(other)["phone"] == "0600000002"
    assert a.data() == a2.data() == b.data()


def test_database_copied_to_another_laptop_publishes_under_that_laptops_id(team):
    a, b, pid = two_synced(team)
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (c,) = team("Cem")
    c.close()
    shutil.copy(a.db_path, c.db_path)
    (c,) = team("Cem")
    report = c.sync()
    assert not report.rekeyed_to and c.store.device_id != a.store.device_id
    assert report.published_seq == 1
    c.repo("participant").update(pid, {"phone": "0612121212"})
    sync_all([c, a])
    assert a.get(pid)["phone"] == "0612121212"


def test_files_go_when_every_active_colleague_acknowledged_them(team, monkeypatch):
    a, b, pid = two_synced(team)
    monkeypatch.setattr(publisher, "COMPACT_SHARE", 0.0)  # a snapshot at every sync of A
    folder = sh.device_dir(a.share, a.store.device_id)
    for phone in ("0600000001", "0600000002", "0600000003"):
        a.repo("participant").update(pid, {"phone": phone})
        a.sync()
    changes = sorted(p.name for p in folder.glob("changes-*.sqlite"))
    assert len(changes) == 3  # held by A's snapshot, but Bram has not acknowledged them yet
    assert len(list(folder.glob("snapshot-*.sqlite"))) == 1  # the newest snapshot only
    b.sync()  # merges them and says so in its manifest
    assert manifest_of(b).ack(a.store.device_id, manifest_of(a).db_instance) == manifest_of(a).seq
    report = a.sync()
    assert not list(folder.glob("changes-*.sqlite")), report.removed_files
    assert set(changes) <= set(report.removed_files)
    assert b.get(pid)["phone"] == "0600000003"


def test_cli_sync_prints_summary_and_names_conflicts_without_values(team, capsys):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0600000001", "last_name": "Visser"})
    b.repo("participant").update(pid, {"phone": "0600000002"})
    a.sync()
    b.close()
    code = cli_main(["--data-dir", str(b.paths.data_dir), "sync", "--db", str(b.db_path),
                     "--share", str(b.share)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Van Anna: " in out and "open conflicten: 1" in out and "1 nieuw conflict." in out
    assert "S.V." in out and "Telefoon" in out  # initials, record and field
    assert "0600000001" not in out and "0600000002" not in out and "Sanne" not in out
    (b,) = team("Bram")


def test_cli_sync_of_an_encrypted_installation_takes_the_passphrase_from_the_environment(
        tmp_path, share, capsys, monkeypatch):
    from begeleider_app.config import Device, resolve_paths
    from begeleider_app.services.session import open_store
    from begeleider_app.storage import crypto

    paths = resolve_paths(tmp_path / "enc")
    paths.ensure()
    db = tmp_path / "enc" / "work.sqlite"
    store = open_store(db, paths, device=Device.load_or_create(paths), key="geheim wachtwoord")
    create_participant(store, {"first_name": "Sanne"})
    store.close()
    crypto.forget_session_keys()
    monkeypatch.setenv("BEGELEIDER_PASS", "geheim wachtwoord")
    code = cli_main(["--data-dir", str(paths.data_dir), "sync", "--db", str(db), "--share",
                     str(share), "--passphrase-env", "BEGELEIDER_PASS"])
    assert code == 0, capsys.readouterr()
    assert share_files(share) and all(b"Sanne" not in p.read_bytes() for p in share_files(share))
    crypto.forget_session_keys()


def test_cli_sync_unreachable_share_exits_non_zero(team, tmp_path, capsys):
    (a,) = team("Anna")
    a.close()
    code = cli_main(["--data-dir", str(a.paths.data_dir), "sync", "--db", str(a.db_path),
                     "--share", str(tmp_path / "weg")])
    assert code == 2
    assert "niet bereikbaar" in capsys.readouterr().err
    (a,) = team("Anna")


def test_restored_older_backup_takes_a_new_id_and_loses_no_edit(team, tmp_path):
    a, b, pid = two_synced(team)
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.sqlite"
    shutil.copy(a.db_path, backup)
    a.repo("participant").update(pid, {"phone": "0600000001", "email": "na@backup.nl"})
    a.sync()
    old_id = a.store.device_id
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(str(a.db_path) + suffix).unlink(missing_ok=True)
    shutil.copy(backup, a.db_path)  # the coach restores yesterday's backup
    (a,) = team("Anna")
    assert a.store.device_id != old_id  # re-keyed at opening, before any edit
    a.repo("participant").update(pid, {"phone": "0600000009"})  # edit after the restore
    for _ in range(2):
        for laptop in (a, b):
            laptop.sync()
    for laptop in (a, b):
        row = laptop.get(pid)
        assert row["email"] == "na@backup.nl"  # the newer published state came back
        [conflict] = open_conflicts(laptop.store.db)  # and the post-restore edit met it
        assert {v.value for v in conflict.versions} == {"0600000001", "0600000009"}
    assert a.data() == b.data()


def test_installation_copied_to_another_machine_gets_a_new_id(team, tmp_path, monkeypatch):
    (a,) = team("Anna")
    old_id = a.store.device_id
    from begeleider_app import config

    monkeypatch.setattr(config, "machine_id", lambda: "other-laptop/1234")
    device = config.Device.load_or_create(a.paths)
    assert device.device_id != old_id and device.coach_name == "Anna"
    assert config.Device.load_or_create(a.paths).device_id == device.device_id  # stable there


def test_snapshot_of_an_older_schema_is_understood_and_merged(team, tmp_path):
    """A colleague who has not updated yet (schema before sync's own tables) still counts."""
    from sqlite_utils import Database

    from begeleider_app.storage.migrations import migrations

    (b,) = team("Bram")
    old = tmp_path / "old.sqlite"
    db = Database(old)
    migrations.apply(db, stop_before="m004_sync")
    db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
    db["participant"].insert({
        "id": "p-old", "first_name": "Oud", "status": "actief", "created_at": "2026-01-01T00:00:00.000000Z",
        "updated_at": "2026-01-01T00:00:00.000000Z", "device_id": "olddevice", "deleted": 0,
        "vv": '{"olddevice":1}', "fdots": '{"deleted":"olddevice:1","first_name":"olddevice:1"}'})
    db.close()
    folder = sh.device_dir(b.share, "olddevice")
    folder.mkdir(parents=True)
    shutil.copy(old, folder / "snapshot-000001.sqlite")
    version = sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0]
    manifest = sh.Manifest("olddevice", "Olga", 1, "snapshot-000001.sqlite", sh.sha256_file(old),
                           old.stat().st_size, version, "x", "2026-01-01")
    (folder / sh.MANIFEST).write_text(manifest.to_json())
    report = b.sync()
    assert [p.status for p in report.peers if p.device_id == "olddevice"] == ["merged"]
    assert b.get("p-old")["first_name"] == "Oud"


def test_snapshot_held_by_a_sync_client_is_retried_on_import(team, monkeypatch):
    a, b, pid = two_synced(team)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    real = sh.copy_and_hash
    calls = []

    def held(src, dest):
        calls.append(src)
        if len(calls) <= 2:
            raise PermissionError(13, "gedeelde toegang geweigerd")
        return real(src, dest)

    monkeypatch.setattr(sh, "copy_and_hash", held)
    report = b.sync()
    assert len(calls) == 3 and not report.warnings
    assert b.get(pid)["phone"] == "0611111111"


def test_copy_that_fails_its_integrity_check_is_never_published(team, monkeypatch):
    """The check runs while the copy goes to the share: a copy that fails it leaves no file
    on the share, neither under its final name nor as a temporary one, and no manifest."""
    from begeleider_app.storage.database import DatabaseOpenError

    (a,) = team("Anna")
    real = publisher.inspect_file

    def damaged(path, **_kw):
        raise DatabaseOpenError("db.corrupt", path=path, detail="*** in database main ***")

    monkeypatch.setattr(publisher, "inspect_file", damaged)
    create_participant(a.store, {"first_name": "Sanne"})
    report = a.sync()
    assert not report.published_files and "niet in orde" in report.publish_error
    folder = sh.device_dir(a.share, a.store.device_id)
    assert not folder.exists() or list(folder.iterdir()) == []
    monkeypatch.setattr(publisher, "inspect_file", real)
    report = a.sync()
    assert report.published_files and not report.publish_error


def test_every_sync_clients_name_for_a_second_copy_is_recognised():
    for name in ("changes-000012 (Bram's conflicted copy 2026-01-02).sqlite",
                 "changes-000012 (conflicted copy 2026-01-02 101112).sqlite",
                 "changes-000012-LAPTOP-AB12.sqlite", "changes-000012 (1).sqlite",
                 "changes-000012.sync-conflict-20260102-101112-ABCDEFG.sqlite",
                 "changes-000012 2.sqlite", "snapshot-000003 2.sqlite", "manifest 2.json"):
        assert sh.is_conflicted_name(name), name  # iCloud's "changes-... 2" was missed
    for name in ("changes-000012.sqlite", "snapshot-000003.sqlite", "manifest.json"):
        assert not sh.is_conflicted_name(name), name

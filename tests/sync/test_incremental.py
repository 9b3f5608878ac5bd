"""Incremental import: a colleague's new snapshot is merged by reading only the records it
logged since the snapshot merged before, and gives exactly what a full merge gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from begeleider_app.services.participants import create_participant
from begeleider_app.storage import erasure
from begeleider_app.storage.database import configure
from begeleider_app.sync import share as sh
from begeleider_app.sync.conflicts import open_conflicts
from begeleider_app.sync.merge import incremental_plan, merge_snapshot

from .conftest import Laptop, damage_published_snapshot, manifest_of, snapshot_of, sync_all


def peer(report, laptop: Laptop):
    [result] = [p for p in report.peers if p.device_id == laptop.store.device_id and not p.source]
    return result


def copy_of(laptop: Laptop, dest: Path) -> Database:
    """A private copy of the laptop's working database (to merge the same snapshot in full)."""
    laptop.store.db.execute("VACUUM INTO ?", [str(dest)])
    db = Database(sqlite3.connect(dest))
    configure(db)
    return db


def state_of(db: Database) -> dict:
    """What Laptop.state() compares, for a bare database."""
    from begeleider_app.domain.fields import ENTITIES

    out = {name: [tuple(r) for r in db.execute(f"SELECT * FROM [{name}] ORDER BY id")]
           for name in ENTITIES}
    out["sync_conflict"] = [tuple(r) for r in db.execute(
        "SELECT table_name, row_id, field, dot, value FROM sync_conflict ORDER BY 1, 2, 3, 4")]
    out["history"] = sorted(r[0] for r in db.execute("SELECT uid FROM history"))
    out["audit_log"] = sorted(r[0] for r in db.execute("SELECT id FROM audit_log"))
    return out


def incremental_equals_full(b: Laptop, a: Laptop, tmp_path: Path) -> None:
    """B imports A's newest snapshot incrementally (and nothing else: no other snapshot is new
    to it); a copy of B merges it in full: same result."""
    full = copy_of(b, tmp_path / "full.sqlite")
    snap = tmp_path / "snap.sqlite"
    shutil.copy(snapshot_of(a), snap)
    try:
        report = b.sync(do_publish=False)
        assert peer(report, a).status == "merged" and peer(report, a).incremental
        stats = merge_snapshot(full, snap, device_id=b.store.device_id, now=b.store.now())
        assert not stats.incremental
        from begeleider_app.storage.erasure import apply_erasures

        apply_erasures(full)
        assert state_of(full) == b.state()
    finally:
        full.close()


def phone_edit_published(team):
    """Anna and Bram synced once; then Anna changed Sanne's phone and published. Returns
    (anna, bram, Sanne's id): Bram's next sync can merge Anna's snapshot incrementally."""
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()
    return a, b, pid


def test_partly_changed_snapshot_is_merged_incrementally_like_a_full_merge(team, tmp_path):
    a, b, c = team("Anna", "Bram", "Cem")
    ids = [create_participant(a.store, {"first_name": f"P{i}", "last_name": "Test"})["id"]
           for i in range(6)]
    sync_all([a, b, c])
    # A changes part of the caseload: edits, a delete, a new record, a conflict with C, and
    # C's own edits that reach B only through A's snapshot (relayed rows, history, audit).
    a.repo("participant").update(ids[0], {"phone": "0611111111"})
    a.repo("participant").delete(ids[1])
    create_participant(a.store, {"first_name": "Nieuw"})
    a.repo("participant").update(ids[2], {"email": "a@voorbeeld.nl"})
    c.repo("participant").update(ids[2], {"email": "c@voorbeeld.nl"})
    c.repo("participant").update(ids[3], {"last_name": "Anders"})
    c.sync()
    a.sync()
    shutil.rmtree(sh.device_dir(c.share, c.store.device_id))  # C reaches B only through A
    incremental_equals_full(b, a, tmp_path)
    assert b.get(ids[0])["phone"] == "0611111111"
    assert b.get(ids[1])["deleted"]
    assert b.get(ids[3])["last_name"] == "Anders"  # C's edit, relayed by A
    [conflict] = open_conflicts(b.store.db)  # the conflict A holds came along
    assert {v.value for v in conflict.versions} == {"a@voorbeeld.nl", "c@voorbeeld.nl"}
    c.sync()
    sync_all([a, b, c])
    assert a.state() == b.state() == c.state()


def test_only_the_tables_with_changes_are_read(team):
    a, b, pid = phone_edit_published(team)
    row = b.store.db.execute("SELECT last_seq, last_sha FROM sync_peer WHERE device_id = ?",
                             [a.store.device_id]).fetchone()
    plan = incremental_plan(snapshot_of(a), (row[0], row[1]))
    assert plan is not None and plan.tables == {"participant", "history"}
    report = b.sync()
    assert peer(report, a).incremental and peer(report, a).changes == 1
    assert b.get(pid)["phone"] == "0611111111"


def test_missed_snapshots_are_covered_by_the_publication_log(team, tmp_path):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    a.repo("participant").update(pid, {"phone": "0611111111"})
    a.sync()  # B never sees this snapshot
    a.repo("participant").update(pid, {"email": "s@voorbeeld.nl"})
    create_participant(a.store, {"first_name": "Later"})
    a.sync()
    incremental_equals_full(b, a, tmp_path)
    row = b.get(pid)
    assert (row["phone"], row["email"]) == ("0611111111", "s@voorbeeld.nl")


def _rewrite_snapshot(laptop: Laptop, change) -> None:
    """Change the laptop's published snapshot and make its manifest agree (a publisher that
    wrote it so)."""
    snap = snapshot_of(laptop)
    conn = sqlite3.connect(snap)
    change(conn)
    conn.commit()
    conn.close()
    m = manifest_of(laptop)
    m.sha256, m.size = sh.sha256_file(snap), snap.stat().st_size
    (snap.parent / sh.MANIFEST).write_text(m.to_json())


def test_snapshot_from_another_lineage_under_the_same_id_is_merged_in_full(team):
    """The publication log does not name the snapshot merged last (another database published
    under this id, e.g. a copied installation before it was detected): full merge."""
    a, b, pid = phone_edit_published(team)
    _rewrite_snapshot(a, lambda conn: conn.execute(
        "UPDATE sync_state SET value = '[]' WHERE key = 'published'"))
    report = b.sync()
    assert peer(report, a).status == "merged" and not peer(report, a).incremental
    assert b.get(pid)["phone"] == "0611111111"


def test_change_log_that_went_backwards_is_merged_in_full(team):
    """A log position below the one recorded for the snapshot merged last cannot be trusted."""
    a, b, pid = phone_edit_published(team)
    def counter_below_the_mark(conn) -> None:
        log = json.loads(conn.execute(
            "SELECT value FROM sync_state WHERE key = 'published'").fetchone()[0])
        top = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sync_change'").fetchone()
        assert top is not None and top[0] >= 1
        for entry in log:
            entry["mark"] = top[0] + 1
        conn.execute("UPDATE sync_state SET value = ? WHERE key = 'published'", [json.dumps(log)])

    _rewrite_snapshot(a, counter_below_the_mark)
    report = b.sync()
    assert peer(report, a).status == "merged" and not peer(report, a).incremental
    assert b.get(pid)["phone"] == "0611111111"


def test_peer_that_restored_a_backup_is_merged_in_full_and_loses_nothing(team, tmp_path):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.sqlite"
    shutil.copy(a.db_path, backup)
    a.repo("participant").update(pid, {"phone": "0600000001"})
    a.sync()
    b.sync()
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(str(a.db_path) + suffix).unlink(missing_ok=True)
    shutil.copy(backup, a.db_path)
    (a,) = team("Anna")  # re-keyed at opening: a new device folder, unknown to B
    a.repo("participant").update(pid, {"email": "na@herstel.nl"})
    report = a.sync()
    assert not any(p.incremental for p in report.peers)
    report = b.sync()
    assert not peer(report, a).incremental
    sync_all([a, b])
    for laptop in (a, b):
        row = laptop.get(pid)
        assert (row["phone"], row["email"]) == ("0600000001", "na@herstel.nl")
    assert a.data() == b.data()
    # From now on the restored lineage is merged incrementally again.
    a.repo("participant").update(pid, {"last_name": "Zwolle"})
    a.sync()
    assert peer(b.sync(), a).incremental and b.get(pid)["last_name"] == "Zwolle"


def test_damaged_table_in_an_incremental_snapshot_is_skipped(team):
    """The checksum matches (the publisher wrote it so), but a b-tree the merge reads is
    damaged: skipped like any unusable snapshot, the local database untouched."""
    a, b, pid = phone_edit_published(team)
    snap = snapshot_of(a)
    conn = sqlite3.connect(snap)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'participant'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    damage_published_snapshot(a, (root - 1) * page)
    before = b.data()
    report = b.sync(do_publish=False)
    assert peer(report, a).status == "skipped"
    assert any("niet bruikbaar" in w for w in report.warnings), report.warnings
    assert b.data() == before


def test_erased_participant_leaves_no_entry_in_the_change_log(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    erasure.erase(a.store.db, pid, device_id=a.store.device_id, now=a.store.now(), reason="test")
    assert a.store.db.execute("SELECT count(*) FROM sync_change WHERE row_id = ?",
                              [pid]).fetchone()[0] == 0
    a.sync()
    report = b.sync()
    assert peer(report, a).incremental
    assert b.get(pid) is None
    assert b.store.db.execute("SELECT count(*) FROM sync_change WHERE row_id = ?",
                              [pid]).fetchone()[0] == 0


FIELDS = ("phone", "email", "last_name")
step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from("ac"), st.integers(0, 2), st.sampled_from(FIELDS),
              st.sampled_from(["x", "y", ""])),
    st.tuples(st.just("delete"), st.sampled_from("ac"), st.integers(0, 2)),
    st.tuples(st.just("new"), st.sampled_from("ac")),
    st.tuples(st.just("sync"), st.sampled_from("ac")),
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_incremental_merge_equals_full_merge_for_random_changes(steps):
    import tempfile

    real_sleep, real_fsync = sh.sleep, sh.os.fsync
    sh.sleep = lambda _s: None
    sh.os.fsync = lambda _fd: None  # durability is not what this test is about
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            share = root / "share"
            share.mkdir()
            lap = {n: Laptop(root, n, share, fast=True) for n in "abc"}
            try:
                ids = [create_participant(lap["a"].store, {"first_name": f"P{i}"})["id"]
                       for i in range(3)]
                sync_all(list(lap.values()))
                for item in steps:
                    laptop = lap[item[1]]
                    if item[0] == "sync":
                        laptop.sync()
                    elif item[0] == "new":
                        create_participant(laptop.store, {"first_name": "Nieuw"})
                    elif item[0] == "delete":
                        laptop.repo("participant").delete(ids[item[2]])
                    else:
                        laptop.repo("participant").update(ids[item[2]], {item[3]: item[4] or None})
                lap["a"].sync()
                # B imports only A's snapshot (C's changes reach it through A).
                shutil.rmtree(sh.device_dir(share, lap["c"].store.device_id))
                incremental_equals_full(lap["b"], lap["a"], root)
            finally:
                for laptop in lap.values():
                    laptop.close()
    finally:
        sh.sleep, sh.os.fsync = real_sleep, real_fsync


def test_published_log_is_kept_short_and_names_each_snapshot(team):
    from begeleider_app.sync import engine

    (a,) = team("Anna")
    for _ in range(3):
        a.sync()
    log = engine.SyncState(a.store).get("published")
    assert [e["seq"] for e in log] == [1, 2, 3]
    assert log[-1]["sha"] == manifest_of(a).sha256
    assert json.loads(a.store.db.execute(
        "SELECT value FROM sync_state WHERE key = 'last'").fetchone()[0]) == log[-1]


def test_change_log_keeps_only_what_a_logged_publication_can_need(team, monkeypatch):
    from begeleider_app.sync import engine

    monkeypatch.setattr(engine, "PUBLISHED_LOG", 2)
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    for phone in ("0600000001", "0600000002", "0600000003"):
        a.repo("participant").update(pid, {"phone": phone})
        before = engine.SyncState(a.store).get("published")
        a.sync()  # B misses these: the snapshot it merged last drops out of A's short log
        assert len(engine.SyncState(a.store).get("published")) == 2
        oldest = a.store.db.execute("SELECT min(seq) FROM sync_change").fetchone()[0]
        assert oldest > before[0]["mark"]  # what no import of the new snapshot can need
        assert a.store.db.execute("SELECT count(*) FROM sync_change WHERE row_id = ?",
                                  [pid]).fetchone()[0] > 0  # the new edit is logged
    report = b.sync()
    assert not peer(report, a).incremental  # not in the log any more: merged in full
    assert b.get(pid)["phone"] == "0600000003"
    a.repo("participant").update(pid, {"phone": "0600000004"})
    a.sync()
    assert peer(b.sync(), a).incremental and b.get(pid)["phone"] == "0600000004"


def test_a_database_that_never_synced_logs_nothing_and_the_first_publish_starts_the_log(team):
    (a,) = team("Anna")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    a.repo("participant").update(pid, {"phone": "0611111111"})
    count = "SELECT count(*) FROM sync_change"
    assert a.store.db.execute(count).fetchone()[0] == 0
    a.sync()
    assert a.store.db.execute(count).fetchone()[0] == 0  # nobody can need what came before
    a.repo("participant").update(pid, {"phone": "0622222222"})
    assert a.store.db.execute(count).fetchone()[0] > 0


def test_edit_during_the_first_publish_of_an_older_synced_database_is_logged(team):
    """A database that synced before the change log existed has no "published" key yet. An
    edit made while its first publish copies (after the mark was read) must still be logged,
    or a colleague who merged that snapshot would never see the edit."""
    from begeleider_app.sync import engine

    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    sync_all([a, b], rounds=1)
    a.store.db.execute("DELETE FROM sync_state WHERE key = 'published'")  # as before m006
    a.store.db.execute("DELETE FROM sync_change")

    def edit_while_copying(step: str) -> None:
        if step == "copied":
            engine.STEP_HOOK = None
            a.repo("participant").update(pid, {"phone": "0633333333"})

    engine.STEP_HOOK = edit_while_copying
    try:
        a.sync()
    finally:
        engine.STEP_HOOK = None
    report = b.sync()
    assert not peer(report, a).incremental  # the log does not name what B merged before
    assert b.get(pid)["phone"] is None  # the edit came after the copy
    a.sync()
    report = b.sync()
    assert peer(report, a).incremental
    assert b.get(pid)["phone"] == "0633333333"


def test_encrypted_team_snapshots_are_merged_incrementally_too(tmp_path, share):
    """Snapshots encrypted with the team passphrase: the plan opens them with that key."""
    from begeleider_app.config import Device, resolve_paths
    from begeleider_app.services.session import open_store
    from begeleider_app.storage import crypto
    from begeleider_app.sync.engine import sync

    team_key = "ons gezamenlijke teamwachtwoord"
    made = []
    try:
        for name, own in (("a", "wachtwoord van Anna"), ("b", "wachtwoord van Bart")):
            paths = resolve_paths(tmp_path / name)
            paths.ensure()
            device = Device.load_or_create(paths)
            store = open_store(tmp_path / name / "work.sqlite", paths, device=device, key=own)
            crypto.set_team_passphrase(store.db, team_key)
            made.append((store, paths, device))

        def run(i: int):
            store, paths, device = made[i]
            return sync(store, share, paths, device=device, coach_name=f"coach{i}")

        pid = create_participant(made[0][0], {"first_name": "Sanne"})["id"]
        run(0)
        run(1)
        made[0][0].repo("participant").update(pid, {"phone": "0611111111"})
        run(0)
        report = run(1)
        [result] = [p for p in report.peers if p.device_id == made[0][0].device_id]
        assert result.status == "merged" and result.incremental, report.warnings
        assert made[1][0].repo("participant").get(pid)["phone"] == "0611111111"
    finally:
        for store, _paths, _device in made:
            store.close()
        crypto.forget_session_keys()

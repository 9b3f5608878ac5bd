"""Property: random edits and deletes on N devices, random sync orders -> identical data, and
every edit ever made is current, in history, or part of an open conflict. Over change sets,
with random compactions (a snapshot at a sync), files lost from the share or damaged on it,
and devices that count their colleagues as silent (so those rejoin from a snapshot)."""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from begeleider_app.storage import crypto
from begeleider_app.sync import publisher
from begeleider_app.sync import share as sh
from begeleider_app.sync.versions import covered, parse_fdots, parse_vv

from .conftest import Laptop

FIELDS = ("phone", "email", "last_name")
N_DEVICES = 3
N_ROWS = 2

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, N_DEVICES - 1), st.integers(0, N_ROWS - 1),
              st.sampled_from(FIELDS), st.sampled_from(["a", "b", "c", ""])),
    st.tuples(st.just("delete"), st.integers(0, N_DEVICES - 1), st.integers(0, N_ROWS - 1)),
    st.tuples(st.just("undelete"), st.integers(0, N_DEVICES - 1), st.integers(0, N_ROWS - 1)),
    st.tuples(st.just("sync"), st.integers(0, N_DEVICES - 1)),
    st.tuples(st.just("sync"), st.integers(0, N_DEVICES - 1)),
    # Faults and the share's housekeeping:
    st.tuples(st.just("compact"), st.integers(0, N_DEVICES - 1)),  # a snapshot at this sync
    st.tuples(st.just("silent"), st.integers(0, N_DEVICES - 1)),  # colleagues count as silent
    st.tuples(st.just("lose"), st.integers(0, N_DEVICES - 1), st.integers(0, 7)),
    st.tuples(st.just("damage"), st.integers(0, N_DEVICES - 1), st.integers(0, 7)),
)


def where(laptop: Laptop, row_id: str, field: str, dot: str, value) -> str | None:
    """'current', 'conflict' or 'history' when the edit is there, else None."""
    db = laptop.store.db
    cur = db.execute("SELECT * FROM participant WHERE id = ?", [row_id])
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    if parse_fdots(row["fdots"], row).get(field) == dot and row[field] == value:
        return "current"
    sib = db.execute("SELECT value FROM sync_conflict WHERE table_name='participant' AND row_id=? "
                     "AND field=? AND dot=?", [row_id, field, dot]).fetchone()
    if sib is not None and json.loads(sib[0]) == value:
        return "conflict"
    for (version,) in db.execute("SELECT version FROM history WHERE table_name='participant' "
                                 "AND row_id=?", [row_id]):
        v = json.loads(version)
        if parse_fdots(v["fdots"], v).get(field) == dot and v.get(field) == value:
            return "history"
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=4, max_size=16))
def test_random_edits_and_sync_orders_converge_and_lose_nothing(ops):
    _quick(_run, ops)


# The same property through a PostgreSQL hub: laptops there are encrypted (the hub holds only
# ciphertext), which makes every file a team key derivation, so fewer examples; each example
# is a team of its own on one hub database.
_teams = itertools.count(1)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=4, max_size=12))
def test_the_same_through_a_hub(hub, ops):
    _quick(_run, ops, hub=hub, team=f"team{next(_teams)}")


def _quick(run, *args, **kwargs) -> None:
    real_sleep, real_fsync = sh.sleep, sh.os.fsync
    sh.sleep = lambda _s: None
    sh.os.fsync = lambda _fd: None  # durability is not what this test is about (see test_faults)
    try:
        run(*args, **kwargs)
    finally:
        sh.sleep, sh.os.fsync = real_sleep, real_fsync
        crypto.forget_session_keys()


def _run(ops, hub=None, team: str = "team-oost"):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        laptops = [Laptop(root, f"coach{i}", share, fast=True, hub=hub, hub_team=team)
                   for i in range(N_DEVICES)]
        try:
            ids = [laptops[0].repo("participant").insert({"first_name": f"P{i}", "status": "actief"})["id"]
                   for i in range(N_ROWS)]
            for laptop in laptops:
                laptop.sync()
            for laptop in laptops:
                laptop.sync()
            edits: list[tuple[str, str, str, object]] = []
            writes: list[tuple[str, str, str, dict[str, int]]] = []
            for item in ops:
                kind, d = item[0], item[1]
                laptop = laptops[d]
                if kind == "sync":
                    laptop.sync()
                    continue
                if kind in ("compact", "silent", "lose", "damage"):
                    (_hub_fault if hub is not None else _fault)(laptop, share, kind, item)
                    continue
                row_id = ids[item[2]]
                repo = laptop.repo("participant")
                before = repo.get(row_id, include_deleted=True)["vv"]
                if kind == "edit":
                    field, value = item[3], item[4] or None
                    new = repo.update(row_id, {field: value})
                else:
                    field, value = "deleted", 1 if kind == "delete" else 0
                    new = repo.delete(row_id) if kind == "delete" else repo.undelete(row_id)
                if new["vv"] == before:
                    continue  # nothing changed, nothing written
                raw = laptop.store.db.execute("SELECT * FROM participant WHERE id = ?", [row_id])
                stored = dict(zip([d[0] for d in raw.description], raw.fetchone(), strict=True))
                fdots = parse_fdots(stored["fdots"], stored)
                dot = fdots[field]
                vv = parse_vv(new["vv"])
                # Every field this write stamped (an edit also stamps "deleted": keep it).
                writes.extend((row_id, f, d, vv) for f, d in fdots.items() if d == dot)
                edits.append((row_id, field, dot, value))
            # Without faults, every device syncing a few rounds: stuck readers ask, publishers
            # rebuild or publish a snapshot, and the team converges.
            for _ in range(N_DEVICES + 2):
                for laptop in laptops:
                    laptop.sync()
            states = [laptop.state() for laptop in laptops]
            assert all(s == states[0] for s in states[1:])
            for row_id, field, dot, value in edits:
                places = {where(laptop, row_id, field, dot, value) for laptop in laptops}
                assert None not in places, (field, dot, value, places)
                if places == {"history"}:
                    # Only an edit made by someone who had seen it may replace an edit.
                    assert any(r == row_id and f == field and d != dot and covered(dot, vv)
                               for r, f, d, vv in writes), (field, dot, value)
        finally:
            for laptop in laptops:
                laptop.close()


def _fault(laptop: Laptop, share: Path, kind: str, item: tuple) -> None:
    if kind == "compact":
        real = publisher.COMPACT_SHARE
        publisher.COMPACT_SHARE = 0.0
        try:
            laptop.sync()
        finally:
            publisher.COMPACT_SHARE = real
    elif kind == "silent":
        laptop.sync(silent_days=0)
    else:
        folder = sh.device_dir(share, laptop.store.device_id)
        blobs = sorted(folder.glob("*.sqlite")) if folder.exists() else []
        if not blobs:
            return
        path = blobs[item[2] % len(blobs)]
        if kind == "lose":
            path.unlink()
        else:
            data = bytearray(path.read_bytes())
            data[len(data) // 2:len(data) // 2 + 16] = b"\x00" * 16
            path.write_bytes(bytes(data))


def _hub_fault(laptop: Laptop, share: Path, kind: str, item: tuple) -> None:
    """The hub's version of a lost or damaged file: IT (the owner role) deletes a published
    file, or a bad disk changes bytes of a chunk; the manifest still names the file."""
    if kind in ("compact", "silent"):
        _fault(laptop, share, kind, item)
        return
    with laptop.hub.admin() as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM begeleider.blob WHERE device_id = %s AND complete ORDER BY name",
            [laptop.store.device_id])]
        if not names:
            return
        name = names[item[2] % len(names)]
        if kind == "lose":
            conn.execute("DELETE FROM begeleider.blob WHERE device_id = %s AND name = %s",
                         [laptop.store.device_id, name])
        else:
            conn.execute(
                "UPDATE begeleider.chunk SET data = overlay(data placing %s from "
                "greatest(1, length(data) / 2)) WHERE device_id = %s AND name = %s AND n = 0",
                [b"\x00" * 16, laptop.store.device_id, name])

"""Sync at team scale: 10 and 20 devices sharing one caseload, each making 20 edits a round.

    python bench/bench_sync.py DB [WORKDIR] [--rounds N] [--teams 10,20]

``run(db_path, workdir) -> dict`` is what `bench/run.py` (through sync_child.py) calls. Device 0
starts from a copy of ``db_path`` and publishes it (its first publication: a snapshot). Every
other device starts as a device that joined from that snapshot (a copy of device 0's database
with its own identity and position, which is what a join leaves behind; the join itself is
measured separately, below). Then, per round, every device makes 20 edits (phone numbers of
random participants; three devices also change one participant's phone at the same time:
conflicts) and syncs. Measured per team size:

* ``sync_s``: device 0's sync after the other devices' edits of a round, median over the
  rounds after the first (the steady state: merge the colleagues' change sets, publish its
  own); ``bytes_read``/``bytes_written``: what that sync moved to and from the share, and
  ``mb_per_20_records``: those bytes per 20 edited records it merged or published;
* ``total_s``: the first such sync of the 10-device team (9 colleagues' change sets plus
  its own publication): the figure `make bench` sets against ``VACUUM INTO``;
* ``share_bytes``: everything on the share after the last round (every device synced once
  more), with ``unacked_bytes``: the change sets some active colleague has not acknowledged;
* ``join_s``: a new empty device syncing in (the current snapshot plus the change sets after
  it), with the bytes it read;
* ``vacuum_into_s``: a plain ``VACUUM INTO`` of the same database in the same run (baseline).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

EDITS = 20
ROUNDS = 50
TEAMS = (10, 20)


def _vacuum_into(db_path: Path, workdir: Path) -> float:
    target = workdir / "vacuum-baseline.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        t0 = time.perf_counter()
        conn.execute("VACUUM INTO ?", [str(target)])
        seconds = time.perf_counter() - t0
    finally:
        conn.close()
    target.unlink(missing_ok=True)
    return seconds


def _share_bytes(share: Path) -> int:
    return sum(p.stat().st_size for p in share.rglob("*") if p.is_file())


def _unacked_bytes(share: Path) -> int:
    """Change sets that some colleague (every other manifest counts) has not acknowledged."""
    from begeleider_app.sync import share as sh
    from begeleider_app.sync.manifest import Manifest

    manifests = {}
    for folder in sh.device_folders(share):
        path = folder / sh.MANIFEST
        if path.exists():
            manifests[folder.name] = Manifest.from_dict(json.loads(path.read_text()))
    total = 0
    for device_id, m in manifests.items():
        others = [o for d, o in manifests.items() if d != device_id and not o.retired]
        for f in m.changes():
            if any(o.ack(device_id, m.db_instance) < f.seq for o in others):
                total += f.size
    return total


def _connect(path: Path, key: str | None):
    if key is None:
        return sqlite3.connect(path)
    from begeleider_app.storage import crypto

    return crypto.connect(path, key)


def team_run(db_path: Path, workdir: Path, devices: int, rounds: int,
             rng: random.Random, *, key: str | None = None, team_key: str | None = None,
             via: Any = None) -> dict[str, Any]:
    """``key``: the databases are encrypted with it (``team_key``: the team passphrase of
    their published files). ``via(laptop) -> sync function``: another transport than the
    shared folder (bench/bench_hub.py: the PostgreSQL hub)."""
    from begeleider_app.config import Device, resolve_paths
    from begeleider_app.services.session import open_store
    from begeleider_app.sync.engine import sync

    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    share = workdir / "share"
    share.mkdir()

    class Laptop:
        def __init__(self, i: int) -> None:
            self.i = i
            self.name = f"Coach {i}"
            self.paths = resolve_paths(workdir / f"device{i}")
            self.paths.ensure()
            self.device = Device.load_or_create(self.paths)
            self.db = workdir / f"device{i}" / "work.sqlite"
            self._via = via(self) if via is not None else None

        def open(self):
            store = open_store(self.db, self.paths, device=self.device, key=key)
            if team_key is not None:
                from begeleider_app.storage import crypto

                crypto.set_team_passphrase(store.db, team_key)
            return store

        def sync(self, store, **kw):
            if self._via is not None:
                return self._via(store, **kw)
            return sync(store, share, self.paths, device=self.device, coach_name=self.name, **kw)

    laptops = [Laptop(i) for i in range(devices)]
    shutil.copyfile(db_path, laptops[0].db)
    store = laptops[0].open()
    try:
        t0 = time.perf_counter()
        first = laptops[0].sync(store)
        first_publish_s = time.perf_counter() - t0
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ids = [r[0] for r in store.db.execute("SELECT id FROM participant ORDER BY id")]
        seq = first.published_seq
        instance0 = json.loads(store.db.execute(
            "SELECT value FROM sync_state WHERE key = 'db_instance'").fetchone()[0])
    finally:
        store.close()
    for lap in laptops[1:]:
        # What a join from device 0's snapshot leaves: its database, our own identity and
        # lineage, nothing of our own to publish yet, device 0 merged up to its snapshot.
        shutil.copyfile(laptops[0].db, lap.db)
        conn = _connect(lap.db, key)
        for name, value in (("device_id", lap.device.device_id), ("db_instance", uuid.uuid4().hex),
                            ("joined_empty", True)):
            conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                         [name, json.dumps(value)])
        for name in ("own", "pending", "heartbeat", "heartbeat_pending", "last_report"):
            conn.execute("DELETE FROM sync_state WHERE key = ?", [name])
        conn.execute("UPDATE sync_peer SET last_seq = ?, instance = ? WHERE device_id = ?",
                     [seq, instance0, laptops[0].device.device_id])
        conn.commit()
        conn.close()
    hot = ids[0]
    syncs: list[dict[str, Any]] = []
    first_full: dict[str, Any] = {}
    # Each device keeps its database open, as the program does (opening checks the file).
    stores = [lap.open() for lap in laptops]
    try:
        for round_no in range(rounds):
            for i, (lap, store) in enumerate(zip(laptops, stores, strict=True)):
                repo = store.repo("participant")
                for _ in range(EDITS):
                    repo.update(rng.choice(ids), {"phone": f"06{rng.randrange(10**8):08d}"})
                if i in (1, 2, 3):
                    repo.update(hot, {"phone": f"0600{round_no:03d}{i:03d}"})
                t0 = time.perf_counter()
                report = lap.sync(store)
                seconds = time.perf_counter() - t0
                if i != 0:
                    continue
                merged = sum(p.changes for p in report.peers if p.status == "merged")
                one = {"round": round_no, "s": seconds, "read": report.bytes_read,
                       "written": report.bytes_written, "records": merged + EDITS,
                       "files": sum(p.files for p in report.peers),
                       "snapshot": report.snapshot_published, "conflicts": report.open_conflicts,
                       "warnings": len(report.warnings)}
                syncs.append(one)
                if round_no == 1 and not first_full:
                    first_full = one  # every colleague's change set of one round is new here
        # One more sync of everyone: acknowledgements reach every manifest, files go.
        for lap, store in zip(laptops, stores, strict=True):
            lap.sync(store)
    finally:
        for store in stores:
            store.close()
    share_bytes, unacked = ((_share_bytes(share), _unacked_bytes(share)) if via is None
                            else (None, None))
    db_bytes = laptops[0].db.stat().st_size
    # A new colleague joins with an empty database.
    newcomer = Laptop(devices)
    store = newcomer.open()
    try:
        t0 = time.perf_counter()
        joined = newcomer.sync(store, do_publish=False)
        join_s = time.perf_counter() - t0
        participants = store.db.execute("SELECT count(*) FROM participant").fetchone()[0]
    finally:
        store.close()
    steady = [s for s in syncs if s["round"] >= 1]
    per_20 = [(s["read"] + s["written"]) / max(1, s["records"] / 20) for s in steady]
    result = {
        "devices": devices, "rounds": rounds, "participants": participants,
        "first_publish_s": first_publish_s,
        "sync_s": statistics.median(s["s"] for s in steady),
        "sync_max_s": max(s["s"] for s in steady),
        "bytes_read": statistics.median(s["read"] for s in steady),
        "bytes_written": statistics.median(s["written"] for s in steady),
        "records_per_sync": statistics.median(s["records"] for s in steady),
        "mb_per_20_records": statistics.median(per_20) / 1e6,
        "mb_per_20_records_max": max(per_20) / 1e6,
        "snapshots_published_by_device0": sum(1 for s in syncs if s["snapshot"]),
        "total_s": first_full.get("s"), "total_files": first_full.get("files"),
        "total_read": first_full.get("read"), "total_written": first_full.get("written"),
        "open_conflicts": syncs[-1]["conflicts"], "warnings": sum(s["warnings"] for s in syncs),
        "share_bytes": share_bytes, "unacked_bytes": unacked, "db_bytes": db_bytes,
        "join_s": join_s, "join_read": joined.bytes_read, "join_changes": joined.changes,
    }
    shutil.rmtree(workdir, ignore_errors=True)
    return result


def run(db_path: str | Path, workdir: str | Path, *, rounds: int = ROUNDS,
        teams: tuple[int, ...] = TEAMS) -> dict[str, Any]:
    db_path, workdir = Path(db_path), Path(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    rng = random.Random(7)
    baseline = _vacuum_into(db_path, workdir)
    out: dict[str, Any] = {"vacuum_into_s": baseline, "db_bytes": db_path.stat().st_size}
    for devices in teams:
        out[f"team{devices}"] = team_run(db_path, workdir / f"team{devices}", devices, rounds, rng)
    first = out[f"team{teams[0]}"]
    # The figure bench/run.py sets against VACUUM INTO: the 10-device whole sync.
    out["devices"] = first["devices"]
    out["total_s"] = first["total_s"]
    out["join_s"] = first["join_s"]
    shutil.rmtree(workdir, ignore_errors=True)
    return out


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("workdir", type=Path, nargs="?", default=Path("/tmp/begeleider-bench-sync"))
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--teams", default=",".join(map(str, TEAMS)))
    args = parser.parse_args(argv[1:])
    src = Path(__file__).resolve().parents[1] / "src"
    sys.path.insert(0, str(src))
    teams = tuple(int(t) for t in args.teams.split(","))
    result = run(args.db, args.workdir, rounds=args.rounds, teams=teams)
    result["ratio_total_vs_vacuum"] = result["total_s"] / result["vacuum_into_s"]
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Sync at team scale: 10 devices sharing one caseload, each with offline edits.

    python bench/bench_sync.py DB [WORKDIR]      (DB e.g. from `begeleider demo --participants 2000`)

``run(db_path, workdir) -> dict`` is what `bench/run.py` (through sync_child.py) calls. Every
device starts from a copy of ``db_path`` (a team that synced before) in its own installation
folder; all share one folder. Then each device makes 20 edits (three devices edit one
participant's phone at the same time: conflicts) and adds a participant, and publishes.
Measured:

* ``publish_s``: median time of one device's publish (VACUUM INTO, fsync, integrity check,
  checksum, copy to the share, fsync, rename, manifest);
* ``merge_s``: device 0 importing the nine other snapshots (copy, checksum, check, merge;
  incrementally when the snapshot descends from the one merged before, see
  ``snapshots_incremental``);
* ``total_s``: device 0's whole sync (import nine + publish), what a coach waits for;
* ``join_s``: a new empty device syncing in and receiving the team's records;
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
from pathlib import Path
from typing import Any

DEVICES = 10
EDITS = 20


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


def run(db_path: str | Path, workdir: str | Path) -> dict[str, Any]:
    from begeleider_app.config import Device, resolve_paths
    from begeleider_app.services.participants import create_participant
    from begeleider_app.services.session import open_store
    from begeleider_app.sync.engine import check_identity, publish, sync

    db_path, workdir = Path(db_path), Path(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    share = workdir / "share"
    share.mkdir()
    rng = random.Random(7)

    class Laptop:
        def __init__(self, i: int, *, empty: bool = False) -> None:
            self.name = f"Coach {i}"
            self.paths = resolve_paths(workdir / f"device{i}")
            self.paths.ensure()
            self.device = Device.load_or_create(self.paths)
            self.db = workdir / f"device{i}" / "work.sqlite"
            if not empty:
                shutil.copyfile(db_path, self.db)

        def open(self):
            return open_store(self.db, self.paths, device=self.device)

        def sync(self, store, **kw):
            return sync(store, share, self.paths, device=self.device, coach_name=self.name, **kw)

    baseline = _vacuum_into(db_path, workdir)
    laptops = [Laptop(i) for i in range(DEVICES)]
    # The team synced before: every device has published (the copies are identical, so no
    # device needs to import), and device 0 has seen them all.
    for lap in laptops:
        store = lap.open()
        try:
            check_identity(store, share, lap.paths, lap.device)
            publish(store, share, lap.paths, coach_name=lap.name)
        finally:
            store.close()
    store = laptops[0].open()
    try:
        laptops[0].sync(store)
        ids = [r[0] for r in store.db.execute("SELECT id FROM participant ORDER BY id")]
    finally:
        store.close()
    hot = ids[0]  # three devices change this participant's phone at the same time

    publish_times = []
    for i, lap in enumerate(laptops):
        store = lap.open()
        try:
            repo = store.repo("participant")
            for _ in range(EDITS):
                repo.update(rng.choice(ids), {"phone": f"06{rng.randrange(10**8):08d}"})
            if i in (1, 2, 3):
                repo.update(hot, {"phone": f"0600000{i:03d}"})
            create_participant(store, {"first_name": f"Nieuw{i}", "last_name": "Bench"})
            if i == 0:
                continue  # device 0 publishes in its measured sync below
            t0 = time.perf_counter()
            publish(store, share, lap.paths, coach_name=lap.name)
            publish_times.append(time.perf_counter() - t0)
        finally:
            store.close()

    # Device 0 presses Sync: nine snapshots to import, then its own publish.
    store = laptops[0].open()
    try:
        t0 = time.perf_counter()
        report = laptops[0].sync(store, do_publish=False)
        merge_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        pub = laptops[0].sync(store)  # nothing new to import; publishes
        publish0_s = time.perf_counter() - t1
        merged = [p for p in report.peers if p.status == "merged"]
        open_conflicts = pub.open_conflicts
    finally:
        store.close()

    # A new colleague joins with an empty database.
    newcomer = Laptop(DEVICES, empty=True)
    store = newcomer.open()
    try:
        t0 = time.perf_counter()
        joined = newcomer.sync(store, do_publish=False)
        join_s = time.perf_counter() - t0
        participants = store.db.execute("SELECT count(*) FROM participant").fetchone()[0]
    finally:
        store.close()

    size = db_path.stat().st_size
    result = {
        "devices": DEVICES,
        "participants": participants,
        "db_bytes": size,
        "vacuum_into_s": baseline,
        "publish_s": statistics.median(publish_times + [publish0_s]),
        "publish_max_s": max(publish_times + [publish0_s]),
        "merge_s": merge_s,
        "merge_per_snapshot_s": merge_s / max(1, len(merged)),
        "snapshots_merged": len(merged),
        # Merged by reading only what changed since the snapshot merged before (docs/sync.md).
        "snapshots_incremental": sum(1 for p in merged if getattr(p, "incremental", False)),
        "changes_merged": sum(p.changes for p in merged),
        "open_conflicts": open_conflicts,
        "total_s": merge_s + publish0_s,
        "join_s": join_s,
        "join_changes": joined.changes,
    }
    shutil.rmtree(workdir, ignore_errors=True)
    return result


def main(argv: list[str]) -> int:
    db = Path(argv[1])
    work = Path(argv[2]) if len(argv) > 2 else Path("/tmp/begeleider-bench-sync")
    src = Path(__file__).resolve().parents[1] / "src"
    sys.path.insert(0, str(src))
    result = run(db, work)
    result["ratio_total_vs_vacuum"] = result["total_s"] / result["vacuum_into_s"]
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

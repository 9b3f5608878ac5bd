"""Sync (publish + merging 10 devices' snapshots) against VACUUM INTO of the same database.

Run as a child by `bench/run.py`:  python bench/sync_child.py DB WORKDIR [--rounds N]

The sync measurement itself lives with the sync feature in `bench/bench_sync.py`
(`run(db_path, workdir) -> dict`); this wrapper adds the baseline, measured here in the
same process on the same file, so both numbers come from one run.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from common import NOT_AVAILABLE, emit, summary

# Keys bench_sync.run() may use for the whole publish + merge time, most specific first.
TOTAL_KEYS = ("total_s", "total_seconds", "sync_s", "seconds", "elapsed_s", "time_s")


def vacuum_into(db_path: Path, workdir: Path, runs: int = 3) -> list[float]:
    times = []
    for i in range(runs):
        target = workdir / f"vacuum-{i}.sqlite"
        target.unlink(missing_ok=True)
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        t0 = time.perf_counter()
        conn.execute("VACUUM INTO ?", [str(target)])
        times.append(time.perf_counter() - t0)
        conn.close()
        target.unlink(missing_ok=True)
    return times


def total_seconds(result: dict[str, Any]) -> float | None:
    for key in TOTAL_KEYS:
        value = result.get(key)
        if isinstance(value, int | float):
            return float(value)
    parts = [v for k, v in result.items()
             if isinstance(v, int | float) and k.endswith("_s") and k.startswith(("publish", "merge"))]
    return float(sum(parts)) if parts else None


def main() -> int:
    db_path, workdir = Path(sys.argv[1]), Path(sys.argv[2])
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else None
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    try:
        import bench_sync  # type: ignore[import-not-found]
    except ModuleNotFoundError as err:
        if err.name in ("bench_sync", "begeleider_app.sync"):
            emit({"status": NOT_AVAILABLE})
            return 0
        raise
    if not callable(getattr(bench_sync, "run", None)):
        emit({"status": NOT_AVAILABLE})
        return 0
    baseline = vacuum_into(db_path, workdir)
    t0 = time.perf_counter()
    kwargs = {"rounds": rounds} if rounds else {}
    result = bench_sync.run(db_path, workdir / "sync", **kwargs)
    wall = time.perf_counter() - t0
    result = dict(result or {})
    total = total_seconds(result)
    emit({"sync": result, "sync_total_s": total if total is not None else wall, "wall_s": wall,
          "total_from": "bench_sync result" if total is not None else "wall clock of run()",
          "vacuum_into": summary(baseline)})
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

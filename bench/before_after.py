"""Before/after: the same figures for an earlier commit and the working tree, in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/before_after.py REV [--figures start,open,sync]

The earlier commit is checked out once into bench/out/rev-<sha> (a git worktree); its
program runs under this harness (bench/gui_child.py, which also reads tabs that predate
`is_loaded()`). Each side gets its own copy of the organisation database and its own
installation folder, because a newer program may migrate the file to a schema the older one
refuses. Runs alternate (before, after, before, ...) so drift on a shared machine hits both.
For sync each side runs its own bench/sync_child.py, as the sync benchmark belongs to the
feature. Needs the organisation database from `make bench` (bench/out/org.sqlite).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, ROOT, child_env, median, run_json_child  # noqa: E402
from run import gui_child, ms  # noqa: E402

OUT = BENCH_DIR / "out"


def worktree(rev: str) -> Path:
    sha = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    path = OUT / f"rev-{sha}"
    if not path.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(path), sha], cwd=ROOT, check=True,
                       capture_output=True)
    return path


def side(name: str, src: Path, db: Path, *, build: bool = False) -> dict:
    """One program version with its own database and installation folder.

    ``build``: make the organisation database with this version's own `begeleider demo`
    (same generator and seed, so the same people), for an earlier version that would refuse
    a file a newer one has migrated.
    """
    install = OUT / f"before-after-{name}-install"
    env = child_env()
    env["PYTHONPATH"] = f"{src}:{BENCH_DIR}"
    copy = OUT / f"before-after-{name}-{src.parent.name}.sqlite"
    if build:
        if not copy.exists():
            print(f"building {copy.name} with the {name} program's demo ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "begeleider_app.cli", "--data-dir", str(install), "demo",
                            "--db", str(copy), "--participants", "2000", "--scale", "org"],
                           env=env, cwd=ROOT, check=True, capture_output=True)
    elif not copy.exists() or copy.stat().st_mtime < db.stat().st_mtime:
        shutil.copyfile(db, copy)
    return {"name": name, "db": copy, "install": install, "env": env, "src": src}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev")
    parser.add_argument("--db", type=Path, default=OUT / "org.sqlite")
    parser.add_argument("--figures", default="start,open")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("-n", type=int, default=60, help="participants to open")
    args = parser.parse_args()
    figures = args.figures.split(",")
    tree = worktree(args.rev)
    sides = [side("before", tree / "src", args.db, build=True), side("after", ROOT / "src", args.db)]
    rows: list[tuple[str, str, str, str]] = []

    if "start" in figures:
        starts: dict[str, list[float]] = {s["name"]: [] for s in sides}
        bare: list[float] = []
        gui_child("bare")  # unmeasured: writes the bytecode caches, as in bench/run.py
        for s in sides:
            gui_child("app", "--db", str(s["db"]), "--data-dir", str(s["install"]), env=s["env"])
        for _ in range(args.repeat):
            bare.append(gui_child("bare")["cold_start_s"])
            for s in sides:
                r = gui_child("app", "--db", str(s["db"]), "--data-dir", str(s["install"]), env=s["env"])
                if r.get("error"):
                    raise SystemExit(f"{s['name']}: {r['error']}")
                starts[s["name"]].append(r["cold_start_s"])
        b, a, bw = median(starts["before"]), median(starts["after"]), median(bare)
        rows.append(("Cold start (median)", ms(b), ms(a), f"bare window {ms(bw)}: {b / bw:.2f}x -> {a / bw:.2f}x"))

    if "open" in figures:
        opened = {}
        for s in sides:
            r = gui_child("ui", "--db", str(s["db"]), "--data-dir", str(s["install"]), "-n", str(args.n),
                          "--names", "2", env=s["env"])
            if r.get("error"):
                raise SystemExit(f"{s['name']}: {r['error']}")
            opened[s["name"]] = r
        for label, key in (("Open, all six tabs", "open"), ("Open, visible tab", "visible")):
            for stat in ("median", "p95"):
                rows.append((f"{label} ({stat})", ms(opened["before"]["open"][key][stat]),
                             ms(opened["after"]["open"][key][stat]), f"{args.n} participants"))
        for tab in opened["after"]["open"].get("in_front", {}):
            before = opened["before"]["open"].get("in_front", {}).get(tab)
            after = opened["after"]["open"]["in_front"][tab]
            if before:
                rows.append((f"Open with {tab} in front (median / p95)",
                             f"{ms(before['median'])} / {ms(before['p95'])}",
                             f"{ms(after['median'])} / {ms(after['p95'])}", f"{after['n']} participants"))
        for stat in ("median", "p95"):
            rows.append((f"Search, UI work per keystroke ({stat})",
                         ms(opened["before"]["search"]["keystroke_work"][stat]),
                         ms(opened["after"]["search"]["keystroke_work"][stat]), "2 names"))

    if "sync" in figures:
        synced = {}
        for s in sides:
            bench = (tree if s["name"] == "before" else ROOT) / "bench"
            r = run_json_child([str(bench / "sync_child.py"), str(s["db"]), str(OUT / f"sync-{s['name']}")],
                               env={**s["env"], "PYTHONPATH": f"{s['src']}:{bench}"}, timeout=1800)
            if r.get("error"):
                raise SystemExit(f"{s['name']}: {r['error']}")
            synced[s["name"]] = r
        b, a = synced["before"], synced["after"]
        bv, av = b["vacuum_into"]["median"], a["vacuum_into"]["median"]
        rows.append(("Sync, 10 devices", ms(b["sync_total_s"]), ms(a["sync_total_s"]),
                     f"VACUUM INTO {ms(bv)} / {ms(av)}: {b['sync_total_s'] / bv:.1f}x -> "
                     f"{a['sync_total_s'] / av:.1f}x"))

    print(f"| Figure | Before ({args.rev}) | After (working tree) | Note |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

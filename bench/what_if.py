"""What-if experiments behind the proposals in docs/benchmarks.md (not part of `make bench`).

Each experiment measures a figure twice in the same run: the program as it is, and the
program with one change applied inside the benchmark process only (no source is changed):

  no-quick-check       start-up without the blocking PRAGMA quick_check of the whole file
  no-shaping           the handover PDF without HarfBuzz shaping (the participant's text has
                       no Arabic script)

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/what_if.py [--db bench/out/org.sqlite]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, child_env, median, run_json_child  # noqa: E402
from run import biggest_participant, gui_child, ms  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=BENCH_DIR / "out" / "org.sqlite")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    install = str(BENCH_DIR / "out" / "install")
    rows = []

    wall = {"": [], "no-quick-check": []}
    cpu = {"": [], "no-quick-check": []}
    for _ in range(args.repeat):
        for patch in wall:
            r = gui_child("app", "--db", str(args.db), "--data-dir", install, "--patch", patch)
            wall[patch].append(r["cold_start_s"])
            cpu[patch].append(r["ready_cpu_s"])
    rows.append(("Cold start (wall, median)", ms(median(wall[""])), ms(median(wall["no-quick-check"])),
                 "no blocking quick_check"))
    rows.append(("Cold start (CPU, median)", ms(median(cpu[""])), ms(median(cpu["no-quick-check"])),
                 "no blocking quick_check"))

    pid = biggest_participant(args.db)[0]
    ratio = {}
    for patch in ("", "1"):
        env = child_env({"BENCH_PATCH_NO_SHAPING": patch} if patch else None)
        r = run_json_child([str(BENCH_DIR / "handover_child.py"), str(args.db), pid,
                            str(BENCH_DIR / "out" / "what-if-handover")], env=env)
        ratio[patch] = (r["handover"]["median"], r["bare"]["median"])
    for label, key in (("Handover PDF (median)", 0),):
        rows.append((label, ms(ratio[""][key]), ms(ratio["1"][key]), "no shaping for Latin-only text"))
    rows.append(("Handover / bare document", f"{ratio[''][0] / ratio[''][1]:.2f}x",
                 f"{ratio['1'][0] / ratio['1'][1]:.2f}x", "no shaping for Latin-only text"))

    print("| Figure | As is | With the change | Change |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

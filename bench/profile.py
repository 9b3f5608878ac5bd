"""Profile one benchmark phase with pyinstrument (not part of `make bench`).

    .venv/bin/pip install pyinstrument          # once, into the venv only
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/profile.py search
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/profile.py open -n 30
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/profile.py start
    .venv/bin/python bench/profile.py handover

Uses the databases `make bench` left in bench/out (run it first, or pass --db). Writes
bench/out/profile-<phase>.txt and .html and prints the text report.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, ROOT, child_env  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=["start", "open", "search", "handover"])
    parser.add_argument("--participant", default=None, help="handover: participant id (default: most data)")
    parser.add_argument("--db", type=Path, default=BENCH_DIR / "out" / "org.sqlite")
    parser.add_argument("-n", type=int, default=30, help="participants to open")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or BENCH_DIR / "out" / f"profile-{args.phase}.txt"
    if args.phase == "handover":
        from run import biggest_participant

        pid = args.participant or biggest_participant(args.db)[0]
        cmd = [sys.executable, str(BENCH_DIR / "handover_child.py"), str(args.db), pid,
               str(BENCH_DIR / "out" / "handover"), str(out)]
        subprocess.run(cmd, env=child_env(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(out.read_text(encoding="utf-8"))
        return 0
    mode = "app" if args.phase == "start" else "ui"
    cmd = [sys.executable, str(BENCH_DIR / "gui_child.py"), mode, "--db", str(args.db),
           "--data-dir", str(BENCH_DIR / "out" / "install"), "-n", str(args.n),
           "--profile", args.phase, "--profile-out", str(out)]
    subprocess.run(cmd, env=child_env(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    print(out.read_text(encoding="utf-8"))
    print(f"(also {out.with_suffix('.html')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

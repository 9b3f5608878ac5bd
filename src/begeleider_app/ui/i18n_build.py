"""Update the Dutch .ts from the source and compile the .qm: `make translations`.

`--update` runs pyside6-lupdate over every module in ui/ (existing translations are kept,
new strings appear as unfinished); then pyside6-lrelease compiles the .qm the program loads.
Translators (or developers) fill the Dutch text in resources/i18n/begeleider_nl.ts, e.g. with
pyside6-linguist.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..resources import resource

UI_DIR = Path(__file__).resolve().parent
TS_FILE = resource("i18n", "begeleider_nl.ts")
QM_FILE = resource("i18n", "begeleider_nl.qm")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")


def update_ts(ts_file: Path = TS_FILE) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete", "-locations", "none",
         "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    # Compile next to the target and rename: a running program maps the .qm, and rewriting
    # it in place made such programs crash with SIGBUS.
    tmp = qm_file.with_name(qm_file.name + ".tmp")
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(tmp)], check=True,
                   capture_output=True)
    os.replace(tmp, qm_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    args = parser.parse_args(argv)
    if args.update:
        update_ts()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

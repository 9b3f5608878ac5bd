"""Make the schema fixtures: one small database per released schema version, made by the code
that shipped it (tests/storage/schema_fixtures/vN.sqlite, used by test_schema_history.py).

Run from the repository root with the project's venv:

    .venv/bin/python tests/storage/make_schema_fixtures.py

It makes only the fixtures that do not exist yet. Existing fixtures are never regenerated: each
one stands for the databases coaches made with that release, and those do not change either
(to really replace one, delete it by hand and say why in the commit).

When a new schema version ships (a commit adds migration N), run the script in that commit's
checkout: version N has no entry in RELEASES, so vN.sqlite is made with this checkout's code,
the code that ships it. `--newest REV` makes it from that commit or branch instead (checked out
in a temporary worktree like the released ones), e.g. a branch that adds the migration. Commit the fixture with the migration, and once that commit is on main,
add `N: "<its hash>"` to RELEASES for the record. test_schema_history.py fails until a fixture
exists for every version 1..SCHEMA_VERSION.

How a fixture is made: for a released commit the script checks it out in a temporary
`git worktree` under the system's temp folder and runs that commit's own code with
PYTHONPATH=<worktree>/src and this venv's packages: what its `begeleider demo --participants 3
--seed 1` does (`open_store` + `generate_demo`, called directly because the CLI module of some
commits of that time does not import), then sets the file to journal_mode DELETE (one
self-contained file, no -wal).

Versions 1 and 3 never shipped on their own: migrations m001+m002 arrived together (c38bc9e),
and so did m003+m004 (d7a97c3). Their fixtures come from the commit of the next version with
the migration list cut after migration N (its demo still runs on that schema), and
`user_version` set to N: the state of a database whose next migration failed and was rolled
back. Should an old commit's demo ever fail here, make that fixture with the commit's
`open_database` plus a few rows inserted through its `Store.repo(...).insert`, and say so here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "schema_fixtures"
PARTICIPANTS = 3

# Schema version -> the last commit on main whose SCHEMA_VERSION was that version (for 1 and 3,
# which never shipped alone: the commit of the next version, cut after migration N).
RELEASES: dict[int, str] = {
    1: "a35873d364a3290e5340890993dec503a66fe09b",  # cut after m001_initial
    2: "a35873d364a3290e5340890993dec503a66fe09b",  # m001-m002; the next commit adds m003+m004
    3: "c5890544acaae1e0ca9263f3acd9dd39259a2682",  # cut after m003_erasure
    4: "c5890544acaae1e0ca9263f3acd9dd39259a2682",  # m001-m004; e18c261 adds m005
    5: "3a8850071a7f385e034263559227e3ba1e63b28c",  # m001-m005; 2d19647 adds m006
    6: "7b5669c950de06da23e3ef5a956a1deeead431ee",  # m001-m006; 5ef385e adds m007
    7: "789934cbc9f547817627c270e35141c685597b79",  # m001-m007; main when fixtures began
    8: "07a7eb16738692cc52cbb844685ba3c016359ebd",  # m001-m008 (sync v2: change sets, compact storage)
    9: "c277fcfe0a48eaf8f5188889784e02aeadb0384b",  # m001-m009 (outcomes: end reason, ladder at the end, work status)
    10: "833d89c3a0284502cd453c10286266bc97fb88cd",  # m001-m010 (referrer reports: consent recipient kind, conclusion and advice)
    11: "9f8d22fea305dd1794bc172f40a96442317aee6c",  # m001-m011 (network: services, referrals, group sessions, buddy kind)
    12: "33454dc9c755df4b4b163e0eeccd2d1c6b2efb64",  # m001-m012 (journal, granted hours, minutes of contact moments)
    13: "baa2be5e6602a63858bb1900a2c7541fef70e510",  # m001-m013 (lean indexes)
}

# Runs inside the old checkout: that commit's code makes the database.
_MAKE = r"""
import sqlite3, sys
from pathlib import Path

db_path, version, data_dir, src = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
import begeleider_app
# The venv has the current checkout installed (editable): make sure this is the old code.
here = Path(begeleider_app.__file__).resolve()
if not here.is_relative_to(Path(src).resolve()):
    sys.exit(f"imported {here}, not the code under {src}")
from begeleider_app.storage import migrations as m
if version < len(m.migrations._migrations):
    del m.migrations._migrations[version:]  # a version that never shipped alone
# What `begeleider demo` runs, called directly: the CLI module of some commits of that time
# does not import (history made of parallel branches), the storage and demo code does.
from begeleider_app.config import resolve_paths
from begeleider_app.services.demo import DEMO_TODAY, generate_demo
from begeleider_app.services.session import open_store
store = open_store(db_path, resolve_paths(data_dir), create=True)
generate_demo(store, int(sys.argv[5]), 1, today=DEMO_TODAY)
store.close()
conn = sqlite3.connect(db_path)
conn.execute(f"PRAGMA user_version = {version}")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.execute("PRAGMA journal_mode = DELETE")
conn.close()
"""


def _current_schema_version() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from begeleider_app.storage.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION


def _make(version: int, src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="begeleider-fixture-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"}
        db_path = Path(tmp) / f"v{version}.sqlite"
        subprocess.run(
            [sys.executable, "-c", _MAKE, str(db_path), str(version), str(Path(tmp) / "data"),
             str(src), str(PARTICIPANTS)],
            cwd=src.parent, env=env, check=True)
        _verify(db_path, version)
        shutil.copyfile(db_path, out)


def _verify(db_path: Path, version: int) -> None:
    conn = sqlite3.connect(db_path)
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        participants = conn.execute("SELECT count(*) FROM participant").fetchone()[0]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    found = (user_version, applied, participants, mode)
    if found != (version, version, PARTICIPANTS, "delete"):
        raise SystemExit(f"v{version}: made (user_version, migrations, participants, journal) "
                         f"= {found}")


def _from_commit(version: int, commit: str, out: Path) -> None:
    worktree = Path(tempfile.mkdtemp(prefix=f"begeleider-v{version}-"))
    worktree.rmdir()  # git worktree add wants to create it
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), commit],
                   check=True, capture_output=True)
    try:
        _make(version, worktree / "src", out)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],
                       check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newest", metavar="REV", default=None,
                        help="make the newest version's fixture from this commit or branch")
    args = parser.parse_args()
    newest = _current_schema_version()
    FIXTURES.mkdir(exist_ok=True)
    for version in range(1, newest + 1):
        out = FIXTURES / f"v{version}.sqlite"
        if out.exists():
            continue  # never regenerated
        commit = RELEASES.get(version)
        if commit:
            _from_commit(version, commit, out)
            print(f"{out.relative_to(ROOT)}: made by {commit[:10]}")
        elif version == newest and args.newest:
            _from_commit(version, args.newest, out)
            print(f"{out.relative_to(ROOT)}: made by {args.newest}; add it to RELEASES "
                  "once its commit is on main")
        elif version == newest:
            _make(version, ROOT / "src", out)
            print(f"{out.relative_to(ROOT)}: made by this checkout; add it to RELEASES "
                  "once its commit is on main")
        else:
            raise SystemExit(f"v{version}: no commit in RELEASES and not the newest version")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The basic commands: `begeleider demo|check|backup|restore|list`."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ..config import Paths
from ..domain.messages import UserError, msg
from .common import Command, db_arg, key_of, open_from_args

# ------------------------------------------------------------------------------ commands

def _demo_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--participants", type=int, default=40, help="aantal deelnemers / number of participants")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", default=None, help="peildatum JJJJ-MM-DD (standaard vast, voor herhaalbaarheid)")
    p.add_argument("--scale", choices=["normal", "org"], default="normal",
                   help="org: veel geschiedenis per deelnemer (benchmarks)")


def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    from datetime import date

    from ..services.demo import DEMO_TODAY, DemoScale, generate_demo

    if args.participants < 0:
        raise SystemExit("--participants >= 0")
    today = date.fromisoformat(args.today) if args.today else DEMO_TODAY
    start = time.perf_counter()
    store = open_from_args(args, paths, create=True)
    try:
        if store.db["participant"].count:
            raise UserError("cli.demo_not_empty", path=args.db)
        generate_demo(store, args.participants, args.seed, today=today, scale=DemoScale.named(args.scale))
    finally:
        store.close()
    seconds = time.perf_counter() - start
    print(msg("cli.demo_done", n=args.participants, path=args.db, seconds=seconds,
              size=Path(args.db).stat().st_size))
    return 0


def cmd_check(args: argparse.Namespace, paths: Paths) -> int:
    from ..storage.database import check_database

    check_database(args.db, key=key_of(args))
    print(msg("db.ok", path=args.db))
    return 0


def _backup_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--to", type=Path, required=True, help="map voor de back-up / backup folder")
    p.add_argument("--keep", type=int, default=None, help="aantal automatische back-ups bewaren")


def cmd_backup(args: argparse.Namespace, paths: Paths) -> int:
    from ..config import Settings
    from ..services.backups import make_backup

    keep = args.keep or Settings.load(paths).backup_count
    store = open_from_args(args, paths)
    try:
        dest = make_backup(store, args.to, keep=keep)
    finally:
        store.close()
    print(msg("backup.done", path=dest))
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--from", dest="source", type=Path, required=True, help="back-upbestand / backup file")


def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    from ..services.backups import restore

    safety = restore(args.source, args.db, paths.backups_dir, key=key_of(args))
    print(f"{args.source} -> {args.db} ({safety})")
    return 0


def _list_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--json", action="store_true", help="JSON-uitvoer / JSON output")


def cmd_list(args: argparse.Namespace, paths: Paths) -> int:
    from ..services.participants import full_name
    from ..storage.database import inspect_file

    inspect_file(Path(args.db), key=key_of(args))
    store = open_from_args(args, paths)
    try:
        rows = list(store.db.execute(
            "SELECT id, first_name, last_name, status FROM participant WHERE deleted = 0 ORDER BY id"))
    finally:
        store.close()
    items = [{"id": r[0], "name": full_name({"first_name": r[1], "last_name": r[2]}), "status": r[3]} for r in rows]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(f"{item['id']}  {item['status']:<11} {item['name']}")
    return 0


COMMANDS: list[Command] = [
    Command("demo", "Maak een synthetische demo-caseload", "Write a synthetic demo caseload", _demo_args, cmd_demo),
    Command("check", "Controleer een database", "Check a database", db_arg, cmd_check),
    Command("backup", "Maak een back-up", "Make a backup", _backup_args, cmd_backup),
    Command("restore", "Zet een back-up terug", "Restore a backup", _restore_args, cmd_restore),
    Command("list", "Toon de deelnemers", "List participants", _list_args, cmd_list),
]

"""CLI: `begeleider import-services` and `begeleider export-services` (the sociale kaart as CSV).

An import reads every row, imports the good ones in one transaction and prints each bad row
with its line number; it exits with 0 when every row was read, 3 when some were not (the good
rows are imported either way).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import Paths
from ..domain.messages import get_language, msg
from ..services import social_map
from .common import Command, db_arg, open_from_args

EXIT_SOME_ROWS_BAD = 3


def _args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--csv", type=Path, required=True, help="CSV-bestand / CSV file")


def cmd_import_services(args: argparse.Namespace, paths: Paths) -> int:
    store = open_from_args(args, paths)
    try:
        result = social_map.import_csv(store, args.csv)
    finally:
        store.close()
    for problem in result.problems:
        print(str(problem), file=sys.stderr)
    print(msg("network.import_done", summary=result.summary(), path=args.csv))
    return EXIT_SOME_ROWS_BAD if result.problems else 0


def cmd_export_services(args: argparse.Namespace, paths: Paths) -> int:
    store = open_from_args(args, paths)
    try:
        count = social_map.export_csv(store, args.csv, get_language())
    finally:
        store.close()
    print(msg("network.export_done", count=count, path=args.csv))
    return 0


COMMANDS: list[Command] = [
    Command("import-services", "Lees een sociale kaart in uit een CSV-bestand",
            "Import a local map of services from a CSV file", _args, cmd_import_services),
    Command("export-services", "Schrijf de sociale kaart naar een CSV-bestand",
            "Write the local map of services to a CSV file", _args, cmd_export_services),
]

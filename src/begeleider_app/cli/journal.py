"""CLI: `begeleider export-hours`: the hours log of one participant over a period (PDF or CSV,
by the file's suffix), without notes unless `--with-notes`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..config import Paths
from ..domain.messages import msg
from ..services import hours_log
from .common import Command, db_arg, open_from_args


def _args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--participant", required=True, help="id van de deelnemer / participant id")
    p.add_argument("--from", dest="start", required=True, help="eerste dag JJJJ-MM-DD / first day")
    p.add_argument("--to", dest="end", required=True, help="laatste dag JJJJ-MM-DD / last day")
    p.add_argument("--out", type=Path, required=True,
                   help="bestand: .pdf of .csv / file: .pdf or .csv")
    p.add_argument("--with-notes", action="store_true",
                   help="ook de verslagtekst (privé; nooit gezondheid) / include the notes")


def cmd_export_hours(args: argparse.Namespace, paths: Paths) -> int:
    store = open_from_args(args, paths)
    try:
        log = hours_log.export(store, args.participant, date.fromisoformat(args.start),
                               date.fromisoformat(args.end), args.out,
                               include_notes=args.with_notes)
    finally:
        store.close()
    print(msg("hours.export_done", path=args.out) + f" ({len(log.lines)}, {log.total} min.)")
    return 0


COMMANDS: list[Command] = [
    Command("export-hours", "Schrijf de urenverantwoording van een deelnemer (PDF of CSV)",
            "Write a participant's hours log (PDF or CSV)", _args, cmd_export_hours),
]

"""CLI: `begeleider export-handover` and `begeleider export-letter`.

Without valid consent for the recipient, export-handover writes no file, exits non-zero and
says why (UserError -> exit code 2 in cli.main).
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from ..config import Paths, Settings
from ..domain.messages import msg
from ..services import handover
from .common import Command, db_arg, open_from_args


def _common(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--participant", required=True, help="id van de deelnemer / participant id")
    p.add_argument("--out", type=Path, required=True, help="PDF-bestand / PDF file")
    p.add_argument("--date", default=None, help="datum van het rapport JJJJ-MM-DD (standaard vandaag)")


def _handover_args(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--recipient", default=None,
                   help="contact-id of naam van de ontvanger (standaard: werkgever van de plaatsing)")
    p.add_argument("--sections", default=None,
                   help="onderdelen, komma-gescheiden (standaard: alles waarvoor toestemming is)")


def cmd_export_handover(args: argparse.Namespace, paths: Paths) -> int:
    settings = Settings.load(paths)
    on = date.fromisoformat(args.date) if args.date else date.today()
    sections = [s.strip() for s in args.sections.split(",") if s.strip()] if args.sections else None
    start = time.perf_counter()
    store = open_from_args(args, paths)
    try:
        rec = handover.resolve_recipient(store, args.participant, args.recipient)
        report = handover.compose(store, args.participant, rec, settings, sections, on=on)
        result = handover.export_pdf(report, args.out)
        handover.record_export(store, args.participant, report, result, settings,
                               handover.recipient_audit_key(rec))
    finally:
        store.close()
    print(msg("handover.done", path=result.path, pages=result.pages,
              seconds=time.perf_counter() - start))
    return 0


def _letter_args(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--text", type=Path, default=None,
                   help="tekstbestand met de (bewerkte) brief; standaard het concept")


def cmd_export_letter(args: argparse.Namespace, paths: Paths) -> int:
    settings = Settings.load(paths)
    on = date.fromisoformat(args.date) if args.date else date.today()
    start = time.perf_counter()
    store = open_from_args(args, paths)
    try:
        text = (args.text.read_text(encoding="utf-8") if args.text
                else handover.letter_draft(store, args.participant, settings))
        report = handover.letter_report(store, args.participant, text, settings, on=on)
        result = handover.export_pdf(report, args.out)
        handover.record_export(store, args.participant, report, result, settings, "")
    finally:
        store.close()
    print(msg("handover.done", path=result.path, pages=result.pages,
              seconds=time.perf_counter() - start))
    return 0


COMMANDS: list[Command] = [
    Command("export-handover", "Schrijf het overdrachtsrapport voor een werkgever (PDF)",
            "Write the employer handover report (PDF)",
            _handover_args, cmd_export_handover),
    Command("export-letter", "Schrijf een aanbevelingsbrief (PDF)",
            "Write a recommendation letter (PDF)",
            _letter_args, cmd_export_letter),
]

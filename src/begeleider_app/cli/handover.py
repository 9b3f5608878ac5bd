"""CLI: `begeleider export-handover` and `begeleider export-letter`.

Without valid consent for the recipient, export-handover writes no file, exits non-zero and
says why (UserError -> exit code 2 in cli.main).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..config import Paths, Settings
from ..domain.messages import msg
from ..reports.model import Report
from ..services import handover
from ..storage.repository import Store
from .common import Command, db_arg, open_from_args


def report_args(p: argparse.ArgumentParser) -> None:
    """--db, --participant, --out and --date: what every report command takes."""
    db_arg(p)
    p.add_argument("--participant", required=True, help="id van de deelnemer / participant id")
    p.add_argument("--out", type=Path, required=True, help="PDF-bestand / PDF file")
    p.add_argument("--date", default=None, help="datum van het rapport JJJJ-MM-DD (standaard vandaag)")


def _handover_args(p: argparse.ArgumentParser) -> None:
    report_args(p)
    p.add_argument("--recipient", default=None,
                   help="contact-id of naam van de ontvanger (standaard: werkgever van de plaatsing)")
    p.add_argument("--sections", default=None,
                   help="onderdelen, komma-gescheiden (standaard: alles waarvoor toestemming is)")


def run_export(args: argparse.Namespace, paths: Paths,
               build: Callable[[Store, Settings, date], tuple[Report, str]],
               fmt: str = "pdf") -> int:
    """Compose with ``build(store, settings, on)`` -> (report, recipient audit key), write it
    to ``args.out`` as ``fmt`` (pdf or docx), audit the export and say where it went."""
    from ..services import referrer_report

    settings = Settings.load(paths)
    on = date.fromisoformat(args.date) if args.date else date.today()
    start = time.perf_counter()
    store = open_from_args(args, paths)
    try:
        report, recipient_key = build(store, settings, on)
        result = referrer_report.export(report, args.out, fmt)
        handover.record_export(store, args.participant, report, result, settings, recipient_key)
    finally:
        store.close()
    seconds = time.perf_counter() - start
    print(msg("report.done_docx", path=result.path, seconds=seconds) if fmt == "docx" else
          msg("handover.done", path=result.path, pages=result.pages, seconds=seconds))
    return 0


def cmd_export_handover(args: argparse.Namespace, paths: Paths) -> int:
    sections = [s.strip() for s in args.sections.split(",") if s.strip()] if args.sections else None

    def build(store: Store, settings: Settings, on: date) -> tuple[Report, str]:
        rec = handover.resolve_recipient(store, args.participant, args.recipient)
        report = handover.compose(store, args.participant, rec, settings, sections, on=on)
        return report, handover.recipient_audit_key(rec)

    return run_export(args, paths, build)


def _letter_args(p: argparse.ArgumentParser) -> None:
    report_args(p)
    p.add_argument("--text", type=Path, default=None,
                   help="tekstbestand met de (bewerkte) brief; standaard het concept")


def cmd_export_letter(args: argparse.Namespace, paths: Paths) -> int:
    def build(store: Store, settings: Settings, on: date) -> tuple[Report, str]:
        text = (args.text.read_text(encoding="utf-8") if args.text
                else handover.letter_draft(store, args.participant, settings))
        return handover.letter_report(store, args.participant, text, settings, on=on), ""

    return run_export(args, paths, build)


COMMANDS: list[Command] = [
    Command("export-handover", "Schrijf het overdrachtsrapport voor een werkgever (PDF)",
            "Write the employer handover report (PDF)",
            _handover_args, cmd_export_handover),
    Command("export-letter", "Schrijf een aanbevelingsbrief (PDF)",
            "Write a recommendation letter (PDF)",
            _letter_args, cmd_export_letter),
]

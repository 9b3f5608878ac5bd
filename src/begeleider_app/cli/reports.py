"""CLI: `begeleider export-report` (voortgangs- or eindrapportage for the referrer, PDF or
Word) and `begeleider export-plan` (the participant's plan, PDF).

A section the referrer rules refuse (medical information, or private matters without the
participant's consent for this referrer) writes no file, exits non-zero and says why.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..config import Paths, Settings
from ..reports.model import Report
from ..services import handover, plan, referrer_report
from ..storage.repository import Store
from .common import Command
from .handover import report_args, run_export


def _report_args(p: argparse.ArgumentParser) -> None:
    report_args(p)
    p.add_argument("--kind", choices=sorted(referrer_report.KINDS), default="voortgang",
                   help="voortgang (voortgangsrapportage) of eind (eindrapportage)")
    p.add_argument("--recipient", default=None,
                   help="contact-id of naam van de verwijzer (standaard: de bekende verwijzer)")
    p.add_argument("--format", choices=referrer_report.FORMATS, default=None,
                   help="pdf of docx (standaard: naar de extensie van --out)")
    p.add_argument("--sections", default=None,
                   help="onderdelen, komma-gescheiden (standaard: alles wat mag)")


def cmd_export_report(args: argparse.Namespace, paths: Paths) -> int:
    sections = [s.strip() for s in args.sections.split(",") if s.strip()] if args.sections else None
    fmt = referrer_report.format_of(args.out, args.format)

    def build(store: Store, settings: Settings, on: date) -> tuple[Report, str]:
        rec = referrer_report.resolve_referrer(store, args.participant, args.recipient)
        report = referrer_report.compose(store, args.participant, args.kind, rec, settings,
                                         sections, on=on)
        return report, handover.recipient_audit_key(rec)

    return run_export(args, paths, build, fmt)


def _plan_args(p: argparse.ArgumentParser) -> None:
    report_args(p)
    p.add_argument("--no-icons", action="store_true", help="zonder plaatjes / without pictures")


def cmd_export_plan(args: argparse.Namespace, paths: Paths) -> int:
    return run_export(args, paths, lambda store, settings, on: (plan.compose_plan(
        store, args.participant, settings, on=on, icons=not args.no_icons), ""))


COMMANDS: list[Command] = [
    Command("export-report", "Schrijf een voortgangs- of eindrapportage voor de verwijzer (PDF of Word)",
            "Write a progress or final report for the referrer (PDF or Word)",
            _report_args, cmd_export_report),
    Command("export-plan", "Schrijf 'Mijn plan' voor de deelnemer (PDF, eenvoudige taal)",
            "Write the participant's plan in plain Dutch (PDF)",
            _plan_args, cmd_export_plan),
]

"""CLI: outcome figures for the funder, the agenda as iCalendar, and the caseload to and from
a spreadsheet.

    begeleider export-outcomes --db FILE --from 2025-01-01 --to 2025-12-31 --out cijfers.pdf
    begeleider export-calendar --db FILE --out agenda.ics [--coach NAAM]
    begeleider import-caseload --db FILE --map koppeling.json [caseload.xlsx] [--good-rows-only]
    begeleider export-caseload --db FILE --out caseload.xlsx [--columns first_name,status,...]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..config import Paths, Settings
from ..domain.messages import UserError, get_language, msg
from ..domain.spreadsheet import parse_cell_date
from .common import Command, db_arg, open_from_args


def _day(text: str | None) -> date | None:
    try:
        return parse_cell_date(text) if text else None
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen datum / not a date: {text}") from None


def _outcomes_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--from", dest="start", type=_day, required=True,
                   help="begin van de periode (dd-mm-jjjj of jjjj-mm-dd)")
    p.add_argument("--to", dest="end", type=_day, required=True, help="einde van de periode (t/m)")
    p.add_argument("--out", type=Path, required=True, help=".pdf of .xlsx")
    p.add_argument("--scope", choices=["team", "caseload", "coach"], default="team",
                   help="wie telt mee (standaard: het hele team zoals gesynchroniseerd)")
    p.add_argument("--coach", default="", help="naam van de begeleider bij --scope coach")
    p.add_argument("--show-small-numbers", action="store_true",
                   help="aantallen onder 5 niet verbergen (alleen voor intern gebruik)")
    p.add_argument("--today", type=_day, default=None, help="stand van (standaard vandaag)")


def cmd_export_outcomes(args: argparse.Namespace, paths: Paths) -> int:
    from ..services import outcomes as oc
    from ..services import outcomes_export as ox

    if args.start > args.end:
        raise UserError("outcomes.bad_period")
    if args.scope == "coach" and not args.coach.strip():
        raise UserError("outcomes.no_coach")
    settings = Settings.load(paths)
    store = open_from_args(args, paths)
    try:
        from ..services.hours import team_hours_by_phase

        result = ox.export(store, args.out, args.start, args.end, oc.Scope(args.scope, args.coach),
                           settings=settings, suppress=not args.show_small_numbers,
                           today=args.today, language=get_language(),
                           hours_provider=team_hours_by_phase)
    finally:
        store.close()
    print(msg("export.outcomes_done", path=result.path))
    return 0


def _calendar_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--out", type=Path, required=True, help=".ics-bestand / .ics file")
    p.add_argument("--coach", default="", help="alleen de deelnemers van deze begeleider")
    p.add_argument("--today", type=_day, default=None)


def cmd_export_calendar(args: argparse.Namespace, paths: Paths) -> int:
    from ..services import calendar

    store = open_from_args(args, paths)
    try:
        count = calendar.export(store, args.out, coach=args.coach, today=args.today,
                                language=get_language())
    finally:
        store.close()
    print(msg("export.calendar_done", events=count, path=args.out))
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--map", type=Path, required=True,
                   help='koppelbestand: {"file": "...", "columns": {"first_name": "Voornaam", ...}}')
    p.add_argument("file", type=Path, nargs="?", default=None, help=".xlsx of .csv")
    p.add_argument("--good-rows-only", action="store_true",
                   help="importeer de goede rijen ook als er rijen te verbeteren zijn")
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets importeren")


def cmd_import_caseload(args: argparse.Namespace, paths: Paths) -> int:
    from ..services import caseload_import as ci

    columns, source = ci.load_mapping(args.map)
    source = args.file or source
    if source is None:
        raise UserError("import.no_file")
    store = open_from_args(args, paths)
    try:
        table = ci.read_table(source)
        plan = ci.check(table, columns, existing=ci.existing_keys(store), language=get_language())
        if args.dry_run or (plan.bad and not args.good_rows_only):
            result = ci.Result(0, len(plan.present), plan.bad)
        else:
            result = ci.run(store, plan, good_rows_only=args.good_rows_only)
    finally:
        store.close()
    lines = result.lines()
    print(lines[0])
    for line in lines[1:]:
        print(line)
    if plan.bad and not args.good_rows_only and not args.dry_run:
        print(msg("import.has_errors", bad=len(plan.bad)), file=sys.stderr)
        return 1
    return 0


def _export_caseload_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--out", type=Path, required=True, help=".xlsx")
    p.add_argument("--columns", default=None,
                   help="kolommen, komma-gescheiden, bijvoorbeeld first_name,last_name,status "
                        "(de veldnamen; standaard: naam, status, zwaarte, start, begeleider, "
                        "volgend contactmoment)")
    p.add_argument("--coach", default="", help="alleen de deelnemers van deze begeleider")


def cmd_export_caseload(args: argparse.Namespace, paths: Paths) -> int:
    from ..services import caseload_export as ce

    columns = ([c.strip() for c in args.columns.split(",") if c.strip()] if args.columns
               else list(ce.DEFAULT_COLUMNS))
    warning = ce.warning(columns, get_language())
    store = open_from_args(args, paths)
    try:
        count = ce.export(store, args.out, columns, coach=args.coach, language=get_language())
    finally:
        store.close()
    if warning:
        print(warning, file=sys.stderr)
    print(msg("export.caseload_done", rows=count, path=args.out))
    return 0


COMMANDS: list[Command] = [
    Command("export-outcomes", "Schrijf de resultaten voor de financier (PDF of xlsx)",
            "Write the outcome figures for the funder (PDF or xlsx)",
            _outcomes_args, cmd_export_outcomes),
    Command("export-calendar", "Schrijf de agenda als iCalendar-bestand (Outlook)",
            "Write the agenda as an iCalendar file (Outlook)", _calendar_args, cmd_export_calendar),
    Command("import-caseload", "Importeer een caseload uit een spreadsheet (xlsx of csv)",
            "Import a caseload from a spreadsheet (xlsx or csv)", _import_args, cmd_import_caseload),
    Command("export-caseload", "Schrijf de caseloadlijst naar xlsx (teamoverleg)",
            "Write the caseload list to xlsx (team meeting)", _export_caseload_args,
            cmd_export_caseload),
]

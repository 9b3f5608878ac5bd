"""The CLI commands of issue 21: export-outcomes, export-calendar, import-caseload,
export-caseload (run in-process through `cli.main`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from begeleider_app.cli import COMMANDS, main
from begeleider_app.services.session import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import caseload_sheet  # noqa: E402


def test_commands_are_listed():
    assert {"export-outcomes", "export-calendar", "import-caseload", "export-caseload"} <= set(COMMANDS)


def test_import_then_export_outcomes_calendar_and_caseload(tmp_path, paths, capsys):
    db = tmp_path / "team.sqlite"
    store = open_store(db, paths, create=True)
    store.close()
    rows, expected = caseload_sheet.make_rows(60, 4, seed=3)
    sheet = caseload_sheet.write_xlsx(tmp_path / "caseload.xlsx", rows)
    mapping = tmp_path / "koppeling.json"
    mapping.write_text(json.dumps({"file": "caseload.xlsx", "columns": caseload_sheet.MAPPING}))

    # rows to fix: nothing imported, exit 1, every bad row listed with its number
    assert main(["import-caseload", "--db", str(db), "--map", str(mapping)]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines()[0] == "0 deelnemers geïmporteerd, 0 stonden er al in, 4 rijen geweigerd."
    assert sorted(int(line.split()[1].rstrip(":")) for line in out.out.splitlines()[1:]) == sorted(expected)
    assert "niets geïmporteerd" in out.err
    assert main(["import-caseload", "--db", str(db), "--map", str(mapping), str(sheet),
                 "--good-rows-only"]) == 0
    assert capsys.readouterr().out.startswith("56 deelnemers geïmporteerd")

    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    for out_file in (pdf, xlsx):
        assert main(["export-outcomes", "--db", str(db), "--from", "01-01-2024", "--to",
                     "31-12-2025", "--out", str(out_file)]) == 0
    assert "Resultaten: snel of duurzaam?" in PdfReader(str(pdf)).pages[0].extract_text()
    assert load_workbook(xlsx).sheetnames == ["Cijfers", "Definities"]
    assert main(["export-outcomes", "--db", str(db), "--from", "2026-01-01", "--to", "2025-01-01",
                 "--out", str(pdf)]) == 2
    assert "begindatum ligt na de einddatum" in capsys.readouterr().err

    ics = tmp_path / "agenda.ics"
    assert main(["export-calendar", "--db", str(db), "--out", str(ics)]) == 0
    assert Calendar.from_ical(ics.read_bytes())["prodid"] == "-//Begeleider//Agenda//NL"

    out_xlsx = tmp_path / "caseload-out.xlsx"
    assert main(["export-caseload", "--db", str(db), "--out", str(out_xlsx), "--columns",
                 "first_name,birth_date,status"]) == 0
    captured = capsys.readouterr()
    assert "Geboortedatum" in captured.err and "privé" in captured.err
    rows_out = list(load_workbook(out_xlsx).active.iter_rows(values_only=True))
    assert rows_out[0] == ("Voornaam", "Geboortedatum", "Status") and len(rows_out) == 57

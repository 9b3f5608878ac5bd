"""Caseload import from xlsx and csv: Dutch dates, statuses by label or code, a row-by-row
report of what was refused, one transaction, and no duplicates when imported twice."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from begeleider_app.domain.fields import PARTICIPANT
from begeleider_app.domain.messages import UserError
from begeleider_app.domain.spreadsheet import match_choice, parse_cell_date
from begeleider_app.services import caseload_import as ci

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import caseload_sheet  # noqa: E402

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(("cell", "expected"), [
    ("03-02-1990", date(1990, 2, 3)), ("3-2-90", date(1990, 2, 3)), ("03/02/1990", date(1990, 2, 3)),
    ("3.2.1990", date(1990, 2, 3)), ("1990-02-03", date(1990, 2, 3)), ("5-6-05", date(2005, 6, 5)),
    ("3 februari 1990", date(1990, 2, 3)), ("3 feb. 1990", date(1990, 2, 3)),
    (32907, date(1990, 2, 3)), (32907.0, date(1990, 2, 3)), ("32907", date(1990, 2, 3)),
    (datetime(1990, 2, 3, 0, 0), date(1990, 2, 3)), (date(1990, 2, 3), date(1990, 2, 3)),
    (None, None), ("  ", None),
])
def test_dutch_dates(cell, expected):
    assert parse_cell_date(cell, TODAY) == expected


@pytest.mark.parametrize("cell", ["31-02-1990", "2-13-1990", "morgen", "3 brumaire 1990", 12.5,
                                  True, 10])
def test_not_a_date(cell):
    with pytest.raises(ValueError):
        parse_cell_date(cell, TODAY)


def test_status_by_label_or_code_any_case():
    status = PARTICIPANT.field("status")
    assert [match_choice(status, v) for v in ("Actief", "ACTIEF", " nazorg ", "Aftercare")] == [
        "actief", "actief", "nazorg", "nazorg"]
    with pytest.raises(ValueError):
        match_choice(status, "Onbekende status")


def test_guess_mapping_from_dutch_column_names():
    assert ci.guess_mapping(caseload_sheet.COLUMNS) == caseload_sheet.MAPPING


def _csv(path: Path, rows: list[list], delimiter=";", encoding="utf-8-sig") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(caseload_sheet.COLUMNS)
        writer.writerows(rows)
    return path


def test_csv_with_semicolons_and_windows_encoding(store, tmp_path):
    rows = [["Zoë", "Çelik", "03-02-1990", "Actief", "UWV", "1-3-24", "Anna", "0612345678", ""],
            ["Bram", "Bos", "bad", "Actief", "UWV", "1-3-24", "Anna", "", ""]]
    path = _csv(tmp_path / "c.csv", rows, encoding="cp1252")
    table = ci.read_table(path)
    plan = ci.check(table, ci.guess_mapping(table.columns), today=TODAY)
    assert [r.state for r in plan.rows] == [ci.NEW, ci.BAD]
    assert plan.rows[0].values == {"first_name": "Zoë", "last_name": "Çelik",
                                   "birth_date": "1990-02-03", "status": "actief",
                                   "referrer": "uwv", "start_date": "2024-03-01", "coach": "Anna",
                                   "phone": "0612345678"}
    assert plan.rows[1].problems == ["Geboortedatum: 'bad' is geen datum (schrijf dag-maand-jaar, "
                                     "bijvoorbeeld 03-02-1990)"]
    # all or nothing: with a row to fix nothing is imported
    with pytest.raises(UserError):
        ci.run(store, plan)
    assert store.db.execute("SELECT count(*) FROM participant").fetchone()[0] == 0
    result = ci.run(store, plan, good_rows_only=True, today=TODAY)
    assert result.imported == 1
    person = store.repo("participant").get(result.ids[0])
    assert person["status"] == "actief" and person["first_name"] == "Zoë"
    assert store.repo("intake").for_participant(person["id"])
    [change] = store.repo("status_change").for_participant(person["id"])
    assert (change["to_status"], change["date"]) == ("actief", "2024-03-01")


def test_mapping_file_and_missing_columns(tmp_path):
    table = ci.Table(["Naam", "Geboren"], [])
    with pytest.raises(UserError):
        ci.check(table, {"birth_date": "Geboren"})  # no first name column
    with pytest.raises(UserError):
        ci.check(table, {"first_name": "Voornaam"})  # not in the file
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"file": "x.xlsx", "columns": {"first_name": "Naam"}}))
    assert ci.load_mapping(mapping) == ({"first_name": "Naam"}, tmp_path / "x.xlsx")


@pytest.mark.slow
def test_two_thousand_rows_fifty_bad_imported_once(store, tmp_path):
    rows, expected = caseload_sheet.make_rows(2000, 50)
    path = caseload_sheet.write_xlsx(tmp_path / "caseload.xlsx", rows)
    result = ci.import_file(store, path, caseload_sheet.MAPPING, good_rows_only=True, today=TODAY)
    assert {r.row for r in result.bad} == set(expected)
    for row in result.bad:
        kind = expected[row.row]
        text = " ".join(row.problems)
        assert {"date": "'31-02-1990' is geen datum", "status": "'Onbekende status' is onbekend",
                "first_name": "Voornaam is verplicht", "duplicate": "dubbel: dezelfde voornaam"}[
            kind] in text, (row.row, kind, text)
    assert result.imported == 1950 and result.present == 0
    lines = result.lines()
    assert lines[0] == "1950 deelnemers geïmporteerd, 0 stonden er al in, 50 rijen geweigerd."
    assert all(line.startswith("Rij ") for line in lines[1:]) and len(lines) == 51
    again = ci.import_file(store, path, caseload_sheet.MAPPING, good_rows_only=True, today=TODAY)
    assert (again.imported, again.present, len(again.bad)) == (0, 1950, 50)
    assert store.db.execute("SELECT count(*) FROM participant").fetchone()[0] == 1950

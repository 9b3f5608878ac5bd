"""A synthetic caseload spreadsheet for the import (issue 21): N rows, a known set of bad rows.

Used by bench/bench_import.py and tests/services/test_caseload_import.py. Only invented
people. Dates are written in every way the import reads (date cells, dd-mm-jjjj, d-m-jj,
dd/mm/jjjj, Excel serial numbers); statuses by label or code in any case. The bad rows cycle
through the kinds of mistake the import must report: a date that is no date, an unknown
status, a missing first name and a duplicate of an earlier row.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from random import Random

COLUMNS = ["Voornaam", "Achternaam", "Geboortedatum", "Status", "Verwijzer", "Startdatum",
           "Trajectbegeleider", "Telefoon", "Opmerking"]
MAPPING = {"first_name": "Voornaam", "last_name": "Achternaam", "birth_date": "Geboortedatum",
           "status": "Status", "referrer": "Verwijzer", "start_date": "Startdatum",
           "coach": "Trajectbegeleider", "phone": "Telefoon"}
FIRST = ["Anouk", "Bram", "Daan", "Eva", "Fleur", "Joost", "Lotte", "Noor", "Pieter", "Roos",
         "Sanne", "Thijs", "Zoë", "Joëlle", "Mohammed", "Fatima", "Tesfaye", "Selam", "Yusuf",
         "Amina"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "Bos", "Çelik", "Al-Hassan", "Haddad", "Gebremedhin", "Haile", "Rahimi", "Abdi"]
STATUSES = ["Actief", "actief", "INTAKE", "aanmelding", "Nazorg", "geplaatst", "Gepauzeerd"]
REFERRERS = ["Gemeente", "UWV", "gemeente", "uwv", "Eigen aanmelding"]
COACHES = ["Anna de Wit", "Bert Kramer", "Cem Aydin"]
BAD_KINDS = ("date", "status", "first_name", "duplicate")
EXCEL_EPOCH = date(1899, 12, 30)


def _date_cell(day: date, style: int):
    if style == 0:
        return day  # a real date cell
    if style == 1:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == 2:
        return f"{day.day}-{day.month}-{day.year % 100:02d}"
    if style == 3:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (day - EXCEL_EPOCH).days  # an Excel serial number


def make_rows(n: int = 2000, bad: int = 50, seed: int = 21) -> tuple[list[list], dict[int, str]]:
    """The rows (without the header) and {spreadsheet row number: kind of mistake}."""
    rng = Random(seed)
    rows: list[list] = []
    bad_at = set(rng.sample(range(10, n), bad))
    expected: dict[int, str] = {}
    for i in range(n):
        # unique people: the row number is in the birth date and the name combination
        birth = date(1960, 1, 1) + timedelta(days=i * 11 + rng.randint(0, 10))
        birth_style = 2 if birth.year >= 1990 else rng.randint(0, 4)  # d-m-jj only when clear
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        row = [rng.choice(FIRST), f"{rng.choice(LAST)}-{i}", _date_cell(birth, birth_style),
               rng.choice(STATUSES), rng.choice(REFERRERS), _date_cell(start, rng.randint(0, 4)),
               rng.choice(COACHES), f"06{rng.randint(10000000, 99999999)}", "vrije tekst"]
        if i in bad_at:
            kind = BAD_KINDS[len(expected) % len(BAD_KINDS)]
            if kind == "date":
                row[2] = "31-02-1990"
            elif kind == "status":
                row[3] = "Onbekende status"
            elif kind == "first_name":
                row[0] = None
            else:
                row[:3] = rows[i - 5][:3]
            expected[i + 2] = kind  # row 1 is the header
        rows.append(row)
    return rows, expected


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Caseload")
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path

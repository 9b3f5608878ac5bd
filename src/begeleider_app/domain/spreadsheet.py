"""Values from a spreadsheet cell as the field declarations want them (no Qt, no SQL).

A caseload kept in Excel holds dates however people typed them: 03-02-1990, 3-2-90,
03/02/1990, 3.2.1990, 1990-02-03, "3 februari 1990", a real date cell, or an Excel serial
number (a date cell read without its format). `parse_cell_date` reads all of them, Dutch
order (day before month) always. Choices are matched by their code or their Dutch or English
label, ignoring case, accents and surrounding spaces ("Actief", "actief", "ACTIEF", "Active").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from .fields import Field

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})$")
MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "april": 4, "apr": 4,
    "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Excel's day 0 in the 1900 date system, as every spreadsheet program counts it (serial 60 is
# Excel's non-existent 29-02-1900; serials from 61 on are right with this base).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (61, 2958465)  # 01-03-1900 .. 31-12-9999


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: "  Joëlle  van Dijk" -> "joelle van dijk"."""
    value = " ".join(str(text or "").split())
    if not value.isascii():
        value = "".join(c for c in unicodedata.normalize("NFKD", value)
                        if not unicodedata.combining(c))
    return value.casefold()


def _two_digit_year(yy: int, today: date) -> int:
    """"90" -> 1990, "05" -> 2005: the latest year ending in these digits that is not more
    than a year ahead of today."""
    year = 2000 + yy
    return year if year <= today.year + 1 else 1900 + yy


def parse_cell_date(value: object, today: date | None = None) -> date | None:
    """A date from a cell; None for an empty cell; ValueError for anything else."""
    today = today or date.today()
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        serial = int(value)
        if serial != value or not _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
            raise ValueError(value)
        return _EXCEL_EPOCH + timedelta(days=serial)
    text = " ".join(str(value).split())
    if not text:
        return None
    if text.isdigit() and len(text) <= 7:
        return parse_cell_date(int(text), today)  # a serial read back as text (csv)
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year = _two_digit_year(year, today)
        return date(year, month, day)
    if m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
        return date(year, month, day)
    if m := _WORDS.match(text):
        month = MONTHS.get(fold(m.group(2)))
        if month is None:
            raise ValueError(value)
        return date(int(m.group(3)), month, int(m.group(1)))
    raise ValueError(value)


def match_choice(fld: Field, value: object) -> str | None:
    """The choice code for a cell: by code or by Dutch or English label; None when empty;
    ValueError when it matches none."""
    text = fold(value)
    if not text:
        return None
    for choice in fld.choices:
        if text in (fold(choice.value), fold(choice.label_nl), fold(choice.label_en)):
            return choice.value
    raise ValueError(value)


def cell_text(value: object) -> str:
    """A cell as text: 6.0 -> "6", dates dd-mm-yyyy, None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    return " ".join(str(value).split())

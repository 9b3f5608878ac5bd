"""CSV as Dutch spreadsheets read and write it: one reader and one writer for every CSV
import and export (the sociale kaart, the caseload import, the hours log).

Written with ';' between cells, CRLF line ends and a UTF-8 BOM (Excel then opens it with the
right characters); a cell that starts like a formula is prefixed with "'" so a spreadsheet
keeps it as text ("CSV injection"). Read as UTF-8 (with or without BOM), else Windows-1252.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path


def read_text(path: str | Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else Windows-1252 (older Excel)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        header = text.splitlines()[0] if text else ""
        return ";" if header.count(";") >= header.count(",") else ","


def read_rows(path: str | Path) -> list[list[str]]:
    text = read_text(path)
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text))]


def safe_cell(text: str) -> str:
    """A cell that starts like a formula is kept as text; a phone number (+31 38 ...) or a
    negative number is left alone."""
    if text[:1] in ("=", "@") or (text[:1] in ("+", "-") and len(text) > 1
                                   and not (text[1].isdigit() or text[1] == " ")):
        return "'" + text
    return text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")

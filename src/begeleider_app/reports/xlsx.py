"""Write tables to an Excel workbook (xlsx) with openpyxl: the funder's outcome figures and
the caseload list for a team meeting. Plain values in, bytes out (nothing is written to disk
here); the caller writes the file atomically."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

HEAD_FILL = "E8F0F7"
ACCENT = "1F4E79"


@dataclass
class Sheet:
    """One worksheet: optional title lines, then blocks of rows; ``header`` rows are bold."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    bold_rows: set[int] = field(default_factory=set)  # 0-based indexes into rows
    head_rows: set[int] = field(default_factory=set)  # table headers: bold on a light fill
    note_rows: set[int] = field(default_factory=set)  # definitions: wrapped, grey
    widths: list[float] = field(default_factory=list)  # column widths in characters
    freeze: str | None = None  # e.g. "A2": keep the header row in view

    def add(self, values: list[Any], *, bold: bool = False, head: bool = False,
            note: bool = False) -> None:
        index = len(self.rows)
        self.rows.append(values)
        if bold:
            self.bold_rows.add(index)
        if head:
            self.head_rows.add(index)
        if note:
            self.note_rows.add(index)


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(_sheet_title(spec.title))
        for r, values in enumerate(spec.rows, start=1):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, never a formula (a name typed as "=...")
                if r - 1 in spec.head_rows:
                    cell.font = Font(bold=True, color=ACCENT)
                    cell.fill = PatternFill("solid", fgColor=HEAD_FILL)
                elif r - 1 in spec.bold_rows:
                    cell.font = Font(bold=True)
                elif r - 1 in spec.note_rows:
                    cell.font = Font(italic=True, color="555555")
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 in spec.note_rows and len(values) == 1 and spec.widths:
                ws.merge_cells(start_row=r, start_column=1, end_row=r,
                               end_column=max(1, len(spec.widths)))
                ws.row_dimensions[r].height = 15 * max(1, len(str(values[0])) // 110 + 1)
        for c, width in enumerate(spec.widths, start=1):
            ws.column_dimensions[_column(c)].width = width
        if spec.freeze:
            ws.freeze_panes = spec.freeze
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _sheet_title(title: str) -> str:
    bad = set('[]:*?/\\')
    clean = "".join("-" if ch in bad else ch for ch in title).strip() or "Blad"
    return clean[:31]

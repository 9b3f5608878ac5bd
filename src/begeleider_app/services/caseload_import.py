"""Import a caseload from a spreadsheet (xlsx or csv).

Three steps, the same in the window and in `begeleider import-caseload`:

1. `read_table(path)`: the first sheet (or csv, comma, semicolon or tab, UTF-8 or Windows
   encoding); the first non-empty row holds the column names.
2. A mapping: which column is which field (`guess_mapping` proposes one from the column
   names; the coach corrects it; the window remembers the last one).
3. `check(...)` reads every row into participant values and says per row what is wrong:
   a date that is no date (Dutch formats, Excel dates and serial numbers are read), a status
   or other choice that is not known (by code or label, any case), a missing first name, a
   value too long, or a duplicate person. `run(...)` then imports in ONE transaction: either
   every good row or nothing. With rows to fix, nothing is imported unless the coach chooses
   to import the good rows only.

A duplicate person is the same first name, last name and birth date (ignoring case, accents
and extra spaces). A row that matches someone already in the database is skipped and reported
as "already present", so importing the same file twice adds nobody twice; a second row for
the same person within the file is an error that names the first row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.fields import PARTICIPANT, FieldType
from ..domain.messages import UserError, msg
from ..domain.spreadsheet import cell_text, fold, match_choice, parse_cell_date
from ..domain.validation import FieldError, clean_value
from ..storage.repository import Store
from .csv_files import read_rows

#: Participant fields a spreadsheet column can fill, in the order the mapping step shows them.
TARGETS: tuple[str, ...] = (
    "first_name", "last_name", "name_native", "birth_date", "status", "start_date", "referrer",
    "coach", "phone", "email", "address", "target_group", "weight", "benefit", "approach",
)
REQUIRED = ("first_name",)
# Column names people use, folded (see `fold`), besides the field's own labels and name.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "roepnaam", "naam"),
    "last_name": ("achternaam", "familienaam", "surname"),
    "birth_date": ("geboortedatum", "geb. datum", "geb datum", "geboren", "dob"),
    "status": ("status", "fase"),
    "start_date": ("startdatum", "start", "begindatum", "datum start", "start traject"),
    "referrer": ("verwijzer", "aanmelder", "aangemeld door", "doorverwijzer"),
    "coach": ("begeleider", "trajectbegeleider", "jobcoach", "coach"),
    "phone": ("telefoon", "tel", "telefoonnummer", "mobiel"),
    "email": ("e-mail", "email", "mail"),
    "address": ("adres",),
    "target_group": ("doelgroep",),
    "weight": ("zwaarte",),
    "benefit": ("uitkering",),
}
NEW, PRESENT, BAD = "new", "present", "bad"
PREVIEW_ROWS = 20


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]  # cells as read (dates as dates where the file has date cells)
    header_row: int = 1  # spreadsheet row number of the column names

    def row_number(self, index: int) -> int:
        return self.header_row + 1 + index


@dataclass
class RowResult:
    row: int  # the row number as the spreadsheet shows it
    values: dict[str, Any]
    state: str = NEW
    problems: list[str] = field(default_factory=list)


@dataclass
class Plan:
    rows: list[RowResult]
    empty_rows: int = 0

    @property
    def new(self) -> list[RowResult]:
        return [r for r in self.rows if r.state == NEW]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if r.state == BAD]

    @property
    def present(self) -> list[RowResult]:
        return [r for r in self.rows if r.state == PRESENT]


@dataclass
class Result:
    imported: int
    present: int
    bad: list[RowResult]
    ids: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [msg("import.summary", imported=self.imported, present=self.present,
                    bad=len(self.bad))] + [row_line(r) for r in self.bad]


def row_line(row: RowResult) -> str:
    return msg("import.row", row=row.row, problems="; ".join(row.problems))


# ------------------------------------------------------------------ reading

def read_table(path: str | Path) -> Table:
    """The first sheet of an xlsx, or a csv file, as column names and rows."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raw = _read_xlsx(path)
        elif path.suffix.lower() in (".csv", ".txt"):
            raw = _read_csv(path)
        else:
            raise UserError("import.unknown_kind", path=path.name)
    except (OSError, ValueError, KeyError) as err:
        if isinstance(err, UserError):
            raise
        raise UserError("import.unreadable", path=path.name) from err
    for index, row in enumerate(raw):
        if any(cell_text(c) for c in row):
            columns = [cell_text(c) or f"({_letter(i)})" for i, c in enumerate(row)]
            rows = raw[index + 1:]
            width = len(columns)
            rows = [list(r[:width]) + [None] * (width - len(r)) for r in rows]
            return Table(columns, rows, header_row=index + 1)
    raise UserError("import.empty", path=path.name)


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(path: Path) -> list[list[Any]]:
    return [[c if c != "" else None for c in row] for row in read_rows(path)]


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


# ------------------------------------------------------------------ mapping

def target_label(name: str, language: str = "nl") -> str:
    return PARTICIPANT.field(name).label(language)


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """{field: column} for the columns whose name says which field they are."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in TARGETS:
        fld = PARTICIPANT.field(name)
        names = {fold(fld.label_nl), fold(fld.label_en), fold(name), *SYNONYMS.get(name, ())}
        for column in columns:
            if column not in taken and fold(column) in names:
                out[name] = column
                taken.add(column)
                break
    return out


def check_mapping(table: Table, mapping: dict[str, str]) -> dict[str, int]:
    """{field: column index}; UserError when a required field has no column or a named
    column is not in the file."""
    index: dict[str, int] = {}
    for name, column in mapping.items():
        if not column:
            continue
        if name not in TARGETS:
            raise UserError("import.unknown_field", field=name)
        if column not in table.columns:
            raise UserError("import.no_column", column=column)
        index[name] = table.columns.index(column)
    for name in REQUIRED:
        if name not in index:
            raise UserError("import.needs_column", label=target_label(name))
    return index


def load_mapping(path: str | Path) -> tuple[dict[str, str], Path | None]:
    """A mapping file: ``{"file": "caseload.xlsx", "columns": {"first_name": "Voornaam", ...}}``
    ("file" relative to the mapping file, and optional). Returns (columns, file)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as err:
        raise UserError("import.bad_mapping_file", path=path.name) from err
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise UserError("import.bad_mapping_file", path=path.name)
    source = data.get("file")
    return ({str(k): str(v) for k, v in columns.items() if v},
            (path.parent / source) if isinstance(source, str) and source else None)


# ------------------------------------------------------------------ checking

def person_key(values: dict[str, Any]) -> tuple[str, str, str]:
    """Same first name, last name and birth date = the same person."""
    return (fold(values.get("first_name")), fold(values.get("last_name")),
            str(values.get("birth_date") or ""))


def existing_keys(store: Store) -> set[tuple[str, str, str]]:
    rows = store.db.execute(
        "SELECT first_name, last_name, birth_date FROM participant WHERE deleted = 0").fetchall()
    return {person_key({"first_name": f, "last_name": la, "birth_date": b}) for f, la, b in rows}


def _value(name: str, cell: Any, today: date, language: str) -> Any:
    """One cell as the value to store; FieldError with the reason for the coach."""
    fld = PARTICIPANT.field(name)
    label = fld.label(language)
    if fld.type is FieldType.DATE:
        try:
            day = parse_cell_date(cell, today)
        except ValueError:
            raise FieldError(name, msg("import.bad_date", label=label, value=cell_text(cell))) from None
        return day.isoformat() if day else None
    if fld.type is FieldType.CHOICE:
        try:
            return match_choice(fld, cell)
        except ValueError:
            allowed = ", ".join(c.label(language) for c in fld.choices)
            raise FieldError(name, msg("import.bad_choice", label=label, value=cell_text(cell),
                                       allowed=allowed)) from None
    text = cell_text(cell) if fld.type is FieldType.TEXT else (
        "" if cell is None else str(cell).strip())
    return clean_value(fld, text, language)


def check(table: Table, mapping: dict[str, str], *, existing: set[tuple[str, str, str]] | None = None,
          today: date | None = None, language: str = "nl", limit: int | None = None,
          progress: Callable[[float, str], None] | None = None) -> Plan:
    """Every row read and judged (``limit``: only the first rows, for the preview)."""
    today = today or date.today()
    columns = check_mapping(table, mapping)
    existing = existing or set()
    seen: dict[tuple[str, str, str], int] = {}
    plan = Plan([])
    rows = table.rows if limit is None else table.rows[:limit]
    for index, cells in enumerate(rows):
        if progress is not None and index % 500 == 0:
            progress(index / max(1, len(rows)), "")
        if not any(cell_text(cells[i]) for i in columns.values()):
            plan.empty_rows += 1
            continue
        result = RowResult(table.row_number(index), {})
        for name, col in columns.items():
            try:
                value = _value(name, cells[col], today, language)
            except FieldError as err:
                result.problems.append(err.message)
                continue
            if value not in (None, ""):
                result.values[name] = value
        for name in REQUIRED:
            if name in columns and not result.values.get(name) and not any(
                    p.startswith(target_label(name, language)) for p in result.problems):
                result.problems.append(msg("val.required", label=target_label(name, language)))
        if not result.problems:
            key = person_key(result.values)
            if key in seen:
                result.problems.append(msg("import.duplicate", row=seen[key]))
            else:
                seen[key] = result.row
                if key in existing:
                    result.state = PRESENT
        if result.problems:
            result.state = BAD
        plan.rows.append(result)
    return plan


# ------------------------------------------------------------------ importing

def run(store: Store, plan: Plan, *, good_rows_only: bool = False, today: date | None = None) -> Result:
    """Import the new rows in one transaction. With rows to fix and not ``good_rows_only``
    nothing is imported (UserError 'import.has_errors' lists how many)."""
    if plan.bad and not good_rows_only:
        raise UserError("import.has_errors", bad=len(plan.bad))
    today = today or date.today()
    people, intakes, changes, ids = [], [], [], []
    with store.transaction():
        existing = existing_keys(store)  # again, inside the transaction: nothing twice
        present = len(plan.present)
        for row in plan.new:
            if person_key(row.values) in existing:
                present += 1
                continue
            existing.add(person_key(row.values))
            pid = str(uuid.uuid4())
            values = {"status": "aanmelding", "start_date": today.isoformat(), **row.values}
            people.append({"id": pid, **values})
            intakes.append({"participant_id": pid})
            changes.append({"participant_id": pid, "to_status": values["status"],
                            "date": values["start_date"], "reason": None})
            ids.append(pid)
        store.repo("participant").insert_many(people)
        store.repo("intake").insert_many(intakes)
        store.repo("status_change").insert_many(changes)
        store.audit("import", "participant", "", f"{len(ids)} imported, {present} present, "
                    f"{len(plan.bad)} refused")
    return Result(len(ids), present, plan.bad, ids)


def import_file(store: Store, path: str | Path, mapping: dict[str, str], *,
                good_rows_only: bool = False, today: date | None = None, language: str = "nl",
                progress: Callable[[float, str], None] | None = None) -> Result:
    """Read, check and import in one go (the CLI and the window's worker)."""
    table = read_table(path)
    plan = check(table, mapping, existing=existing_keys(store), today=today, language=language,
                 progress=progress)
    if plan.bad and not good_rows_only:
        return Result(0, len(plan.present), plan.bad)
    return run(store, plan, good_rows_only=good_rows_only, today=today)

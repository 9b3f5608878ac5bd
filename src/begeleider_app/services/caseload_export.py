"""The caseload list as an xlsx for a team meeting, with only the columns the coach chooses.

Columns are participant fields (and the next contact moment); choosing a private or health
field is allowed but warned about (`private_columns`): the file may travel further than the
team. Values read as in the program (`domain.display`): dates dd-mm-yyyy, choices by label.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..domain.display import display
from ..domain.fields import PARTICIPANT, Confidentiality, FieldType
from ..domain.messages import UserError, msg
from ..domain.validation import format_date
from ..reports.xlsx import Sheet, workbook_bytes
from ..storage.queries import dict_rows
from ..storage.repository import Store
from . import participants as participants_svc
from .handover import write_file

NEXT_MOMENT = "next_moment"
#: Columns offered, in order: the participant's fields (not the long texts) and the next moment.
COLUMNS: tuple[str, ...] = tuple(
    f.name for f in PARTICIPANT.fields
    if f.type is not FieldType.LONGTEXT and f.name != "archived") + (NEXT_MOMENT,)
DEFAULT_COLUMNS = ("first_name", "last_name", "status", "weight", "start_date", "coach",
                   NEXT_MOMENT)


def column_label(name: str, language: str = "nl") -> str:
    if name == NEXT_MOMENT:
        return "Next contact moment" if language == "en" else "Volgend contactmoment"
    return PARTICIPANT.field(name).label(language)


def is_private(name: str) -> bool:
    return name != NEXT_MOMENT and PARTICIPANT.field(name).confidentiality in (
        Confidentiality.PRIVATE, Confidentiality.HEALTH)


def private_columns(columns: Iterable[str]) -> list[str]:
    return [c for c in columns if is_private(c)]


def warning(columns: Iterable[str], language: str = "nl") -> str:
    """The warning to show when private columns are chosen ("" when none are)."""
    chosen = private_columns(columns)
    if not chosen:
        return ""
    return msg("export.private_columns", columns=", ".join(column_label(c, language) for c in chosen))


def rows(store: Store, columns: list[str], *, coach: str = "", language: str = "nl",
         include_archived: bool = False) -> list[list[str]]:
    for name in columns:
        if name not in COLUMNS:
            raise UserError("export.unknown_column", column=name)
    if not columns:
        raise UserError("export.no_columns")
    caseload = participants_svc.caseload(store, include_archived=include_archived)
    fields = [c for c in columns if c != NEXT_MOMENT]
    records = {}
    if fields:
        select = ", ".join(f'"{c}"' for c in dict.fromkeys(["id", "coach", *fields]))
        records = {r["id"]: r for r in dict_rows(store.db.execute(
            f"SELECT {select} FROM participant WHERE deleted = 0"))}
    out = []
    for entry in caseload:
        record = records.get(entry["id"], {})
        if coach and (record.get("coach") or "").strip().lower() != coach.strip().lower():
            continue
        line = []
        for name in columns:
            if name == NEXT_MOMENT:
                line.append(format_date(entry.get("next_moment")))
            else:
                line.append(display("participant", name, record.get(name), language))
        out.append(line)
    return out


def workbook(store: Store, columns: list[str], *, coach: str = "", language: str = "nl") -> tuple[bytes, int]:
    data = rows(store, columns, coach=coach, language=language)
    sheet = Sheet("Caseload", widths=[max(12, min(40, len(column_label(c, language)) + 4))
                                      for c in columns], freeze="A2")
    sheet.add([column_label(c, language) for c in columns], head=True)
    for line in data:
        sheet.add(line)
    return workbook_bytes([sheet]), len(data)


def export(store: Store, path: str | Path, columns: list[str], *, coach: str = "",
           language: str = "nl") -> int:
    """Write the xlsx; returns the number of participants. Audited with the column names."""
    data, count = workbook(store, columns, coach=coach, language=language)
    write_file(data, Path(path))
    store.audit("export.caseload", "", "", ",".join(columns))
    return count

"""The sociale kaart: the team's directory of services and organisations around participants.

A service (domain.fields.SERVICE) is the team's record, not a participant's: it has no
``participant_id``, travels to every colleague through sync, and survives the erasure of any
participant. Its contact persons are `contact` rows with ``service_id`` set and no
participant. Nothing here may hold personal data of participants (the forms say so).

A team can start from the list it already has: `import_csv` reads a CSV file as Excel writes
it (UTF-8 with or without BOM, or Windows-1252; ``;`` or ``,`` found by csv.Sniffer), checks
every row against the field declarations, reports each bad row with its line number and
imports all good rows in one transaction. `export_csv` writes the same columns back (UTF-8
with BOM and ``;``, which Dutch Excel opens as columns).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.fields import CONTACT, SERVICE, SERVICE_KIND, Field
from ..domain.messages import UserError, msg
from ..domain.validation import FieldError, ValidationFailed, clean_value, clean_values
from ..storage.repository import Record, Store
from .csv_files import csv_bytes, read_text, sniff_delimiter
from .privacy import _atomic_write

# The CSV columns, in export order: (entity, field). Headers are the Dutch labels; a header may
# also be the English label or the field name (see `_HEADER_ALIASES` for the contact person).
SERVICE_COLUMNS: tuple[str, ...] = (
    "name", "kind", "organisation", "offer", "region", "address", "phone", "email", "website",
    "notes")
CONTACT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    # (contact field, Dutch header, English header)
    ("name", "Contactpersoon", "Contact person"),
    ("phone", "Telefoon contactpersoon", "Contact person's phone"),
    ("email", "E-mail contactpersoon", "Contact person's e-mail"),
)
DEFAULT_KIND = "anders"
_FORMULA_START = ("=", "@", "+", "-")


def _fold(text: Any) -> str:
    """Lower case, accents off, spaces folded: how search and duplicate checks compare."""
    plain = unicodedata.normalize("NFKD", str(text or ""))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


# ------------------------------------------------------------------ reading and writing

def get(store: Store, service_id: str | None) -> Record | None:
    return store.repo("service").get(service_id) if service_id else None


def all_services(store: Store) -> list[Record]:
    return store.repo("service").find(order_by="name COLLATE NOCASE, id")


def search(store: Store, text: str = "", kind: str | None = None) -> list[Record]:
    """Services whose name, organisation, offer, region, kind, notes or contact persons hold
    every typed word (accents and case ignored), sorted by name."""
    words = _fold(text).split()
    rows = all_services(store)
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    if not words:
        return rows
    people: dict[str, list[str]] = {}
    for c in store.repo("contact").find("service_id IS NOT NULL AND participant_id IS NULL"):
        people.setdefault(c["service_id"], []).append(c.get("name") or "")
    kind_field = SERVICE.field("kind")
    out = []
    for r in rows:
        hay = _fold(" ".join(str(r.get(n) or "") for n in (
            "name", "organisation", "offer", "region", "notes", "phone", "email")) + " "
            + kind_field.choice_label(r.get("kind") or "", "nl") + " "
            + kind_field.choice_label(r.get("kind") or "", "en") + " "
            + " ".join(people.get(r["id"], [])))
        if all(w in hay for w in words):
            out.append(r)
    return out


def add(store: Store, values: dict[str, Any]) -> Record:
    """A new service (ValidationFailed when a value is wrong; nothing is written then)."""
    data = {"kind": DEFAULT_KIND, **values}
    row = store.repo("service").insert(data)
    store.audit("service.add", "service", row["id"])
    return row


def save(store: Store, service_id: str, changes: dict[str, Any]) -> Record:
    return store.repo("service").update(service_id, changes)


def remove(store: Store, service_id: str) -> Record:
    """Tombstone: referrals to it keep their history; it can be restored."""
    return store.repo("service").delete(service_id, note="verwijderd van de sociale kaart")


def contact_persons(store: Store, service_id: str) -> list[Record]:
    return store.repo("contact").find("service_id = ? AND participant_id IS NULL", [service_id],
                                      order_by="created_at, id")


def add_contact_person(store: Store, service_id: str, values: dict[str, Any]) -> Record:
    if get(store, service_id) is None:
        raise UserError("val.not_found", entity=SERVICE.label(), id=service_id)
    data = {**values, "service_id": service_id, "role": "ketenpartner"}
    data.pop("participant_id", None)
    return store.repo("contact").insert(data)


def remove_contact_person(store: Store, contact_id: str) -> Record:
    return store.repo("contact").delete(contact_id, note="contactpersoon verwijderd")


def display_name(row: Record | None, language: str = "nl") -> str:
    """'Name (organisation)' for lists; a deleted or missing service says so."""
    if row is None:
        return msg("network.service_missing")
    name = row.get("name") or ""
    org = row.get("organisation") or ""
    text = f"{name} ({org})" if org and _fold(org) not in _fold(name) else name
    if row.get("deleted"):
        text += " " + msg("network.service_deleted_suffix")
    return text


# ------------------------------------------------------------------ CSV import

@dataclass(frozen=True)
class Problem:
    line: int  # the line in the file where the row starts (the header is line 1)
    message: str

    def __str__(self) -> str:
        return msg("network.csv_line", line=self.line, message=self.message)


@dataclass
class ImportResult:
    added: int = 0
    contacts_added: int = 0
    unchanged: int = 0  # rows equal to a service already on the map (a file imported twice)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0  # data rows read (empty lines not counted)

    def summary(self) -> str:
        text = msg("network.csv_summary", added=self.added, rows=self.rows,
                   bad=len(self.problems), unchanged=self.unchanged)
        return text


def _header_map() -> dict[str, tuple[str, str]]:
    """Folded header text -> (entity, field)."""
    out: dict[str, tuple[str, str]] = {}
    for name in SERVICE_COLUMNS:
        f = SERVICE.field(name)
        for text in (f.label_nl, f.label_en, f.name):
            out.setdefault(_fold(text), ("service", name))
    for name, nl, en in CONTACT_COLUMNS:
        for text in (nl, en, f"contact_{name}"):
            out[_fold(text)] = ("contact", name)
    out[_fold("Aanbod")] = ("service", "offer")
    return out


def _kind_value(text: str) -> str | None:
    folded = _fold(text)
    if not folded:
        return DEFAULT_KIND
    for c in SERVICE_KIND:
        if folded in (_fold(c.value), _fold(c.label_nl), _fold(c.label_en)):
            return c.value
    return None


def _unescape(cell: str) -> str:
    """Undo the export's guard against spreadsheet formulas ("'=..." back to "=...")."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_START:
        return cell[1:]
    return cell


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """(start line, cells) per CSV record; a quoted cell may run over several lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    for cells in reader:
        start = previous + 1
        previous = reader.line_num
        yield start, cells


def _service_key(values: dict[str, Any]) -> tuple[str, str]:
    return _fold(values.get("name")), _fold(values.get("region"))


def _check_row(cells: list[str], columns: list[tuple[str, str] | None]
               ) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(service values, contact values, problems) of one data row."""
    problems: list[str] = []
    service: dict[str, Any] = {}
    contact: dict[str, Any] = {}
    extra = [c for c in cells[len(columns):] if c.strip()]
    if extra:
        problems.append(msg("network.csv_extra_cells", count=len(extra)))
    for cell, target in zip(cells, columns, strict=False):
        if target is None:
            continue
        entity, name = target
        value = _unescape(cell).strip()
        if entity == "service":
            service[name] = value
        elif value:
            contact[name] = value
    kind = _kind_value(service.get("kind", ""))
    if kind is None:
        labels = ", ".join(c.label_nl for c in SERVICE_KIND)
        problems.append(msg("network.csv_bad_kind", value=service.get("kind"), choices=labels))
        service.pop("kind", None)
    else:
        service["kind"] = kind
    good, errors = clean_values(SERVICE, service, creating=True)
    problems += errors.values()
    person: dict[str, Any] = {}
    if contact:
        if not contact.get("name"):
            problems.append(msg("network.csv_contact_without_name"))
        for name, value in contact.items():
            try:
                person[name] = clean_value(CONTACT.field(name), value)
            except FieldError as err:
                problems.append(msg("network.csv_contact_problem", detail=err.message))
    return good, person, problems


def parse_csv(text: str, existing: Sequence[Record] = ()) -> tuple[
        list[tuple[int, dict[str, Any], dict[str, Any]]], ImportResult]:
    """Check every row; returns the good rows (line, service values, contact values) and a
    result holding the problems (nothing written)."""
    result = ImportResult()
    if not text.strip():
        raise UserError("network.csv_empty")
    delimiter = sniff_delimiter(text)
    records = _records(text, delimiter)
    try:
        _line, header = next(records)
    except StopIteration:
        raise UserError("network.csv_empty") from None
    known = _header_map()
    columns = [known.get(_fold(h)) for h in header]
    if ("service", "name") not in columns:
        raise UserError("network.csv_no_name_column", label=SERVICE.field("name").label_nl,
                        found=", ".join(h for h in header if h.strip()) or "-")
    stored = {_service_key(r): r for r in existing}
    seen: dict[tuple[str, str], int] = {}
    good_rows: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    try:
        for line, cells in records:
            if not any(c.strip() for c in cells):
                continue
            result.rows += 1
            service, person, problems = _check_row(cells, columns)
            if problems:
                result.problems.append(Problem(line, " ".join(problems)))
                continue
            key = _service_key(service)
            if key in seen:
                result.problems.append(Problem(line, msg("network.csv_duplicate_in_file",
                                                         line=seen[key])))
                continue
            seen[key] = line
            if key in stored:
                if _same(stored[key], service):
                    result.unchanged += 1
                else:
                    result.problems.append(Problem(line, msg("network.csv_duplicate_stored",
                                                             name=service["name"])))
                continue
            good_rows.append((line, service, person))
    except csv.Error as err:
        raise UserError("network.csv_unreadable", detail=str(err)) from err
    return good_rows, result


def _same(stored: Record, values: dict[str, Any]) -> bool:
    return all(_fold(stored.get(n)) == _fold(values.get(n)) for n in SERVICE_COLUMNS)


def import_csv(store: Store, path: str | Path) -> ImportResult:
    """Import a sociale kaart from CSV: good rows in one transaction, bad rows reported."""
    return import_text(store, read_text(path))


def import_text(store: Store, text: str) -> ImportResult:
    rows, result = parse_csv(text, store.repo("service").find())
    services: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    for _line, service, person in rows:
        sid = str(uuid.uuid4())
        services.append({**service, "id": sid})
        if person:
            contacts.append({**person, "service_id": sid, "role": "ketenpartner"})
    try:
        with store.transaction():
            if services:
                store.repo("service").insert_many(services)
            if contacts:
                store.repo("contact").insert_many(contacts)
            store.audit("service.import", "service", "",
                        detail=f"added={len(services)} bad={len(result.problems)}")
    except ValidationFailed as err:  # checked above already; never half an import
        raise UserError("network.csv_unreadable", detail=str(err)) from err
    result.added = len(services)
    result.contacts_added = len(contacts)
    return result


# ------------------------------------------------------------------ CSV export

def headers(language: str = "nl") -> list[str]:
    out = [SERVICE.field(n).label(language) for n in SERVICE_COLUMNS]
    out += [en if language == "en" else nl for _n, nl, en in CONTACT_COLUMNS]
    return out


def _cell(fld: Field | None, value: Any, language: str) -> str:
    if value is None:
        return ""
    choice = fld is not None and bool(fld.choices)
    text = fld.choice_label(str(value), language) if choice and fld else str(value)
    return text  # csv_bytes keeps a formula-like cell as text


def export_rows(store: Store, language: str = "nl") -> list[list[str]]:
    first_person: dict[str, Record] = {}
    for c in store.repo("contact").find("service_id IS NOT NULL AND participant_id IS NULL",
                                        order_by="created_at, id"):
        first_person.setdefault(c["service_id"], c)
    rows = []
    for r in all_services(store):
        cells = [_cell(SERVICE.field(n), r.get(n), language) for n in SERVICE_COLUMNS]
        person = first_person.get(r["id"], {})
        cells += [_cell(None, person.get(n), language) for n, _nl, _en in CONTACT_COLUMNS]
        rows.append(cells)
    return rows


def export_csv(store: Store, path: str | Path, language: str = "nl") -> int:
    """Write every service (with its first contact person) to ``path``; returns the count.

    Written to a temporary file next to it and renamed: an existing file is replaced only by
    a complete one."""
    rows = export_rows(store, language)
    _atomic_write(Path(path), csv_bytes(headers(language), rows))
    store.audit("service.export", "service", "", detail=f"rows={len(rows)}")
    return len(rows)

"""The participant's AVG rights: access/portability (export), correction and erasure. No Qt.

* ``collect`` gathers everything stored about one participant: every row of every table that
  belongs to them (tombstoned rows included, they are stored too), every previous version of
  those rows from ``history`` (with the note the coach gave) and the audit entries about them.
* ``export_participant`` writes that as JSON (machine-readable, portability: raw values) and
  as a readable PDF (``inzage_report``: values through domain.display, drawn by reports/pdf.py
  like the handover), only into the folder the coach chose; no temporary copies elsewhere.
* ``correct`` changes a value; the old value stays in history with the coach's note.
* ``erase_participant`` removes the participant for good after confirmation and leaves an
  erasure tombstone for sync (storage/erasure.py, docs/security.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.display import display
from ..domain.fields import ENTITIES
from ..domain.messages import UserError
from ..domain.validation import format_date
from ..reports.model import Block, Facts, Para, Report, Section, Table
from ..storage import erasure
from ..storage.repository import Record, Store
from .participants import full_name

EXPORT_FORMAT = "begeleider-inzage/1"

# --------------------------------------------------------------------------- access / export

def _require(store: Store, participant_id: str) -> Record:
    person = store.repo("participant").get(participant_id, include_deleted=True)
    if person is None:
        raise UserError("privacy.not_found", id=participant_id)
    return person


def _readable(store: Store, table: str, row: Record) -> Record:
    """Stored shapes a person cannot read (ratings by item-list reference) made readable."""
    if table == "observation":
        from .observations import readable

        return readable(store, row)
    return row


def collect(store: Store, participant_id: str) -> dict[str, Any]:
    """Everything stored about one participant, as plain JSON-able data."""
    person = _require(store, participant_id)
    owned = erasure.participant_row_ids(store.db, participant_id)
    tables: dict[str, list[Record]] = {}
    history: list[dict[str, Any]] = []
    all_ids: set[str] = set()
    for table, ids in owned.items():
        repo = store.repo(table)
        rows = [repo.get(i, include_deleted=True) for i in ids]
        tables[table] = [_readable(store, table, r) for r in rows if r is not None]
        all_ids.update(ids)
        for row_id in ids:
            for version in repo.history(row_id):
                version = _readable(store, table, version)
                history.append({
                    "table": table, "row_id": row_id, "seq": version.pop("_seq"),
                    "replaced_at": version.pop("_replaced_at"),
                    "replaced_by": version.pop("_replaced_by"), "note": version.pop("_note"),
                    "version": version,
                })
    history.sort(key=lambda h: h["seq"])
    audit = _audit_about(store, all_ids)
    return {
        "format": EXPORT_FORMAT,
        "generated_at": store.now(),
        "participant_id": participant_id,
        "name": full_name(person),
        "participant": tables.pop("participant", [person])[0],
        "records": tables,
        "history": history,
        "audit": audit,
    }


def _audit_about(store: Store, ids: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    id_list = sorted(ids)
    for i in range(0, len(id_list), 500):
        chunk = id_list[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.extend(store.db["audit_log"].rows_where(f"row_id IN ({marks})", chunk))
    out.sort(key=lambda a: (a["at"], a["id"]))
    return out


@dataclass(frozen=True)
class ExportResult:
    json_path: Path
    pdf_path: Path


def export_participant(
    store: Store, participant_id: str, out_dir: Path, *, language: str = "nl"
) -> ExportResult:
    """Write ``inzage-<id>.json`` and ``inzage-<id>.pdf`` into ``out_dir`` (the coach's choice)."""
    data = collect(store, participant_id)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"inzage-{participant_id[:8]}"
    json_path = out_dir / f"{stem}.json"
    pdf_path = out_dir / f"{stem}.pdf"
    _atomic_write(json_path, json.dumps(data, ensure_ascii=False, indent=2, default=str).encode())
    _atomic_write(pdf_path, render_pdf(data, language=language))
    store.audit("export_participant", "participant", participant_id, "inzage json+pdf")
    return ExportResult(json_path, pdf_path)


def _atomic_write(path: Path, payload: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def inzage_report(data: dict[str, Any], *, language: str = "nl") -> Report:
    """The readable overview of `collect`'s data: per record every field with its label, then
    the earlier versions and the log. The JSON file keeps the raw values; this shows them as
    a person reads them (domain.display)."""
    en = language == "en"
    person = data["participant"]

    def record(table: str, row: Record) -> Facts:
        lines = [(fld.label(language), display(table, fld.name, row.get(fld.name), language))
                 for fld in ENTITIES[table].fields]
        if row.get("deleted"):
            lines.append(("Status", "Deleted (hidden)" if en else "Verwijderd (verborgen)"))
        lines.append(("Id", str(row.get("id"))))
        return Facts(tuple(lines))

    made = format_date(str(data["generated_at"])[:10])
    report = Report(
        kind="inzage", language=language,
        title="Everything we store about you" if en else "Alles wat wij over u bewaren",
        participant_name=data["name"], native_name=person.get("name_native") or "",
        date_text=made,
        footer=(f"Confidential · personal data of {data['name']}" if en
                else f"Vertrouwelijk · persoonsgegevens van {data['name']}"),
    )
    report.sections.append(Section("intro", "", [Para(
        "This overview holds every record, every earlier version and the log of actions "
        "about you." if en else
        "Dit overzicht bevat alle gegevens, alle eerdere versies en het logboek van "
        "handelingen over u.", "lead")]))
    report.sections.append(Section("participant", ENTITIES["participant"].label(language),
                                   [record("participant", person)]))
    for table, rows in data["records"].items():
        report.sections.append(Section(table, ENTITIES[table].label(language),
                                       [record(table, row) for row in rows]))

    history: list[Block] = []
    for item in data["history"]:
        ent = ENTITIES[item["table"]]
        note = f" ({item['note']})" if item.get("note") else ""
        when = format_date(str(item["replaced_at"])[:10])
        history.append(Para(f"{ent.label(language)}, {'replaced on' if en else 'vervangen op'} "
                            f"{when}{note}", "subhead"))
        version = item["version"]
        parts = [f"{fld.label(language)}: {shown}" for fld in ent.fields
                 if (shown := display(ent.name, fld.name, version.get(fld.name), language))]
        history.append(Para("; ".join(parts), "note"))
    report.sections.append(Section("history", "Earlier versions" if en else "Eerdere versies",
                                   history or [Para("None." if en else "Geen.")]))

    log = tuple((str(e["at"])[:19].replace("T", " "), str(e["action"]),
                 str(e.get("entity") or ""), str(e.get("detail") or "")) for e in data["audit"])
    header = ("Time", "Action", "Part", "Detail") if en else ("Tijd", "Handeling", "Onderdeel", "Toelichting")
    report.sections.append(Section("audit", "Log of actions" if en else "Logboek", [
        Table(header, log, (0.24, 0.2, 0.16, 0.4)) if log else Para("None." if en else "Geen.")]))
    return report


def render_pdf(data: dict[str, Any], *, language: str = "nl") -> bytes:
    """The inzage PDF, drawn by reports/pdf.py (same fonts, shaping and bidi as the handover)."""
    from ..reports.pdf import render

    return render(inzage_report(data, language=language))


# --------------------------------------------------------------------------- correction

def correct(store: Store, entity: str, row_id: str, changes: dict[str, Any], note: str) -> Record:
    """Correct a value at the participant's request; the old value stays in history with ``note``."""
    if not (note or "").strip():
        raise UserError("privacy.note_required")
    with store.transaction():
        row = store.repo(entity).update(row_id, changes, note=note.strip())
        store.audit("correction", entity, row_id, "fields=" + ",".join(sorted(changes)))
    return row


# --------------------------------------------------------------------------- erasure

def erase_participant(
    store: Store, participant_id: str, *, confirmed: bool, reason: str = "request"
) -> int:
    """Erase one participant for good. ``confirmed`` must be True (the coach confirmed).

    Returns the number of records removed. The audit entry holds the id, never a name.
    """
    if not confirmed:
        raise UserError("privacy.confirm")
    if not erasure.participant_row_ids(store.db, participant_id):
        raise UserError("privacy.not_found", id=participant_id)
    removed = erasure.erase(store.db, participant_id, device_id=store.device_id, now=store.now(),
                            reason=reason)
    store.audit("erasure", "participant", participant_id, f"reason={reason}; records={removed}")
    store._changed("participant", participant_id)
    return removed



def audit_entries(store: Store, *, action: str | None = None, limit: int = 2000) -> list[dict[str, Any]]:
    """Audit log, newest first (for the viewer); optional filter on the action."""
    where = "action = ?" if action else None
    params = [action] if action else []
    return list(store.db["audit_log"].rows_where(where, params, order_by="at desc, id desc",
                                                 limit=limit))


def audit_actions(store: Store) -> list[str]:
    return sorted(r[0] for r in store.db.execute("SELECT DISTINCT action FROM audit_log"))


def erased_ids(store: Store) -> set[str]:
    return erasure.erased_ids(store.db)



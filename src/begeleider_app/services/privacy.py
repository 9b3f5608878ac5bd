"""The participant's AVG rights: access/portability (export), correction and erasure. No Qt.

* ``collect`` gathers everything stored about one participant: every row of every table that
  belongs to them (tombstoned rows included, they are stored too), every previous version of
  those rows from ``history`` (with the note the coach gave) and the audit entries about them.
* ``export_participant`` writes that as JSON (machine-readable, portability) and as a readable
  PDF, only into the folder the coach chose; no temporary copies elsewhere.
* ``correct`` changes a value; the old value stays in history with the coach's note.
* ``erase_participant`` removes the participant for good after confirmation and leaves an
  erasure tombstone for sync (storage/erasure.py, docs/security.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain.fields import ENTITIES, FieldType
from ..domain.messages import UserError, msg
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
        tables[table] = [r for r in rows if r is not None]
        all_ids.update(ids)
        for row_id in ids:
            for version in repo.history(row_id):
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


def _fonts() -> tuple[str, str]:
    """Register the shipped font (Latin, Arabic, Ethiopic); fall back to Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ..resources import resource

    regular, bold = resource("fonts", "BegeleiderSans-Regular.ttf"), resource("fonts", "BegeleiderSans-Bold.ttf")
    if not (regular.exists() and bold.exists()):
        return "Helvetica", "Helvetica-Bold"
    if "BegeleiderSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BegeleiderSans", str(regular)))
        pdfmetrics.registerFont(TTFont("BegeleiderSans-Bold", str(bold)))
    return "BegeleiderSans", "BegeleiderSans-Bold"


def display_value(table: str, name: str, value: Any, language: str = "nl") -> str:
    """A stored value as a person reads it (labels for choices, dd-mm-yyyy dates, ja/nee)."""
    from ..domain.validation import format_date

    if value is None or value == "" or value == []:
        return ""
    ent = ENTITIES.get(table)
    fld = None
    if ent is not None and name in ent.field_names:
        fld = ent.field(name)
    if fld is None:
        return str(value)
    if fld.type is FieldType.CHOICE:
        return fld.choice_label(str(value), language)
    if fld.type is FieldType.MULTI and isinstance(value, list):
        return ", ".join(fld.choice_label(str(v), language) for v in value)
    if fld.type is FieldType.BOOL:
        yes_no = ("yes", "no") if language == "en" else ("ja", "nee")
        return yes_no[0] if value else yes_no[1]
    if fld.type is FieldType.DATE:
        return format_date(value)
    if fld.type is FieldType.JSON:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_pdf(data: dict[str, Any], *, language: str = "nl") -> bytes:
    """A readable overview: per record its fields with their labels, then history and audit."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    en = language == "en"
    font, bold = _fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=font, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=base["Heading1"], fontName=bold, fontSize=16)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=12)
    h3 = ParagraphStyle("h3", parent=base["Heading3"], fontName=bold, fontSize=10)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def record_table(table: str, row: Record) -> Table:
        ent = ENTITIES[table]
        lines = []
        for fld in ent.fields:
            shown = display_value(table, fld.name, row.get(fld.name), language)
            lines.append([p(fld.label(language), small), p(shown)])
        meta = (("Status", "Deleted (hidden)") if en else ("Status", "Verwijderd (verborgen)"))
        if row.get("deleted"):
            lines.append([p(meta[0], small), p(meta[1])])
        lines.append([p("Id", small), p(str(row.get("id")), small)])
        tbl = Table(lines, colWidths=[55 * mm, 115 * mm])
        tbl.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ]))
        return tbl

    story: list[Any] = []
    title = "Everything we store about you" if en else "Alles wat wij over u bewaren"
    story.append(p(title, h1))
    story.append(p(data["name"], h2))
    story.append(p((f"Made on {data['generated_at'][:10]}. This overview holds every record, every "
                    "earlier version and the log of actions about you.") if en else
                   (f"Gemaakt op {data['generated_at'][:10]}. Dit overzicht bevat alle gegevens, alle "
                    "eerdere versies en het logboek van handelingen over u.")))
    story.append(Spacer(1, 4 * mm))
    story.append(p(ENTITIES["participant"].label(language), h2))
    story.append(record_table("participant", data["participant"]))
    for table, rows in data["records"].items():
        story.append(p(ENTITIES[table].label(language), h2))
        for row in rows:
            story.append(record_table(table, row))
            story.append(Spacer(1, 2 * mm))
    story.append(p("Earlier versions" if en else "Eerdere versies", h2))
    if not data["history"]:
        story.append(p("None." if en else "Geen."))
    for item in data["history"]:
        label = ENTITIES[item["table"]].label(language)
        note = f" ({item['note']})" if item.get("note") else ""
        story.append(p(f"{label}, " + ("replaced on " if en else "vervangen op ")
                       + f"{item['replaced_at'][:10]}{note}", h3))
        version = item["version"]
        parts = [f"{ENTITIES[item['table']].field(n).label(language)}: "
                 f"{display_value(item['table'], n, version.get(n), language)}"
                 for n in ENTITIES[item["table"]].field_names
                 if display_value(item["table"], n, version.get(n), language)]
        story.append(p("; ".join(parts), small))
    story.append(p("Log of actions" if en else "Logboek", h2))
    if not data["audit"]:
        story.append(p("None." if en else "Geen."))
    for entry in data["audit"]:
        story.append(p(f"{entry['at'][:19].replace('T', ' ')}  {entry['action']}  "
                       f"{entry.get('entity') or ''}  {entry.get('detail') or ''}", small))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=title, author="Begeleider")
    doc.build(story)
    return buffer.getvalue()


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


def erased_message(rows: int) -> str:
    return msg("privacy.erased", rows=rows)


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


def today_utc() -> str:
    return datetime.now(UTC).date().isoformat()

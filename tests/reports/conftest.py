"""A fully filled synthetic participant, consents, and PDF reading helpers.

`full_participant` writes every declared field of every record the participant owns. Text
fields of class `health` or `private` get a unique marker (`marker(entity, field)`), so a test
can see exactly which of them reached a report. With ``mark_all`` every text field of the
participant's records gets its marker and every choice field a choice whose label occurs in
no other choice list (`distinctive_choice`), so a test can follow any field into a report.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ENTITIES, Choice, Confidentiality, Field, FieldType

TODAY = date(2026, 11, 30)
ARABIC_NAME = "محمد الحسن"
GEEZ_NAME = "ተስፋየ ገብረመድህን"


def marker(entity: str, field_name: str) -> str:
    return "QX" + re.sub("[^a-z]", "", f"{entity}{field_name}") + "Z"


# Fields whose value the builders rely on for structure (who it is about, which contact is
# the buddy, which goals count): a mark_all participant keeps the values given for them.
STRUCTURE = {("participant", "first_name"), ("participant", "last_name"),
             ("participant", "name_native"), ("participant", "status"), ("contact", "role"),
             ("contact", "buddy_kind"), ("goal", "status")}
_CHOICE_KINDS = (FieldType.CHOICE, FieldType.MULTI)
_MARKABLE = (FieldType.TEXT, FieldType.LONGTEXT, *_CHOICE_KINDS)


def _squeeze(text: str) -> str:
    return "".join(text.split())


# Words the reports write themselves, depending on the data ("Afgerond op 12-03-2026" for a
# placement that ended): a choice label equal to one of them would point to no field.
REPORT_WORDING = ("Afgerond",)


def distinctive_choice(fld: Field) -> Choice | None:
    """The last choice of ``fld`` whose label is in no other choice list, nor part of a label
    there (or the reverse), so finding it in a report points to this field's list only."""
    others = {_squeeze(c.label_nl) for e in ENTITIES.values() for f in e.fields
              if f.type in _CHOICE_KINDS and f.choices != fld.choices for c in f.choices}
    others |= {_squeeze(w) for w in REPORT_WORDING}
    for choice in reversed(fld.choices):
        label = _squeeze(choice.label_nl)
        if len(label) >= 5 and not any(label in o or o in label for o in others):
            return choice
    return None


def _value(entity: str, fld, text: str = "", mark_all: bool = False) -> Any:
    t = fld.type
    if fld.text_format == "email":  # an e-mail address must look like one: the marker in it
        marking = mark_all or fld.confidentiality is not Confidentiality.WORK
        return f"{marker(entity, fld.name) if marking else 'iemand'}@voorbeeld.nl"
    if mark_all and t in _CHOICE_KINDS and distinctive_choice(fld) is not None:
        value = distinctive_choice(fld).value
        return [value] if t is FieldType.MULTI else value
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        if mark_all or fld.confidentiality is not Confidentiality.WORK:
            mark = marker(entity, fld.name)
            room = max(0, ((fld.max_length or 500) - len(mark) - 2) // 2)
            return f"{text[:room]} {mark} {text[:room]}".strip()
        return f"{fld.label_nl} van de deelnemer"
    if t is FieldType.DATE:
        return "2026-01-15"
    if t is FieldType.INT:
        lo = fld.minimum if fld.minimum is not None else 1
        hi = fld.maximum if fld.maximum is not None else 100
        return max(lo, min(hi, 2020 if lo >= 1900 else 24))
    if t is FieldType.BOOL:
        return 1
    if t is FieldType.CHOICE:
        return fld.choices[-1].value if fld.choices else None
    if t is FieldType.MULTI:
        return [fld.choices[0].value]
    if t is FieldType.JSON:
        return {"scale": [1, 5], "values": {"op_tijd": 4, "taal": 3, "samenwerken": 5}}
    return None


def _fill(entity: str, fixed: dict[str, Any], text: str = "", mark_all: bool = False) -> dict[str, Any]:
    out = {}
    ent = ENTITIES[entity]
    for fld in ent.fields:
        if fld.type is FieldType.REF:
            continue
        value = _value(entity, fld, text, mark_all)
        if value is not None:
            out[fld.name] = value
    if mark_all:  # the sample texts and choices below would hide the markers
        fixed = {k: v for k, v in fixed.items() if (entity, k) in STRUCTURE
                 or k not in ent.field_names or ent.field(k).type not in _MARKABLE}
    out.update(fixed)
    return out


@dataclass
class Person:
    id: str
    employer_id: str
    employer_name: str
    placement_id: str
    markers: dict[tuple[str, str], str] = field(default_factory=dict)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)  # mark_all: choice labels


def make_full_participant(store, *, text: str = "", first: str = "Selam",
                          native: str | None = GEEZ_NAME, observations: int = 2,
                          moments: int = 3, mark_all: bool = False) -> Person:
    """Every declared field filled; private/health text fields (``mark_all``: every text and
    choice field of the participant's own records) carry markers."""
    from functools import partial

    from begeleider_app.services.participants import create_participant

    fill = partial(_fill, text=text, mark_all=mark_all)
    person = create_participant(store, fill("participant", {
        "first_name": first, "last_name": "Tesfamariam", "name_native": native,
        "status": "geplaatst", "archived": 0, "benefit": "wajong"}), today=TODAY)
    pid = person["id"]
    intake = store.repo("intake").for_participant(pid)[0]
    store.repo("intake").update(intake["id"], fill("intake", {
        "talents": "Precies en netjes, Goed met mensen", "hours_available": 24}))
    employer = store.repo("contact").insert(_fill("contact", {
        "role": "werkgever", "name": "Piet Jansen", "organisation": "Bakkerij Brood & Zo"}, text))
    store.repo("contact").insert(fill("contact", {
        "participant_id": pid, "role": "buddy", "name": "Ilse de Boer",
        "organisation": "Bakkerij Brood & Zo", "buddy_kind": "werkvloer"}))
    placement = store.repo("placement").insert(fill("placement", {
        "participant_id": pid, "contact_id": employer["id"], "type": "betaald_werk",
        "organisation": "Bakkerij Brood & Zo", "hours_per_week": 24,
        "arrangements": ["proefplaatsing", "loonkostensubsidie", "loonwaardebepaling",
                         "no_riskpolis", "jobcoach"]}))
    store.repo("work_history").insert(fill("work_history", {"participant_id": pid}))
    store.repo("education").insert(fill("education", {"participant_id": pid}))
    goal = store.repo("goal").insert(fill("goal", {"participant_id": pid, "status": "bezig"}))
    store.repo("action").insert(fill("action", {"participant_id": pid, "goal_id": goal["id"]}))
    store.repo("goal_revision").insert(fill("goal_revision", {
        "participant_id": pid, "goal_id": goal["id"]}))
    store.repo("status_change").insert(fill("status_change", {"participant_id": pid}))
    for k in range(observations):
        store.repo("observation").insert(fill("observation", {
            "participant_id": pid, "placement_id": placement["id"], "date": f"2026-02-{k % 27 + 1:02d}",
            "what_happened": f"Voorbeeld {k}: kwam op tijd en vroeg om uitleg.",
            "ratings": {"scale": [1, 5], "items": [
                {"key": "op_tijd", "label": "Op tijd komen", "value": 3 + k % 3},
                {"key": "taal", "label": "Taal op de werkvloer", "value": None}]}}))
    for k in range(moments):
        store.repo("contact_moment").insert(fill("contact_moment", {
            "participant_id": pid, "label": f"Nazorg {k + 1}",
            "planned_date": f"2027-{k % 12 + 1:02d}-10"}))
    # The network (issue 19): a service of the team's sociale kaart, a referral to it (its
    # notes, reason, tasks and outcome are private and have no consent topic), and a group
    # session the participant attended. None of it belongs in an employer report.
    service = store.repo("service").insert(fill("service", {"kind": "schuldhulp"}))
    store.repo("referral").insert(fill("referral", {
        "participant_id": pid, "service_id": service["id"], "goal_id": goal["id"],
        "status": "in_behandeling"}))
    session = store.repo("group_session").insert(fill("group_session", {}))
    store.repo("group_attendance").insert(fill("group_attendance", {
        "participant_id": pid, "session_id": session["id"], "present": 1}))
    # The journal (issue 16): its notes, follow-up and budget notes never reach an employer.
    for k in range(2):
        store.repo("journal_entry").insert(fill("journal_entry", {
            "participant_id": pid, "goal_ids": [goal["id"]], "contact_id": employer["id"],
            "date": f"2026-02-{k + 1:02d}", "minutes": 45, "health": k}))
    store.repo("hours_budget").insert(fill("hours_budget", {"participant_id": pid}))
    if mark_all:  # a consent for someone else: none of it belongs in this employer's report
        store.repo("consent").insert(fill("consent", {"participant_id": pid}))
    markers, labels = {}, {}
    for ent in ENTITIES.values():
        if ent.name == "org_setting":  # the organisation's, not the participant's
            continue
        for fld in ent.fields:
            if (ent.name, fld.name) in STRUCTURE:
                continue
            if fld.type in (FieldType.TEXT, FieldType.LONGTEXT) and \
                    (mark_all or fld.confidentiality is not Confidentiality.WORK):
                markers[(ent.name, fld.name)] = marker(ent.name, fld.name)
            elif mark_all and fld.type in _CHOICE_KINDS and distinctive_choice(fld) is not None:
                labels[(ent.name, fld.name)] = distinctive_choice(fld).label_nl
    return Person(pid, employer["id"], "Bakkerij Brood & Zo (Piet Jansen)", placement["id"],
                  markers, labels)


def give_consent(store, person: Person, topics, **extra) -> dict:
    from begeleider_app.services import consent

    values = {"recipient_contact_id": person.employer_id, "recipient_name": "Bakkerij Brood & Zo",
              "topics": [str(t) for t in topics], "given_on": "2026-01-10", "form": "schriftelijk"}
    values.update(extra)
    return consent.add_consent(store, person.id, values)


REFERRER_NAME = "Gemeente Zwolle"


def give_referrer_consent(store, person_id: str, topics, **extra) -> dict:
    """A consent recorded for the referrer (recipient kind verwijzer) by name."""
    from begeleider_app.services import consent

    values = {"recipient_name": REFERRER_NAME, "recipient_kind": "verwijzer",
              "topics": [str(t) for t in topics], "given_on": "2026-01-10", "form": "schriftelijk"}
    values.update(extra)
    return consent.add_consent(store, person_id, values)


def docx_text(data: bytes) -> str:
    """Every paragraph of a .docx: body, tables, headers and footers (python-docx)."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        for part in (section.first_page_header, section.header, section.first_page_footer,
                     section.footer):
            parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace removed and compatibility forms folded (so wrapped tokens join again)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def settings() -> Settings:
    return Settings(coach_name="Demo Begeleider", coach_phone="06 12345678",
                    coach_email="begeleider@werkpad.example", organisation_name="Stichting Werkpad",
                    organisation_address="Stationsweg 12\n8011 CZ Zwolle",
                    organisation_phone="038 123 45 67", organisation_email="info@werkpad.example")


@pytest.fixture
def person(store):
    return make_full_participant(store)

"""A fully filled synthetic participant, consents, and PDF reading helpers.

`full_participant` writes every declared field of every record the participant owns. Text
fields of class `health` or `private` get a unique marker (`marker(entity, field)`), so a test
can see exactly which of them reached a report.
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
from begeleider_app.domain.fields import ENTITIES, Confidentiality, FieldType

TODAY = date(2026, 11, 30)
ARABIC_NAME = "محمد الحسن"
GEEZ_NAME = "ተስፋየ ገብረመድህን"


def marker(entity: str, field_name: str) -> str:
    return "QX" + re.sub("[^a-z]", "", f"{entity}{field_name}") + "Z"


def _value(entity: str, fld, text: str = "") -> Any:
    t = fld.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        if fld.confidentiality is not Confidentiality.WORK:
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


def _fill(entity: str, fixed: dict[str, Any], text: str = "") -> dict[str, Any]:
    out = {}
    for fld in ENTITIES[entity].fields:
        if fld.type is FieldType.REF:
            continue
        value = _value(entity, fld, text)
        if value is not None:
            out[fld.name] = value
    out.update(fixed)
    return out


@dataclass
class Person:
    id: str
    employer_id: str
    employer_name: str
    placement_id: str
    markers: dict[tuple[str, str], str] = field(default_factory=dict)


def make_full_participant(store, *, text: str = "", first: str = "Selam",
                          native: str | None = GEEZ_NAME, observations: int = 2,
                          moments: int = 3) -> Person:
    """Every declared field filled; private/health text fields carry markers."""
    from begeleider_app.services.participants import create_participant

    person = create_participant(store, _fill("participant", {
        "first_name": first, "last_name": "Tesfamariam", "name_native": native,
        "status": "geplaatst", "archived": 0, "benefit": "wajong"}, text), today=TODAY)
    pid = person["id"]
    intake = store.repo("intake").for_participant(pid)[0]
    store.repo("intake").update(intake["id"], _fill("intake", {
        "talents": "Precies en netjes, Goed met mensen", "hours_available": 24}, text))
    employer = store.repo("contact").insert(_fill("contact", {
        "role": "werkgever", "name": "Piet Jansen", "organisation": "Bakkerij Brood & Zo"}, text))
    store.repo("contact").insert(_fill("contact", {
        "participant_id": pid, "role": "buddy", "name": "Ilse de Boer",
        "organisation": "Bakkerij Brood & Zo"}, text))
    placement = store.repo("placement").insert(_fill("placement", {
        "participant_id": pid, "contact_id": employer["id"], "type": "betaald_werk",
        "organisation": "Bakkerij Brood & Zo", "hours_per_week": 24,
        "arrangements": ["proefplaatsing", "loonkostensubsidie", "loonwaardebepaling",
                         "no_riskpolis", "jobcoach"]}, text))
    store.repo("work_history").insert(_fill("work_history", {"participant_id": pid}, text))
    store.repo("education").insert(_fill("education", {"participant_id": pid}, text))
    goal = store.repo("goal").insert(_fill("goal", {"participant_id": pid, "status": "bezig"}, text))
    store.repo("action").insert(_fill("action", {"participant_id": pid, "goal_id": goal["id"]}, text))
    store.repo("goal_revision").insert(_fill("goal_revision", {
        "participant_id": pid, "goal_id": goal["id"]}, text))
    store.repo("status_change").insert(_fill("status_change", {"participant_id": pid}, text))
    for k in range(observations):
        store.repo("observation").insert(_fill("observation", {
            "participant_id": pid, "placement_id": placement["id"], "date": f"2026-02-{k % 27 + 1:02d}",
            "what_happened": f"Voorbeeld {k}: kwam op tijd en vroeg om uitleg.",
            "ratings": {"scale": [1, 5], "items": [
                {"key": "op_tijd", "label": "Op tijd komen", "value": 3 + k % 3},
                {"key": "taal", "label": "Taal op de werkvloer", "value": None}]}}, text))
    for k in range(moments):
        store.repo("contact_moment").insert(_fill("contact_moment", {
            "participant_id": pid, "label": f"Nazorg {k + 1}",
            "planned_date": f"2027-{k % 12 + 1:02d}-10"}, text))
    markers = {}
    for ent in ENTITIES.values():
        for fld in ent.fields:
            if fld.type in (FieldType.TEXT, FieldType.LONGTEXT) and \
                    fld.confidentiality is not Confidentiality.WORK:
                markers[(ent.name, fld.name)] = marker(ent.name, fld.name)
    return Person(pid, employer["id"], "Bakkerij Brood & Zo (Piet Jansen)", placement["id"], markers)


def give_consent(store, person: Person, topics, **extra) -> dict:
    from begeleider_app.services import consent

    values = {"recipient_contact_id": person.employer_id, "recipient_name": "Bakkerij Brood & Zo",
              "topics": [str(t) for t in topics], "given_on": "2026-01-10", "form": "schriftelijk"}
    values.update(extra)
    return consent.add_consent(store, person.id, values)


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

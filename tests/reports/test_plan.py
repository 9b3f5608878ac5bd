"""Mijn plan: the participant's plan in plain Dutch, large type, a picture per action."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest

from begeleider_app.reports import icons
from begeleider_app.reports.model import Steps, to_html
from begeleider_app.reports.pdf import LARGE
from begeleider_app.services import plan
from begeleider_app.services.handover import render_pdf
from begeleider_app.services.participants import create_participant

from .conftest import ARABIC_NAME, TODAY, flat, pdf_text


def test_every_plan_icon_is_drawn_and_odd_svg_is_refused(tmp_path, monkeypatch):
    names = icons.icon_names()
    assert {"doel", "klaar", "ik", "begeleider", "samen", "afspraak", "bellen", "leren",
            "papieren", "reizen", "werk"} <= set(names)
    for name in names:
        drawing = icons.drawing(name, 40)
        assert drawing.width == 40 and drawing.contents
    folder = tmp_path / "icons"
    folder.mkdir()
    (folder / "plan-odd.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><path d="M0 0L9 9"/></svg>')
    monkeypatch.setenv("BEGELEIDER_RESOURCES", str(tmp_path))
    icons._shapes.cache_clear()
    try:
        with pytest.raises(ValueError, match="<path>"):
            icons.drawing("odd", 40)
    finally:
        icons._shapes.cache_clear()


@pytest.mark.parametrize("text,owner,icon", [
    ("Busroute samen oefenen", "deelnemer", "reizen"), ("CV bijwerken", "coach", "papieren"),
    ("Inschrijven bij taalschool", "coach", "leren"), ("Gesprek met werkgever plannen", None, "afspraak"),
    ("Bel de huisarts niet, maar Ilse", "deelnemer", "bellen"), ("Belangrijk: rust nemen", "deelnemer", "ik"),
    ("Kinderopvang regelen", "coach", "begeleider"), ("Kinderopvang regelen", "partner", "samen"),
])
def test_action_pictures_follow_the_words(text, owner, icon):
    assert plan.action_icon(text, owner) == icon


def test_long_dates_are_spelled_out():
    assert plan.long_date("2027-01-12") == "dinsdag 12 januari 2027"
    assert plan.long_date(date(2026, 11, 30)) == "maandag 30 november 2026"


def test_the_plan_reads_as_a_plan(store, settings):
    pid = create_participant(store, {"first_name": "Mohammed", "last_name": "Al-Hassan",
                                     "name_native": ARABIC_NAME}, today=TODAY)["id"]
    goal = store.repo("goal").insert({"participant_id": pid, "text": "Ik kom elke dag op tijd.",
                                      "status": "bezig"})
    store.repo("goal").insert({"participant_id": pid, "text": "Ik heb een fiets.", "status": "behaald"})
    store.repo("goal").insert({"participant_id": pid, "text": "Oud doel.", "status": "gestopt"})
    for text, owner, due, done in (("Wekker zetten", "deelnemer", "2026-12-03", 0),
                                   ("Rooster vragen", "coach", "2026-12-01", 0),
                                   ("Al gedaan", "deelnemer", None, 1)):
        store.repo("action").insert({"participant_id": pid, "goal_id": goal["id"], "description": text,
                                     "owner": owner, "due_date": due, "done": done})
    store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg 1",
                                         "planned_date": "2026-12-08", "mode": "werkplek"})
    store.repo("contact").insert({"participant_id": pid, "role": "buddy", "name": "Ilse de Boer",
                                  "phone": "0611111111"})
    report = plan.compose_plan(store, pid, settings, on=TODAY)
    assert report.large and report.kind == "plan"
    keys = [s.key for s in report.sections if s.title]
    assert keys == ["goals", "reached", "mine", "coach", "next", "call"]
    texts = {s.key: [t for b in s.blocks if isinstance(b, Steps) for _i, t in b.items]
             for s in report.sections}
    assert texts["goals"] == ["Ik kom elke dag op tijd."]
    assert texts["reached"] == ["Ik heb een fiets."]
    assert texts["mine"] == ["Wekker zetten\nWanneer: vóór donderdag 3 december 2026."]
    assert texts["next"] == ["dinsdag 8 december 2026\nJe begeleider komt naar je werk."]
    assert "Ilse de Boer, je buddy" in texts["call"]
    assert not any("0611111111" in t for t in texts["call"])  # a contact's number is not shared
    data = render_pdf(report)
    text = pdf_text(data)
    assert flat("Mijn plan") in flat(text) and "Al gedaan" not in text and "Oud doel" not in text
    assert flat(ARABIC_NAME.split()[0]) in flat(text) or "محمد" in text  # shaped, still text
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) <= 2
    # large type: the body is set at 15 pt or more (10.5 pt in the reports)
    sizes = [float(s) for s in re.findall(rb"/F[\d+]+ ([\d.]+) Tf", reader.pages[0].get_contents().get_data())]
    assert max(sizes) >= 25 and any(abs(size - 10.5 * LARGE) < 0.01 for size in sizes)
    html = to_html(report)
    assert "plan-doel.svg" in html and "font-size: 15pt" in html
    plain = plan.compose_plan(store, pid, settings, on=TODAY, icons=False)
    assert all(icon == "" for s in plain.sections for b in s.blocks if isinstance(b, Steps)
               for icon, _t in b.items)

"""The inzage PDF is drawn by reports/pdf.py: the handover's fonts, shaping and word order."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.reports import fonts
from begeleider_app.services import consent, handover, privacy
from begeleider_app.services.participants import create_participant, intake_for

ARABIC_NAME = "محمد الحسن"  # synthetic
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_ARABIC_RUN = re.compile(r"[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)*")


def _person(store) -> str:
    person = create_participant(store, {"first_name": "Mohammed", "last_name": "Al-Hassan",
                                        "name_native": ARABIC_NAME}, today=date(2026, 11, 1))
    store.repo("intake").update(intake_for(store, person["id"])["id"],
                                {"own_words": "Ik werk graag met mijn handen."})
    return person["id"]


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=60)
    return out.stdout


def _arabic_runs(text: str) -> list[str]:
    """Arabic word runs as a reader meets them (letter forms folded, bidi controls dropped)."""
    folded = unicodedata.normalize("NFKC", text).translate(_BIDI_CONTROLS)
    return _ARABIC_RUN.findall(folded)


def test_an_arabic_name_reads_as_in_the_handover(store, tmp_path):
    pid = _person(store)
    employer = store.repo("contact").insert({"role": "werkgever", "name": "Piet Jansen",
                                             "organisation": "Kringloop De Vonk"})
    consent.add_consent(store, pid, {"recipient_contact_id": employer["id"],
                                     "recipient_name": "Kringloop De Vonk",
                                     "topics": [ConsentTopic.PROFILE.value],
                                     "given_on": "2026-11-01", "form": "schriftelijk"})
    report = handover.compose(store, pid, employer["id"], Settings(), on=date(2026, 11, 30))
    handover_pdf = handover.export_pdf(report, tmp_path / "overdracht.pdf").path
    inzage_pdf = privacy.export_participant(store, pid, tmp_path / "inzage").pdf_path

    handover_text, inzage_text = _pdftotext(handover_pdf), _pdftotext(inzage_pdf)
    handover_runs, inzage_runs = _arabic_runs(handover_text), _arabic_runs(inzage_text)
    assert handover_runs and handover_runs[0] == ARABIC_NAME
    # under the title and in the participant's record, in the handover's order
    assert inzage_runs[:2] == [handover_runs[0]] * 2
    if fonts.shaping_available():  # joined letters: contextual forms, as in the handover
        for text in (handover_text, inzage_text):
            assert any(0xFB50 <= ord(c) <= 0xFEFF for c in text)


def test_the_inzage_pdf_uses_the_shipped_font_only(store, tmp_path):
    pdf = privacy.export_participant(store, _person(store), tmp_path).pdf_path
    names = {font.get_object()["/BaseFont"] for page in PdfReader(pdf).pages
             for font in page["/Resources"]["/Font"].values()}
    assert names and all("BegeleiderSans" in str(n) for n in names), names


def test_values_read_as_people_write_them_and_the_json_stays_raw(store, tmp_path):
    pid = _person(store)
    store.repo("participant").update(pid, {"birth_date": "1990-04-03", "benefit": "geen",
                                           "archived": 1})
    store.repo("intake").update(intake_for(store, pid)["id"], {"transport": ["fiets", "ov"]})
    result = privacy.export_participant(store, pid, tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(result.pdf_path).pages)
    text = " ".join(text.split())
    for shown in ("Geboortedatum 03-04-1990", "Uitkering Geen uitkering", "Gearchiveerd ja",
                  "Vervoer Fiets, Openbaar vervoer", "pagina 1 van"):
        assert shown in text, shown
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["participant"]["birth_date"] == "1990-04-03"
    assert data["participant"]["archived"] is True and data["participant"]["benefit"] == "geen"
    assert data["records"]["intake"][0]["transport"] == ["fiets", "ov"]


def test_the_english_inzage_is_english_throughout(store, tmp_path):
    pid = _person(store)
    store.repo("participant").update(pid, {"archived": 1, "benefit": "geen"})
    result = privacy.export_participant(store, pid, tmp_path, language="en")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(result.pdf_path).pages).split())
    for shown in ("Everything we store about you", "Date ", "Archived yes", "Benefit No benefit",
                  "Earlier versions", "Log of actions", "page 1 of"):
        assert shown in text, shown
    assert "pagina" not in text and "Gearchiveerd" not in text


def test_a_very_long_text_runs_over_pages(store, tmp_path):
    pid = _person(store)
    long_text = ("Een lange notitie over de thuissituatie. " * 500)[:20000]
    store.repo("intake").update(intake_for(store, pid)["id"], {"private_circumstances": long_text})
    result = privacy.export_participant(store, pid, tmp_path)
    reader = PdfReader(result.pdf_path)
    assert len(reader.pages) >= 4
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    squeezed = "".join(long_text.split())
    # all of it, its start and end included (page headers and footers come in between)
    assert text.count("notitieover") >= long_text.count("notitie over") - len(reader.pages)
    assert squeezed[:300] in text and squeezed[-300:] in text


def test_observation_ratings_are_readable_in_the_json_and_the_pdf(store, tmp_path):
    """Ratings are stored by a reference to the item list; the inzage shows them with labels."""
    from begeleider_app.services import observations as obs

    pid = _person(store)
    placement = obs.save_placement(store, pid, {"type": "leerwerkplek", "organisation": "Kringloop Oost"})
    item = obs.org_items(store)[0]
    row = obs.add_observation(store, placement["id"], "2026-11-10", {item.key: 4})
    assert "set" in row["ratings"]  # stored compactly
    obs.update_observation(store, row["id"], values={item.key: 3})  # an earlier version in history
    result = privacy.export_participant(store, pid, tmp_path)
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    ratings = data["records"]["observation"][0]["ratings"]
    assert ratings["scale"] == [1, 5]
    assert {"key": item.key, "label": item.label, "value": 3} in ratings["items"]
    earlier = [h["version"]["ratings"] for h in data["history"] if h["table"] == "observation"]
    assert any({"key": item.key, "label": item.label, "value": 4} in r["items"] for r in earlier)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(result.pdf_path).pages).split())
    assert f"{item.label}: 3 van 5" in text and '"set"' not in text

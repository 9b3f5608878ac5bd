"""The employer handover PDF, parsed back with pypdf."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.domain.messages import UserError
from begeleider_app.reports.model import to_html, to_text
from begeleider_app.services import consent, handover

from .conftest import (
    ARABIC_NAME,
    GEEZ_NAME,
    TODAY,
    flat,
    give_consent,
    make_full_participant,
    pdf_text,
)

ALL_BUT_PRIVATE = [t for t in ConsentTopic if t is not ConsentTopic.PRIVATE]


def _compose(store, person, settings, sections=None):
    return handover.compose(store, person.id, person.employer_id, settings, sections, on=TODAY)


def test_every_consented_section_is_in_the_pdf(store, person, settings):
    give_consent(store, person, ALL_BUT_PRIVATE)
    report = _compose(store, person, settings)
    text = pdf_text(handover.render_pdf(report))
    expected = [s for s in handover.SECTIONS if s.topic is not ConsentTopic.PRIVATE]
    assert report.section_keys == [s.key for s in expected]
    for spec in expected:
        assert flat(spec.title) in flat(text), spec.key
    for content in ("Wat kan en wil de deelnemer van de deelnemer", "Voorbeeld 1",
                    "Nazorg 3", "Loonkostensubsidie", "No-riskpolis", "Jobcoach",
                    "Ilse de Boer", "Demo Begeleider", "06 12345678", "in eigen woorden",
                    "sociaal wenselijke"):
        assert flat(content).lower() in flat(text).lower(), content
    # the private section only with its explicit topic
    assert flat("Privésituatie") not in flat(text)


def test_only_sections_of_the_consented_topics(store, person, settings):
    give_consent(store, person, [ConsentTopic.OBSERVATIONS])
    report = _compose(store, person, settings)
    assert report.section_keys == ["observations", "went_well", "contact", "consent"]
    text = flat(pdf_text(handover.render_pdf(report)))
    assert flat("Sterke punten en talenten") not in text
    assert flat("Precies en netjes") not in text  # talents belong to the profile topic
    assert flat("Op tijd komen") in text


def test_a_section_outside_the_consent_is_refused(store, person, settings):
    give_consent(store, person, [ConsentTopic.PROFILE])
    with pytest.raises(UserError) as err:
        _compose(store, person, settings, ["intro", "aftercare"])
    assert err.value.key == "handover.section_refused"


@pytest.mark.parametrize("extra", [{"expires_on": "2026-11-30"}, {"withdrawn_on": "2026-10-01"},
                                   {"given_on": "2026-12-01"}])
def test_withdrawn_expired_or_future_consent_is_refused(store, person, settings, extra):
    give_consent(store, person, list(ConsentTopic), **extra)
    with pytest.raises(UserError) as err:
        _compose(store, person, settings)
    assert err.value.key == "handover.no_consent"


def test_withdrawing_after_an_export_blocks_the_next_one(store, person, settings):
    row = give_consent(store, person, ALL_BUT_PRIVATE)
    assert _compose(store, person, settings).sections
    consent.withdraw_consent(store, row["id"], TODAY)
    with pytest.raises(UserError):
        _compose(store, person, settings)


def test_page_numbers_on_a_multi_page_report(store, settings):
    person = make_full_participant(store, observations=30, moments=40)
    give_consent(store, person, list(ConsentTopic))
    data = handover.render_pdf(_compose(store, person, settings))
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 3
    assert handover.count_pages(data) == total
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        found = re.findall(r"pagina (\d+) van (\d+)", text)
        assert found == [(str(number), str(total))]
        assert "Vertrouwelijk" in text


def test_fonts_are_embedded(store, person, settings):
    give_consent(store, person, ALL_BUT_PRIVATE)
    reader = PdfReader(io.BytesIO(handover.render_pdf(_compose(store, person, settings))))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts, "no fonts"
    for name, font in fonts.items():
        assert "BegeleiderSans" in name, name  # no unembedded standard-14 font (Helvetica)
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_dutch_ge_ez_and_arabic_names_survive(store, settings):
    person = make_full_participant(store, first="Zoë", native=f"{ARABIC_NAME} / {GEEZ_NAME}")
    give_consent(store, person, ALL_BUT_PRIVATE)
    report = _compose(store, person, settings)
    data = handover.render_pdf(report)
    text = unicodedata.normalize("NFKC", pdf_text(data))
    assert "Zoë Tesfamariam" in text
    assert "Privésituatie" not in text and "één opdracht" in text
    # Ge'ez needs no shaping: the exact characters come back
    for word in GEEZ_NAME.split():
        assert word in text
    # Arabic is shaped (joined letter forms); folded back to base letters each word survives
    for word in ARABIC_NAME.split():
        assert word in text
    # the preview shows the name as typed
    assert ARABIC_NAME in to_html(report) and GEEZ_NAME in to_text(report)


def test_audit_entry_for_an_export(store, person, settings, tmp_path):
    give_consent(store, person, ALL_BUT_PRIVATE)
    rec = handover.resolve_recipient(store, person.id, person.employer_id)
    report = _compose(store, person, settings)
    result = handover.export_pdf(report, tmp_path / "overdracht.pdf")
    handover.record_export(store, person.id, report, result, settings, handover.recipient_audit_key(rec))
    row = list(store.db.execute("SELECT action, row_id, detail FROM audit_log WHERE action LIKE 'export%'"))
    assert len(row) == 1 and row[0][0] == "export.handover" and row[0][1] == person.id
    detail = row[0][2]
    assert result.sha256 in detail and person.employer_id in detail and "observations" in detail
    assert "Selam" not in detail and "Bakkerij" not in detail


def test_a_failed_write_keeps_the_existing_file_and_leaves_no_temp(store, person, settings, tmp_path):
    give_consent(store, person, ALL_BUT_PRIVATE)
    target = tmp_path / "out" / "overdracht.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old version")
    target.parent.chmod(0o500)  # the folder cannot take new files (like a full or locked disk)
    try:
        if (target.parent / "probe").exists() or _writable(target.parent):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(UserError) as err:
            handover.export_pdf(_compose(store, person, settings), target)
        assert err.value.key == "handover.write_failed"
    finally:
        target.parent.chmod(0o700)
    assert target.read_bytes() == b"old version"
    assert sorted(p.name for p in target.parent.iterdir()) == ["overdracht.pdf"]


def _writable(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_write_failure_with_a_directory_in_the_way(store, person, settings, tmp_path):
    give_consent(store, person, ALL_BUT_PRIVATE)
    target = tmp_path / "overdracht.pdf"
    target.mkdir()  # os.replace onto a directory fails for every user, root included
    with pytest.raises(UserError) as err:
        handover.export_pdf(_compose(store, person, settings), target)
    assert "overdracht.pdf" in err.value.message()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".begeleider-")] == []


def test_ratings_in_either_stored_shape(store, settings):
    person = make_full_participant(store, observations=0)
    store.repo("observation").insert({"participant_id": person.id, "placement_id": person.placement_id,
                                      "date": "2026-03-01",
                                      "ratings": {"scale": [1, 4], "values": {"op_tijd": 4, "taal": None}}})
    store.repo("observation").insert({"participant_id": person.id, "placement_id": person.placement_id,
                                      "date": "2026-03-08",
                                      "ratings": {"scale": [1, 4], "items": [
                                          {"key": "op_tijd", "label": "Op tijd komen", "value": 3}]}})
    store.repo("observation").insert({"participant_id": person.id, "placement_id": person.placement_id,
                                      "date": "2026-03-09", "ratings": {"scale": "?", "items": 3}})
    give_consent(store, person, [ConsentTopic.OBSERVATIONS])
    text = to_text(_compose(store, person, settings))
    assert "Op tijd komen: 3 van 4 (gemiddeld 3,5 over 2 keer)" in text
    assert "niet gezien" in text


def test_cli_without_consent_writes_nothing_and_exits_non_zero(store, person, paths, tmp_path):
    out = tmp_path / "overdracht.pdf"
    db = store.path
    store.close()
    env_cmd = [sys.executable, "-c", "import sys; from begeleider_app.cli import main; sys.exit(main())",
               "--data-dir", str(paths.data_dir),
               "export-handover", "--db", str(db), "--participant", person.id, "--out", str(out),
               "--date", TODAY.isoformat()]
    proc = subprocess.run(env_cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "toestemming" in proc.stderr
    assert not out.exists()


def test_cli_exports_for_the_placement_employer_by_default(paths, tmp_path):
    from begeleider_app.cli import main
    from begeleider_app.services.session import open_store

    db = tmp_path / "cli.sqlite"
    s = open_store(db, paths)
    person = make_full_participant(s)
    give_consent(s, person, ALL_BUT_PRIVATE)
    s.close()
    out = tmp_path / "overdracht.pdf"
    assert main(["--data-dir", str(paths.data_dir), "export-handover", "--db", str(db),
                 "--participant", person.id, "--out", str(out), "--date", TODAY.isoformat()]) == 0
    assert "Bakkerij Brood & Zo" in pdf_text(out.read_bytes())
    letter = tmp_path / "brief.pdf"
    assert main(["--data-dir", str(paths.data_dir), "export-letter", "--db", str(db),
                 "--participant", person.id, "--out", str(letter)]) == 0
    assert "Aanbeveling voor Selam Tesfamariam" in pdf_text(letter.read_bytes())


def test_unknown_section_is_a_clear_error(store, person, settings):
    give_consent(store, person, ALL_BUT_PRIVATE)
    with pytest.raises(UserError) as err:
        _compose(store, person, settings, ["intro", "medisch"])
    assert err.value.key == "handover.unknown_section" and "intro" in err.value.message()


def test_letter_draft_and_pdf_hold_no_health_or_private_data(store, person, settings):
    draft = handover.letter_draft(store, person.id, settings)
    assert "Selam" in draft and "Precies en netjes" in draft.replace("precies", "Precies")
    report = handover.letter_report(store, person.id, draft, settings, on=TODAY,
                                    addressee="Aan wie het aangaat")
    seen = flat(draft) + flat(to_text(report)) + flat(pdf_text(handover.render_pdf(report)))
    for mark in person.markers.values():
        assert mark not in seen
    assert "Wajong" not in seen
    assert flat("Met vriendelijke groet,") in seen and flat("Demo Begeleider") in seen


def test_a_very_long_private_note_runs_over_pages(store, person, settings):
    """A cell longer than a page (a Facts value) is split, not refused by reportlab."""
    intake = store.repo("intake").for_participant(person.id)[0]
    note = ("Thuis gaat het goed. " * 1000)[:20000]
    store.repo("intake").update(intake["id"], {"private_circumstances": note})
    give_consent(store, person, list(ConsentTopic))
    data = handover.render_pdf(_compose(store, person, settings, ["private"]))
    pages = handover.count_pages(data)
    assert pages >= 4  # a sentence cut by a page break is not counted
    assert flat(pdf_text(data)).count("Thuisgaathetgoed.") >= note.count("Thuis gaat het goed.") - pages


def test_the_letter_leaves_out_the_placement_organisation(store, person, settings):
    """The organisation is an agreements field, and the letter's topics do not include it."""
    assert ConsentTopic.AGREEMENTS not in handover.LETTER_TOPICS
    draft = handover.letter_draft(store, person.id, settings)
    report = handover.letter_report(store, person.id, draft, settings, on=TODAY)
    text = flat(pdf_text(handover.render_pdf(report)))
    assert flat("Selam 2 keer aan het werk gezien") in text  # the sentence that named it
    assert "Bakkerij" not in draft and "Bakkerij" not in text


def test_every_string_of_the_report_model_is_in_the_pdf(store, settings):
    """The preview renders the model; the PDF must hold every piece of text of that model."""
    from begeleider_app.reports.model import Bullets, Facts, Para, Scores
    from begeleider_app.reports.model import Table as ModelTable

    person = make_full_participant(store, observations=4, moments=5)
    give_consent(store, person, list(ConsentTopic))
    report = _compose(store, person, settings)
    pieces = [report.title, report.participant_name, report.footer]
    for section in report.sections:
        pieces.append(section.title)
        for block in section.blocks:
            if isinstance(block, Para):
                pieces.append(block.text)
            elif isinstance(block, Bullets):
                pieces += list(block.items)
            elif isinstance(block, Facts):
                pieces += [x for row in block.rows for x in row]
            elif isinstance(block, Scores):
                pieces += [block.caption] + [r[0] for r in block.rows] + [r[2] for r in block.rows]
            elif isinstance(block, ModelTable):
                pieces += [block.caption, *block.header] + [c for row in block.rows for c in row]
    text = flat(pdf_text(handover.render_pdf(report)))
    missing = [p for p in pieces if p and flat(p) not in text]
    assert missing == []

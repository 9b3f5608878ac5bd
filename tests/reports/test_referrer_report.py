"""Voortgangs- and eindrapportage: the referrer rule set, composing, PDF and Word output."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest

from begeleider_app.domain import fields as F
from begeleider_app.domain.fields import ConsentTopic, RecipientKind, ReferrerBasis
from begeleider_app.domain.messages import UserError
from begeleider_app.services import consent, referrer_report
from begeleider_app.services.participants import create_participant

from .conftest import (
    GEEZ_NAME,
    REFERRER_NAME,
    TODAY,
    docx_text,
    flat,
    give_referrer_consent,
    make_full_participant,
    pdf_text,
)

REFERRER = RecipientKind.REFERRER


# ------------------------------------------------------------------ the rule set

def test_the_referrer_rules_are_declared_beside_the_employer_rules():
    everything = set(ConsentTopic)
    for ent in F.ENTITIES.values():
        for fld in ent.fields:
            if fld.confidentiality is F.Confidentiality.HEALTH:
                assert fld.referrer is None, (ent.name, fld.name)  # nothing medical, ever
                for kind in RecipientKind:
                    assert not F.may_share(kind, fld, everything)
            # the employer's rules did not change: a topic, and PRIVATE for a private field
            assert F.may_share(RecipientKind.EMPLOYER, fld, everything) == fld.shareable_with_employer
            # other recipients follow the consent rules, as an employer does
            assert F.may_share(RecipientKind.OTHER, fld, everything) == F.may_share(
                RecipientKind.EMPLOYER, fld, everything)
    assert F.shareable_fields(everything) == F.shareable_with(RecipientKind.EMPLOYER, everything)
    # Private trajectory facts the referrer gets without consent: a deliberate, short list.
    private_facts = {(e.name, f.name) for e, f in F.shareable_with(REFERRER, set())
                     if f.confidentiality is F.Confidentiality.PRIVATE}
    # (The participatieladder at the end is the same instrument as at the start.)
    assert private_facts == {("participant", "birth_date"), ("participant", "referrer"),
                             ("intake", "participatieladder"), ("participant", "ladder_end")}


def test_private_matters_need_the_private_topic_for_a_referrer_too():
    without = {(e.name, f.name) for e, f in F.shareable_with(REFERRER, set(ConsentTopic) - {ConsentTopic.PRIVATE})}
    with_private = {(e.name, f.name) for e, f in F.shareable_with(REFERRER, set(ConsentTopic))}
    for key in (("intake", "private_circumstances"), ("status_change", "reason"),
                ("participant", "closing_evaluation"), ("intake", "zrm_financien")):
        assert key in with_private and key not in without
    basis = {(e.name, f.name) for e, f in F.shareable_with(REFERRER, set())}
    assert {("goal", "text"), ("goal_revision", "reason"), ("placement", "organisation"),
            ("contact_moment", "done_date"), ("intake", "zrm_werk_opleiding"),
            ("participant", "report_conclusion")} <= basis
    assert F.INTAKE.field("zrm_geestelijke_gezondheid").referrer is None
    assert F.PARTICIPANT.field("report_conclusion").referrer is ReferrerBasis.ASSIGNMENT
    # the conclusion is written for the referrer: never for an employer
    assert not F.PARTICIPANT.field("report_conclusion").shareable_with_employer


# ------------------------------------------------------------------ composing

def test_sections_follow_the_kind_and_refusals_give_their_reason(store, settings):
    person = make_full_participant(store)
    progress = referrer_report.compose(store, person.id, "voortgang", REFERRER_NAME, settings, on=TODAY)
    final = referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings, on=TODAY)
    assert progress.title == "Voortgangsrapportage" and final.title == "Eindrapportage"
    assert "next_steps" in progress.section_keys and "result" not in progress.section_keys
    assert "result" in final.section_keys and "next_steps" not in final.section_keys
    for report in (progress, final):
        assert report.section_keys[-2:] == ["basis", "conclusion"]  # the signature comes last
        # without consent: no private, profile or observation sections, never health
        assert not {"private", "profile", "observations", "health", "referrals"} & set(report.section_keys)
    with pytest.raises(UserError) as err:
        referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings, ["health"], on=TODAY)
    assert err.value.key == "report.section_refused" and "medische" in err.value.message()
    with pytest.raises(UserError) as err:
        referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings, ["private"], on=TODAY)
    assert "toestemming" in err.value.message() and "verwijzer" in err.value.message()
    with pytest.raises(UserError):
        referrer_report.compose(store, person.id, "tussen", REFERRER_NAME, settings, on=TODAY)
    with pytest.raises(UserError):
        referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings, ["result", "nope"])
    give_referrer_consent(store, person.id, [ConsentTopic.PRIVATE])
    chosen = referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings,
                                     ["private", "goals"], on=TODAY)
    assert chosen.section_keys == ["goals", "private", "basis", "conclusion"]


def test_the_recipient_is_the_known_referrer(store, settings):
    person = make_full_participant(store)
    with pytest.raises(UserError) as err:  # nobody known, and the referrer field says "anders"
        store.repo("participant").update(person.id, {"referrer": "zelf"})
        referrer_report.compose(store, person.id, "voortgang", None, settings, on=TODAY)
    assert err.value.key == "report.no_recipient"
    store.repo("participant").update(person.id, {"referrer": "uwv"})
    assert [r.name for r in consent.referrer_recipients(store, person.id)] == ["UWV"]
    gemeente = store.repo("contact").insert({"role": "verwijzer", "name": "Anja Hendriks",
                                             "organisation": "Gemeente Zwolle, Werk en Inkomen"})
    uwv = store.repo("contact").insert({"role": "verwijzer", "name": "Karim Bouali",
                                        "organisation": "UWV Werkbedrijf Zwolle"})
    names = [r.name for r in consent.referrer_recipients(store, person.id)]
    assert names[0] == "UWV Werkbedrijf Zwolle (Karim Bouali)"  # the participant's kind first
    assert "Gemeente Zwolle, Werk en Inkomen (Anja Hendriks)" in names
    give_referrer_consent(store, person.id, [ConsentTopic.PROFILE], recipient_contact_id=gemeente["id"],
                          recipient_name="Gemeente Zwolle, Werk en Inkomen")
    first = consent.referrer_recipients(store, person.id)[0]
    assert first.contact_id == gemeente["id"]  # a referrer with consent comes first
    report = referrer_report.compose(store, person.id, "voortgang", None, settings, on=TODAY)
    assert report.recipient.startswith("Gemeente Zwolle") and "profile" in report.section_keys
    # referrer contacts are no employer recipients of the handover
    assert uwv["id"] not in {r.contact_id for r in consent.recipients(store, person.id)}


def test_consent_records_its_recipient_kind(store):
    person = make_full_participant(store)
    row = consent.add_consent(store, person.id, {
        "recipient_name": "Bakkerij", "topics": ["profiel"], "given_on": "2026-01-10",
        "form": "mondeling"})
    assert row["recipient_kind"] == "werkgever"  # the default: what every caller meant so far
    ref = give_referrer_consent(store, person.id, [ConsentTopic.PROFILE])
    assert consent.kind_of(ref) is REFERRER
    assert consent.valid_topics(store, person.id, REFERRER_NAME, TODAY) == set()
    assert consent.valid_topics(store, person.id, REFERRER_NAME, TODAY, REFERRER) == {ConsentTopic.PROFILE}
    assert "verwijzer" in consent.describe(ref)


def test_start_values_come_from_the_intake_history(store, settings):
    pid = create_participant(store, {"first_name": "Noor", "referrer": "gemeente"}, today=TODAY)["id"]
    intake = store.repo("intake").for_participant(pid)[0]
    store.repo("intake").update(intake["id"], {"participatieladder": "2", "zrm_financien": "2",
                                               "zrm_werk_opleiding": "1"})
    store.repo("intake").update(intake["id"], {"participatieladder": "4", "zrm_financien": "4",
                                               "zrm_werk_opleiding": "3"})
    start = referrer_report.first_values(store, pid, set())
    assert start["participatieladder"] == "2" and start["zrm_werk_opleiding"] == "1"
    assert "zrm_financien" not in start  # private: not without consent
    assert referrer_report.first_values(store, pid, {ConsentTopic.PRIVATE})["zrm_financien"] == "2"
    report = referrer_report.compose(store, pid, "voortgang", None, settings, on=TODAY)
    [table] = [b for s in report.sections if s.key == "participation" for b in s.blocks
               if hasattr(b, "header")]
    assert table.rows[0] == ("Participatieladder", "2 Sociale contacten buitenshuis",
                             "4 Onbetaald werk", "+2")
    assert [r[0] for r in table.rows] == ["Participatieladder", "Werk en opleiding"]


def test_phases_pauses_and_effort(store, settings):
    pid = create_participant(store, {"first_name": "Bram", "referrer": "uwv"}, today=date(2026, 1, 1))["id"]
    for frm, to, day in (("aanmelding", "actief", "2026-02-01"), ("actief", "gepauzeerd", "2026-03-01"),
                         ("gepauzeerd", "actief", "2026-03-15"), ("actief", "nazorg", "2026-05-01")):
        store.repo("status_change").insert({"participant_id": pid, "from_status": frm, "to_status": to,
                                            "date": day, "reason": "QXREASONZ"})
    for done in ("2026-01-20", "2026-03-05", "2026-05-10", "2026-06-10", None):
        store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg",
                                             "planned_date": done or "2026-12-01", "done_date": done})
    from begeleider_app.services.handover import ConsentedData

    data = ConsentedData.load(store, pid, set(), REFERRER)
    effort = referrer_report.effort_by_phase(data, TODAY)
    assert [(e.phase, e.moments, e.hours) for e in effort] == [
        ("aanmelding", 1, None), ("actief", 0, None), ("gepauzeerd", 1, None), ("actief", 0, None),
        ("nazorg", 2, None)]
    hours = referrer_report.effort_by_phase(data, TODAY, {"nazorg": 7.5})
    assert hours[-1].hours == 7.5
    # The hours registered in each phase, by date: a journal entry in the pause, an aftercare
    # moment with its minutes in the nazorg phase; the journal's words stay out.
    store.repo("journal_entry").insert({"participant_id": pid, "date": "2026-03-07",
                                        "kind": "telefoon", "minutes": 90, "text": "QXJOURNALZ"})
    moment = store.repo("contact_moment").find("participant_id = ? AND done_date = ?",
                                               [pid, "2026-05-10"])[0]
    store.repo("contact_moment").update(moment["id"], {"minutes": 45})
    registered = referrer_report.registered_hours(store, pid, effort, TODAY)
    assert [(e.phase, e.hours) for e in registered] == [
        ("aanmelding", 0.0), ("actief", 0.0), ("gepauzeerd", 1.5), ("actief", 0.0), ("nazorg", 0.8)]
    text = pdf_text(referrer_report.render(referrer_report.compose(
        store, pid, "voortgang", None, settings, on=TODAY)))
    assert "1 keer stil, samen 14 dagen" in " ".join(text.split())
    assert "QXREASONZ" not in text  # the reason of a pause is private
    assert "QXJOURNALZ" not in text and "1,5" in text  # hours, never the journal's words


# ------------------------------------------------------------------ PDF and Word

@pytest.fixture
def full_report(store, settings):
    person = make_full_participant(store, native=GEEZ_NAME)
    settings.extra["place"] = "Zwolle"
    store.repo("participant").update(person.id, {"report_conclusion": "Selam werkt zelfstandig.",
                                                 "report_advice": "Afsluiten na de nazorg."})
    return referrer_report.compose(store, person.id, "eind", REFERRER_NAME, settings, on=TODAY)


def test_pdf_has_letterhead_page_numbers_and_a_signature(full_report):
    from pypdf import PdfReader

    data = referrer_report.render(full_report, "pdf")
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    assert total >= 2
    for n, text in enumerate(pages, 1):
        assert f"pagina {n} van {total}" in text
    assert "Stichting Werkpad" in pages[0] and "Eindrapportage" in pages[0]
    assert flat(GEEZ_NAME) in flat(pages[0])
    last = " ".join(pages[-1].split())
    assert "Handtekening" in last and "Demo Begeleider" in last and "Zwolle, 30-11-2026" in last
    assert "Selam werkt zelfstandig." in last and "Afsluiten na de nazorg." in last
    titles = [s.title for s in full_report.sections if s.title]
    joined = flat("".join(pages))
    for title in titles:
        assert flat(title) in joined


def test_docx_has_the_same_headings_and_page_fields(full_report):
    from docx import Document

    data = referrer_report.render(full_report, "docx")
    doc = Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in full_report.sections if s.title]
    assert doc.core_properties.title.startswith("Eindrapportage")
    footer = doc.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert "pagina" in doc.sections[0].footer.paragraphs[0].text
    text = docx_text(data)
    assert "Stichting Werkpad" in text and GEEZ_NAME in text and "Handtekening" in text


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed (CI): the python-docx "
                                               "read-back above still runs")
def test_docx_opens_in_libreoffice(full_report, tmp_path):
    path = tmp_path / "eind.docx"
    referrer_report.export(full_report, path)
    profile = tmp_path / "lo-profile"  # its own profile: no clash with a running LibreOffice
    subprocess.run([_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = pdf_text((tmp_path / "eind.pdf").read_bytes())
    spaced = " ".join(text.split())
    assert "pagina 1 van" in spaced and "Eindrapportage" in spaced
    for section in full_report.sections:
        if section.title:
            assert flat(section.title) in flat(text), section.title
    assert "Selam Tesfamariam" in spaced


def test_export_writes_by_the_file_name(full_report, tmp_path):
    pdf = referrer_report.export(full_report, tmp_path / "r.pdf")
    docx = referrer_report.export(full_report, tmp_path / "r.docx")
    assert pdf.path.read_bytes()[:4] == b"%PDF" and pdf.pages >= 2
    assert docx.path.read_bytes()[:2] == b"PK"
    with pytest.raises(UserError):
        referrer_report.export(full_report, tmp_path / "r.odt")

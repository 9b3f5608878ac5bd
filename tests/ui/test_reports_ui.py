"""The referrer report composer, the participant's plan, the consent's recipient kind and the
plain-language hints in the goals tab, driven through the real window (Dutch installed)."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit, QWidget

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.services import consent
from begeleider_app.services import referrer_report as rsvc

from .test_handover_ui import _fx

# The shared builders of tests/reports/conftest.py, as the handover's UI tests load them.
TODAY, pdf_text, docx_text = _fx.TODAY, _fx.pdf_text, _fx.docx_text
SETTINGS = Settings(coach_name="Demo Begeleider", coach_phone="06 12345678",
                    organisation_name="Stichting Werkpad")


@pytest.fixture
def person(store):
    person = _fx.make_full_participant(store)
    store.repo("participant").update(person.id, {"referrer": "uwv"})
    return person


@pytest.fixture
def win(make_window, store, person):
    window = make_window(store, SETTINGS)
    window.select_participant(person.id)
    return window


def _items(dialog):
    return {dialog.sections.item(i).data(Qt.ItemDataRole.UserRole): dialog.sections.item(i)
            for i in range(dialog.sections.count())}


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _mnemonics(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.buddy()]
    keys = []
    for text in texts:
        assert "&" in text.replace("&&", ""), f"no mnemonic: {text!r}"
        keys.append(text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower())
    return keys


def test_menu_actions_follow_the_selection(make_window, store, person):
    window = make_window(store, SETTINGS)
    actions = window.reports.actions
    assert set(actions) == {"referrerReportAction", "planAction"}
    assert not any(a.isEnabled() for a in actions.values())
    window.select_participant(person.id)
    assert all(a.isEnabled() for a in actions.values())
    texts = [a.text() for a in window.menus["participant"].actions()]
    assert "&Rapportage aan de verwijzer..." in texts and "&Mijn plan (voor de deelnemer)..." in texts


def test_composer_shows_refusals_saves_the_conclusion_and_exports_pdf_and_word(
        win, store, person, qtbot, monkeypatch, tmp_path):
    threads = []
    real_export = rsvc.export

    def spy(report, path, fmt=None):
        threads.append(threading.get_ident())
        return real_export(report, path, fmt)

    monkeypatch.setattr(rsvc, "export", spy)
    dialog = win.reports.open_referrer_report()
    dialog.today = TODAY
    assert dialog.recipient.currentText() == "UWV"  # the referrer recorded at the participant
    items = _items(dialog)
    # medical never, private not without consent: listed, not choosable, with the reason
    for key in ("health", "private", "profile"):
        assert not items[key].flags() & Qt.ItemFlag.ItemIsUserCheckable  # cannot be ticked
        assert items[key].flags() & Qt.ItemFlag.ItemIsSelectable  # but selected, to read why
        assert "mag niet mee" in items[key].text()
    dialog.sections.setCurrentItem(items["health"])
    assert "stuur geen medische informatie mee" in dialog.reason.text()
    assert items["goals"].checkState() == Qt.CheckState.Checked
    items["effort"].setCheckState(Qt.CheckState.Unchecked)  # the coach leaves one out
    preview = dialog.preview_text()
    assert "Doelen en bijstellingen" in preview and "Inzet per fase" not in preview
    assert "QXintakehealthZ" not in preview and "QXintakeprivatecircumstancesZ" not in preview
    # the conclusion is saved as typed and shows in the preview
    editor = dialog.findChild(QWidget, "report_report_conclusion_editor")
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, "Selam is klaar voor betaald werk.")
    dialog.saver.flush()
    assert store.repo("participant").get(person.id)["report_conclusion"] == "Selam is klaar voor betaald werk."
    qtbot.waitUntil(lambda: "Selam is klaar voor betaald werk." in dialog.preview_text(), timeout=5000)
    # with consent for the private topic (for this referrer), private matters can be chosen
    consent.add_consent(store, person.id, {"recipient_name": "UWV", "recipient_kind": "verwijzer",
                                           "topics": ["prive"], "given_on": "2026-01-10",
                                           "form": "schriftelijk"})
    dialog.reload_sections()
    items = _items(dialog)
    assert items["private"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert items["private"].checkState() == Qt.CheckState.Unchecked  # off until the coach ticks it
    items["private"].setCheckState(Qt.CheckState.Checked)
    items["effort"].setCheckState(Qt.CheckState.Unchecked)
    assert "QXintakeprivatecircumstancesZ" in dialog.preview_text()
    for suffix, button in ((".pdf", dialog.save_button), (".docx", dialog.docx_button)):
        target = tmp_path / f"rapport{suffix}"
        _save_to(monkeypatch, target)
        dialog.exported = None
        button.click()
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20000)
        assert target.exists()
    assert threads and all(t != threading.get_ident() for t in threads)
    text = docx_text((tmp_path / "rapport.docx").read_bytes())
    assert "Voortgangsrapportage" in text and "QXintakehealthZ" not in text
    assert "Word-document" in dialog.status.text()
    pdf = " ".join(pdf_text((tmp_path / "rapport.pdf").read_bytes()).split())
    assert "Privésituatie" in pdf and "Inzet per fase" not in pdf
    audit = list(store.db.execute("SELECT detail FROM audit_log WHERE action = 'export.voortgang'"))
    assert len(audit) == 2 and "Selam" not in audit[0][0]
    # the final report swaps "next steps" for the result
    dialog.kind.setCurrentIndex(dialog.kind.findData("eind"))
    assert "result" in _items(dialog) and "next_steps" not in _items(dialog)
    assert "Resultaat van het traject" in dialog.preview_text()


def test_composer_fits_a_laptop_screen_and_every_control_has_its_own_key(win, qtbot):
    dialog = win.reports.open_referrer_report()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1326 and dialog.height() <= 708
    for button in (dialog.save_button, dialog.docx_button, dialog.close_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), button.objectName()
    keys = _mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    assert dialog.focusWidget() is dialog.kind


def test_plan_dialog_previews_checks_language_and_saves(win, store, person, qtbot, monkeypatch, tmp_path):
    from begeleider_app.services import goals

    [goal] = goals.goals_for(store, person.id)
    store.repo("goal").update(goal["id"], {"text": "Ik kom elke dag op tijd."})
    dialog = win.reports.open_plan()
    qtbot.waitExposed(dialog)
    assert "Mijn plan" in dialog.preview_text() and "Ik kom elke dag op tijd." in dialog.preview_text()
    assert "QXintakehealthZ" not in dialog.preview_text()
    keys = _mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    # the fully marked participant's action text is no everyday Dutch: the check says so
    assert dialog.language_note.text().startswith("Taal")
    dialog.icons.setChecked(False)
    assert dialog.report.sections[1].blocks[0].items[0][0] == ""  # no picture
    target = tmp_path / "plan.pdf"
    _save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20000)
    assert "Ik kom elke dag op tijd." in pdf_text(target.read_bytes())


def test_consent_dialog_records_the_kind_of_recipient(win, store, person):
    referrer = store.repo("contact").insert({"role": "verwijzer", "name": "Karim Bouali",
                                             "organisation": "UWV Werkbedrijf Zwolle"})
    dialog = win.handover.open_consents()
    assert dialog.kind.currentData() == "werkgever"  # the placement's employer comes first
    index = dialog.recipient.findText("UWV Werkbedrijf Zwolle (Karim Bouali)")
    assert index >= 0
    dialog.recipient.setCurrentIndex(index)
    assert dialog.kind.currentData() == "verwijzer"  # follows the recipient's role
    dialog.topic_boxes[ConsentTopic.PRIVATE].setChecked(True)
    dialog.given_on.setText("01-02-2026")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 7).text() == "Verwijzer"
    rec = consent.referrer_recipients(store, person.id)[0]
    assert rec.contact_id == referrer["id"]
    assert rsvc.referrer_topics(store, person.id, rec, date(2026, 3, 1)) == {ConsentTopic.PRIVATE}
    assert consent.valid_topics(store, person.id, referrer["id"], date(2026, 3, 1)) == set()


def test_goals_tab_hints_at_plain_language(win, store, person, qtbot):
    from begeleider_app.services import goals

    [goal] = goals.goals_for(store, person.id)
    store.repo("goal").update(goal["id"], {"text": (
        "De deelnemer dient zijn werknemersvaardigheden te optimaliseren teneinde duurzame "
        "arbeidsparticipatie te realiseren binnen het kader van het re-integratietraject.")})
    for act in store.repo("action").for_participant(person.id):
        store.repo("action").update(act["id"], {"done": 1})
    win.tabs.setCurrentIndex(1)
    tab = win.participant_tabs[1]
    tab.ensure_loaded()
    tab.load()
    hint = tab.findChild(QLabel, "goal_0_hint")
    assert hint.text().startswith("Taaltip:") and "woorden" in hint.text()
    store.repo("goal").update(goal["id"], {"text": "Ik kom elke dag op tijd."})
    tab.load()
    assert hint.text() == "" and hint.height() == 0  # nothing to say: no room taken
    line = tab.findChild(QLineEdit, "goal_0_new_action")
    action_hint = tab.findChild(QLabel, "goal_0_new_action_hint")
    qtbot.keyClicks(line, "Teneinde de sollicitatieprocedure te optimaliseren")
    qtbot.waitUntil(lambda: action_hint.text().startswith("Taaltip:"), timeout=3000)
    assert "teneinde" in action_hint.text().lower()
    line.clear()
    qtbot.waitUntil(lambda: action_hint.text() == "", timeout=3000)


def test_docx_read_back_matches_the_composer(win, store, person, qtbot, monkeypatch, tmp_path):
    from docx import Document

    dialog = win.reports.open_referrer_report()
    dialog.today = TODAY
    dialog.refresh_preview()
    target = tmp_path / "r.docx"
    _save_to(monkeypatch, target)
    dialog.docx_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20000)
    doc = Document(io.BytesIO(target.read_bytes()))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in dialog.report.sections if s.title]

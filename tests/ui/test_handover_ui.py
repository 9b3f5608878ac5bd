"""The consent register, the handover composer and the letter, driven through the real window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.services import handover as svc


def _fixtures():
    """The shared builders of tests/reports/conftest.py (pytest runs with --import-mode=importlib)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "reports" / "conftest.py"
    spec = importlib.util.spec_from_file_location("_handover_test_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


_fx = _fixtures()
TODAY, flat, give_consent, pdf_text = _fx.TODAY, _fx.flat, _fx.give_consent, _fx.pdf_text
make_full_participant = _fx.make_full_participant
ALL_BUT_PRIVATE = [t for t in ConsentTopic if t is not ConsentTopic.PRIVATE]
SETTINGS = Settings(coach_name="Demo Begeleider", organisation_name="Stichting Werkpad")


@pytest.fixture
def person(store):
    return make_full_participant(store)


@pytest.fixture
def win(make_window, store, person):
    window = make_window(store, SETTINGS)
    window.select_participant(person.id)
    assert window.current_participant_id() == person.id
    return window


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "PDF (*.pdf)")))


def _section_items(dialog):
    return {dialog.sections.item(i).data(Qt.ItemDataRole.UserRole): dialog.sections.item(i)
            for i in range(dialog.sections.count())}


def test_actions_follow_the_selection(make_window, store, person):
    window = make_window(store, SETTINGS)
    actions = window.handover.actions
    assert set(actions) == {"consentAction", "handoverAction", "letterAction"}
    window.select_participant(person.id)
    assert all(a.isEnabled() for a in actions.values())
    assert all(a in window.menus["participant"].actions() for a in actions.values())


def test_without_consent_nothing_can_be_exported(win, qtbot):
    win.handover.actions["handoverAction"].trigger()
    dialog = win.handover.dialogs[-1]
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    note = dialog.consent_note.text()
    assert "no valid consent" in note or "geen geldige toestemming" in note  # en or nl installed
    assert dialog.report is None
    items = _section_items(dialog)
    assert not items["intro"].flags() & Qt.ItemFlag.ItemIsEnabled


def test_composer_preview_matches_pdf_and_export_runs_off_the_ui_thread(
        win, store, person, qtbot, monkeypatch, tmp_path):
    give_consent(store, person, ALL_BUT_PRIVATE)
    threads = []
    real_export = svc.export_pdf

    def spy(report, path):
        threads.append(threading.get_ident())
        return real_export(report, path)

    monkeypatch.setattr(svc, "export_pdf", spy)
    dialog = win.handover.open_handover()
    dialog.today = TODAY
    dialog.reload_sections()
    items = _section_items(dialog)
    assert not items["private"].flags() & Qt.ItemFlag.ItemIsEnabled  # no PRIVATE consent
    assert items["intro"].checkState() == Qt.CheckState.Checked
    items["instruction"].setCheckState(Qt.CheckState.Unchecked)  # the coach leaves one out
    preview = dialog.preview_text()
    assert "Zo geeft u instructie" not in preview and "Kennismaking met uw nieuwe collega" in preview
    assert "QXintakehealthZ" not in preview
    target = tmp_path / "overdracht.pdf"
    _save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20000)
    assert threads and threads[0] != threading.get_ident()
    text = pdf_text(target.read_bytes())
    for spec in svc.SECTIONS:
        in_preview = spec.title in preview
        assert (flat(spec.title) in flat(text)) == in_preview, spec.key
    assert dialog.open_button.isEnabled() and "overdracht.pdf" in dialog.status.text()
    audit = list(store.db.execute("SELECT detail FROM audit_log WHERE action = 'export.handover'"))
    assert len(audit) == 1 and "instruction" not in audit[0][0] and dialog.exported.sha256 in audit[0][0]


def test_a_failed_export_says_why_and_keeps_the_dialog(win, store, person, qtbot, monkeypatch,
                                                        tmp_path, no_message_boxes):
    give_consent(store, person, ALL_BUT_PRIVATE)
    dialog = win.handover.open_handover()
    target = tmp_path / "bezet.pdf"
    target.mkdir()  # a directory in the way: writing must fail
    _save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=20000)
    assert "bezet.pdf" in no_message_boxes[0]
    assert dialog.isVisible() and dialog.save_button.isEnabled() and dialog.report is not None
    assert not list(store.db.execute("SELECT 1 FROM audit_log WHERE action LIKE 'export%'"))


def test_print_goes_through_the_print_dialog(win, store, person, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    give_consent(store, person, ALL_BUT_PRIVATE)
    dialog = win.handover.open_handover()
    out = tmp_path / "printed.pdf"

    def fake_exec(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    dialog.print_button.click()
    assert out.exists()
    assert flat("Warme overdracht") in flat(pdf_text(out.read_bytes()))


def test_consent_register_records_withdraws_and_keeps_history(win, store, person):
    from begeleider_app.services import consent

    dialog = win.handover.open_consents()
    assert dialog.table.rowCount() == 0
    assert dialog.recipient.currentData().contact_id == person.employer_id
    dialog.topic_boxes[ConsentTopic.PROFILE].setChecked(True)
    dialog.topic_boxes[ConsentTopic.SUPPORT].setChecked(True)
    dialog.given_on.setText("01-02-2026")
    dialog.expires_on.setText("31-01-2026")  # before the given date: refused, nothing lost
    dialog.add_button.click()
    assert dialog.table.rowCount() == 0 and dialog.error.text()
    assert dialog.topic_boxes[ConsentTopic.PROFILE].isChecked()
    dialog.expires_on.setText("01-02-2027")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1 and not dialog.error.text()
    assert consent.valid_topics(store, person.id, person.employer_id, TODAY) == {
        ConsentTopic.PROFILE, ConsentTopic.SUPPORT}
    dialog.table.selectRow(0)
    dialog.withdraw_selected()
    assert dialog.table.item(0, 6).text() in ("Ingetrokken", "Withdrawn")
    assert consent.valid_topics(store, person.id, person.employer_id, dialog.today) == set()
    dialog.table.selectRow(0)
    dialog.show_history()
    assert "Profiel en talenten" in dialog.history_label.text()


def test_letter_text_is_edited_before_export(win, store, person, qtbot, monkeypatch, tmp_path):
    dialog = win.handover.open_letter()
    draft = dialog.editor.toPlainText()
    assert "Selam" in draft and "QX" not in draft  # no private or health markers in the draft
    dialog.editor.setPlainText("Geachte lezer,\n\nSelam is de beste collega die ik ken.")
    dialog.addressee.setText("Aan wie het aangaat")
    target = tmp_path / "brief.pdf"
    _save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20000)
    text = pdf_text(target.read_bytes())
    assert "Selam is de beste collega die ik ken." in text
    assert "Aan wie het aangaat" in text and "Demo Begeleider" in text
    assert "Selam is de beste collega" in dialog.preview.toPlainText()

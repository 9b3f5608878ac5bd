"""The lock: after the idle time no participant's data is in any widget; unlocking with the
passphrase brings back the coach's unsaved field. Real window, real (encrypted) database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto

from .conftest import type_text

PASS = "vier woorden als wachtwoord"
FIRST, LAST = "Zephyrine", "Quastelbroek"
TYPED = "Wil graag in de groenvoorziening werken, buiten en met een vaste ploeg."


@pytest.fixture
def enc_store(paths, tmp_path):
    crypto.forget_session_keys()
    store = open_store(tmp_path / "enc.sqlite", paths, key=PASS)
    yield store
    store.close()
    crypto.forget_session_keys()


def visible_texts() -> list[str]:
    """Every text a person could see: labels, fields, buttons, lists, tables, titles, tooltips."""
    out: list[str] = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        if w.isWindow():
            out.append(w.windowTitle())
        out.append(w.toolTip())
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                for c in range(m.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = m.index(r, c).data(role)
                        if value is not None:
                            out.append(str(value))
    return out


def leaked(names=(FIRST, LAST, TYPED[:20])) -> list[str]:
    return [t for t in visible_texts() if any(n in t for n in names)]


def test_idle_lock_hides_every_name_and_unlock_restores_unsaved_text(qtbot, make_window, enc_store):
    person = psvc.create_participant(enc_store, {"first_name": FIRST, "last_name": LAST},
                                     today=date(2026, 11, 2))
    window = make_window(enc_store)
    controller = window.privacy
    assert window.select_participant(person["id"])
    assert leaked(), "the name is on screen before the lock (the check can fail)"
    tab = window.participant_tabs[0]
    own_words = tab.intake.editors["own_words"].input
    type_text(own_words, TYPED)  # typed, not yet stored (the debounce has not fired)
    date_input = tab.intake.editors["intake_date"].input
    qtbot.keyClicks(date_input, "31-02-2026")  # cannot be stored: must survive the lock anyway

    controller.set_idle_timeout_ms(150)
    qtbot.waitUntil(lambda: controller.locked, timeout=5000)

    assert leaked() == []
    assert window.caseload.model.rowCount() == 0  # cleared, not only covered
    assert own_words.toPlainText() == ""
    assert controller.lock_screen.isVisible()
    assert not window.menuBar().isVisible()
    # The edit was stored before locking, so nothing is lost even if the program stops now.
    assert psvc.intake_for(enc_store, person["id"])["own_words"] == TYPED
    # Shortcuts do nothing while locked.
    assert not window.commands.act_new.isEnabled()

    screen = controller.lock_screen
    qtbot.keyClicks(screen.passphrase, "verkeerd")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert controller.locked and screen.error.isVisible()
    assert leaked() == []

    qtbot.keyClicks(screen.passphrase, PASS)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not controller.locked
    assert window.current_participant_id() == person["id"]
    tab = window.participant_tabs[0]
    assert tab.intake.editors["own_words"].input.toPlainText() == TYPED
    assert tab.intake.editors["intake_date"].input.text() == "31-02-2026"
    assert window.menuBar().isVisible() and window.commands.act_new.isEnabled()
    actions = [r["action"] for r in enc_store.db["audit_log"].rows_where(
        "action IN ('lock', 'unlock', 'unlock_failed')", order_by="at")]
    assert actions == ["lock", "unlock_failed", "unlock"]
    controller.set_idle_timeout_ms(0)


def test_ctrl_l_locks_at_once(qtbot, make_window, enc_store):
    psvc.create_participant(enc_store, {"first_name": FIRST, "last_name": LAST},
                            today=date(2026, 11, 2))
    window = make_window(enc_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.caseload.view.setFocus()
    assert window.privacy.act_lock.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window.caseload.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.privacy.locked
    assert leaked() == []
    window.privacy.try_unlock(PASS)
    assert not window.privacy.locked and leaked()


def test_privacy_view_hides_caseload_names(qtbot, make_window, store):
    psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST}, today=date(2026, 11, 2))
    window = make_window(store)
    view = window.caseload.view
    window.privacy.act_privacy_view.setChecked(True)
    delegate = view.itemDelegateForColumn(0)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, window.caseload.model.index(0, 0))
    assert option.text == "Z. Q."
    window.privacy.act_privacy_view.setChecked(False)
    assert view.itemDelegateForColumn(0) is not delegate


# ---------------------------------------------------------------------------- passphrase at start

def test_first_start_sets_a_passphrase_and_the_database_is_encrypted(qtbot, paths, tmp_path, fill_dialog):
    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog, obtain_store

    crypto.forget_session_keys()

    def fill(dialog):
        assert dialog.repeat.isVisible() or dialog.mode == "new"
        dialog.passphrase.setText(PASS)
        dialog.repeat.setText(PASS)

    seen = fill_dialog(PassphraseDialog, fill)
    settings = Settings()
    db_path = tmp_path / "eerste.sqlite"
    store = obtain_store(db_path, paths, settings=settings)
    try:
        assert len(seen) == 1 and seen[0].mode == "new"
        assert crypto.key_of(store.db) == PASS
        psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST}, today=date(2026, 11, 2))
    finally:
        store.close()
    assert not crypto.is_plain(db_path) and LAST.encode() not in db_path.read_bytes()
    assert Settings.load(paths).extra["encryption"] == "on"
    crypto.forget_session_keys()


def test_a_short_or_different_repeat_is_refused_in_the_dialog(qtbot):
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("new")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASS)
    dialog.repeat.setText(PASS + "x")
    dialog._check()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted and dialog.error.text()
    dialog.passphrase.setText("kort")
    dialog.repeat.setText("kort")
    dialog._check()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted


def test_choosing_no_encryption_needs_the_warning_answered(qtbot, paths, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog, obtain_store

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Yes))

    def fake_exec(dialog):
        dialog.plain_button.click()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    settings = Settings()
    db_path = tmp_path / "plat.sqlite"
    store = obtain_store(db_path, paths, settings=settings)
    store.close()
    assert warned and "BitLocker" in warned[0]
    assert crypto.is_plain(db_path) and settings.extra["encryption"] == "off"


def test_opening_an_encrypted_file_asks_again_after_a_wrong_passphrase(qtbot, paths, tmp_path, monkeypatch):
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog, obtain_store

    db_path = tmp_path / "enc2.sqlite"
    open_store(db_path, paths, key=PASS).close()
    crypto.forget_session_keys()
    before = db_path.read_bytes()
    answers = iter(["fout wachtwoord", PASS])
    errors = []

    def fake_exec(dialog):
        if dialog.error.isVisibleTo(dialog):
            errors.append(dialog.error.text())
        dialog.passphrase.setText(next(answers))
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    store = obtain_store(db_path, paths)
    store.close()
    assert len(errors) == 1 and "klopt niet" in errors[0]
    crypto.forget_session_keys()
    assert before[:4096] == db_path.read_bytes()[:4096]  # the header page (salt) is unchanged


# ---------------------------------------------------------------------------- rights and views

def test_export_and_erase_actions_in_the_window(qtbot, make_window, store, tmp_path, answer_yes,
                                                no_message_boxes, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    person = psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST},
                                     today=date(2026, 11, 2))
    other = psvc.create_participant(store, {"first_name": "Bertje", "last_name": "Blijft"},
                                    today=date(2026, 11, 2))
    window = make_window(store)
    assert not window.privacy.act_export.isEnabled()
    window.select_participant(person["id"])
    assert window.privacy.act_export.isEnabled()
    assert window.privacy.export_participant(tmp_path / "inzage")  # in the background
    assert window.ctx.ops.wait()
    result = window.privacy.last_export
    assert result is not None and result.pdf_path.exists() and result.json_path.exists()

    # Erasing asks first; "No" (the default) changes nothing.
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert window.privacy.erase_participant() is False
    assert store.repo("participant").get(person["id"]) is not None
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert window.privacy.erase_participant() is True
    assert window.ctx.ops.wait()
    assert store.repo("participant").get(person["id"], include_deleted=True) is None
    assert window.current_participant_id() is None
    assert window.caseload.model.row_of(other["id"]) >= 0 and window.caseload.model.row_of(person["id"]) < 0


def test_retention_view_lists_due_files_and_erases_after_confirmation(qtbot, paths, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.retention_dialog import RetentionDialog

    old = psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST}, today=date(2020, 1, 2))
    psvc.change_status(store, old["id"], "afgesloten", on="2020-06-01")
    recent = psvc.create_participant(store, {"first_name": "Recent", "last_name": "Dicht"},
                                     today=date(2026, 1, 2))
    psvc.change_status(store, recent["id"], "afgesloten", on="2026-06-01")
    dialog = RetentionDialog(store, Settings(), paths, today=date(2026, 11, 2))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.selected_ids() == [old["id"]]  # only the file past 5 years is selected
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert dialog.erase_selected() == 1
    assert dialog.ops.wait() and dialog.erased == 1
    assert dialog.table.rowCount() == 1
    assert store.repo("participant").get(old["id"], include_deleted=True) is None
    dialog.years.setValue(10)
    assert Settings.load(paths).extra["retention_years"] == 10


def test_audit_viewer_shows_locks_exports_and_erasures_without_names_for_erased(
        qtbot, make_window, store, tmp_path, no_message_boxes):
    from begeleider_app.services import privacy
    from begeleider_app.ui.dialogs.audit_dialog import AuditDialog

    person = psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST},
                                     today=date(2026, 11, 2))
    window = make_window(store)
    window.privacy.lock()
    window.privacy.try_unlock("")
    privacy.export_participant(store, person["id"], tmp_path)
    privacy.erase_participant(store, person["id"], confirmed=True)
    dialog = AuditDialog(store)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount())]
    joined = " | ".join(cells)
    for action in ("lock", "unlock", "export_participant", "erasure"):
        assert dialog.action_label(action) in joined
    assert LAST not in joined
    assert dialog.filter.count() >= 5
    dialog.filter.setCurrentIndex(dialog.filter.findData("erasure"))
    assert dialog.table.rowCount() == 1


def test_team_passphrase_action_needs_an_encrypted_database(qtbot, make_window, enc_store):
    window = make_window(enc_store)
    assert window.privacy.act_team.isEnabled()
    assert window.privacy.set_team_passphrase("een teamwachtwoord voor ons")
    assert crypto.snapshot_key(enc_store.db) == "een teamwachtwoord voor ons"
    window.privacy.set_idle_minutes(7)
    assert window.privacy.idle_ms == 7 * 60_000
    window.privacy.set_idle_minutes(0)


def test_lock_with_an_open_dialog_keeps_what_was_typed_in_it(qtbot, make_window, enc_store):
    """A dialog open at lock time is not closed (that would lose its text): its contents are
    hidden, the passphrase is asked inside it, and after unlocking it is as it was."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    psvc.create_participant(enc_store, {"first_name": FIRST, "last_name": LAST}, today=date(2026, 11, 2))
    window = make_window(enc_store)
    controller = window.privacy
    dialog = QDialog(window)
    dialog.setWindowTitle(f"Notitie over {FIRST}")
    edit = QLineEdit(dialog)
    edit.setObjectName("noteInput")
    QVBoxLayout(dialog).addWidget(edit)
    seen: dict[str, object] = {}

    def during_dialog() -> None:
        edit.setText(f"{FIRST} belt morgen terug")
        controller.lock(reason="test")
        seen["locked"] = controller.locked
        seen["leaks"] = leaked()
        seen["host"] = controller.lock_screen.parent() is dialog
        seen["open"] = dialog.isVisible()
        controller.lock_screen.passphrase.setText(PASS)
        controller.lock_screen.button.click()
        seen["text"] = edit.text()
        seen["title"] = dialog.windowTitle()
        dialog.accept()

    QTimer.singleShot(0, during_dialog)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen["locked"] and seen["open"] and seen["host"]
    assert seen["leaks"] == []
    assert seen["text"] == f"{FIRST} belt morgen terug" and FIRST in seen["title"]
    assert not controller.locked


def test_real_start_up_asks_for_a_passphrase_at_first_start_and_after(qtbot, tmp_path, monkeypatch, fill_dialog):
    import sys

    from begeleider_app.ui import app as app_module
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog

    crypto.forget_session_keys()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    modes: list[str] = []

    def fill(dialog):
        modes.append(dialog.mode)
        dialog.passphrase.setText(PASS)
        dialog.repeat.setText(PASS)

    fill_dialog(PassphraseDialog, fill)
    argv = ["begeleider-app", "--data-dir", str(tmp_path / "inst"), "--no-demo", "--no-backup",
            "--no-wizard"]
    for _round in range(2):
        _app, window, code = app_module.build(argv)
        assert code == 0 and window is not None
        qtbot.addWidget(window)
        assert crypto.key_of(window.store.db) == PASS
        path = window.store.path
        window.close()
        window.store.close()
        crypto.forget_session_keys()
    assert modes == ["new", "enter"]
    assert not crypto.is_plain(path)


def test_a_plain_database_can_have_a_lock_passphrase(qtbot, make_window, store):
    psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST}, today=date(2026, 11, 2))
    window = make_window(store)
    controller = window.privacy
    assert controller.act_lock_pass.isEnabled() and not controller.act_team.isEnabled()
    assert not controller.needs_passphrase()
    assert controller.set_lock_passphrase("alleen voor het slot")
    assert "alleen voor het slot" not in str(window.settings.extra)  # only a hash is kept
    controller.lock()
    assert controller.lock_screen.passphrase.isVisible()
    assert not controller.try_unlock("") and controller.locked
    assert controller.try_unlock("alleen voor het slot") and not controller.locked


def test_correction_keeps_the_old_value_with_the_note(qtbot, make_window, store, fill_dialog):
    from begeleider_app.ui.dialogs.correction_dialog import CorrectionDialog

    person = psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST},
                                     today=date(2026, 11, 2))
    window = make_window(store)
    window.select_participant(person["id"])

    def fill(dialog):
        dialog.field.setCurrentIndex(dialog.field.findData("participant.last_name"))
        assert dialog.current.text() == LAST
        dialog.value.setText("Quastelbroek-Smit")
        dialog.apply()  # without a note: refused, stays open
        assert dialog.error.isVisibleTo(dialog) and dialog.result() != 1
        dialog.note.setText("op verzoek van de deelnemer")
        dialog.apply()

    fill_dialog(CorrectionDialog, fill)
    assert window.privacy.correct_participant()
    history = store.repo("participant").history(person["id"])
    assert history[0]["last_name"] == LAST and history[0]["_note"] == "op verzoek van de deelnemer"
    assert store.repo("participant").get(person["id"])["last_name"] == "Quastelbroek-Smit"


def test_input_in_any_window_restarts_the_idle_time(qtbot, make_window, store):
    """Keys and clicks reach each top-level window before a widget; the lock watches the
    windows (not every event of the application), so typing in the main window or in an open
    dialog keeps the program unlocked, and once the input stops the idle time runs out."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit

    window = make_window(store)
    controller = window.privacy
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()

    controller.set_idle_timeout_ms(700)
    for i in range(12):  # 1.8 s of input, each gap well under the idle time
        qtbot.wait(150)
        if i % 3 == 0:
            QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
        else:
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        assert not controller.locked, f"locked while the coach was typing (after {i + 1} inputs)"
    assert "a" in field.text()  # the keys went through the window to the field
    qtbot.waitUntil(lambda: controller.locked, timeout=5000)  # no input: it locks
    controller.set_idle_timeout_ms(0)
    controller.unlock()
    dialog.close()

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
    assert window.caseload_model.rowCount() == 0  # cleared, not only covered
    assert own_words.toPlainText() == ""
    assert controller.lock_screen.isVisible()
    assert not window.menuBar().isVisible()
    # The edit was stored before locking, so nothing is lost even if the program stops now.
    assert psvc.intake_for(enc_store, person["id"])["own_words"] == TYPED
    # Shortcuts do nothing while locked.
    assert not window.act_new.isEnabled()

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
    assert window.menuBar().isVisible() and window.act_new.isEnabled()
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
    window.caseload_view.setFocus()
    assert window.privacy.act_lock.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window.caseload_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.privacy.locked
    assert leaked() == []
    window.privacy.try_unlock(PASS)
    assert not window.privacy.locked and leaked()


def test_privacy_view_hides_caseload_names(qtbot, make_window, store):
    psvc.create_participant(store, {"first_name": FIRST, "last_name": LAST}, today=date(2026, 11, 2))
    window = make_window(store)
    view = window.caseload_view
    window.privacy.act_privacy_view.setChecked(True)
    delegate = view.itemDelegateForColumn(0)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, window.caseload_model.index(0, 0))
    assert option.text == "Z. Q."
    window.privacy.act_privacy_view.setChecked(False)
    assert view.itemDelegateForColumn(0) is not delegate

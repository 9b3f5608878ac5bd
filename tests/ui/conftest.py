"""Fixtures for driving the real main window on a real temporary SQLite file.

Modal dialogs never block: `fill_dialog` replaces a dialog class's `exec` by a function that
fills the real dialog's widgets and presses OK (its own validation still runs), and
`answer_yes` makes confirmation questions answer Yes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMessageBox

#: the virtual screen of the tests (tests/conftest.py): the most common coach laptop
SCREEN = QRect(0, 0, 1366, 768)
TASKBAR, TITLE_BAR = 40, 32
#: the largest dialog contents that laptop shows whole (taskbar and title bar off)
MAX_W, MAX_H = SCREEN.width() - 16, SCREEN.height() - TASKBAR - TITLE_BAR - 8
#: the main window's contents when maximised on it
MAXIMISED = (SCREEN.width(), SCREEN.height() - TASKBAR - TITLE_BAR)


@pytest.fixture
def nl_app(qapp):
    """The Dutch translation installed (as at start-up), removed afterwards."""
    from begeleider_app.domain.messages import set_language
    from begeleider_app.ui.i18n import install_language

    set_language("nl")
    assert install_language(qapp, "nl")
    yield qapp
    install_language(qapp, "en")
    set_language("nl")


@pytest.fixture(autouse=True)
def _no_typing_kept_from_another_test():
    """Drafts and refused values are kept per process; each test starts without them."""
    from begeleider_app.ui.widgets import autosave, drafts

    autosave.forget_kept_refused()
    drafts.forget_drafts()
    yield
    autosave.forget_kept_refused()
    drafts.forget_drafts()


@pytest.fixture
def en_app(qapp):
    """English, as a coach who chose it sees the program; the language before comes back after
    (tests that start the whole program in this process leave Dutch installed)."""
    from begeleider_app.domain.messages import get_language, set_language
    from begeleider_app.ui import i18n

    before, dutch = get_language(), bool(i18n._installed)
    set_language("en")
    i18n.install_language(qapp, "en")
    yield qapp
    set_language(before)
    i18n.install_language(qapp, "nl" if dutch else "en")


@pytest.fixture
def make_window(qtbot, paths, nl_app):
    from begeleider_app.config import Settings
    from begeleider_app.ui.main_window import MainWindow

    windows = []

    def make(store, settings: Settings | None = None) -> MainWindow:
        window = MainWindow(store, paths, settings or Settings())
        # pytest-qt closes the window after the test: a wrong value a test left in a field
        # would make closing ask (test_refused_input.py tests that question) and wait forever.
        qtbot.addWidget(window, before_close_func=_close_without_asking)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    return make


def _close_without_asking(window) -> None:
    window._may_drop_refused_input = lambda: True


@pytest.fixture
def window(make_window, store):
    return make_window(store)


@pytest.fixture
def answer_yes(monkeypatch):
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Warnings and information boxes are recorded instead of shown."""
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def fill_dialog(monkeypatch):
    """fill_dialog(DialogClass, filler): on exec, call filler(dialog), then press OK."""

    def install(cls: type, filler: Callable[[Any], None]) -> list[Any]:
        seen: list[Any] = []

        def fake_exec(dialog):
            seen.append(dialog)
            filler(dialog)
            dialog.accept()
            QApplication.processEvents()
            return dialog.result()

        monkeypatch.setattr(cls, "exec", fake_exec)
        return seen

    return install


def set_editor(editor, value) -> None:
    """Put a value into a FieldEditor the way a coach would (keyboard-level widgets)."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

    w = editor.input
    if isinstance(w, QComboBox):
        w.setCurrentIndex(w.findData(value))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(value)
    elif isinstance(w, QLineEdit):
        w.setText(value)
        w.textEdited.emit(value)
    else:
        for v, cb in editor.checks.items():
            cb.setChecked(v in value)


def type_text(widget, text: str) -> None:
    """Type any script character by character as key events carrying the text (what a
    keyboard layout or input method delivers); QTest.keyClicks only knows Latin-1 keys."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture(autouse=True, scope="session")
def _delete_widgets_before_the_application_goes():
    """Widgets a test left without a parent (dialogs, tabs made on their own) would otherwise
    be destroyed at interpreter exit, after Qt's event loop, where their timers can no longer
    be stopped ("QBasicTimer ... event dispatcher has already been destroyed")."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()

"""One way to make a window's command: text with its mnemonic, shortcut, object name, tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(window: QWidget, text: str, slot: Callable[[], object],
                  shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
                  name: str = "", tip: str = "") -> QAction:
    """An action of ``window``: its shortcut works wherever the focus is in the window."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action

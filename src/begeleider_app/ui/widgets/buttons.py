"""The program's push button: an object name (tests, style) and an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def make_button(text: str, name: str, parent: QWidget, accessible: str | None = None) -> QPushButton:
    """A push button with an object name and an accessible name (its text without '&' or '...')."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible or text.replace("&", "").rstrip("."))
    return button

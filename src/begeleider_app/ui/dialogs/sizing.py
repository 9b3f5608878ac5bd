"""Size a dialog to its content and the screen it is on: never bigger than the available
area (a 1366x768 laptop keeps its buttons in view)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int, margin: int = 40) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - margin), min(height, area.height() - margin - 30))

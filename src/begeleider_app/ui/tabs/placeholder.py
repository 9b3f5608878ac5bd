"""A tab that is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...storage.repository import Store
from .base import ParticipantTab


class PlaceholderTab(ParticipantTab):
    def __init__(self, store: Store, text: str, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setObjectName("placeholderLabel")
        label.setAccessibleName(text)
        layout.addWidget(label)
        layout.addStretch(1)

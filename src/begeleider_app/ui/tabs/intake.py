"""The Intake tab (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...storage.repository import Store
from .placeholder import PlaceholderTab


class IntakeTab(PlaceholderTab):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Intake"), parent)

"""Common base of the participant tabs: load a participant, flush pending edits, clean up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...storage.repository import Store


class ParticipantTab(QWidget):
    """A tab that shows one participant. Subclasses fill `load()` and `flush()`."""

    #: emitted after something was stored, with a short description for the status bar
    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id: str | None = None

    def set_participant(self, participant_id: str | None) -> None:
        self.flush()
        self.participant_id = participant_id
        self.load()

    def load(self) -> None:
        """Fill the widgets for `self.participant_id` (None: clear and disable)."""

    def flush(self) -> None:
        """Store any edit that is still waiting for its debounce timer."""

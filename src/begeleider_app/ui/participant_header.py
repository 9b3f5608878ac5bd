"""The participant's name and status above the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.fields import PARTICIPANT
from ..domain.messages import get_language
from ..domain.validation import format_date
from ..services import participants as svc
from ..storage.repository import Store


class ParticipantHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("participantHeader")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("participantSubheader")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def show_person(self, store: Store, person: dict | None) -> None:
        if person is None:
            self.title.setText(self.tr("No participant selected"))
            self.subtitle.setText(self.tr("Choose someone in the caseload, or make a new participant with Ctrl+N."))
            return
        name = svc.full_name(person)
        if person.get("name_native"):
            name += f"  (\u2068{person['name_native']}\u2069)"
        self.title.setText(name)
        status = PARTICIPANT.field("status").choice_label(person["status"], get_language())
        parts = [self.tr("Status: %1").replace("%1", status)]
        if person["status"] == svc.PAUSED:
            changes = svc.status_history(store, person["id"])
            last = next((c for c in reversed(changes) if c["to_status"] == svc.PAUSED), None)
            if last:
                parts.append(self.tr("paused since %1: %2").replace("%1", format_date(last["date"]))
                             .replace("%2", last.get("reason") or ""))
        if person.get("archived"):
            parts.append(self.tr("archived"))
        self.subtitle.setText(" - ".join(parts))

"""The participant's name and status above the tabs, and their buddy or maatje."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.fields import PARTICIPANT
from ..domain.messages import get_language
from ..domain.validation import format_date
from ..services import network as net
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
        self.buddies = QLabel(self)
        self.buddies.setObjectName("participantBuddies")
        self.buddies.setTextFormat(Qt.TextFormat.PlainText)
        self.buddies.setWordWrap(True)
        self.buddies.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.buddies)

    def show_person(self, store: Store, person: dict | None) -> None:
        self._show_buddies(store, person)
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

    def _show_buddies(self, store: Store, person: dict | None) -> None:
        """The buddies whose period covers today, with their kind and since when."""
        rows = net.active_buddies(store, person["id"]) if person else []
        if not rows:
            self.buddies.clear()
            self.buddies.hide()
            return
        self.buddies.setText(self.tr("Buddy: %1").replace(
            "%1", "; ".join(net.buddy_line(r) for r in rows)))
        self.buddies.show()

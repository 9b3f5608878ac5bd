"""The bar under the participant's name that offers a status change when something happened.

"De plaatsing (betaald werk) bij Bakkerij De Korenschoof is begonnen op 02-03-2026.
[Wijzig naar Geplaatst] [Niet nu]": one click accepts (the change is recorded from the
placement's start, with the reason in its history); "Niet nu" hides it for this participant
until the program starts again. Nothing changes without the coach (services/status_rules.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ..domain.fields import PARTICIPANT
from ..domain.messages import get_language
from ..services import participants as psvc
from ..services import status_rules
from .context import AppContext
from .ops import Changes
from .widgets.wrap_label import WrapLabel

WATCHED = ("participant", "placement", "contact_moment", "status_change")


class StatusSuggestionBar(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suggestion: status_rules.StatusSuggestion | None = None
        self._pid: str | None = None
        self._dismissed: set[tuple[str, str]] = set()  # (participant, status): "Niet nu"
        self.setObjectName("statusSuggestion")
        self.setStyleSheet("QFrame#statusSuggestion { background: #e8f0f7; border: 1px solid #9bb8d3; "
                           "border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = WrapLabel(parent=self)
        self.label.setObjectName("statusSuggestionText")
        row.addWidget(self.label, 1)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptStatusSuggestion")
        self.accept_button.clicked.connect(self.accept)
        self.later_button = QPushButton(self.tr("Not &now"), self)
        self.later_button.setObjectName("dismissStatusSuggestion")
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.clicked.connect(self.dismiss)
        row.addWidget(self.accept_button)
        row.addWidget(self.later_button)
        self.hide()
        ctx.participant_changed.connect(self.show_for)
        ctx.records_changed.connect(
            lambda changes: changes.touches(WATCHED) and self.show_for(self.ctx.current_participant_id()))
        ctx.locked_changed.connect(lambda locked: self.hide() if locked else self.show_for(self._pid))

    def show_for(self, participant_id: str | None) -> None:
        """Look again whether a change fits the participant on screen."""
        self._pid = participant_id
        found = None
        if participant_id and not self.ctx.locked and not self.ctx.store.closed:
            found = status_rules.suggestion(self.ctx.store, participant_id, date.today())
        if found is not None and (participant_id, found.status) in self._dismissed:
            found = None
        self.suggestion = found
        if found is None:
            self.hide()
            return
        label = PARTICIPANT.field("status").choice_label(found.status, get_language())
        self.label.setText(found.reason() + " " + self.tr("Change the status to %1?").replace("%1", label))
        self.accept_button.setText(self.tr("&Change to %1").replace("%1", label))
        self.accept_button.setAccessibleName(self.tr("Change the status to %1").replace("%1", label))
        self.show()

    def accept(self) -> bool:
        found, pid = self.suggestion, self._pid
        if found is None or pid is None:
            return False
        self.ctx.ops.call(self.tr("Change status"), psvc.change_status, self.ctx.store, pid,
                          found.status, on=found.on, reason=found.reason(), flush=True,
                          changes=Changes.of(["participant", "status_change"], [pid]))
        self.show_for(pid)
        return True

    def dismiss(self) -> None:
        if self.suggestion is not None and self._pid is not None:
            self._dismissed.add((self._pid, self.suggestion.status))
        self.show_for(self._pid)

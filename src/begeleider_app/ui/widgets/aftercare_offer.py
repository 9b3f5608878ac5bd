"""The yellow bar that offers an aftercare plan once a participant is placed.

Shared by the placement and aftercare tabs, so the offer reads and behaves the same in both.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ...domain.validation import format_date
from ...services import aftercare as ac
from ...storage.repository import Store
from ..dialogs.aftercare_plan_dialog import AftercarePlanDialog
from .buttons import make_button

STYLE = ("QFrame#{name} {{ background: #fff4d6; border: 1px solid #e0b84f; border-radius: 4px; }}")


class AftercareOffer(QFrame):
    """Shows the proposed plan for a placed participant and stores it when the coach accepts."""

    def __init__(self, store: Store, name: str, button_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(name)
        self.setStyleSheet(STYLE.format(name=name))
        row = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.button = make_button(self.tr("&Plan aftercare..."), button_name, self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def refresh(self, participant_id: str | None) -> None:
        start = ac.plan_needed(self.store, participant_id) if participant_id else None
        self.setVisible(start is not None)
        if start is None:
            return
        plan = ac.proposal_for(self.store, participant_id, start)
        self.label.setText(
            self.tr("Placed since %1 and no aftercare plan yet. Proposal: %2 contact moments, "
                    "the first on %3, the closing conversation on %4.")
            .replace("%1", format_date(start)).replace("%2", str(len(plan)))
            .replace("%3", format_date(plan[0].planned_date) if plan else "-")
            .replace("%4", format_date(plan[-1].planned_date) if plan else "-"))

    def plan(self, participant_id: str | None, dialog_parent: QWidget) -> bool:
        """Show the proposed plan; store it when the coach accepts. True when stored."""
        start = ac.plan_needed(self.store, participant_id) if participant_id else None
        if participant_id is None or start is None:
            return False
        dialog = AftercarePlanDialog(start, ac.proposal_for(self.store, participant_id, start), dialog_parent)
        if dialog.exec() != AftercarePlanDialog.DialogCode.Accepted:
            return False
        ac.accept_plan(self.store, participant_id, dialog.result_moments)
        return True

"""Change a trajectory's status: the new status, from which date, and (for a pause) why."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import STATUS
from ...domain.messages import get_language
from ...domain.validation import format_date, parse_date
from ...services.participants import PAUSED
from ..widgets.fit import fit_dialog
from .footer import add_footer


class StatusDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None, *, preset: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("Change status"))
        self.setAccessibleName(self.tr("Change status"))
        self.setMinimumWidth(440)
        lang = get_language()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setAccessibleName(self.tr("New status"))
        for choice in STATUS:
            if choice.value != current:
                self.status_combo.addItem(choice.label(lang), choice.value)
        if preset:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(preset)))
        form.addRow(self.tr("New &status"), self.status_combo)
        self.date_edit = QLineEdit(format_date(date.today()), self)
        self.date_edit.setObjectName("statusDate")
        self.date_edit.setAccessibleName(self.tr("Date of the change"))
        self.date_edit.setMaximumWidth(160)
        form.addRow(self.tr("&From date"), self.date_edit)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("statusReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.error_label, _buttons = add_footer(self, layout, error_name="statusError", on_ok=self.accept)
        self.status_combo.currentIndexChanged.connect(self._update_hint)
        self._update_hint()
        fit_dialog(self)

    def _update_hint(self) -> None:
        pause = self.status_combo.currentData() == PAUSED
        self.reason_edit.setPlaceholderText(
            self.tr("Why is the trajectory paused? (required)") if pause else self.tr("Optional"))

    def values(self) -> tuple[str, date, str]:
        on = parse_date(self.date_edit.text()) or date.today()
        return self.status_combo.currentData(), on, self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        problems = []
        try:
            if parse_date(self.date_edit.text()) is None:
                problems.append(self.tr("Fill in the date."))
        except ValueError:
            problems.append(self.tr("The date is not a valid date; write day-month-year, e.g. 03-11-2026."))
        if self.status_combo.currentData() == PAUSED and not self.reason_edit.toPlainText().strip():
            problems.append(self.tr("Give a reason for the pause."))
        if problems:
            self.error_label.setText("\n".join(problems))
            self.error_label.show()
            return
        super().accept()

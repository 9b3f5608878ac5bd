"""Revising a goal: the new wording, the date and (required) the reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import format_date, parse_date
from ..widgets.fit import fit_dialog
from ..widgets.plain_hint import PlainHint
from .footer import add_footer


class ReviseGoalDialog(QDialog):
    def __init__(self, current_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviseGoalDialog")
        self.setWindowTitle(self.tr("Revise goal"))
        self.setAccessibleName(self.tr("Revise goal"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        old = QLabel(self.tr("Current goal: %1").replace("%1", current_text), self)
        old.setObjectName("currentGoalLabel")
        old.setWordWrap(True)
        layout.addWidget(old)
        form = QFormLayout()
        layout.addLayout(form)
        self.text_edit = QPlainTextEdit(current_text, self)
        self.text_edit.setObjectName("reviseNewText")
        self.text_edit.setAccessibleName(self.tr("New wording of the goal"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(90)
        form.addRow(self.tr("New &wording"), self.text_edit)
        self.hint = PlainHint(self, "reviseHint").watch(self.text_edit)
        form.addRow("", self.hint)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reviseReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for the revision"))
        self.reason_edit.setPlaceholderText(self.tr("Why is the goal revised? (required)"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.date_edit = QLineEdit(format_date(date.today()), self)
        self.date_edit.setObjectName("reviseDate")
        self.date_edit.setAccessibleName(self.tr("Date of the revision"))
        self.date_edit.setMaximumWidth(160)
        form.addRow(self.tr("&Date"), self.date_edit)
        self.error_label, buttons = add_footer(self, layout, error_name="reviseError", on_ok=self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.current_text = current_text
        fit_dialog(self)

    def values(self) -> tuple[str, str, date]:
        on = parse_date(self.date_edit.text()) or date.today()
        return self.text_edit.toPlainText().strip(), self.reason_edit.toPlainText().strip(), on

    def accept(self) -> None:
        problems = []
        text = self.text_edit.toPlainText().strip()
        if not text:
            problems.append(self.tr("The goal cannot be empty."))
        elif text == self.current_text.strip():
            problems.append(self.tr("The new wording equals the current goal."))
        if not self.reason_edit.toPlainText().strip():
            problems.append(self.tr("Give a reason for the revision."))
        try:
            parse_date(self.date_edit.text())
        except ValueError:
            problems.append(self.tr("The date is not a valid date; write day-month-year, e.g. 03-11-2026."))
        if problems:
            self.error_label.setText("\n".join(problems))
            self.error_label.show()
            return
        super().accept()

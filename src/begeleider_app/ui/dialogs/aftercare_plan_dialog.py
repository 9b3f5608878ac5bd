"""The proposed aftercare plan: the coach accepts it as is or changes it first.

Every row is one contact moment (date, description, mode, closing conversation); rows can be
added and removed. Dates are typed the Dutch way (dd-mm-yyyy).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import MODE, WITH_WHOM
from ...domain.messages import get_language
from ...domain.validation import format_date, parse_date
from ...services.aftercare import ProposedMoment
from ..widgets.fit import fit_dialog
from .footer import add_footer

DATE, LABEL, WHOM, MODE_COL, CLOSING = range(5)


class AftercarePlanDialog(QDialog):
    def __init__(self, start: date, proposal: list[ProposedMoment],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aftercarePlanDialog")
        self.setWindowTitle(self.tr("Aftercare plan"))
        self.setAccessibleName(self.windowTitle())
        fit_dialog(self, (820, 460))
        self.start = start
        self._whom: list[list[str]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The placement started on %1. The program proposes these contact moments from the "
            "organisation's template. Change dates or descriptions, add or remove moments, then "
            "accept the plan.").replace("%1", format_date(start)), self)
        intro.setObjectName("aftercarePlanIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("aftercarePlanTable")
        self.table.setAccessibleName(self.tr("Proposed contact moments"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Description"),
                                              self.tr("With whom"), self.tr("Mode"),
                                              self.tr("Closing")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for col in (DATE, WHOM, MODE_COL, CLOSING):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        for m in proposal:
            self.add_row(m)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add moment"), self)
        self.add_button.setObjectName("planAddMoment")
        self.add_button.setAccessibleName(self.tr("Add moment"))
        self.add_button.clicked.connect(self._add_empty)
        self.remove_button = QPushButton(self.tr("&Remove moment"), self)
        self.remove_button.setObjectName("planRemoveMoment")
        self.remove_button.setAccessibleName(self.tr("Remove moment"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error_label, buttons = add_footer(self, layout, error_name="aftercarePlanErrors",
                                               on_ok=self.accept)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Accept plan"))
        ok.setObjectName("acceptPlanButton")
        ok.setAccessibleName(self.tr("Accept plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.result_moments: list[ProposedMoment] = []

    def add_row(self, m: ProposedMoment) -> None:
        lang = get_language()
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, DATE, QTableWidgetItem(format_date(m.planned_date)))
        self.table.setItem(r, LABEL, QTableWidgetItem(m.label))
        labels = {c.value: c.label(lang) for c in WITH_WHOM}
        whom = QTableWidgetItem(", ".join(labels.get(w, w) for w in m.with_whom))
        whom.setFlags(whom.flags() & ~Qt.ItemFlag.ItemIsEditable)
        whom.setData(Qt.ItemDataRole.UserRole, list(m.with_whom))
        self.table.setItem(r, WHOM, whom)
        combo = QComboBox(self.table)
        combo.setObjectName(f"planMode_{r}")
        combo.setAccessibleName(self.tr("Mode"))
        combo.addItem("", None)
        for c in MODE:
            combo.addItem(c.label(lang), c.value)
        combo.setCurrentIndex(max(0, combo.findData(m.mode)) if m.mode else 0)
        self.table.setCellWidget(r, MODE_COL, combo)
        closing = QTableWidgetItem()
        closing.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                         | Qt.ItemFlag.ItemIsSelectable)
        closing.setCheckState(Qt.CheckState.Checked if m.is_closing else Qt.CheckState.Unchecked)
        self.table.setItem(r, CLOSING, closing)

    def _add_empty(self) -> None:
        moments = self._parse(strict=False)
        last = max((m.planned_date for m in moments), default=self.start)
        self.add_row(ProposedMoment(self.tr("Extra contact moment"), last + timedelta(days=30),
                                    ["deelnemer"], None, False))
        self.table.setCurrentCell(self.table.rowCount() - 1, LABEL)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)

    def set_date(self, row: int, text: str) -> None:
        self.table.item(row, DATE).setText(text)

    def _parse(self, strict: bool = True) -> list[ProposedMoment]:
        out: list[ProposedMoment] = []
        errors: list[str] = []
        for r in range(self.table.rowCount()):
            text = self.table.item(r, DATE).text()
            label = " ".join(self.table.item(r, LABEL).text().split())
            try:
                day = parse_date(text)
            except ValueError:
                day = None
            if day is None:
                errors.append(self.tr("Row %1: '%2' is not a date (dd-mm-yyyy).")
                              .replace("%1", str(r + 1)).replace("%2", text))
                continue
            if not label:
                errors.append(self.tr("Row %1: the description is empty.").replace("%1", str(r + 1)))
                continue
            combo = self.table.cellWidget(r, MODE_COL)
            out.append(ProposedMoment(
                label, day, list(self.table.item(r, WHOM).data(Qt.ItemDataRole.UserRole) or []),
                combo.currentData() if isinstance(combo, QComboBox) else None,
                self.table.item(r, CLOSING).checkState() == Qt.CheckState.Checked))
        if errors and strict:
            raise ValueError("\n".join(errors))
        out.sort(key=lambda m: m.planned_date)
        return out

    def moments(self) -> list[ProposedMoment]:
        return self._parse(strict=True)

    def accept(self) -> None:
        try:
            self.result_moments = self.moments()
        except ValueError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            return
        if not self.result_moments:
            self.error_label.setText(self.tr("The plan has no contact moments."))
            self.error_label.show()
            return
        super().accept()

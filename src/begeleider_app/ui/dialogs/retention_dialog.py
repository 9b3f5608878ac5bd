"""The retention view: closed files past the retention period, with erasure after confirmation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...config import Paths, Settings
from ...domain.validation import format_date
from ...services import retention
from ...storage.repository import Store
from ..ops import Changes, Operations
from ..widgets.fit import fit_dialog


def confirm_erasure(parent: QWidget | None, names: list[str]) -> bool:
    """Ask before erasing; the default answer is No."""
    shown = "\n".join(f"  - {n}" for n in names[:15])
    if len(names) > 15:
        shown += "\n  ..."
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("RetentionDialog", "Erase permanently"),
        QCoreApplication.translate("RetentionDialog", "Erase everything about these participants, with its history? This "
           "cannot be undone; other devices erase them too at their next sync.\n\n%1")
        .replace("%1", shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class RetentionDialog(QDialog):
    """``ops``: the window's operation layer (the erasure runs off the UI thread);
    ``before_erase(ids)`` lets the window stop showing a participant about to be erased."""

    def __init__(self, store: Store, settings: Settings, paths: Paths,
                 parent: QWidget | None = None, *, today: date | None = None,
                 ops: Operations | None = None,
                 before_erase: Callable[[list[str]], None] | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.paths = store, settings, paths
        self.ops = ops or Operations(self, window=lambda: self, store=lambda: self.store)
        self.before_erase = before_erase
        self.today = today or date.today()
        self.erased = 0
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention"))
        fit_dialog(self, (720, 460))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Files of closed trajectories are kept for a set period after closing and then erased "
            "(AVG: no longer than needed). The list shows every closed file; those past the period "
            "are marked and selected."), self)
        intro.setObjectName("retentionIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep files after closing for (years):"), self)
        self.years = QSpinBox(self)
        self.years.setObjectName("retentionYears")
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self.years.setRange(1, 100)
        self.years.setValue(retention.retention_years(settings))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Closed files"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Closed on"), self.tr("Erase from"), self.tr("Due")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (keyboard only)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = QPushButton(self.tr("&Erase selected..."), self)
        self.erase_button.setObjectName("retentionErase")
        self.erase_button.setAccessibleName(self.tr("Erase selected files"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("retentionClose")
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.erase_selected)
        self.years.valueChanged.connect(self._years_changed)
        self.reload()

    def _years_changed(self, years: int) -> None:
        retention.set_retention_years(self.settings, self.paths, years)
        self.reload()

    def reload(self) -> None:
        items = retention.closed_participants(self.store, years=self.years.value(), today=self.today)
        self.items = items
        self.table.setRowCount(len(items))
        due_count = 0
        self.table.clearSelection()
        for r, item in enumerate(items):
            due = item.due_on <= self.today
            due_count += due
            cells = [item.name, format_date(item.closed_on.isoformat()),
                     format_date(item.due_on.isoformat()), self.tr("yes") if due else ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.participant_id)
                if due:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r, item in enumerate(items):
            if item.due_on <= self.today:
                self.table.selectRow(r)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary.setText(self.tr("%1 closed files, %2 past the retention period.")
                             .replace("%1", str(len(items))).replace("%2", str(due_count)))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.items[r].participant_id for r in rows]

    def erase_selected(self) -> int:
        """Erase the selected files (after confirmation) in the background; returns how many
        were handed to the erasure."""
        ids = self.selected_ids()
        if not ids:
            return 0
        names = [i.name for i in self.items if i.participant_id in ids]
        if not confirm_erasure(self, names):
            return 0
        if self.before_erase is not None:
            self.before_erase(ids)
        years = self.years.value()
        self.erase_button.setEnabled(False)
        self.summary.setText(self.tr("Erasing %1 files...").replace("%1", str(len(ids))))

        def done(count: int) -> None:
            self.erased += count
            self.erase_button.setEnabled(True)
            self.reload()

        def failed(text: str) -> None:
            self.erase_button.setEnabled(True)
            self.reload()
            self.ops.show_error(self.tr("Erase permanently"), text)

        started = self.ops.run(self.tr("Erase permanently"),
                               lambda store, _p: retention.erase(store, ids, years=years),
                               on_done=done, on_failed=failed,
                               changes=Changes.of(["participant"], ids))
        if not started:
            self.erase_button.setEnabled(True)
            return 0
        return len(ids)

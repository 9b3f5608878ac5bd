"""Export the caseload list to Excel for a team meeting: the coach ticks the columns; a
private field (padlock) may be chosen, with a warning that the file then holds private data."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...config import Paths, Settings
from ...services import caseload_export as ce
from ...services import outcomes as oc
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.fit import fit_dialog
from ..widgets.icons import private_icon

COLUMNS_KEY = "caseload_export_columns"
WARNING_STYLE = "color: #8a4b00; font-weight: 600;"


class CaseloadExportDialog(QDialog):
    def __init__(self, store: Store, settings: Settings, paths: Paths, ops: Operations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.paths, self.ops = store, settings, paths, ops
        self.language = settings.language
        self.written = None
        self.setObjectName("caseloadExportDialog")
        self.setWindowTitle(self.tr("Caseload to Excel"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the columns for the team meeting. Fields with a padlock "
                               "are private: choose them only when the meeting needs them."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Columns:"), self)
        self.columns = QListWidget(self)
        self.columns.setObjectName("caseloadExportColumns")
        self.columns.setAccessibleName(self.tr("Columns"))
        label.setBuddy(self.columns)
        self.columns.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        saved = settings.extra.get(COLUMNS_KEY)
        chosen = set(saved) if isinstance(saved, list) else set(ce.DEFAULT_COLUMNS)
        for name in ce.COLUMNS:
            item = QListWidgetItem(ce.column_label(name, self.language), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            if ce.is_private(name):
                item.setIcon(private_icon())
                item.setToolTip(self.tr("Private"))
            else:
                item.setIcon(QIcon(blank))  # keeps the names in one column
        self.columns.itemChanged.connect(lambda _i: self._update())
        layout.addWidget(label)
        layout.addWidget(self.columns, 1)
        self.warning = QLabel(self)
        self.warning.setObjectName("caseloadExportWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        coach_label = QLabel(self.tr("&Participants of:"), self)
        self.coach = QComboBox(self)
        self.coach.setObjectName("caseloadExportCoach")
        self.coach.addItem(self.tr("Everyone in the caseload"), "")
        for name in oc.coaches(store):
            self.coach.addItem(name, name)
        coach_label.setBuddy(self.coach)
        row.addWidget(coach_label)
        row.addWidget(self.coach, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save as Excel..."), self)
        self.save_button.setObjectName("caseloadExportSave")
        self.save_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Cl&ose"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        fit_dialog(self, (520, 620))
        self._update()
        self.columns.setFocus()
        self.columns.setCurrentRow(0)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_chosen(self, names: list[str]) -> None:
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        columns = self.chosen()
        text = ce.warning(columns, self.language)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.save_button.setEnabled(bool(columns))

    def export(self, path: str | None = None) -> bool:
        columns = self.chosen()
        if not columns:
            return False
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Caseload to Excel"),
                                                   "caseload.xlsx", self.tr("Excel (*.xlsx)"))
            if not path:
                return False
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        coach, language = self.coach.currentData(), self.language
        self.settings.extra[COLUMNS_KEY] = columns
        with contextlib.suppress(OSError):
            self.settings.save(self.paths)

        def work(store, _progress):
            return ce.export(store, path, columns, coach=coach, language=language)

        def done(count: int) -> None:
            self.written = (path, count)
            self.accept()

        return self.ops.run(self.tr("Caseload to Excel"), work, on_done=done)

"""Earlier versions of a record, and restoring one of them (as a new, synced edit)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import display_field
from ...domain.fields import ENTITIES, Field, FieldType
from ...domain.messages import get_language
from ...services import records
from ...storage.repository import Store
from ..widgets.fit import fit_dialog


def _local(ts: str | None) -> str:
    if not ts:
        return ""
    try:
        moment = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return ts
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def _show(fld: Field, value: Any) -> str:
    text = display_field(fld, value, get_language(), empty="-")
    return text if len(text) < 400 else text[:400] + "..."


class HistoryDialog(QDialog):
    """Pick a record (intake, personal details, a goal), see its versions, restore one."""

    def __init__(self, store: Store, targets: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.targets = targets
        self.restored = False
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.setAccessibleName(self.tr("Earlier versions"))
        fit_dialog(self, (760, 520))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Part:"), self)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("historyTarget")
        self.target_combo.setAccessibleName(self.tr("Part of the file"))
        label.setBuddy(self.target_combo)
        for text, entity, row_id in targets:
            self.target_combo.addItem(text, (entity, row_id))
        top.addWidget(label)
        top.addWidget(self.target_combo, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("historyVersions")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setHorizontalHeaderLabels([self.tr("Replaced on"), self.tr("Changed fields")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (keyboard only)
        self.table.setColumnWidth(0, 170)
        layout.addWidget(self.table, 2)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("historyPreview")
        self.preview.setAccessibleName(self.tr("Values in this version"))
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("dialogButtons")
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setObjectName("historyRestore")
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.target_combo.currentIndexChanged.connect(self._load_versions)
        self.table.itemSelectionChanged.connect(self._show_preview)
        self.restore_button.clicked.connect(self.restore_selected)
        self.versions: list[dict[str, Any]] = []
        self._load_versions()

    def _target(self) -> tuple[str, str] | None:
        return self.target_combo.currentData()

    def _load_versions(self) -> None:
        target = self._target()
        self.table.setRowCount(0)
        self.versions = []
        if not target:
            self.restore_button.setEnabled(False)
            return
        entity, row_id = target
        current = records.get(self.store, entity, row_id, include_deleted=True) or {}
        ent = ENTITIES[entity]
        lang = get_language()
        self.versions = records.history(self.store, entity, row_id)
        newer = current
        for version in self.versions:
            changed = [f.label(lang) for f in ent.fields if version.get(f.name) != newer.get(f.name)]
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(_local(version["_replaced_at"])))
            self.table.setItem(row, 1, QTableWidgetItem(", ".join(changed) or self.tr("(no visible change)")))
            newer = version
        self.restore_button.setEnabled(bool(self.versions))
        if self.versions:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText(self.tr("No earlier versions yet."))

    def _show_preview(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        target = self._target()
        if not rows or not target:
            return
        version = self.versions[rows[0].row()]
        ent = ENTITIES[target[0]]
        lang = get_language()
        lines = [f"{f.label(lang)}: {_show(f, version.get(f.name))}" for f in ent.fields
                 if f.type is not FieldType.REF and version.get(f.name) not in (None, "", [], False)]
        self.preview.setPlainText("\n".join(lines))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        target = self._target()
        if not rows or not target:
            return
        version = self.versions[rows[0].row()]
        answer = QMessageBox.question(
            self, self.tr("Restore version"),
            self.tr("Make the version of %1 current again? The present values stay in the history.")
            .replace("%1", _local(version["_replaced_at"])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        records.restore_version(self.store, target[0], target[1], version["_seq"])
        self.restored = True
        self._load_versions()


"""The audit log viewer: exports, consent changes, erasures, locks and unlocks, sync events."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ENTITIES
from ...services import privacy, records
from ...services.participants import full_name
from ...storage.repository import Store
from ..widgets.fit import fit_dialog


class AuditDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        fit_dialog(self, (900, 520))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Show:"), self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setAccessibleName(self.tr("Filter by action"))
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Action"),
                                              self.tr("Record"), self.tr("About"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (keyboard only)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("auditClose")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        actions = privacy.audit_actions(store)
        self.filter.addItem(self.tr("Everything"), None)
        for action in actions:
            self.filter.addItem(self.action_label(action), action)
        self.filter.currentIndexChanged.connect(self.reload)
        self.reload()

    def action_label(self, action: str) -> str:
        labels = {
            "create": self.tr("created"), "export_participant": self.tr("access export"),
            "correction": self.tr("correction"), "erasure": self.tr("erased"),
            "retention_erasure": self.tr("retention erasure"), "lock": self.tr("locked"),
            "unlock": self.tr("unlocked"), "unlock_failed": self.tr("wrong passphrase"),
        }
        return labels.get(action, action)

    def reload(self) -> None:
        entries = privacy.audit_entries(self.store, action=self.filter.currentData())
        erased = privacy.erased_ids(self.store)
        names: dict[str, str] = {}
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            about = ""
            row_id = entry.get("row_id") or ""
            if entry.get("entity") == "participant" and row_id:
                if row_id not in names:
                    person = records.get(self.store, "participant", row_id, include_deleted=True)
                    names[row_id] = (full_name(person) if person
                                     else self.tr("(erased)") if row_id in erased else "")
                about = names[row_id]
            entity = entry.get("entity") or ""
            record = ENTITIES[entity].label() if entity in ENTITIES else entity
            cells = [(entry.get("at") or "")[:19].replace("T", " "), self.action_label(entry["action"]),
                     record, about, entry.get("detail") or ""]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

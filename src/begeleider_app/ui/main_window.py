"""The main window: caseload on the left, the participant's tabs on the right.

Kept thin: it builds the parts and wires their signals; each tab is its own module.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..config import Paths, Settings
from ..services import participants as svc
from ..storage.repository import Store
from .tabs.base import ParticipantTab
from .tabs.placeholder import PlaceholderTab


class MainWindow(QMainWindow):
    def __init__(self, store: Store, paths: Paths, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.paths = paths
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Begeleider"))
        self.resize(1280, 760)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit(left)
        self.search.setObjectName("caseloadSearch")
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.caseload = QListWidget(left)
        self.caseload.setObjectName("caseloadList")
        self.caseload.setAccessibleName(self.tr("Caseload"))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.caseload)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setAccessibleName(self.tr("Participant tabs"))
        self.participant_tabs: list[ParticipantTab] = [
            PlaceholderTab(store, self.tr("Intake")),
            PlaceholderTab(store, self.tr("Goals")),
            PlaceholderTab(store, self.tr("Placement")),
            PlaceholderTab(store, self.tr("Aftercare")),
        ]
        for tab, title in zip(self.participant_tabs,
                              (self.tr("Intake"), self.tr("Goals"), self.tr("Placement"), self.tr("Aftercare")),
                              strict=True):
            self.tabs.addTab(tab, title)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)

        self.search.textChanged.connect(self.refresh_caseload)
        self.caseload.currentItemChanged.connect(self._on_current_changed)
        self.refresh_caseload()

    def refresh_caseload(self) -> None:
        rows = svc.caseload(self.store, text=self.search.text())
        self.caseload.clear()
        for row in rows:
            item = QListWidgetItem(svc.full_name(row))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.caseload.addItem(item)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        pid = current.data(Qt.ItemDataRole.UserRole) if current else None
        for tab in self.participant_tabs:
            tab.set_participant(pid)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        for tab in self.participant_tabs:
            tab.flush()
        super().closeEvent(event)

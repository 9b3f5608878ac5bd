"""The main window: caseload on the left, the participant's tabs on the right.

Kept thin: it builds the parts and wires their signals; each tab is its own module.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..config import Paths, Settings
from ..services import participants as svc
from ..storage.repository import Store
from .tabs.aftercare import AftercareTab
from .tabs.base import ParticipantTab
from .tabs.goals import GoalsTab
from .tabs.intake import IntakeTab
from .tabs.placements import PlacementTab

# Feature modules that add menus, toolbar buttons or panels to the window. Each has
# `install(window: MainWindow) -> None`; a module that does not exist yet is skipped.
EXTENSIONS = (
    "begeleider_app.ui.agenda",
    "begeleider_app.ui.handover_ui",
    "begeleider_app.ui.sync_ui",
    "begeleider_app.ui.privacy_ui",
)


class MainWindow(QMainWindow):
    #: the participant shown in the tabs changed (id, or None)
    participant_changed = Signal(object)

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
            IntakeTab(store), GoalsTab(store), PlacementTab(store), AftercareTab(store),
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

        self.menus: dict[str, QMenu] = {
            "file": self.menuBar().addMenu(self.tr("&File")),
            "participant": self.menuBar().addMenu(self.tr("&Participant")),
            "tools": self.menuBar().addMenu(self.tr("&Tools")),
            "help": self.menuBar().addMenu(self.tr("&Help")),
        }
        self.toolbar = QToolBar(self.tr("Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)

        self.search.textChanged.connect(self.refresh_caseload)
        self.caseload.currentItemChanged.connect(self._on_current_changed)
        self.refresh_caseload()
        self._install_extensions()

    def _install_extensions(self) -> None:
        for name in EXTENSIONS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as err:
                # A feature not present is skipped; a broken import inside it is not.
                if err.name and (name == err.name or name.startswith(err.name + ".")):
                    continue
                raise
            module.install(self)

    def current_participant_id(self) -> str | None:
        item = self.caseload.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_participant(self, participant_id: str) -> None:
        for row in range(self.caseload.count()):
            item = self.caseload.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                self.caseload.setCurrentItem(item)
                return

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
        self.participant_changed.emit(pid)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        for tab in self.participant_tabs:
            tab.flush()
        super().closeEvent(event)

"""The main window: caseload on the left, the participant's header and tabs on the right.

Kept thin: it builds the parts and wires them. The parts live in their own modules: the
caseload (`caseload_panel`), the file commands (`document`), the commands on a participant
(`participant_commands`), each tab (`tabs/`), and the features (agenda, handover, sync,
privacy), which receive the application context (`context.AppContext`), never the window.
Work that takes time runs through the operation layer (`ops`).
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..config import Paths, Settings
from ..services import participants as svc
from ..storage.repository import Store
from . import fonts, window_state
from .actions import window_action
from .caseload_panel import CaseloadPanel
from .context import AppContext
from .document import DocumentController
from .ops import Changes
from .participant_commands import ParticipantCommands
from .participant_header import ParticipantHeader
from .status_suggestion import StatusSuggestionBar
from .tabs import build_participant_tabs
from .tabs.base import ParticipantTab
from .widgets.fit import focus_first


class MainWindow(QMainWindow):
    #: the participant shown in the tabs changed (id, or None)
    participant_changed = Signal(object)
    #: another database file was opened (the new Store)
    store_changed = Signal(object)

    def __init__(self, store: Store, paths: Paths, settings: Settings) -> None:
        super().__init__()
        fonts.install()  # (once) the shipped font behind every widget: Ge'ez and Arabic names
        self._shown_id: str | None = None
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Begeleider"))
        self.resize(1280, 700)  # until shown: maximised the first time (window_state)
        self.setMinimumSize(900, 560)
        self.ctx = AppContext(self, self, store, paths, settings)
        self.ctx.participant_changed.connect(self.participant_changed)
        self.ctx.store_changed.connect(self.store_changed)

        self.caseload = CaseloadPanel(self.ctx, self)
        right = QWidget(self)
        right.setObjectName("participantPanel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        self.header = ParticipantHeader(right)
        right_layout.addWidget(self.header)
        self.status_suggestion = StatusSuggestionBar(self.ctx, right)  # "Wijzig naar Geplaatst"
        right_layout.addWidget(self.status_suggestion)
        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setAccessibleName(self.tr("Participant tabs"))
        right_layout.addWidget(self.tabs, 1)
        self.participant_tabs: list[ParticipantTab] = []
        self._build_tabs()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.caseload)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 810])
        self.setCentralWidget(splitter)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_label)

        self.document = DocumentController(self.ctx, self._switch_store, self.clear_participant)
        self.commands = ParticipantCommands(self.ctx, self._history_targets)
        self._build_menus()
        self.caseload.current_changed.connect(self._show_participant)
        self.caseload.activated.connect(self._focus_tab_content)
        self.tabs.currentChanged.connect(lambda _i: self._update_header())
        self.ctx.records_changed.connect(self._on_records_changed)
        self.ctx.ops.busy_changed.connect(self._on_busy)
        self.caseload.refresh()
        self._show_participant(None)
        self._update_title()
        # True when the window got the size and place the coach left it in
        self.geometry_restored = window_state.restore(self, settings)
        self._build_features()

    # ------------------------------------------------------------------ building
    def _build_tabs(self) -> None:
        current = self.tabs.currentIndex()
        for tab in self.participant_tabs:
            tab.flush()
            tab._stale = False  # never load an old tab again (its store may be closed)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        built = build_participant_tabs(self.ctx.store)
        self.participant_tabs = [tab for tab, _title in built]
        self._tab_titles = [title for _tab, title in built]
        for tab, title in zip(self.participant_tabs, self._tab_titles, strict=True):
            self.tabs.addTab(tab, title)
            tab.saved.connect(self._on_saved)
            tab.save_failed.connect(self._on_save_failed)
            tab.caseload_changed.connect(self._on_tab_changed_caseload)
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        return window_action(self, text, slot, shortcut, name)

    def _build_menus(self) -> None:
        a = self._action
        self.act_settings = a(self.tr("S&ettings..."), self.edit_settings, "Ctrl+,", "actSettings")
        self.act_quit = a(self.tr("&Quit"), self.close, "Ctrl+Q", "actQuit")  # no standard key on Windows
        self.act_find = a(self.tr("&Find participant"), self.caseload.focus_search,
                          QKeySequence.StandardKey.Find, "actFind")
        self.act_caseload = a(self.tr("Go to &caseload"), self.caseload.view.setFocus, "Ctrl+Shift+L",
                              "actCaseload")
        self.act_about = a(self.tr("&About Begeleider"), self.about, None, "actAbout")
        self.tab_actions = [a(f"&{i + 1} {title.replace('&', '')}", lambda i=i: self.show_tab(i),
                              f"Ctrl+{i + 1}", f"actTab{i + 1}")
                            for i, title in enumerate(self._tab_titles)]
        menus = self.ctx.menus
        for key, title in (("file", self.tr("&File")), ("participant", self.tr("&Participant")),
                           ("tools", self.tr("&Tools")), ("help", self.tr("&Help"))):
            menus[key] = self.menuBar().addMenu(title)
            menus[key].setObjectName(f"menu_{key}")
        doc, cmd = self.document, self.commands
        _fill(menus["file"], doc.act_new_db, doc.act_open, doc.act_backup, doc.act_restore, doc.act_check,
              None, self.act_settings, None, self.act_quit)
        _fill(menus["participant"], cmd.act_new, self.act_find, self.act_caseload, None, cmd.act_status,
              cmd.act_pause, cmd.act_resume, cmd.act_archive, None, cmd.act_history, None)
        go = menus["participant"].addMenu(self.tr("&Go to tab"))
        go.setObjectName("menu_tabs")
        _fill(go, *self.tab_actions)
        menus["help"].addAction(self.act_about)
        self.toolbar = QToolBar(self.tr("Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.ctx.toolbar = self.toolbar
        for act in (cmd.act_new, cmd.act_status, cmd.act_resume, cmd.act_history, doc.act_backup):
            add_tool_button(self.toolbar, act)

    def _build_features(self) -> None:
        """The features beside the forms, each given the context (never the window)."""
        from ..services.hours import team_hours_by_phase
        from .agenda import AgendaFeature
        from .handover_ui import HandoverFeature
        from .journal_ui import JournalFeature
        from .network_ui import NetworkFeature
        from .outcomes_ui import OutcomesFeature
        from .privacy_ui import PrivacyController
        from .reports_ui import ReportsFeature
        from .sync_ui import SyncController

        self.agenda = AgendaFeature(self.ctx)
        self.handover = HandoverFeature(self.ctx)
        self.reports = ReportsFeature(self.ctx)
        self.sync_controller = SyncController(self.ctx)
        self.privacy = PrivacyController(self.ctx)
        self.outcomes = OutcomesFeature(self.ctx, hours_provider=team_hours_by_phase)
        self.sync_controller.synced.connect(self.outcomes.after_sync)
        self.network = NetworkFeature(self.ctx)
        self.journal = JournalFeature(self.ctx)

    # ------------------------------------------------------------------ the participant
    def current_participant_id(self) -> str | None:
        return self._shown_id

    def select_participant(self, participant_id: str) -> bool:
        """Show ``participant_id``; clears search and filter when they hide it."""
        if not self.caseload.select(participant_id):
            return False
        if self._shown_id != participant_id:
            self._show_participant(participant_id)
        return True

    def clear_participant(self) -> None:
        self._show_participant(None)

    def _show_participant(self, pid: str | None) -> None:
        for tab in self.participant_tabs:
            tab.flush()
        self._shown_id = pid
        self.caseload.set_shown(pid)
        for tab in self.participant_tabs:
            tab.set_participant(pid)
        self._update_header()
        self.ctx.participant_changed.emit(pid)

    def refresh_caseload(self) -> None:
        self.caseload.refresh()

    def refresh_participant(self) -> None:
        for tab in self.participant_tabs:
            tab.refresh()
        self._update_header()

    def flush(self) -> bool:
        """Store every edit still waiting for its debounce timer; False if one could not be."""
        ok = True
        for tab in self.participant_tabs:
            ok = tab.saver.flush() and ok
            tab.flush()
        return ok

    def _may_drop_refused_input(self) -> bool:
        from .refused_input import may_drop_refused_input

        return may_drop_refused_input(self, self.tabs, self.participant_tabs)

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` to the front with the focus in its first field."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._focus_tab_content()

    def tab_named(self, name: str) -> ParticipantTab | None:
        """The participant tab of this class or object name."""
        return next((t for t in self.participant_tabs if name in (type(t).__name__, t.objectName())), None)

    def show_tab_named(self, name: str) -> bool:
        tab = self.tab_named(name)
        if tab is not None:
            self.show_tab(self.participant_tabs.index(tab))
        return tab is not None

    def current_tab_index(self) -> int:
        return self.tabs.currentIndex()

    def _history_targets(self) -> list[tuple[str, str, str]]:
        tab = self.tabs.currentWidget()
        return tab.history_targets() if isinstance(tab, ParticipantTab) else []

    def _update_header(self) -> None:
        person = svc.get_participant(self.ctx.store, self._shown_id)
        self.tabs.setEnabled(person is not None)
        self.header.show_person(self.ctx.store, person)
        self.commands.update(person)  # the record just read: opening reads it once

    def _on_records_changed(self, changes: Changes) -> None:
        pid = self._shown_id
        if changes.from_write:
            # One write of the window's own connection: the tab in front made it and shows it
            # (never refilled under the coach's hands); a hidden tab fills itself when shown.
            self._on_saved(datetime.now().strftime("%H:%M:%S"))
            if pid and changes.touches(participant_id=pid):
                front = self.tabs.currentWidget()
                for tab in self.participant_tabs:
                    if tab is not front and changes.touches(tab.watched):
                        tab.refresh()
                if "participant" in changes.entities:
                    self._update_header()
        elif changes.everything or (pid and pid in changes.participant_ids):
            self.refresh_participant()
        elif pid and "participant" in changes.entities:
            self._update_header()

    def _focus_tab_content(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None and focus_first(widget) is None:
            widget.setFocus()

    def _on_saved(self, when: str) -> None:
        self.save_label.setStyleSheet("")
        self.save_label.setText(self.tr("Saved at %1").replace("%1", when))

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.save_label.setText(self.tr("Not saved yet, retrying: %1").replace("%1", message))

    def _on_tab_changed_caseload(self) -> None:
        self.caseload.refresh_soon()
        self._update_header()

    def _on_busy(self, title: str, running: bool) -> None:
        if not running and not self.ctx.ops.busy:
            self.statusBar().clearMessage()

    # ------------------------------------------------------------------ the file
    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def paths(self) -> Paths:
        return self.ctx.paths

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def menus(self) -> dict:
        return self.ctx.menus

    def _switch_store(self, store: Store) -> None:
        old = self.ctx.store
        self._shown_id = None
        self.ctx.set_store(store)
        self._build_tabs()
        self.caseload.reset()
        self._show_participant(None)
        self._update_title()
        if old is not store:
            with contextlib.suppress(Exception):  # already closed (restore)
                old.close()

    def _update_title(self) -> None:
        path = self.ctx.store.path
        self.setWindowTitle(f"{APP_NAME} - {path.name}" if path else APP_NAME)

    def start_daily_backup(self) -> None:
        self.document.start_daily_backup()

    def start_integrity_check(self) -> None:
        self.document.start_integrity_check()

    def edit_settings(self) -> bool:
        from .dialogs.setup_wizard import open_settings

        return open_settings(self.settings, self.paths, self, db_path=self.store.path)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("About Begeleider"), self.tr(
            "Begeleider %1\n\nOffline trajectory records for job coaches.\nDatabase: %2")
            .replace("%1", __version__).replace("%2", str(self.store.path or "")))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.flush():
            answer = QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("Some changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self._may_drop_refused_input():
            event.ignore()
            return
        self.ctx.ops.wait()  # a backup or export under way finishes first
        window_state.save(self, self.settings, self.paths)
        # Nothing may read the database after the window is closed (its file may be closed next).
        self.caseload.stop()
        self.ctx.detach()
        super().closeEvent(event)


def _fill(menu, *actions: QAction | None) -> None:
    for act in actions:
        if act is None:
            menu.addSeparator()
        else:
            menu.addAction(act)


def add_tool_button(toolbar: QToolBar, action: QAction) -> None:
    """A toolbar button with an object name and an accessible name (screen readers, tests)."""
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setObjectName(f"toolbar_{action.objectName()}")
        button.setAccessibleName(action.text().replace("&", "").replace("...", ""))

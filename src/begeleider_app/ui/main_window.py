"""The main window: caseload on the left, the participant's tabs on the right.

Kept thin: it builds the parts, wires their signals and runs the menu commands; each tab is
its own module (`ui/tabs/`), dialogs live in `ui/dialogs/`.

Extension API (used by feature modules listed in `EXTENSIONS`; each has `install(window)`):

- ``window.store``, ``window.paths``, ``window.settings``: the open database, folders, settings.
  ``window.store`` changes when the coach opens another file or restores a backup; read it
  when you need it (and listen to ``store_changed`` if you cache anything).
- ``window.menus["file" | "participant" | "tools" | "help"]``: QMenus to add actions to.
- ``window.toolbar``: the main QToolBar.
- ``window.tabs`` (QTabWidget) and ``window.participant_tabs`` (the ParticipantTab list).
- ``window.current_participant_id()`` -> id or None; ``window.select_participant(id)``.
- ``window.refresh_caseload()``: re-read the caseload (after you changed a participant).
- ``window.refresh_participant()``: re-read the shown participant in every tab.
- ``window.flush()``: store every edit still waiting for its debounce timer.
- signals ``participant_changed(object)`` (id or None) and ``store_changed(object)``.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..config import Paths, Settings
from ..domain.fields import PARTICIPANT, STATUS
from ..domain.messages import UserError, get_language
from ..domain.validation import ValidationFailed, format_date
from ..services import participants as svc
from ..storage.repository import Store
from .models.caseload_model import ID_ROLE, CaseloadModel
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

SEARCH_DELAY_MS = 120  # type "moh" quickly: one query, not three


class _BackupSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _CheckSignals(QObject):
    failed = Signal(object)


class MainWindow(QMainWindow):
    #: the participant shown in the tabs changed (id, or None)
    participant_changed = Signal(object)
    #: another database file was opened (the new Store)
    store_changed = Signal(object)

    def __init__(self, store: Store, paths: Paths, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.paths = paths
        self.settings = settings
        self._shown_id: str | None = None
        self._resetting = False
        self._weight_text: str | None = None
        self._all_rows: list[dict] | None = None
        self._caseload_timer = QTimer(self)
        self._caseload_timer.setSingleShot(True)
        self._caseload_timer.setInterval(150)
        self._caseload_timer.timeout.connect(self.refresh_caseload)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Begeleider"))
        self._update_title()
        self.resize(1280, 740)
        self.setMinimumSize(900, 560)

        # ---------------------------------------------------------- caseload (left)
        left = QWidget(self)
        left.setObjectName("caseloadPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit(left)
        self.search.setObjectName("caseloadSearch")
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(left)
        self.status_filter.setObjectName("caseloadStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for choice in STATUS:
            self.status_filter.addItem(choice.label(get_language()), choice.value)
        self.status_filter.addItem(self.tr("Archived"), "__archived__")
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        row.addWidget(self.status_filter, 2)
        left_layout.addLayout(row)
        self.caseload_model = CaseloadModel(self)
        self.caseload_view = QTableView(left)
        self.caseload = self.caseload_view  # older name, kept for extensions
        self.caseload_view.setObjectName("caseloadTable")
        self.caseload_view.setAccessibleName(self.tr("Caseload"))
        self.caseload_view.setModel(self.caseload_model)
        self.caseload_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseload_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseload_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseload_view.setTabKeyNavigation(False)
        self.caseload_view.setAlternatingRowColors(True)
        self.caseload_view.verticalHeader().hide()
        self.caseload_view.setWordWrap(False)
        # Widths from the font, not from the contents: measuring 2,000 rows on every search
        # keystroke was most of its cost. Rows have one fixed height for the same reason.
        header = self.caseload_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.caseload_view.fontMetrics()
        lang = get_language()
        widest = {
            1: max(metrics.horizontalAdvance(c.label(lang)) for c in STATUS),
            2: metrics.horizontalAdvance("00-00-0000"),
            3: max(metrics.horizontalAdvance(c.label(lang)) for c in PARTICIPANT.field("weight").choices),
        }
        for col, width in widest.items():
            title = self.caseload_model.headerData(col, Qt.Orientation.Horizontal)
            bold = self.caseload_view.font()
            bold.setBold(True)
            title_width = QFontMetrics(bold).horizontalAdvance(title)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, title_width) + 12)
        rows_header = self.caseload_view.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(metrics.height() + 10)
        left_layout.addWidget(self.caseload_view, 1)
        self.weight_label = QLabel(left)
        self.weight_label.setObjectName("caseloadWeight")
        self.weight_label.setWordWrap(True)
        left_layout.addWidget(self.weight_label)

        # ---------------------------------------------------------- participant (right)
        right = QWidget(self)
        right.setObjectName("participantPanel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        self.header = QLabel(right)
        self.header.setObjectName("participantHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.subheader = QLabel(right)
        self.subheader.setObjectName("participantSubheader")
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.subheader.setWordWrap(True)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.subheader)
        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setAccessibleName(self.tr("Participant tabs"))
        right_layout.addWidget(self.tabs, 1)
        self.participant_tabs: list[ParticipantTab] = []
        self._build_tabs()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 810])
        self.setCentralWidget(splitter)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_label)
        self.status_label = self.save_label  # older name

        self.menus: dict[str, QMenu] = {
            "file": self.menuBar().addMenu(self.tr("&File")),
            "participant": self.menuBar().addMenu(self.tr("&Participant")),
            "tools": self.menuBar().addMenu(self.tr("&Tools")),
            "help": self.menuBar().addMenu(self.tr("&Help")),
        }
        for key, menu in self.menus.items():
            menu.setObjectName(f"menu_{key}")
        self.toolbar = QToolBar(self.tr("Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self._build_actions()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._refresh_list)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_enter)
        self.status_filter.currentIndexChanged.connect(self._refresh_list)
        self.caseload_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.caseload_view.activated.connect(self._focus_tab_content)
        self.tabs.currentChanged.connect(self._update_actions)
        self.refresh_caseload()
        self._watch_store()
        self._show_participant(None)
        self._restore_geometry()
        self._install_extensions()
        self._backup_thread: threading.Thread | None = None

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
        self.participant_tabs = [
            IntakeTab(self.store), GoalsTab(self.store), PlacementTab(self.store), AftercareTab(self.store),
        ]
        titles = (self.tr("&Intake"), self.tr("&Goals"), self.tr("&Placement"), self.tr("&Aftercare"))
        for tab, title in zip(self.participant_tabs, titles, strict=True):
            self.tabs.addTab(tab, title)
            saved = getattr(tab, "saved", None)
            if saved is not None:
                saved.connect(self._on_saved)
            failed = getattr(tab, "save_failed", None)
            if failed is not None:
                failed.connect(self._on_save_failed)
            changed = getattr(tab, "caseload_changed", None)
            if changed is not None:
                changed.connect(self._on_tab_changed_caseload)
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def _action(self, text: str, slot, shortcut=None, name: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new = a(self.tr("&New participant..."), self.new_participant, "Ctrl+N", "actNewParticipant",
                         self.tr("Register a new participant"))
        self.act_status = a(self.tr("Change &status..."), self.change_status, "Ctrl+Shift+S", "actChangeStatus",
                            self.tr("Change the trajectory status (e.g. pause) with a date"))
        self.act_pause = a(self.tr("&Pause trajectory..."), self.pause, None, "actPause")
        self.act_resume = a(self.tr("&Resume trajectory"), self.resume, None, "actResume")
        self.act_archive = a(self.tr("&Archive participant"), self.toggle_archive, None, "actArchive")
        self.act_history = a(self.tr("Earlier &versions..."), self.show_history, "Ctrl+H", "actHistory",
                             self.tr("See and restore earlier versions of what is shown"))
        self.act_open = a(self.tr("&Open database file..."), self.open_database, QKeySequence.StandardKey.Open,
                          "actOpen")
        self.act_new_db = a(self.tr("&New database file..."), self.new_database, None, "actNewDatabase",
                            self.tr("Start an empty database file, e.g. after exploring the demo"))
        self.act_backup = a(self.tr("Make a &backup"), self.make_backup, "Ctrl+B", "actBackup",
                            self.tr("Write a copy of the database to the backup folder"))
        self.act_restore = a(self.tr("&Restore a backup..."), self.restore_backup, None, "actRestore")
        self.act_settings = a(self.tr("S&ettings..."), self.edit_settings, "Ctrl+,", "actSettings")
        self.act_quit = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_find = a(self.tr("&Find participant"), self.focus_search, QKeySequence.StandardKey.Find, "actFind")
        self.act_caseload = a(self.tr("Go to &caseload"), self.caseload_view.setFocus, "Ctrl+Shift+L", "actCaseload")
        self.act_about = a(self.tr("&About Begeleider"), self.about, None, "actAbout")
        self.tab_actions = []
        for i in range(4):
            act = a(self.tr("Tab %1").replace("%1", str(i + 1)),
                    lambda i=i: self.show_tab(i), f"Ctrl+{i + 1}", f"actTab{i + 1}")
            self.tab_actions.append(act)

        file_menu = self.menus["file"]
        for act in (self.act_new_db, self.act_open, self.act_backup, self.act_restore):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        person = self.menus["participant"]
        for act in (self.act_new, self.act_find, self.act_caseload):
            person.addAction(act)
        person.addSeparator()
        for act in (self.act_status, self.act_pause, self.act_resume, self.act_archive):
            person.addAction(act)
        person.addSeparator()
        person.addAction(self.act_history)
        person.addSeparator()
        go = person.addMenu(self.tr("&Go to tab"))
        go.setObjectName("menu_tabs")
        for act in self.tab_actions:
            go.addAction(act)
        self.menus["help"].addAction(self.act_about)
        for act in (self.act_new, self.act_status, self.act_resume, self.act_history, self.act_backup):
            self.toolbar.addAction(act)
        for button in self.toolbar.findChildren(QWidget):
            if button.objectName() == "" and hasattr(button, "defaultAction"):
                act = button.defaultAction()
                if act is not None:
                    button.setObjectName(f"toolbar_{act.objectName()}")
                    button.setAccessibleName(act.text().replace("&", "").replace("...", ""))

    def _install_extensions(self) -> None:
        for name in EXTENSIONS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as err:
                if err.name == name:
                    continue
                raise
            module.install(self)

    # ------------------------------------------------------------------ public API
    def current_participant_id(self) -> str | None:
        return self._shown_id

    def select_participant(self, participant_id: str) -> bool:
        """Show ``participant_id``; clears search and filter when they hide it."""
        row = self.caseload_model.row_of(participant_id)
        if row < 0:  # perhaps new since the last refresh (made by an extension, a sync)
            self.refresh_caseload()
            row = self.caseload_model.row_of(participant_id)
        if row < 0 and (self.search.text() or self.status_filter.currentIndex() > 0):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status_filter.blockSignals(True)
            archived = (self.store.repo("participant").get(participant_id) or {}).get("archived")
            self.status_filter.setCurrentIndex(self.status_filter.count() - 1 if archived else 0)
            self.status_filter.blockSignals(False)
            self.refresh_caseload()
            row = self.caseload_model.row_of(participant_id)
        if row < 0:
            return False
        index = self.caseload_model.index(row, 0)
        self.caseload_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.caseload_view.scrollTo(index)
        if self._shown_id != participant_id:
            self._show_participant(participant_id)
        return True

    def refresh_caseload(self) -> None:
        """Re-read the caseload from the database (search and filter applied) and its weight."""
        self._caseload_timer.stop()
        self._all_rows = None
        self._weight_text = None
        self._refresh_list()

    def _on_store_write(self, entity: str, _row_id: str) -> None:
        # Called for every write (also from other modules); the caseload shows participants
        # and their next contact moment, so only those make it stale. Refresh once, a moment
        # later, so a burst of writes costs one query.
        if entity in ("participant", "contact_moment"):
            self._caseload_timer.start()

    def _watch_store(self) -> None:
        if self._on_store_write not in self.store.listeners:
            self.store.listeners.append(self._on_store_write)

    def _refresh_list(self) -> None:
        """Show the rows for the search text and filter. A keystroke costs one FTS query and a
        filter over the rows already read; the caseload itself is read again only by
        `refresh_caseload` (after a change), as is its weight, which searching cannot change."""
        self._search_timer.stop()
        status = self.status_filter.currentData()
        archived = status == "__archived__"
        if self._all_rows is None:
            self._all_rows = svc.caseload(self.store, include_archived=True)
        rows = svc.filter_caseload(self._all_rows, ids=svc.search_ids(self.store, self.search.text()),
                                   status=None if archived else status, archived=archived)
        self._resetting = True
        try:
            self.caseload_model.set_rows(rows)
            if self._shown_id:
                row = self.caseload_model.row_of(self._shown_id)
                if row >= 0:
                    index = self.caseload_model.index(row, 0)
                    self.caseload_view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._resetting = False
        self._update_weight(rows)

    def refresh_participant(self) -> None:
        for tab in self.participant_tabs:
            tab.flush()
            tab.set_participant(self._shown_id)
        self._update_header()

    def flush(self) -> bool:
        ok = True
        for tab in self.participant_tabs:
            saver = getattr(tab, "saver", None)
            if saver is not None:
                ok = saver.flush() and ok
            else:
                tab.flush()
        return ok

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ internals
    def _update_title(self) -> None:
        name = self.store.path.name if self.store.path else ""
        self.setWindowTitle(f"{APP_NAME} - {name}" if name else APP_NAME)

    def _update_weight(self, rows: list[dict]) -> None:
        from ..services.weight import caseload_weight

        filtered = bool(self.search.text() or self.status_filter.currentIndex())
        if getattr(self, "_weight_text", None) is None:
            all_rows = [r for r in (self._all_rows or []) if not r.get("archived")]
            weight = caseload_weight(self.store, date.today(), all_rows)
            text = self.tr("Caseload: %1 open trajectories, weight %2 (light %3, medium %4, heavy %5)")
            values = (weight.participants, weight.total, weight.counts.get("licht", 0),
                      weight.counts.get("middel", 0), weight.counts.get("zwaar", 0))
            for i, value in enumerate(values, 1):
                text = text.replace(f"%{i}", str(value))
            self._weight_text = text
        text = self._weight_text
        if filtered:
            text += " " + self.tr("- %1 shown").replace("%1", str(len(rows)))
        self.weight_label.setText(text)
        self.weight_label.setToolTip(self.tr(
            "Light counts 1 point, medium 2, heavy 3; closed and archived trajectories do not count. "
            "Without a weight set, the suggested weight counts."))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return
        pid = current.data(ID_ROLE) if current.isValid() else None
        if pid is None or pid == self._shown_id:
            return
        self._show_participant(pid)

    def _show_participant(self, pid: str | None) -> None:
        for tab in self.participant_tabs:
            tab.flush()
        self._shown_id = pid
        for tab in self.participant_tabs:
            tab.set_participant(pid)
        self._update_header()
        self.participant_changed.emit(pid)

    def _update_header(self) -> None:
        pid = self._shown_id
        person = self.store.repo("participant").get(pid) if pid else None
        self.tabs.setEnabled(person is not None)
        if person is None:
            self.header.setText(self.tr("No participant selected"))
            self.subheader.setText(self.tr("Choose someone in the caseload, or make a new participant with Ctrl+N."))
        else:
            lang = get_language()
            name = svc.full_name(person)
            if person.get("name_native"):
                name += f"  (\u2068{person['name_native']}\u2069)"
            self.header.setText(name)
            status = PARTICIPANT.field("status").choice_label(person["status"], lang)
            parts = [self.tr("Status: %1").replace("%1", status)]
            if person["status"] == svc.PAUSED:
                changes = svc.status_history(self.store, pid)
                last = next((c for c in reversed(changes) if c["to_status"] == svc.PAUSED), None)
                if last:
                    parts.append(self.tr("paused since %1: %2").replace("%1", format_date(last["date"]))
                                 .replace("%2", last.get("reason") or ""))
            if person.get("archived"):
                parts.append(self.tr("archived"))
            self.subheader.setText(" - ".join(parts))
        self._set_actions_for(person)  # the record just read: opening reads it once

    def _update_actions(self, *_args: object) -> None:
        self._set_actions_for(self.store.repo("participant").get(self._shown_id) if self._shown_id else None)

    def _set_actions_for(self, person: dict | None) -> None:
        has = person is not None
        for act in (self.act_status, self.act_pause, self.act_archive, self.act_history):
            act.setEnabled(has)
        self.act_resume.setEnabled(has and person["status"] == svc.PAUSED)
        self.act_pause.setEnabled(has and person["status"] != svc.PAUSED)
        self.act_archive.setText(self.tr("Bring back from &archive") if has and person.get("archived")
                                 else self.tr("&Archive participant"))

    def _on_saved(self, when: str) -> None:
        self.save_label.setStyleSheet("")
        self.save_label.setText(self.tr("Saved at %1").replace("%1", when))

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.save_label.setText(self.tr("Not saved yet, retrying: %1").replace("%1", message))

    def _on_tab_changed_caseload(self) -> None:
        self._caseload_timer.start()  # the store listener starts it too: one refresh
        self._update_header()

    def _search_enter(self) -> None:
        self.refresh_caseload()
        if self.caseload_model.rowCount() >= 1:
            index = self.caseload_model.index(0, 0)
            self.caseload_view.setCurrentIndex(index)
            self.caseload_view.setFocus()

    def _focus_tab_content(self, _index: QModelIndex) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus()
            widget.focusNextChild()

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # ------------------------------------------------------------------ commands
    def new_participant(self) -> None:
        from .dialogs.record_dialog import RecordDialog

        self.flush()
        dialog = RecordDialog(
            "participant",
            ("first_name", "last_name", "name_native", "birth_date", "target_group", "weight", "referrer",
             "start_date"),
            self.tr("New participant"), self,
            intro=self.tr("Only the first name is required; everything else can be filled in later."),
            values={"start_date": date.today().isoformat()},
        )
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        values = dict(dialog.result_values)
        if self.settings.coach_name:
            values.setdefault("coach", self.settings.coach_name)
        person = svc.create_participant(self.store, values)
        self.refresh_caseload()
        self.select_participant(person["id"])
        self.show_tab(0)
        self._on_saved(_now())

    def _status_dialog(self, preset: str | None = None) -> None:
        from .dialogs.status_dialog import StatusDialog

        pid = self._shown_id
        person = self.store.repo("participant").get(pid) if pid else None
        if person is None:
            return
        self.flush()
        dialog = StatusDialog(person["status"], self, preset=preset)
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        status, on, reason = dialog.values()
        try:
            svc.change_status(self.store, pid, status, on=on, reason=reason or None)
        except (ValidationFailed, UserError) as err:
            self._error(self.tr("Change status"), str(err))
            return
        self._after_person_change()

    def change_status(self) -> None:
        self._status_dialog()

    def pause(self) -> None:
        self._status_dialog(preset=svc.PAUSED)

    def resume(self) -> None:
        pid = self._shown_id
        if not pid:
            return
        self.flush()
        svc.resume(self.store, pid, on=date.today())
        self._after_person_change()

    def toggle_archive(self) -> None:
        pid = self._shown_id
        person = self.store.repo("participant").get(pid) if pid else None
        if person is None:
            return
        archived = bool(person.get("archived"))
        if not archived:
            answer = QMessageBox.question(
                self, self.tr("Archive participant"),
                self.tr("Archive %1? The file is kept and can be found with the filter \"Archived\".")
                .replace("%1", svc.full_name(person)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.flush()
        svc.set_archived(self.store, pid, not archived)
        self._after_person_change()

    def _after_person_change(self) -> None:
        self.refresh_caseload()
        self._update_header()
        for tab in self.participant_tabs:
            tab.set_participant(self._shown_id)
        self._on_saved(_now())

    def show_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog

        tab = self.tabs.currentWidget()
        targets = tab.history_targets() if isinstance(tab, ParticipantTab) else []
        if not targets and self._shown_id:
            targets = [(self.tr("Personal details"), "participant", self._shown_id)]
        if not targets:
            return
        self.flush()
        dialog = HistoryDialog(self.store, targets, self)
        dialog.exec()
        if dialog.restored:
            self.refresh_participant()
            self.refresh_caseload()

    def make_backup(self) -> Path | None:
        from ..storage.backup import make_backup

        self.flush()
        try:
            dest = make_backup(self.store.db, self.paths.backups_dir, keep=self.settings.backup_count)
        except (UserError, OSError) as err:
            self._error(self.tr("Backup"), str(err))
            return None
        self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", str(dest)), 8000)
        return dest

    def start_daily_backup(self) -> None:
        """Once a day, a backup in the background (its own read-only connection)."""
        from ..storage.backup import backup_file_if_due

        path = self.store.path
        if path is None or not path.exists():
            return
        signals = _BackupSignals(self)
        signals.done.connect(self._daily_backup_done)
        signals.failed.connect(lambda m: self.statusBar().showMessage(
            self.tr("Automatic backup failed: %1").replace("%1", m), 15000))
        self._backup_signals = signals
        backups_dir, keep = self.paths.backups_dir, self.settings.backup_count

        def work() -> None:
            try:
                signals.done.emit(backup_file_if_due(path, backups_dir, keep=keep))
            except Exception as err:  # reported in the status bar; the coach can back up by hand
                signals.failed.emit(str(err))

        self._backup_thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self._backup_thread.start()

    def start_integrity_check(self) -> None:
        """The file check that opening left out (the file was unchanged since our last clean
        close, see docs/design.md), in a worker thread; damage is reported as soon as found."""
        from ..services.session import verify_in_background

        signals = _CheckSignals(self)
        signals.failed.connect(self._integrity_check_failed)
        self._check_signals = signals
        verify_in_background(self.store, self.paths, signals.failed.emit)

    def _integrity_check_failed(self, err: object) -> None:
        message = err.message() if isinstance(err, UserError) else str(err)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Close, self)
        box.setObjectName("integrityCheckFailed")
        restore = box.addButton(self.act_restore.text().replace("&", ""), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup()

    def _daily_backup_done(self, dest: object) -> None:
        if dest:
            self.statusBar().showMessage(self.tr("Daily backup written: %1").replace("%1", str(dest)), 8000)

    def _switch_store(self, store: Store) -> None:
        old = self.store
        with contextlib.suppress(ValueError):
            old.listeners.remove(self._on_store_write)
        self.store = store
        self._all_rows = None
        self._watch_store()
        self._shown_id = None
        self._build_tabs()
        self.caseload_model.set_rows([])
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.refresh_caseload()
        self._show_participant(None)
        self._update_title()
        if old is not store:
            with contextlib.suppress(Exception):  # already closed (restore)
                old.close()
        self.store_changed.emit(store)

    def open_database(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open database file"), str(self.paths.data_dir),
                self.tr("Begeleider database (*.sqlite *.db);;All files (*)"))
            if not name:
                return False
            path = Path(name)
        if not self.flush():
            self._error(self.tr("Open database file"), self.tr("Your last changes could not be saved yet."))
            return False
        if not self._reopen(path):
            return False
        self.settings.last_db = str(path)
        self.settings.save(self.paths)
        return True

    def new_database(self, path: Path | None = None) -> bool:
        """Create and open an empty database file (the demo stays in its own file)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("New database file"), str(self.paths.data_dir / "caseload.sqlite"),
                self.tr("Begeleider database (*.sqlite *.db)"))
            if not name:
                return False
            path = Path(name)
            if path.suffix not in (".sqlite", ".db"):
                path = path.with_suffix(".sqlite")
        if path.exists():
            self._error(self.tr("New database file"),
                        self.tr("%1 already exists; choose Open database file to use it.")
                        .replace("%1", str(path)))
            return False
        return self.open_database(path)

    def restore_backup(self, backup: Path | None = None) -> bool:
        from ..storage.backup import list_backups, restore_backup

        if backup is None:
            files = list_backups(self.paths.backups_dir)
            other = self.tr("Another file...")
            names = [f.name for f in files] + [other]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Restore a backup"),
                self.tr("Which backup? The present database is kept as a copy first."), names, 0, False)
            if not ok:
                return False
            if choice == other:
                name, _ = QFileDialog.getOpenFileName(
                    self, self.tr("Restore a backup"), str(self.paths.backups_dir),
                    self.tr("Begeleider database (*.sqlite *.db)"))
                if not name:
                    return False
                backup = Path(name)
            else:
                backup = self.paths.backups_dir / choice
            answer = QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Replace the present data with the backup %1?").replace("%1", backup.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        db_path = self.store.path
        if db_path is None:
            return False
        self.flush()
        self._show_participant(None)  # no tab may read the file while it is replaced
        self.store.close()
        try:
            restore_backup(backup, db_path, self.paths.backups_dir)
        except UserError as err:
            self._error(self.tr("Restore a backup"), err.message())
            return self._reopen(db_path)
        ok = self._reopen(db_path)
        if ok:
            from ..storage.search import rebuild_index

            rebuild_index(self.store.db)
            self.refresh_caseload()
            self.statusBar().showMessage(self.tr("Backup restored: %1").replace("%1", backup.name), 8000)
        return ok

    def _reopen(self, db_path: Path) -> bool:
        """Switch to ``db_path``; an encrypted file asks for its passphrase (a wrong one is
        said plainly). False, with the reason shown, when it cannot be opened."""
        from .dialogs.passphrase_dialog import obtain_store

        try:
            store = obtain_store(db_path, self.paths, parent=self, ask_new=False)
        except UserError as err:
            self._error(self.tr("Open database file"), err.message())
            return False
        if store is None:
            return False
        self._switch_store(store)
        return True

    def edit_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        language_changed = dialog.apply()
        self.settings.save(self.paths)
        if language_changed:
            QMessageBox.information(
                self, self.tr("Settings"),
                self.tr("The new language is used the next time you start Begeleider."))

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Begeleider"),
            self.tr("Begeleider %1\n\nOffline trajectory records for job coaches.\nDatabase: %2")
            .replace("%1", version()).replace("%2", str(self.store.path or "")))

    # ------------------------------------------------------------------ closing
    def _restore_geometry(self) -> None:
        """Open where the coach left it (size, position, splitter), if that still fits."""
        saved = self.settings.extra.get("window") if isinstance(self.settings.extra, dict) else None
        if not isinstance(saved, dict):
            return
        with contextlib.suppress(Exception):  # a damaged value must never stop the program
            self.restoreGeometry(QByteArray.fromBase64(str(saved["geometry"]).encode()))
            self.centralWidget().restoreState(QByteArray.fromBase64(str(saved["splitter"]).encode()))

    def _save_geometry(self) -> None:
        self.settings.extra["window"] = {
            "geometry": bytes(self.saveGeometry().toBase64()).decode(),
            "splitter": bytes(self.centralWidget().saveState().toBase64()).decode(),
        }
        with contextlib.suppress(OSError):
            self.settings.save(self.paths)

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
        self._save_geometry()
        # Nothing may read the database after the window is closed (its file may be closed next).
        self._caseload_timer.stop()
        self._search_timer.stop()
        with contextlib.suppress(ValueError):
            self.store.listeners.remove(self._on_store_write)
        super().closeEvent(event)


def version() -> str:
    """The installed version, looked up when asked (importlib.metadata is slow to load)."""
    from .. import __version__

    return __version__


def _now() -> str:
    from datetime import datetime

    return datetime.now().strftime("%H:%M:%S")




"""Team sync in the main window: a Sync button, "laatst gesynchroniseerd" in the status bar,
progress while syncing (off the UI thread), a summary afterwards, the conflicts view and the
choice of the shared folder (never the folder of the working database).

The sync runs in a pool thread on its own connection to the working database (WAL lets the
window keep reading and saving); results come back through queued signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QWidget

from ..config import Device
from ..domain.messages import UserError
from ..sync import share as sh
from ..sync.conflicts import open_conflicts
from ..sync.engine import SyncReport, last_sync
from .dialogs.conflict_dialog import ConflictDialog, local_time


class SyncSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # SyncReport
    failed = Signal(str)


class SyncTask(QRunnable):
    """One sync in a pool thread. Only paths and settings go in: no widgets, no shared
    connection (the task opens and closes its own)."""

    def __init__(self, db_path: Path, paths: Any, share: Path, coach_name: str,
                 key: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.share = share
        self.coach_name = coach_name
        self.key = key
        self.signals = SyncSignals()

    def run(self) -> None:
        from ..services.session import open_store
        from ..sync.engine import sync

        try:
            device = Device.load_or_create(self.paths)
            kwargs = {"key": self.key} if self.key else {}
            store = open_store(self.db_path, self.paths, device=device, create=False, **kwargs)
            try:
                report = sync(store, self.share, self.paths, device=device,
                              coach_name=self.coach_name, progress=self.signals.progress.emit)
            finally:
                store.close()
        except UserError as err:
            self.signals.failed.emit(err.message())
            return
        except Exception as err:  # noqa: BLE001 - any failure must reach the coach, not vanish
            self.signals.failed.emit(f"{type(err).__name__}: {err}")
            return
        self.signals.finished.emit(report)


class SyncController(QObject):
    """Owns the sync actions and status of one main window."""

    synced = Signal(object)  # SyncReport, after the window was refreshed

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.task: SyncTask | None = None
        self.last_report: SyncReport | None = None
        self.show_summary = True

        self.sync_action = QAction(self.tr("Sync"), window)
        self.sync_action.setObjectName("actionSync")
        self.sync_action.setToolTip(self.tr("Exchange records with your team through the shared folder"))
        self.sync_action.setShortcut("F9")
        self.sync_action.triggered.connect(self.sync_now)
        self.share_action = QAction(self.tr("Choose shared folder..."), window)
        self.share_action.setObjectName("actionChooseShare")
        self.share_action.triggered.connect(self.choose_share)
        self.conflicts_action = QAction(self.tr("Sync conflicts..."), window)
        self.conflicts_action.setObjectName("actionSyncConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        window.toolbar.addAction(self.sync_action)
        button = window.toolbar.widgetForAction(self.sync_action)
        if button is not None:
            button.setObjectName("syncButton")
            button.setAccessibleName(self.tr("Sync"))
        menu = window.menus["tools"]
        menu.addSeparator()
        for action in (self.sync_action, self.conflicts_action, self.share_action):
            menu.addAction(action)

        self.progress = QProgressBar(window)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(window)
        self.status.setObjectName("syncStatus")
        self.status.setAccessibleName(self.tr("Last synchronised"))
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.status)
        if hasattr(window, "store_changed"):
            window.store_changed.connect(lambda _s: self.update_status())
        if hasattr(window, "participant_changed"):
            window.participant_changed.connect(self.point_out_conflicts)
        self.update_status()

    def point_out_conflicts(self, participant_id: object) -> int:
        """Say in the status bar when the participant shown has open sync conflicts."""
        if not participant_id:
            return 0
        try:
            count = len(open_conflicts(self.window.store.db, participant_id=str(participant_id)))
        except Exception:  # noqa: BLE001 - a database without sync tables has no conflicts
            return 0
        if count:
            self.window.statusBar().showMessage(self.tr(
                "This participant has %1 open sync conflicts: see Tools > Sync conflicts.")
                .replace("%1", str(count)), 15000)
        return count

    # ------------------------------------------------------------------ status
    def update_status(self, report: SyncReport | None = None) -> None:
        if report is None:
            try:
                report = last_sync(self.window.store)
            except Exception:  # noqa: BLE001 - no sync tables: never synced
                report = None
        self.last_report = report or self.last_report
        if report is None:
            text = self.tr("Last synchronised: never")
        else:
            text = self.tr("Last synchronised: %1").replace("%1", local_time(report.finished_at))
            if report.open_conflicts:
                text += " · " + self.tr("open conflicts: %1").replace("%1", str(report.open_conflicts))
        self.status.setText(text)

    # ------------------------------------------------------------------ share folder
    def share_folder(self) -> Path | None:
        folder = (self.window.settings.share_folder or "").strip()
        return Path(folder) if folder else None

    def set_share_folder(self, folder: Path) -> bool:
        """Remember ``folder`` as the team's shared folder; refused when the working database
        lies inside it (a live database on a shared folder gets damaged)."""
        db_path = self.window.store.path
        if db_path is not None and sh.inside(db_path, folder):
            QMessageBox.warning(self.window, self.tr("Shared folder"), UserError(
                "sync.db_in_share", path=db_path).message())
            return False
        self.window.settings.share_folder = str(folder)
        self.window.settings.save(self.window.paths)
        self.window.statusBar().showMessage(
            self.tr("Shared folder: %1").replace("%1", str(folder)), 8000)
        return True

    def choose_share(self) -> bool:
        start = str(self.share_folder() or Path.home())
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Choose the team's shared folder"), start)
        if not name:
            return False
        return self.set_share_folder(Path(name))

    # ------------------------------------------------------------------ syncing
    def sync_now(self) -> bool:
        if self.task is not None:
            return False
        share = self.share_folder()
        if share is None and not self.choose_share():
            return False
        share = self.share_folder()
        store = self.window.store
        if store.path is None or share is None:
            return False
        if hasattr(self.window, "flush"):
            self.window.flush()
        key = None
        try:
            from ..storage import crypto

            key = crypto.key_of(store.db)
        except Exception:  # noqa: BLE001 - no encryption support installed
            key = None
        coach = self.window.settings.coach_name or ""
        self.task = SyncTask(store.path, self.window.paths, share, coach, key)
        self.task.setAutoDelete(False)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.sync_action.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Synchronising..."))
        QThreadPool.globalInstance().start(self.task)
        return True

    def _on_progress(self, fraction: float, _text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _done(self) -> None:
        self.task = None
        self.sync_action.setEnabled(True)
        self.progress.hide()
        self.window.statusBar().clearMessage()

    def _on_failed(self, message: str) -> None:
        self._done()
        self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", message), 15000)
        if self.show_summary:
            QMessageBox.warning(self.window, self.tr("Sync"), message)

    def _on_finished(self, report: SyncReport) -> None:
        self._done()
        if report.device_id and report.device_id != self.window.store.device_id:
            self.window.store.device_id = report.device_id  # re-keyed during the sync
        if hasattr(self.window, "flush"):
            self.window.flush()  # what was typed during the sync is stored before re-reading
        if hasattr(self.window, "refresh_caseload"):
            self.window.refresh_caseload()
        if hasattr(self.window, "refresh_participant"):
            self.window.refresh_participant()
        self.update_status(report)
        self.synced.emit(report)
        if self.show_summary:
            self.show_report(report)

    def summary_text(self, report: SyncReport) -> str:
        return "\n".join(report.lines() + report.conflicted_copies)

    def show_report(self, report: SyncReport) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if report.publish_error or report.warnings
                          else QMessageBox.Icon.Information, self.tr("Sync"),
                          self.summary_text(report), QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("syncSummary")
        review = None
        if report.open_conflicts:
            review = box.addButton(self.tr("Review conflicts"), QMessageBox.ButtonRole.AcceptRole)
            review.setObjectName("syncReviewConflicts")
        box.exec()
        if review is not None and box.clickedButton() is review:
            self.show_conflicts()

    def show_conflicts(self) -> None:
        dialog = ConflictDialog(self.window.store, self.window)
        dialog.resolved.connect(lambda _c: self._after_resolve())
        dialog.exec()

    def _after_resolve(self) -> None:
        if hasattr(self.window, "refresh_participant"):
            self.window.refresh_participant()
        if hasattr(self.window, "refresh_caseload"):
            self.window.refresh_caseload()


def install(window: QWidget) -> None:
    window.sync_controller = SyncController(window)  # type: ignore[attr-defined]

"""Team sync in the main window: a Sync button, "laatst gesynchroniseerd" in the status bar,
progress while syncing (off the UI thread), a summary afterwards, the conflicts view and the
choice of the shared folder (never the folder of the working database).

The sync runs through the operation layer: in a worker thread on its own connection to the
working database (WAL lets the window keep reading and saving); the summary comes back to the
UI thread when it has finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar

from ..domain.messages import UserError
from ..services import sync_status
from ..sync import share as sh
from ..sync.engine import SyncReport
from .context import AppContext
from .dialogs.conflict_dialog import ConflictDialog, local_time
from .ops import EVERYTHING, FAILED

SYNC_WAIT_SECONDS = 300


@dataclass(frozen=True)
class Offline:
    """The hub could not be reached: the sync did nothing and will happen next time."""

    message: str


class SyncController(QObject):
    """Owns the sync actions and status of one main window."""

    synced = Signal(object)  # SyncReport, after the window was refreshed

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        window = self.window = ctx.window
        self.running = False
        self.last_report: SyncReport | None = None
        self.offline = ""
        self.show_summary = True

        self.sync_action = QAction(self.tr("&Sync"), window)
        self.sync_action.setObjectName("actionSync")
        self.sync_action.setToolTip(self.tr("Exchange records with your team through the shared folder"))
        self.sync_action.setShortcut("F9")
        self.sync_action.triggered.connect(self.sync_now)
        self.share_action = QAction(self.tr("Choose shared &folder..."), window)
        self.share_action.setObjectName("actionChooseShare")
        self.share_action.triggered.connect(self.choose_share)
        self.hub_action = QAction(self.tr("Organisation hu&b..."), window)
        self.hub_action.setObjectName("actionHub")
        self.hub_action.setStatusTip(self.tr("Sync through your organisation's hub instead of a folder"))
        self.hub_action.triggered.connect(lambda _checked=False: self.choose_hub())
        self.conflicts_action = QAction(self.tr("Sync &conflicts..."), window)
        self.conflicts_action.setObjectName("actionSyncConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        ctx.toolbar.addAction(self.sync_action)
        button = ctx.toolbar.widgetForAction(self.sync_action)
        if button is not None:
            button.setObjectName("syncButton")
            button.setAccessibleName(self.tr("Sync"))
        menu = ctx.menus["tools"]
        menu.addSeparator()
        for action in (self.sync_action, self.conflicts_action, self.share_action, self.hub_action):
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
        ctx.store_changed.connect(lambda _s: self.update_status())
        ctx.participant_changed.connect(self.point_out_conflicts)
        self.update_status()

    def point_out_conflicts(self, participant_id: object) -> int:
        """Say in the status bar when the participant shown has open sync conflicts."""
        if not participant_id:
            return 0
        count = sync_status.conflict_count(self.ctx.store, str(participant_id))
        if count:
            self.window.statusBar().showMessage(self.tr(
                "This participant has %1 open sync conflicts: see Tools > Sync conflicts.")
                .replace("%1", str(count)), 15000)
        return count

    # ------------------------------------------------------------------ status
    def update_status(self, report: SyncReport | None = None) -> None:
        if report is None:
            report = sync_status.last_report(self.ctx.store)
        self.last_report = report or self.last_report
        if report is None:
            text = self.tr("Last synchronised: never")
        else:
            text = self.tr("Last synchronised: %1").replace("%1", local_time(report.finished_at))
            if report.open_conflicts:
                text += " · " + self.tr("open conflicts: %1").replace("%1", str(report.open_conflicts))
        # Which way this laptop syncs, so nobody wonders where the team's records go.
        hub = self.hub_dsn()
        if hub:
            from ..sync.hub import describe_dsn

            text += " · " + self.tr("via hub %1").replace("%1", describe_dsn(hub))
        elif self.share_folder() is not None:
            text += " · " + self.tr("via shared folder")
        self.status.setText(text)
        self.status.setToolTip(str(self.share_folder() or "") if not hub else "")

    # ------------------------------------------------------------------ hub
    def hub_dsn(self) -> str:
        return (self.ctx.settings.hub_dsn or "").strip()

    def choose_hub(self, dsn: str | None = None, password: str | None = None) -> bool:
        """Set (or clear) the organisation hub; its password is kept in the encrypted
        database (a plain database cannot use a hub: it would send readable data)."""
        from ..services import session
        from ..sync.hub import PASSWORD_SECRET
        from .dialogs.hub_dialog import HubDialog

        if dsn is None:
            dialog = HubDialog(self.hub_dsn(), bool(session.local_secret(self.ctx.store, PASSWORD_SECRET)),
                               self.window)
            if dialog.exec() != HubDialog.DialogCode.Accepted:
                return False
            dsn, password = dialog.values()
        if dsn and session.key_of(self.ctx.store) is None:
            self.ctx.ops.show_error(self.tr("Organisation hub"), UserError("hub.needs_encryption").message())
            return False
        if password and self.ctx.ops.call(self.tr("Organisation hub"), session.set_local_secret,
                                          self.ctx.store, PASSWORD_SECRET, password) is FAILED:
            return False
        self.ctx.settings.hub_dsn = dsn
        self.ctx.settings.save(self.ctx.paths)
        self.update_status()
        return True

    # ------------------------------------------------------------------ share folder
    def share_folder(self) -> Path | None:
        folder = (self.ctx.settings.share_folder or "").strip()
        return Path(folder) if folder else None

    def set_share_folder(self, folder: Path) -> bool:
        """Remember ``folder`` as the team's shared folder; refused when the working database
        lies inside it (a live database on a shared folder gets damaged)."""
        db_path = self.ctx.store.path
        if db_path is not None and sh.inside(db_path, folder):
            QMessageBox.warning(self.window, self.tr("Shared folder"), UserError(
                "sync.db_in_share", path=db_path).message())
            return False
        self.ctx.settings.share_folder = str(folder)
        self.ctx.settings.save(self.ctx.paths)
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
        if self.running:
            return False
        hub = self.hub_dsn()
        share = None
        if not hub:
            share = self.share_folder()
            if share is None and not self.choose_share():
                return False
            share = self.share_folder()
            if share is None:
                return False
        if self.ctx.store.path is None:
            return False
        coach = self.ctx.settings.coach_name or ""
        paths = self.ctx.paths

        def work(store, progress) -> SyncReport | Offline:
            from ..config import Device
            from ..sync.engine import sync
            from ..sync.hub import sync_with_hub

            device = Device.load_or_create(paths)
            # Another sync of this installation (the command line, a second window) may be
            # running: the button waits for it instead of failing.
            common = {"device": device, "coach_name": coach, "progress": progress,
                      "wait": SYNC_WAIT_SECONDS}
            if not hub:
                return sync(store, share, paths, **common)
            try:
                return sync_with_hub(store, hub, paths, **common)
            except UserError as err:
                if err.key == "hub.offline":
                    return Offline(err.message())  # working offline is normal, not an error
                raise

        started = self.ctx.ops.run(self.tr("Sync"), work, on_done=self._on_finished,
                                   on_failed=self._on_failed, on_progress=self._on_progress,
                                   changes=lambda report: EVERYTHING if getattr(report, "changes", 0)
                                   else None)
        if not started:
            return False
        self.running = True
        self.sync_action.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Synchronising..."))
        return True

    def _on_progress(self, fraction: float, _text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _done(self) -> None:
        self.running = False
        self.sync_action.setEnabled(True)
        self.progress.hide()
        self.window.statusBar().clearMessage()

    def _on_failed(self, message: str) -> None:
        self._done()
        self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", message), 15000)
        if self.show_summary:
            self.ctx.ops.show_error(self.tr("Sync"), message)

    def _on_finished(self, report: SyncReport | Offline) -> None:
        self._done()
        if isinstance(report, Offline):
            self.offline = report.message
            self.window.statusBar().showMessage(
                self.tr("Offline: the hub cannot be reached now; Begeleider syncs next time."), 15000)
            self.status.setToolTip(report.message)
            return
        self.offline = ""
        if report.device_id and report.device_id != self.ctx.store.device_id:
            self.ctx.store.device_id = report.device_id  # re-keyed during the sync
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
        dialog = ConflictDialog(self.ctx.store, self.window)
        dialog.resolved.connect(lambda _c: self.ctx.notify(EVERYTHING))
        dialog.exec()


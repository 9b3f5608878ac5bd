"""The database file behind the window: open another, start a new one, back up, restore and
check it. Slow steps (backup, restore, check) run through the operation layer, off the UI
thread, so the window keeps answering on a database of organisation size."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .. import APP_NAME
from ..domain.messages import UserError
from ..storage.repository import Store
from .actions import window_action
from .context import AppContext
from .ops import EVERYTHING


class _CheckSignals(QObject):
    failed = Signal(object)


class _BackupSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class DocumentController(QObject):
    """File menu commands; ``switch_store(store)`` is called with every newly opened file."""

    def __init__(self, ctx: AppContext, switch_store: Callable[[Store], None],
                 before_close: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._switch = switch_store
        self._before_close = before_close
        self.backup_thread: threading.Thread | None = None
        # the result of the last backup or restore (tests, status bar)
        self.last_backup: Path | None = None
        self.restored = False
        window = ctx.window

        def action(text: str, slot, shortcut=None, name: str = "", tip: str = "") -> QAction:
            return window_action(window, text, slot, shortcut, name, tip)

        self.act_open = action(self.tr("&Open database file..."), self.open_database,
                               QKeySequence.StandardKey.Open, "actOpen")
        self.act_new_db = action(self.tr("&New database file..."), self.new_database, None,
                                 "actNewDatabase",
                                 self.tr("Start an empty database file, e.g. after exploring the demo"))
        self.act_backup = action(self.tr("Make a &backup"), self.make_backup, "Ctrl+B", "actBackup",
                                 self.tr("Write a copy of the database to the backup folder"))
        self.act_restore = action(self.tr("&Restore a backup..."), self.restore_backup, None, "actRestore")
        self.act_check = action(self.tr("&Check the database"), self.check_database, None, "actCheck",
                                self.tr("Read every page of the database file and report damage"))

    # ------------------------------------------------------------------ open and new
    def open_database(self, path: Path | None = None) -> bool:
        window = self.ctx.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Open database file"), str(self.ctx.paths.data_dir),
                self.tr("Begeleider database (*.sqlite *.db);;All files (*)"))
            if not name:
                return False
            path = Path(name)
        if not self.ctx.flush():
            self.ctx.ops.show_error(self.tr("Open database file"),
                                    self.tr("Your last changes could not be saved yet."))
            return False
        if not self._reopen(path):
            return False
        self.ctx.settings.last_db = str(path)
        self.ctx.settings.save(self.ctx.paths)
        return True

    def new_database(self, path: Path | None = None) -> bool:
        """Create and open an empty database file (the demo stays in its own file)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.ctx.window, self.tr("New database file"),
                str(self.ctx.paths.data_dir / "caseload.sqlite"),
                self.tr("Begeleider database (*.sqlite *.db)"))
            if not name:
                return False
            path = Path(name)
            if path.suffix not in (".sqlite", ".db"):
                path = path.with_suffix(".sqlite")
        if path.exists():
            self.ctx.ops.show_error(self.tr("New database file"), self.tr(
                "%1 already exists; choose Open database file to use it.").replace("%1", str(path)))
            return False
        return self.open_database(path)

    def _reopen(self, db_path: Path) -> bool:
        """Switch to ``db_path``; an encrypted file asks for its passphrase (a wrong one is
        said plainly). False, with the reason shown, when it cannot be opened."""
        from .dialogs.passphrase_dialog import obtain_store

        try:
            store = obtain_store(db_path, self.ctx.paths, parent=self.ctx.window, ask_new=False)
        except UserError as err:
            self.ctx.ops.show_error(self.tr("Open database file"), err.message())
            return False
        if store is None:
            return False
        self._switch(store)
        return True

    def _reopen_checked(self, db_path: Path, key: str | None) -> bool:
        """Open a file this program has just written and checked page by page (a restore):
        no passphrase to ask, no second full check on the UI thread."""
        from ..services.session import open_store

        try:
            store = open_store(db_path, self.ctx.paths, key=key, checked=True)
        except UserError as err:
            self.ctx.ops.show_error(self.tr("Open database file"), err.message())
            return False
        self._switch(store)
        return True

    # ------------------------------------------------------------------ backups
    def make_backup(self) -> bool:
        """A backup in the backup folder, written and checked in the background."""
        from ..services.backups import make_backup

        title = self.tr("Backup")
        keep = self.ctx.settings.backup_count
        backups_dir = self.ctx.paths.backups_dir
        self.ctx.status(self.tr("Writing a backup..."), 0)
        return self.ctx.ops.run(title, lambda store, _progress: make_backup(
            store, backups_dir, keep=keep), on_done=self._backup_done,
            on_failed=lambda text: self._failed(title, text))

    def _backup_done(self, dest: Path) -> None:
        self.last_backup = dest
        self.ctx.status(self.tr("Backup written: %1").replace("%1", str(dest)))

    def _failed(self, title: str, text: str) -> None:
        self.ctx.window.statusBar().clearMessage()
        self.ctx.ops.show_error(title, text)

    def choose_backup(self) -> Path | None:
        from ..storage.backup import list_backups

        window = self.ctx.window
        files = list_backups(self.ctx.paths.backups_dir)
        other = self.tr("Another file...")
        choice, ok = QInputDialog.getItem(
            window, self.tr("Restore a backup"),
            self.tr("Which backup? The present database is kept as a copy first."),
            [f.name for f in files] + [other], 0, False)
        if not ok:
            return None
        if choice == other:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Restore a backup"), str(self.ctx.paths.backups_dir),
                self.tr("Begeleider database (*.sqlite *.db)"))
            return Path(name) if name else None
        backup = self.ctx.paths.backups_dir / choice
        answer = QMessageBox.question(
            window, self.tr("Restore a backup"),
            self.tr("Replace the present data with the backup %1?").replace("%1", backup.name))
        return backup if answer == QMessageBox.StandardButton.Yes else None

    def restore_backup(self, backup: Path | None = None) -> bool:
        """Replace the database with a backup (its present state is kept as a copy first).
        The file is closed, replaced and checked in the background, then opened again."""
        from ..services.backups import restore
        from ..services.session import key_of

        backup = backup or self.choose_backup()
        store = self.ctx.store
        if backup is None or store.path is None:
            return False
        title = self.tr("Restore a backup")
        if self.ctx.ops.busy:
            self.ctx.ops.show_error(title, self.tr("Wait until %1 has finished.")
                                    .replace("%1", ", ".join(self.ctx.ops.running_titles())))
            return False
        self.ctx.flush()
        self._before_close()  # no view may read the file while it is replaced
        db_path, key, backups_dir = store.path, key_of(store), self.ctx.paths.backups_dir
        store.close()
        self.restored = False
        self.ctx.status(self.tr("Restoring the backup..."), 0)

        def work(_progress) -> Path:
            # Every page is checked there, so opening it again on the UI thread can skip that.
            return restore(backup, db_path, backups_dir, key=key)

        def done(_path: Path) -> None:
            self.restored = self._reopen_checked(db_path, key)
            if self.restored:
                self.ctx.notify(EVERYTHING)
                self.ctx.status(self.tr("Backup restored: %1").replace("%1", backup.name))

        def failed(text: str) -> None:
            self._failed(title, text)
            self._reopen(db_path)  # the file was not replaced: carry on with it

        return self.ctx.ops.run(title, work, with_store=False, exclusive=True, flush=False,
                                on_done=done, on_failed=failed)

    def start_daily_backup(self) -> None:
        """Once a day, a backup in the background (its own read-only connection)."""
        from ..storage.backup import backup_file_if_due

        path = self.ctx.store.path
        if path is None or not path.exists():
            return
        signals = _BackupSignals(self)
        signals.done.connect(lambda dest: dest and self.ctx.status(
            self.tr("Daily backup written: %1").replace("%1", str(dest))))
        signals.failed.connect(lambda m: self.ctx.status(
            self.tr("Automatic backup failed: %1").replace("%1", m), 15000))
        self._backup_signals = signals
        backups_dir, keep = self.ctx.paths.backups_dir, self.ctx.settings.backup_count

        def work() -> None:
            from ..services.errors import describe

            try:
                signals.done.emit(backup_file_if_due(path, backups_dir, keep=keep))
            except Exception as err:  # noqa: BLE001 - said in the status bar; a manual backup still works
                signals.failed.emit(describe(err))

        # A plain thread, not an operation: it must never hold up what the coach starts.
        self.backup_thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self.backup_thread.start()

    # ------------------------------------------------------------------ checks
    def check_database(self) -> bool:
        """The full integrity check of the file, on demand, in the background."""
        from ..services.session import key_of
        from ..storage.database import check_database

        title = self.tr("Check the database")
        path, key = self.ctx.store.path, key_of(self.ctx.store)
        if path is None:
            return False
        self.ctx.status(self.tr("Checking the database..."), 0)
        return self.ctx.ops.run(
            title, lambda _p: check_database(path, key=key), with_store=False,
            on_done=lambda _v: QMessageBox.information(
                self.ctx.window, title, self.tr("The database %1 is healthy.").replace("%1", str(path))),
            on_failed=lambda text: self._failed(title, text))

    def start_integrity_check(self) -> None:
        """The file check that opening left out (the file was unchanged since our last clean
        close, see docs/design.md), in a worker thread; damage is reported as soon as found."""
        from ..services.session import verify_in_background

        signals = _CheckSignals(self)
        signals.failed.connect(self._integrity_check_failed)
        self._check_signals = signals
        verify_in_background(self.ctx.store, self.ctx.paths, signals.failed.emit)

    def _integrity_check_failed(self, err: object) -> None:
        message = err.message() if isinstance(err, UserError) else str(err)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message,
                          QMessageBox.StandardButton.Close, self.ctx.window)
        box.setObjectName("integrityCheckFailed")
        restore = box.addButton(self.act_restore.text().replace("&", ""), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup()


"""Privacy in the main window: lock (Ctrl+L and after idle time), privacy view, retention view,
audit log, and the participant's rights (export everything, erase).

Built by the main window with the application context (`PrivacyController(ctx)`); it uses
only the context: menus, toolbar, the open database through services, the operation layer,
the participant on screen, and `locked_changed`/`privacy_view_changed` that the caseload and
the agenda follow to empty and refill themselves.

Locking: every pending edit is stored first (tabs' flush), then the whole window is covered
by the lock screen, menus, toolbars, docks and other windows are hidden, and the caseload and
tabs are cleared, so no participant's data is on screen or in any widget. After the right
passphrase everything comes back: the same participant, tab and field, and any text that
could not be stored yet (an invalid date, say) is put back where the coach left it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..services import audit, privacy, session
from ..services.session import key_of
from .context import AppContext
from .ops import FAILED, Changes

LOCK_SHORTCUT = "Ctrl+L"
IDLE_SETTING = "lock_minutes"
DEFAULT_IDLE_MINUTES = 5
LOCK_HASH_SETTING = "lock_hash"
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


def idle_minutes(settings: Any) -> int:
    try:
        minutes = int(settings.extra.get(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError, AttributeError):
        return DEFAULT_IDLE_MINUTES
    return max(0, minutes)


def hash_lock_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    """For a plain (unencrypted) database: a PBKDF2 hash of a lock-only passphrase."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000)
    return f"pbkdf2-sha256$200000${salt.hex()}${digest.hex()}"


def _check_lock_hash(stored: str, passphrase: str) -> bool:
    try:
        _algo, rounds, salt, digest = stored.split("$")
        got = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), bytes.fromhex(salt), int(rounds))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


class PrivacyController(QObject):
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        window = self.window = ctx.window
        self.locked = False
        self.lock_screen: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._titles: list[tuple[QWidget, str]] = []
        self._host: QWidget | None = None
        self._state: dict[str, Any] = {}
        self.privacy_view = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("privacyIdleTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.lock(reason="idle"))
        self.set_idle_timeout_ms(idle_minutes(ctx.settings) * 60_000)
        # Activity is watched on each top-level QWindow, not on the whole application: input
        # reaches a window before Qt hands it to a widget, so this sees every key press and
        # click, while an application-wide Python filter would also run for the thousands of
        # internal events (layout, paint, child events) of opening a participant.
        _build_actions(self)
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._watch_window)
            for handle in QGuiApplication.topLevelWindows():
                self._watch_window(handle)
        window.installEventFilter(self)
        self._watch_window(window.windowHandle())

    def _watch_window(self, handle: QWindow | None) -> None:
        # Installing twice is harmless: Qt keeps one entry per filter object.
        if handle is not None:
            handle.installEventFilter(self)

    # ------------------------------------------------------------------ idle
    def set_idle_timeout_ms(self, ms: int) -> None:
        """0 switches the automatic lock off (tests inject a short time here)."""
        self.idle_timer.stop()
        self.idle_ms = max(0, int(ms))
        if self.idle_ms and not self.locked:
            self.idle_timer.start(self.idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if QCoreApplication.closingDown():
            return False
        kind = event.type()
        host = self._host
        if watched is host and kind == QEvent.Type.Resize and self.lock_screen is not None:
            self.lock_screen.setGeometry(QRect(0, 0, host.width(), host.height()))
        elif watched is self.window and kind == QEvent.Type.Show:
            self._watch_window(self.window.windowHandle())  # exists once the window is shown
        elif watched is self.window and kind == QEvent.Type.Close:
            self.idle_timer.stop()  # a closed window (and its database) is never locked later
        elif kind in ACTIVITY_EVENTS and event.spontaneous() and not self.locked and self.idle_ms:
            # Only input from the system counts: Qt itself sends mouse moves when a window
            # appears under the pointer, which is not the coach at work.
            self.idle_timer.start(self.idle_ms)
        return False

    # ------------------------------------------------------------------ the secret
    def needs_passphrase(self) -> bool:
        return bool(key_of(self.ctx.store) or self.ctx.settings.extra.get(LOCK_HASH_SETTING))

    def check_passphrase(self, passphrase: str) -> bool:
        key = key_of(self.ctx.store)
        if key is not None:
            return hmac.compare_digest(key.encode(), passphrase.encode())
        stored = self.ctx.settings.extra.get(LOCK_HASH_SETTING)
        if stored:
            return _check_lock_hash(str(stored), passphrase)
        return True

    # ------------------------------------------------------------------ lock
    def lock(self, *, reason: str = "manual") -> None:
        w = self.window
        if self.locked or not w.isVisible():
            return
        self.idle_timer.stop()
        self.ctx.flush()
        focus = QApplication.focusWidget()
        self._state = {
            "pid": self.ctx.current_participant_id(),
            "tab": self.ctx.shell.current_tab_index(),
            "focus": focus if focus is not None and w.isAncestorOf(focus) else None,
            "texts": self._capture_texts([w.centralWidget()]),
        }
        self.locked = True
        # No shortcut or menu command may work behind the lock screen.
        self._disabled = [a for a in w.findChildren(QAction) if a.isEnabled()]
        for act in self._disabled:
            act.setEnabled(False)
        # Clear what the main window's widgets hold, not only what is on screen (while they
        # are still visible: tabs that load lazily skip hidden widgets). The caseload and the
        # agenda empty themselves on `locked_changed`.
        self.ctx.clear_participant()
        self.ctx.set_locked(True)
        # Every window's contents are hidden, not the windows themselves: hiding an open
        # dialog would end it and lose what was typed in it. Its widgets keep their state.
        host = QApplication.activeModalWidget() or w
        windows = [w] + [tw for tw in QApplication.topLevelWidgets()
                         if tw is not w and tw.isVisible() and not tw.inherits("QMenu")
                         and tw.windowType() != Qt.WindowType.ToolTip]
        self._hidden = []
        self._titles = []
        for window in windows:
            self._titles.append((window, window.windowTitle()))
            window.setWindowTitle(self.tr("Begeleider - locked"))
            for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if child.isVisible() and not child.isWindow():
                    child.hide()
                    self._hidden.append(child)
        from .dialogs.lock_dialog import LockScreen

        # The lock screen goes where the coach can type: an open modal dialog blocks the window.
        self._host = host
        self._host_size = host.size()
        if host is not w:  # a small message box must still fit the lock card
            host.setMinimumSize(0, 0)
            host.setMaximumSize(16777215, 16777215)
            host.resize(max(host.width(), 500), max(host.height(), 360))
        self.lock_screen = LockScreen(host, needs_passphrase=self.needs_passphrase())
        self.lock_screen.setGeometry(QRect(0, 0, host.width(), host.height()))
        self.lock_screen.unlock_requested.connect(self.try_unlock)
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.focus_input()
        if host is not w:
            host.installEventFilter(self)
        self._audit("lock", reason)
        self.locked_changed.emit(True)

    def _capture_texts(self, tabs: list[QWidget]) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        for tab in tabs:
            for edit in tab.findChildren(QLineEdit):
                out.append((edit, edit.text()))
            for edit in tab.findChildren(QPlainTextEdit) + tab.findChildren(QTextEdit):
                if not edit.isReadOnly():
                    out.append((edit, edit.toPlainText()))
        return out

    def try_unlock(self, passphrase: str) -> bool:
        if not self.locked:
            return True
        if not self.check_passphrase(passphrase):
            self._audit("unlock_failed", "")
            if self.lock_screen is not None:
                self.lock_screen.show_error(self.tr("That passphrase is not right. Nothing was "
                                                    "changed; try again."))
            return False
        self.unlock()
        return True

    def unlock(self) -> None:
        w = self.window
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        for widget in self._hidden:
            with contextlib.suppress(RuntimeError):  # closed meanwhile
                widget.show()
        self._hidden = []
        for window, title in self._titles:
            with contextlib.suppress(RuntimeError):
                window.setWindowTitle(title)
        self._titles = []
        if self._host is not w:
            with contextlib.suppress(RuntimeError):
                self._host.removeEventFilter(self)
                self._host.resize(self._host_size)
        self._host = None
        self.locked = False
        for act in self._disabled:
            try:
                act.setEnabled(True)
            except RuntimeError:
                continue
        self._disabled = []
        self.ctx.set_locked(False)  # the caseload and the agenda fill themselves again
        state, self._state = self._state, {}
        if state.get("pid"):
            self.ctx.select_participant(state["pid"])
        if state.get("tab", -1) >= 0:
            self.ctx.shell.show_tab(state["tab"])
        self._restore_texts(state.get("texts", []))
        focus = state.get("focus")
        if focus is not None:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                focus.setFocus()
        self._audit("unlock", "")
        self.locked_changed.emit(False)
        if self.idle_ms:
            self.idle_timer.start(self.idle_ms)

    def _restore_texts(self, texts: list[tuple[QWidget, str]]) -> None:
        """Put back text that could not be stored (it differs from what was reloaded)."""
        for widget, text in texts:
            try:
                if isinstance(widget, QLineEdit):
                    if widget.text() != text:
                        widget.setText(text)
                        widget.textEdited.emit(text)
                elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.toPlainText() != text:
                    widget.setPlainText(text)
            except RuntimeError:  # the widget was rebuilt meanwhile
                continue

    def _audit(self, action: str, detail: str) -> None:
        with contextlib.suppress(Exception):  # the audit must never stop a lock
            audit.record(self.ctx.store, action, detail=detail)

    # ------------------------------------------------------------------ privacy view
    def set_privacy_view(self, on: bool) -> None:
        """Initials instead of names in the caseload (a colleague or participant looks along)."""
        self.privacy_view = bool(on)
        self.ctx.set_privacy_view(self.privacy_view)

    # ------------------------------------------------------------------ dialogs and rights
    def show_retention(self) -> None:
        from .dialogs.retention_dialog import RetentionDialog

        def before_erase(ids: list[str]) -> None:
            if self.ctx.current_participant_id() in ids:
                self.ctx.clear_participant()

        dialog = RetentionDialog(self.ctx.store, self.ctx.settings, self.ctx.paths, self.window,
                                 ops=self.ctx.ops, before_erase=before_erase)
        dialog.exec()

    def set_idle_minutes(self, minutes: int | None = None) -> int | None:
        """Ask (or set) the idle time before the automatic lock; 0 switches it off."""
        from PySide6.QtWidgets import QInputDialog

        if minutes is None:
            value, ok = QInputDialog.getInt(
                self.window, self.tr("Automatic lock"),
                self.tr("Lock after this many minutes without use (0: never):"),
                idle_minutes(self.ctx.settings), 0, 240)
            if not ok:
                return None
            minutes = value
        self.ctx.settings.extra[IDLE_SETTING] = int(minutes)
        self.ctx.settings.save(self.ctx.paths)
        self.set_idle_timeout_ms(int(minutes) * 60_000)
        return int(minutes)

    def set_team_passphrase(self, passphrase: str | None = None) -> bool:
        """The team passphrase for the shared folder, entered once on this device."""
        from .dialogs.passphrase_dialog import PassphraseDialog

        if passphrase is None:
            dialog = PassphraseDialog("team", None, self.window)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return False
            passphrase = dialog.value()
        if self.ctx.ops.call(self.tr("Team passphrase"), session.set_team_passphrase,
                             self.ctx.store, passphrase) is FAILED:
            return False
        self._audit("team_passphrase_set", "")
        return True

    def set_lock_passphrase(self, passphrase: str | None = None) -> bool:
        """A lock-screen passphrase for a database without encryption (stored as a hash)."""
        from .dialogs.passphrase_dialog import PassphraseDialog

        if passphrase is None:
            dialog = PassphraseDialog("lock", None, self.window)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return False
            passphrase = dialog.value()
        if not passphrase:
            return False
        self.ctx.settings.extra[LOCK_HASH_SETTING] = hash_lock_passphrase(passphrase)
        self.ctx.settings.save(self.ctx.paths)
        self._audit("lock_passphrase_set", "")
        return True

    def show_audit(self) -> None:
        from .dialogs.audit_dialog import AuditDialog

        AuditDialog(self.ctx.store, self.window).exec()

    def export_participant(self, out_dir: Path | None = None) -> bool:
        """Everything about the participant (JSON and PDF), written in the background."""
        pid = self.ctx.current_participant_id()
        if not pid:
            return False
        if out_dir is None:
            name = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the access export"), str(Path.home()))
            if not name:
                return False
            out_dir = Path(name)
        title = self.tr("Export everything")
        self.last_export = None

        def done(result: privacy.ExportResult) -> None:
            self.last_export = result
            QMessageBox.information(
                self.window, title,
                self.tr("Written:\n%1\n%2\n\nGive these files only to the participant.")
                .replace("%1", str(result.json_path)).replace("%2", str(result.pdf_path)))

        return self.ctx.ops.run(title, lambda store, _p: privacy.export_participant(store, pid, out_dir),
                                on_done=done)

    def correct_participant(self) -> bool:
        """Correction at the participant's request, with a note kept in the history."""
        from .dialogs.correction_dialog import CorrectionDialog

        pid = self.ctx.current_participant_id()
        if not pid:
            return False
        self.ctx.flush()
        dialog = CorrectionDialog(self.ctx.store, pid, self.window)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return False
        self.ctx.notify(Changes.of(["participant"], [pid]))
        return True

    def erase_participant(self) -> bool:
        """Erase the participant for good (after confirmation), in the background."""
        from ..services.participants import full_name, get_participant
        from .dialogs.retention_dialog import confirm_erasure

        pid = self.ctx.current_participant_id()
        person = get_participant(self.ctx.store, pid)
        if person is None or not confirm_erasure(self.window, [full_name(person)]):
            return False
        self.ctx.flush()
        self.ctx.clear_participant()
        return self.ctx.ops.run(
            self.tr("Erase participant permanently"),
            lambda store, _p: privacy.erase_participant(store, pid, confirmed=True),
            changes=Changes.of(["participant"], [pid]),
            on_done=lambda _rows: self.ctx.status(self.tr("The participant was erased.")))



def _build_actions(controller: PrivacyController) -> None:
    ctx = controller.ctx
    window = ctx.window

    def action(text: str, name: str, slot, shortcut: str | None = None, checkable: bool = False) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        window.addAction(act)
        return act

    controller.act_lock = action(QCoreApplication.translate("PrivacyController", "&Lock now"), "actLock", controller.lock, LOCK_SHORTCUT)
    controller.act_privacy_view = action(QCoreApplication.translate("PrivacyController", "&Hide names (privacy view)"), "actPrivacyView",
                                         controller.set_privacy_view, "Ctrl+Shift+H", checkable=True)
    controller.act_retention = action(QCoreApplication.translate("PrivacyController", "&Retention..."), "actRetention", controller.show_retention)
    controller.act_audit = action(QCoreApplication.translate("PrivacyController", "Au&dit log..."), "actAudit", controller.show_audit)
    controller.act_idle = action(QCoreApplication.translate("PrivacyController", "Automatic loc&k..."), "actIdleLock", controller.set_idle_minutes)
    controller.act_team = action(QCoreApplication.translate("PrivacyController", "&Team passphrase for the shared folder..."), "actTeamPassphrase",
                                 controller.set_team_passphrase)
    controller.act_lock_pass = action(
        QCoreApplication.translate("PrivacyController", "Lock &passphrase (without encryption)..."),
        "actLockPassphrase", controller.set_lock_passphrase)

    def update_encryption_actions(store: Any) -> None:
        encrypted = key_of(store) is not None
        controller.act_team.setEnabled(encrypted)
        controller.act_lock_pass.setEnabled(not encrypted)

    update_encryption_actions(ctx.store)
    controller.act_export = action(QCoreApplication.translate("PrivacyController", "E&xport everything about this participant..."),
                                   "actExportParticipant", controller.export_participant)
    controller.act_correct = action(
        QCoreApplication.translate("PrivacyController", "Correct&ion at the participant's request..."),
        "actCorrectParticipant", controller.correct_participant)
    controller.act_erase = action(QCoreApplication.translate("PrivacyController", "&Erase participant permanently..."), "actEraseParticipant",
                                  controller.erase_participant)
    menus = ctx.menus
    # Lock sits above Quit, with its own separator: the last item of File stays Quit.
    quit_action = next((x for x in menus["file"].actions() if x.objectName() == "actQuit"), None)
    menus["file"].insertAction(quit_action, controller.act_lock)
    menus["file"].insertSeparator(quit_action)
    menus["tools"].addSeparator()
    for act in (controller.act_privacy_view, controller.act_retention, controller.act_audit,
                controller.act_idle, controller.act_team, controller.act_lock_pass):
        menus["tools"].addAction(act)
    menus["participant"].addSeparator()
    menus["participant"].addAction(controller.act_export)
    menus["participant"].addAction(controller.act_correct)
    menus["participant"].addAction(controller.act_erase)
    from .main_window import add_tool_button

    add_tool_button(ctx.toolbar, controller.act_lock)

    def update_actions(pid: object = None) -> None:
        has = bool(ctx.current_participant_id())
        controller.act_export.setEnabled(has)
        controller.act_correct.setEnabled(has)
        controller.act_erase.setEnabled(has)

    ctx.participant_changed.connect(update_actions)
    ctx.store_changed.connect(update_encryption_actions)
    update_actions()

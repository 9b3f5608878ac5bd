"""Privacy in the main window: lock (Ctrl+L and after idle time), privacy view, retention view,
audit log, and the participant's rights (export everything, erase).

Installed by the main window as an extension (`install(window)`); it only uses the window's
public hooks (menus, toolbar, store, settings, participant_tabs, flush, select_participant,
refresh_caseload, participant_changed) plus, where present, `caseload_model` and
`_show_participant` to clear what is shown while locked.

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
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from ..domain.messages import UserError
from ..services import privacy
from ..storage import crypto

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


class _NameMaskDelegate(QStyledItemDelegate):
    """Privacy view: the caseload shows initials instead of names (no tooltips either)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        words = [w for w in (option.text or "").split() if w[:1].isalpha()]
        option.text = " ".join(w[0].upper() + "." for w in words[:3]) or "..."

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        return True  # swallow the tooltip, which would show the full name

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)


class PrivacyController(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.lock_screen: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._titles: list[tuple[QWidget, str]] = []
        self._host: QWidget | None = None
        self._state: dict[str, Any] = {}
        self._mask: _NameMaskDelegate | None = None
        self._old_delegate = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("privacyIdleTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.lock(reason="idle"))
        self.set_idle_timeout_ms(idle_minutes(window.settings) * 60_000)
        # Activity is watched on each top-level QWindow, not on the whole application: input
        # reaches a window before Qt hands it to a widget, so this sees every key press and
        # click, while an application-wide Python filter would also run for the thousands of
        # internal events (layout, paint, child events) of opening a participant.
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
        return bool(crypto.key_of(self.window.store.db)
                    or self.window.settings.extra.get(LOCK_HASH_SETTING))

    def check_passphrase(self, passphrase: str) -> bool:
        key = crypto.key_of(self.window.store.db)
        if key is not None:
            return hmac.compare_digest(key.encode(), passphrase.encode())
        stored = self.window.settings.extra.get(LOCK_HASH_SETTING)
        if stored:
            return _check_lock_hash(str(stored), passphrase)
        return True

    # ------------------------------------------------------------------ lock
    def lock(self, *, reason: str = "manual") -> None:
        w = self.window
        if self.locked or not w.isVisible():
            return
        self.idle_timer.stop()
        w.flush()
        tabs = list(getattr(w, "participant_tabs", []))
        focus = QApplication.focusWidget()
        self._state = {
            "pid": w.current_participant_id(),
            "tab": w.tabs.currentIndex() if hasattr(w, "tabs") else -1,
            "focus": focus if focus is not None and w.isAncestorOf(focus) else None,
            "texts": self._capture_texts(tabs),
        }
        self.locked = True
        # No shortcut or menu command may work behind the lock screen.
        self._disabled = [a for a in w.findChildren(QAction) if a.isEnabled()]
        for act in self._disabled:
            act.setEnabled(False)
        # Clear what the main window's widgets hold, not only what is on screen (while they
        # are still visible: tabs that load lazily skip hidden widgets).
        show = getattr(w, "_show_participant", None)
        if callable(show):
            show(None)
        else:
            for tab in tabs:
                tab.set_participant(None)
        model = getattr(w, "caseload_model", None)
        if model is not None and hasattr(model, "set_rows"):
            model.set_rows([])
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
        w.refresh_caseload()
        state, self._state = self._state, {}
        if state.get("pid"):
            w.select_participant(state["pid"])
        if state.get("tab", -1) >= 0 and hasattr(w, "tabs"):
            w.tabs.setCurrentIndex(state["tab"])
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
            self.window.store.audit(action, "", "", detail)

    # ------------------------------------------------------------------ privacy view
    def set_privacy_view(self, on: bool) -> None:
        view = getattr(self.window, "caseload_view", None) or getattr(self.window, "caseload", None)
        if view is None:
            return
        if on and self._mask is None:
            self._old_delegate = view.itemDelegateForColumn(0)
            self._mask = _NameMaskDelegate(view)
            view.setItemDelegateForColumn(0, self._mask)
        elif not on and self._mask is not None:
            view.setItemDelegateForColumn(0, self._old_delegate)
            self._mask.deleteLater()
            self._mask = None
        view.viewport().update()

    @property
    def privacy_view(self) -> bool:
        return self._mask is not None

    # ------------------------------------------------------------------ dialogs and rights
    def show_retention(self) -> None:
        from .dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.window.store, self.window.settings, self.window.paths, self.window)
        dialog.exec()
        if dialog.erased:
            self.window.refresh_caseload()

    def set_idle_minutes(self, minutes: int | None = None) -> int | None:
        """Ask (or set) the idle time before the automatic lock; 0 switches it off."""
        from PySide6.QtWidgets import QInputDialog

        if minutes is None:
            value, ok = QInputDialog.getInt(
                self.window, self.tr("Automatic lock"),
                self.tr("Lock after this many minutes without use (0: never):"),
                idle_minutes(self.window.settings), 0, 240)
            if not ok:
                return None
            minutes = value
        self.window.settings.extra[IDLE_SETTING] = int(minutes)
        self.window.settings.save(self.window.paths)
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
        try:
            crypto.set_team_passphrase(self.window.store.db, passphrase)
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("Team passphrase"), err.message())
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
        self.window.settings.extra[LOCK_HASH_SETTING] = hash_lock_passphrase(passphrase)
        self.window.settings.save(self.window.paths)
        self._audit("lock_passphrase_set", "")
        return True

    def show_audit(self) -> None:
        from .dialogs.audit_dialog import AuditDialog

        AuditDialog(self.window.store, self.window).exec()

    def export_participant(self, out_dir: Path | None = None) -> privacy.ExportResult | None:
        pid = self.window.current_participant_id()
        if not pid:
            return None
        if out_dir is None:
            name = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the access export"), str(Path.home()))
            if not name:
                return None
            out_dir = Path(name)
        self.window.flush()
        try:
            result = privacy.export_participant(self.window.store, pid, out_dir)
        except (UserError, OSError) as err:
            QMessageBox.warning(self.window, self.tr("Export everything"),
                                err.message() if isinstance(err, UserError) else str(err))
            return None
        QMessageBox.information(
            self.window, self.tr("Export everything"),
            self.tr("Written:\n%1\n%2\n\nGive these files only to the participant.")
            .replace("%1", str(result.json_path)).replace("%2", str(result.pdf_path)))
        return result

    def correct_participant(self) -> bool:
        """Correction at the participant's request, with a note kept in the history."""
        from .dialogs.correction_dialog import CorrectionDialog

        pid = self.window.current_participant_id()
        if not pid:
            return False
        self.window.flush()
        dialog = CorrectionDialog(self.window.store, pid, self.window)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return False
        refresh = getattr(self.window, "refresh_participant", None)
        if callable(refresh):
            refresh()
        self.window.refresh_caseload()
        return True

    def erase_participant(self) -> bool:
        from ..services.participants import full_name
        from .dialogs.retention_dialog import confirm_erasure

        pid = self.window.current_participant_id()
        person = self.window.store.repo("participant").get(pid) if pid else None
        if person is None:
            return False
        if not confirm_erasure(self.window, [full_name(person)]):
            return False
        self.window.flush()
        show = getattr(self.window, "_show_participant", None)
        if callable(show):
            show(None)
        privacy.erase_participant(self.window.store, pid, confirmed=True)
        self.window.refresh_caseload()
        self.window.statusBar().showMessage(self.tr("The participant was erased."), 8000)
        return True


def install(window: Any) -> PrivacyController:
    controller = PrivacyController(window)
    window.privacy = controller

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
    controller.act_audit = action(QCoreApplication.translate("PrivacyController", "&Audit log..."), "actAudit", controller.show_audit)
    controller.act_idle = action(QCoreApplication.translate("PrivacyController", "Automatic &lock..."), "actIdleLock", controller.set_idle_minutes)
    controller.act_team = action(QCoreApplication.translate("PrivacyController", "&Team passphrase for the shared folder..."), "actTeamPassphrase",
                                 controller.set_team_passphrase)
    controller.act_lock_pass = action(
        QCoreApplication.translate("PrivacyController", "Lock &passphrase (without encryption)..."),
        "actLockPassphrase", controller.set_lock_passphrase)

    def update_encryption_actions(store: Any) -> None:
        encrypted = crypto.key_of(store.db) is not None
        controller.act_team.setEnabled(encrypted)
        controller.act_lock_pass.setEnabled(not encrypted)

    update_encryption_actions(window.store)
    controller.act_export = action(QCoreApplication.translate("PrivacyController", "E&xport everything about this participant..."),
                                   "actExportParticipant", controller.export_participant)
    controller.act_correct = action(
        QCoreApplication.translate("PrivacyController", "&Correction at the participant's request..."),
        "actCorrectParticipant", controller.correct_participant)
    controller.act_erase = action(QCoreApplication.translate("PrivacyController", "&Erase participant permanently..."), "actEraseParticipant",
                                  controller.erase_participant)
    menus = getattr(window, "menus", {})
    if "file" in menus:
        menus["file"].addSeparator()
        menus["file"].addAction(controller.act_lock)
    if "tools" in menus:
        menus["tools"].addSeparator()
        for act in (controller.act_privacy_view, controller.act_retention, controller.act_audit,
                    controller.act_idle, controller.act_team, controller.act_lock_pass):
            menus["tools"].addAction(act)
    if "participant" in menus:
        menus["participant"].addSeparator()
        menus["participant"].addAction(controller.act_export)
        menus["participant"].addAction(controller.act_correct)
        menus["participant"].addAction(controller.act_erase)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addAction(controller.act_lock)
        for button in toolbar.findChildren(QWidget):
            if hasattr(button, "defaultAction") and button.defaultAction() is controller.act_lock:
                button.setObjectName("toolbar_actLock")
                button.setAccessibleName(QCoreApplication.translate("PrivacyController", "Lock now"))

    def update_actions(pid: object = None) -> None:
        has = bool(window.current_participant_id())
        controller.act_export.setEnabled(has)
        controller.act_correct.setEnabled(has)
        controller.act_erase.setEnabled(has)

    signal = getattr(window, "participant_changed", None)
    if signal is not None:
        signal.connect(update_actions)
    store_changed = getattr(window, "store_changed", None)
    if store_changed is not None:
        store_changed.connect(update_encryption_actions)
    update_actions()
    return controller

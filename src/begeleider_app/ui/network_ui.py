"""The team's network in the Tools menu: the local map of services (sociale kaart) and the
group sessions. Both open beside the window (not modal), are kept here so they are not
garbage collected, refresh when a sync or an import changes their records, and close when
another database file is opened.

The participant's own side (referrals, the sessions attended, the network map) is the
Network tab (tabs/network.py). The main window builds a `NetworkFeature` with the context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from .context import AppContext
from .ops import Changes

MAP_SHORTCUT = "Ctrl+Shift+K"


class NetworkFeature:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.social_map: QDialog | None = None
        self.groups: QDialog | None = None
        window = ctx.window
        menu = ctx.menus["tools"]
        menu.addSeparator()
        self.act_map = QAction(QCoreApplication.translate(
            "NetworkFeature", "&Local map of services..."), window)
        self.act_map.setObjectName("actSocialMap")
        self.act_map.setShortcut(QKeySequence(MAP_SHORTCUT))
        self.act_map.setStatusTip(QCoreApplication.translate(
            "NetworkFeature", "The team's directory of services and organisations (sociale "
            "kaart), with CSV import and export"))
        self.act_map.triggered.connect(lambda _checked=False: self.open_social_map())
        self.act_groups = QAction(QCoreApplication.translate(
            "NetworkFeature", "&Group sessions..."), window)
        self.act_groups.setObjectName("actGroupSessions")
        self.act_groups.setStatusTip(QCoreApplication.translate(
            "NetworkFeature", "Werkclub, group training, language class at work: who was there"))
        self.act_groups.triggered.connect(lambda _checked=False: self.open_group_sessions())
        for action in (self.act_map, self.act_groups):
            window.addAction(action)
            menu.addAction(action)
        ctx.records_changed.connect(self._on_records_changed)
        ctx.store_changed.connect(lambda _store: self.close_all())

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.social_map is dialog:
            self.social_map = None
        if self.groups is dialog:
            self.groups = None

    def open_social_map(self) -> QDialog:
        from .dialogs.social_map_dialog import SocialMapDialog

        if self.social_map is None:
            self.ctx.flush()
            self.social_map = SocialMapDialog(self.ctx.store, self.ctx.window, ops=self.ctx.ops)
        return self._show(self.social_map)

    def open_group_sessions(self) -> QDialog:
        from .dialogs.group_sessions_dialog import GroupSessionsDialog

        if self.groups is None:
            self.ctx.flush()
            self.groups = GroupSessionsDialog(self.ctx.store, self.ctx.window, ops=self.ctx.ops)
        return self._show(self.groups)

    def _on_records_changed(self, changes: Changes) -> None:
        if changes.from_write:
            return  # the dialogs' own edits: they show them already
        if self.social_map is not None and changes.touches({"service", "contact"}):
            self.social_map.refresh()
        if self.groups is not None and changes.touches(
                {"group_session", "group_attendance", "participant"}):
            self.groups.refresh()

    def close_all(self) -> None:
        for dialog in (self.social_map, self.groups):
            if dialog is not None:
                dialog.close()
        self.social_map = self.groups = None


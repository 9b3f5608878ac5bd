"""Consent register, handover report and recommendation letter in the Participant menu.

The actions are enabled while a participant is selected. Dialogs open non-blocking
(window-modal) and are kept here (`dialogs`) so they are not garbage collected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from .context import AppContext

ActionSpec = tuple[str, str, Callable[[], "QDialog | None"]]


class ParticipantDialogs:
    """Participant-menu actions that open a dialog for the participant on screen: enabled
    while one is selected; the open dialogs are kept (`dialogs`) so they are not collected."""

    def __init__(self, ctx: AppContext, specs: list[ActionSpec]) -> None:
        self.ctx = ctx
        self.dialogs: list[QDialog] = []
        menu = ctx.menus["participant"]
        menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for name, text, handler in specs:
            action = QAction(text, ctx.window)
            action.setObjectName(name)
            action.setEnabled(ctx.current_participant_id() is not None)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            menu.addAction(action)
            self.actions[name] = action
        ctx.participant_changed.connect(self._on_participant)

    def _on_participant(self, pid: object) -> None:
        for action in self.actions.values():
            action.setEnabled(pid is not None)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.open()
        return dialog


class HandoverFeature(ParticipantDialogs):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, [
            ("consentAction", QCoreApplication.translate("HandoverUi", "C&onsents..."), self.open_consents),
            ("handoverAction", QCoreApplication.translate("HandoverUi", "&Handover report..."),
             self.open_handover),
            ("letterAction", QCoreApplication.translate("HandoverUi", "Recommendation &letter..."),
             self.open_letter),
        ])

    def open_consents(self) -> QDialog | None:
        from .dialogs.consent_dialog import ConsentDialog

        pid = self.ctx.current_participant_id()
        return self._show(ConsentDialog(self.ctx.store, pid, self.ctx.window)) if pid else None

    def open_handover(self) -> QDialog | None:
        from .dialogs.handover_dialog import HandoverDialog

        pid = self.ctx.current_participant_id()
        if pid is None:
            return None
        return self._show(HandoverDialog(self.ctx.store, self.ctx.settings, pid, self.ctx.window,
                                         ops=self.ctx.ops, fill_details=self._fill_details))

    def open_letter(self) -> QDialog | None:
        from .dialogs.letter_dialog import LetterDialog

        pid = self.ctx.current_participant_id()
        if pid is None:
            return None
        return self._show(LetterDialog(self.ctx.store, self.ctx.settings, pid, self.ctx.window,
                                       ops=self.ctx.ops, fill_details=self._fill_details))

    def _fill_details(self) -> bool:
        from .dialogs.setup_wizard import open_settings

        parent = self.dialogs[-1] if self.dialogs else self.ctx.window
        return open_settings(self.ctx.settings, self.ctx.paths, parent, db_path=self.ctx.store.path)

"""The referrer report (voortgangs- and eindrapportage) and the participant's plan in the
Participant menu. Enabled while a participant is selected; dialogs open window-modal and are
kept here (`dialogs`) so they are not garbage collected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from .context import AppContext
from .handover_ui import ParticipantDialogs


class ReportsFeature(ParticipantDialogs):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, [
            ("referrerReportAction",
             QCoreApplication.translate("ReportsUi", "Repor&t to the referrer..."),
             self.open_referrer_report),
            ("planAction", QCoreApplication.translate("ReportsUi", "&My plan (for the participant)..."),
             self.open_plan),
        ])

    def open_referrer_report(self) -> QDialog | None:
        from .dialogs.referrer_dialog import ReferrerReportDialog

        pid = self.ctx.current_participant_id()
        if pid is None:
            return None
        return self._show(ReferrerReportDialog(self.ctx.store, self.ctx.settings, pid,
                                               self.ctx.window, ops=self.ctx.ops))

    def open_plan(self) -> QDialog | None:
        from .dialogs.plan_dialog import PlanDialog

        pid = self.ctx.current_participant_id()
        if pid is None:
            return None
        return self._show(PlanDialog(self.ctx.store, self.ctx.settings, pid, self.ctx.window,
                                     ops=self.ctx.ops))

"""The Overviews menu: the outcome figures (and their export for the funder), the caseload
from and to a spreadsheet, and the agenda to Outlook. Also keeps the subscribable agenda file
up to date after every sync (`after_sync`, connected by the main window to
`SyncController.synced`).

``hours_provider``: the journal's hours per phase (issue 16) once it exists; until the lead
wires it in, the outcomes view shows "not available" (services/outcomes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from .context import AppContext

if TYPE_CHECKING:  # the services load when first used: a faster start
    from ..services import outcomes as oc


class OutcomesFeature:
    def __init__(self, ctx: AppContext, hours_provider: oc.HoursProvider | None = None) -> None:
        self.ctx = ctx
        self.hours_provider = hours_provider
        bar = ctx.window.menuBar()
        menu = ctx.menus.get("reports")
        if menu is None:
            menu = bar.addMenu(QCoreApplication.translate("OutcomesFeature", "O&verviews"))
            menu.setObjectName("menu_reports")
            help_menu = ctx.menus.get("help")
            if help_menu is not None:  # Help stays last
                bar.insertMenu(help_menu.menuAction(), menu)
            ctx.menus["reports"] = menu
        specs: list[tuple[str, str, Callable[[], QDialog | None]]] = [
            ("actOutcomes", QCoreApplication.translate("OutcomesFeature", "&Outcomes..."), self.open_outcomes),
            ("actImportCaseload", QCoreApplication.translate("OutcomesFeature", "&Import caseload from a spreadsheet..."), self.open_import),
            ("actExportCaseload", QCoreApplication.translate("OutcomesFeature", "E&xport caseload to Excel..."), self.open_export),
            ("actCalendar", QCoreApplication.translate("OutcomesFeature", "&Agenda to Outlook (iCalendar)..."), self.open_calendar),
        ]
        self.actions: dict[str, QAction] = {}
        for name, text, handler in specs:
            action = QAction(text, ctx.window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            menu.addAction(action)
            self.actions[name] = action
        self.actions["actOutcomes"].setShortcut("Ctrl+Shift+R")
        ctx.window.addAction(self.actions["actOutcomes"])

    @staticmethod
    def _show(dialog: QDialog) -> QDialog:
        """Window-modal and non-blocking; the window owns it until it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_outcomes(self) -> QDialog:
        from .dialogs.outcomes_dialog import OutcomesDialog

        dialog = OutcomesDialog(self.ctx.store, self.ctx.settings, self.ctx.ops, self.ctx.window,
                                hours_provider=self.hours_provider)
        self._show(dialog)
        dialog.calculate()
        return dialog

    def open_import(self) -> QDialog:
        from .dialogs.import_dialog import ImportDialog

        return self._show(ImportDialog(self.ctx.store, self.ctx.settings, self.ctx.paths,
                                       self.ctx.ops, self.ctx.window))

    def open_export(self) -> QDialog:
        from .dialogs.caseload_export_dialog import CaseloadExportDialog

        return self._show(CaseloadExportDialog(self.ctx.store, self.ctx.settings, self.ctx.paths,
                                               self.ctx.ops, self.ctx.window))

    def open_calendar(self) -> QDialog:
        from .dialogs.calendar_dialog import CalendarDialog

        return self._show(CalendarDialog(self.ctx.store, self.ctx.settings, self.ctx.paths,
                                         self.ctx.ops, self.ctx.window))

    def after_sync(self, _report: object = None) -> bool:
        """Rewrite the subscribable agenda file (if a folder is chosen) after a sync."""
        from ..services import calendar as cal

        settings = self.ctx.settings
        if cal.subscription_path(settings) is None:
            return False
        return self.ctx.ops.run(
            QCoreApplication.translate("OutcomesFeature", "Agenda to Outlook"), lambda store, _p: cal.write_subscription(store, settings),
            on_failed=lambda text: self.ctx.status(QCoreApplication.translate("OutcomesFeature", "The agenda file was not updated: %1")
                                                   .replace("%1", text)), flush=False)

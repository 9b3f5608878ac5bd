"""The journal in the menus: a new entry from anywhere (Ctrl+J, in the main window), the hours
log export for the participant on screen and the hours chart of the whole caseload.

The export runs through the operation layer (off the UI thread, one error style).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from ..domain.messages import msg
from ..services.participants import full_name, get_participant
from .context import AppContext


class JournalFeature:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.act_export = QAction(QCoreApplication.translate("JournalUi", "Export ho&urs log..."), ctx.window)
        self.act_export.setObjectName("actExportHours")
        self.act_export.setEnabled(ctx.current_participant_id() is not None)
        self.act_export.triggered.connect(lambda _checked=False: self.export_hours())
        ctx.menus["participant"].addAction(self.act_export)
        self.act_chart = QAction(QCoreApplication.translate("JournalUi", "Caseload hours per &month..."), ctx.window)
        self.act_chart.setObjectName("actCaseloadHours")
        self.act_chart.triggered.connect(lambda _checked=False: self.show_caseload_hours())
        ctx.menus["tools"].addAction(self.act_chart)
        self.act_search = QAction(QCoreApplication.translate("JournalUi", "Search in all &journals..."),
                                  ctx.window)
        self.act_search.setObjectName("actSearchJournals")
        self.act_search.triggered.connect(lambda _checked=False: self.search_journals())
        ctx.menus["tools"].addAction(self.act_search)
        ctx.participant_changed.connect(lambda pid: self.act_export.setEnabled(pid is not None))
        # Ctrl+J: a journal entry for the participant on screen, from anywhere in the window.
        self.act_new = QAction(QCoreApplication.translate("JournalUi", "New &journal entry"), ctx.window)
        self.act_new.setObjectName("actJournalEntry")
        self.act_new.setShortcut(QKeySequence("Ctrl+J"))
        self.act_new.triggered.connect(lambda _checked=False: self.new_entry())
        ctx.window.addAction(self.act_new)
        ctx.menus["participant"].addAction(self.act_new)

    def new_entry(self) -> bool:
        tab = self.ctx.tab_named("journalTab")
        if tab is None:
            return False
        if not self.ctx.current_participant_id():
            # Ctrl+J works from anywhere, so it must say why nothing opened.
            self.ctx.status(QCoreApplication.translate(
                "JournalUi", "Choose a participant in the caseload first: the journal entry is theirs."))
            return False
        return self.ctx.show_tab_named("journalTab") and tab.new_entry()

    def show_caseload_hours(self) -> bool:
        """The caseload's hours per month: every participant's time is read off the UI thread
        (an organisation's journal holds hundreds of thousands of entries), then shown."""
        from .dialogs.hours_dialog import HoursDialog, chart_months

        today = date.today()

        def show(months) -> None:
            self.dialog = HoursDialog(self.ctx.store, None, today, self.ctx.window, months=months)
            self.dialog.open()

        return self.ctx.ops.run(QCoreApplication.translate("JournalUi", "Hours per month"),
                                lambda store, _progress: chart_months(store, None, today), on_done=show)

    def search_journals(self) -> QDialog:
        from .dialogs.hours_dialog import JournalSearchDialog

        def show(pid: str) -> None:
            if self.ctx.select_participant(pid):
                self.ctx.show_tab_named("journalTab")

        self.ctx.flush()
        self.dialog = JournalSearchDialog(self.ctx.store, show, self.ctx.window)
        self.dialog.open()
        return self.dialog

    def export_hours(self, path: Path | None = None, dialog: QDialog | None = None) -> bool:
        """Ask the period and the file, then write the hours log (tests pass both)."""
        from .dialogs.hours_dialog import HoursExportDialog

        pid = self.ctx.current_participant_id()
        if pid is None:
            return False
        self.ctx.flush()
        ask = dialog or HoursExportDialog(self.ctx.store, pid, date.today(), self.ctx.window)
        if dialog is None and ask.exec() != QDialog.DialogCode.Accepted:
            return False
        if ask.period is None:
            return False
        start, end = ask.period
        csv = ask.format.currentData() == "csv"
        include_notes = ask.notes.isChecked()
        if path is None:
            person = get_participant(self.ctx.store, pid) or {}
            name = "".join(c if c.isalnum() else "-" for c in full_name(person)).strip("-") or "deelnemer"
            folder = Path(self.ctx.settings.extra.get("last_export_dir", "") or Path.home())
            suffix = ".csv" if csv else ".pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self.ctx.window, QCoreApplication.translate("JournalUi", "Export hours log"),
                str(folder / f"urenverantwoording-{name}-{start.isoformat()}{suffix}"),
                QCoreApplication.translate("JournalUi", "CSV files (*.csv)") if csv else QCoreApplication.translate("JournalUi", "PDF files (*.pdf)"))
            if not chosen:
                return False
            path = Path(chosen).with_suffix(suffix)
        self.ctx.settings.extra["last_export_dir"] = str(path.parent)

        def work(store, _progress):
            from ..services import hours_log

            return hours_log.export(store, pid, start, end, path, include_notes=include_notes)

        return self.ctx.ops.run(QCoreApplication.translate("JournalUi", "Export hours log"), work,
                                on_done=lambda _log: self.ctx.status(msg("hours.export_done", path=path)))

"""Hours: a participant's (or the whole caseload's) hours per month as a chart, per phase and
per goal, the granted budgets; and the dialog that asks what to put in the hours log export.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import GRANTED_BY, PHASE
from ...domain.messages import get_language
from ...domain.validation import ValidationFailed, format_date, parse_date
from ...services import hours, journal, records
from ...storage.repository import Store
from ..widgets.fit import fit_dialog
from ..widgets.hours_chart import HoursChart, month_label
from ..widgets.tables import Row, RowsTable, fit_column
from .record_dialog import RecordDialog

BUDGET_FIELDS = ("granted_by", "basis", "hours", "percentage", "worked_hours_per_week",
                 "period_start", "period_end", "reference", "notes")
MONTHS_SHOWN = 12
WEEKS_SHOWN = 8


def chart_months(store: Store, participant_id: str | None, today: date) -> list[tuple[str, int]]:
    months_back = today.year * 12 + today.month - 1 - (MONTHS_SHOWN - 1)
    start = date(months_back // 12, months_back % 12 + 1, 1)
    data = hours.hours_by_month(store, participant_id, start, today)
    language = get_language()
    return [(month_label(k, language), v) for k, v in data.items()]


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """The dialog's button row: Close (Escape)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.setObjectName("dialogButtons")
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setObjectName("closeButton")
    close.setAccessibleName(QCoreApplication.translate("HoursDialog", "Close"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class HoursDialog(QDialog):
    """Hours per month (chart), per phase and per goal, and the budgets, of one participant
    (``participant_id``) or the caseload (None)."""

    def __init__(self, store: Store, participant_id: str | None, today: date,
                 parent: QWidget | None = None, *, months: list[tuple[str, int]] | None = None) -> None:
        super().__init__(parent)
        self.store, self.participant_id, self.today = store, participant_id, today
        self._months = months  # read already (the caseload's, off the UI thread)
        self.setObjectName("hoursDialog")
        title = self.tr("Hours") if participant_id else self.tr("Hours of the caseload")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        content = QWidget(scroll)
        scroll.setWidget(content)
        inner = QVBoxLayout(content)
        self.chart = HoursChart(content)
        inner.addWidget(self.chart)
        self.phase_table = self.goal_table = self.week_table = None
        self.budget_label = QLabel(content)
        self.budget_label.setObjectName("hoursBudgets")
        self.budget_label.setWordWrap(True)
        if participant_id:
            row = QHBoxLayout()
            self.phase_table = RowsTable([self.tr("Phase"), self.tr("Hours")], content)
            self.phase_table.setObjectName("hoursPerPhase")
            self.phase_table.setAccessibleName(self.tr("Hours per phase"))
            self.goal_table = RowsTable([self.tr("Goal"), self.tr("Hours")], content)
            self.goal_table.setObjectName("hoursPerGoal")
            self.goal_table.setAccessibleName(self.tr("Hours per goal"))
            self.week_table = RowsTable([self.tr("Week"), self.tr("Hours")], content)
            self.week_table.setObjectName("hoursPerWeek")
            self.week_table.setAccessibleName(self.tr("Hours per week"))
            for t in (self.phase_table, self.goal_table, self.week_table):
                t.setMinimumHeight(140)
                t.horizontalHeader().setStretchLastSection(False)
                t.horizontalHeader().setSectionResizeMode(0, t.horizontalHeader().ResizeMode.Stretch)
            row.addWidget(self.phase_table, 2)
            row.addWidget(self.goal_table, 3)
            row.addWidget(self.week_table, 2)
            inner.addLayout(row)
            inner.addWidget(self.budget_label)
            self.budget_table = RowsTable([self.tr("Granted by"), self.tr("Period"), self.tr("Granted"),
                                           self.tr("Used")], content)
            self.budget_table.setObjectName("hoursBudgetTable")
            self.budget_table.setAccessibleName(self.tr("Granted hours"))
            self.budget_table.setMaximumHeight(110)
            self.budget_table.horizontalHeader().setSectionResizeMode(
                1, self.budget_table.horizontalHeader().ResizeMode.Stretch)
            fit_column(self.budget_table, 0, [c.label(get_language()) for c in GRANTED_BY])
            inner.addWidget(self.budget_table)
            brow = QHBoxLayout()
            self.budget_button = QPushButton(self.tr("&Granted hours..."), content)
            self.budget_button.setObjectName("addHoursBudget")
            self.budget_button.setAccessibleName(self.tr("Granted hours"))
            self.budget_button.clicked.connect(self.add_budget)
            self.remove_budget_button = QPushButton(self.tr("&Remove granted hours"), content)
            self.remove_budget_button.setObjectName("removeHoursBudget")
            self.remove_budget_button.setAccessibleName(self.tr("Remove granted hours"))
            self.remove_budget_button.clicked.connect(self.remove_budget)
            brow.addWidget(self.budget_button)
            brow.addWidget(self.remove_budget_button)
            brow.addStretch(1)
            inner.addLayout(brow)
        inner.addStretch(1)
        layout.addWidget(scroll, 1)
        layout.addWidget(close_buttons(self))
        fit_dialog(self, (900, 680))
        self.refresh()

    def refresh(self) -> None:
        pid = self.participant_id
        months = self._months if self._months is not None and not pid else \
            chart_months(self.store, pid, self.today)
        if pid:
            name = records.get(self.store, "participant", pid) or {}
            title = self.tr("Hours per month: %1").replace(
                "%1", " ".join(p for p in (name.get("first_name"), name.get("last_name")) if p))
        else:
            title = self.tr("Hours per month, whole caseload")
        self.chart.set_data(months, title)
        if not pid:
            return
        lang = get_language()
        phases = hours.hours_by_phase(self.store, pid)
        labels = {c.value: c.label(lang) for c in PHASE}
        self.phase_table.set_rows([Row(k, (labels[k], hours.hours_text(v))) for k, v in phases.items()])
        goal_text = {gid: text.splitlines()[0] if text else "?"
                     for gid, text, _s in journal.goal_choices(self.store, pid)}
        per_goal = hours.hours_by_goal(self.store, pid)
        rows = [Row(g or "", (goal_text.get(g, self.tr("(removed goal)")) if g else self.tr("(no goal)"),
                              hours.hours_text(v)))
                for g, v in sorted(per_goal.items(), key=lambda kv: -kv[1])]
        self.goal_table.set_rows(rows)
        weeks = hours.hours_by_week(self.store, pid, self.today - timedelta(weeks=WEEKS_SHOWN - 1), self.today)
        self.week_table.set_rows([Row(k, (k.replace("-W", " week "), hours.hours_text(v)))
                                  for k, v in reversed(list(weeks.items()))])
        uses = hours.budget_use(self.store, pid, self.today)
        lines = [u.message() for u in uses if u.granted]
        self.budget_label.setText("\n".join(lines[:1]) if lines else self.tr("No hours granted yet."))
        by = {c.value: c.label(lang) for c in GRANTED_BY}
        self.budget_table.set_rows([Row(u.budget["id"], (
            by.get(u.budget.get("granted_by") or "", ""), u.period_text(),
            hours.hours_text(u.granted) if u.granted is not None else "?",
            f"{hours.hours_text(u.spent)} ({round(u.share * 100)}%)" if u.granted else hours.hours_text(u.spent)))
            for u in uses])
        if uses:
            self.budget_table.set_current_row(0)
        self.remove_budget_button.setEnabled(bool(uses))

    def remove_budget(self) -> bool:
        budget_id = self.budget_table.current_id()
        if not budget_id:
            return False
        answer = QMessageBox.question(self, self.tr("Remove granted hours"), self.tr(
            "Remove these granted hours? They stay in the history and can be brought back."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        records.remove(self.store, "hours_budget", budget_id)
        self.refresh()
        return True

    def add_budget(self) -> bool:
        dialog = RecordDialog("hours_budget", BUDGET_FIELDS, self.tr("Granted hours"), self, intro=self.tr(
            "Hours granted for coaching (a UWV or municipal decision): hours for a period, or a "
            "share of the hours the participant works."),
            values={"granted_by": "uwv", "basis": "uren", "period_start": self.today,
                    "period_end": self.today + timedelta(days=182)})
        dialog.draft_context = self.participant_id  # a draft stays with its participant
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            records.add(self.store, "hours_budget",
                        {**dialog.result_values, "participant_id": self.participant_id})
        except ValidationFailed:
            return False
        self.refresh()
        return True


class HoursExportDialog(QDialog):
    """What goes into the hours log: the period, PDF or CSV, and whether notes are included."""

    def __init__(self, store: Store, participant_id: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursExportDialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("Export hours log"))
        self.setAccessibleName(self.tr("Export hours log"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The hours log as a jobcoach keeps it for UWV: date, activity, with whom, minutes and "
            "the total per month. Notes are left out unless you tick them; health information "
            "never goes in."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        start = today.replace(day=1) - timedelta(days=1)
        start = start.replace(day=1)
        uses = [u for u in hours.budget_use(store, participant_id, today) if u.budget.get("period_start")]
        if uses:
            start = date.fromisoformat(uses[0].budget["period_start"])
        self.start = QLineEdit(format_date(start), self)
        self.start.setObjectName("hoursFrom")
        self.start.setAccessibleName(self.tr("From"))
        self.end = QLineEdit(format_date(today), self)
        self.end.setObjectName("hoursTo")
        self.end.setAccessibleName(self.tr("Until"))
        self.format = QComboBox(self)
        self.format.setObjectName("hoursFormat")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("CSV (spreadsheet)"), "csv")
        self.notes = QCheckBox(self.tr("Include the &notes (private)"), self)
        self.notes.setObjectName("hoursIncludeNotes")
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&Until"), self.end)
        form.addRow(self.tr("F&ormat"), self.format)
        form.addRow(self.notes)
        for label_widget, field in ((form.labelForField(self.start), self.start),
                                    (form.labelForField(self.end), self.end),
                                    (form.labelForField(self.format), self.format)):
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(field)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("hoursExportError")
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("dialogButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save..."))
        ok.setObjectName("okButton")
        ok.setAccessibleName(self.tr("Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period: tuple[date, date] | None = None
        self.start.setFocus()

    def accept(self) -> None:
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
        except ValueError:
            start = end = None
        if start is None or end is None or start > end:
            self.error.setText(self.tr("Give two dates (dd-mm-yyyy), the first not after the second."))
            self.error.show()
            return
        self.period = (start, end)
        super().accept()


class JournalSearchDialog(QDialog):
    """Full-text search in the journals of the whole caseload; Enter opens the participant's
    journal (``open_participant`` is called with the participant's id)."""

    def __init__(self, store: Store, open_participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.open_participant = open_participant
        self.setObjectName("journalSearchDialog")
        self.setWindowTitle(self.tr("Search in all journals"))
        self.setAccessibleName(self.tr("Search in all journals"))
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("journalSearchAll")
        self.query.setAccessibleName(self.tr("Search in all journals"))
        self.query.setPlaceholderText(self.tr("Words from the notes or follow-ups"))
        self.query.textChanged.connect(self.refresh)
        self.query.returnPressed.connect(self.open_current)
        layout.addWidget(self.query)
        self.results = RowsTable([self.tr("Participant"), self.tr("Date"), self.tr("Notes")], self)
        self.results.setObjectName("journalSearchResults")
        self.results.setAccessibleName(self.tr("Journal entries found"))
        self.results.setWordWrap(False)
        self.results.horizontalHeader().resizeSection(0, 200)
        self.results.horizontalHeader().setSectionResizeMode(2, self.results.horizontalHeader().ResizeMode.Stretch)
        self.results.activated.connect(lambda _index: self.open_current())
        layout.addWidget(self.results, 1)
        layout.addWidget(close_buttons(self))
        fit_dialog(self, (820, 520))
        self.query.setFocus()

    def refresh(self) -> None:
        rows = []
        for hit in journal.search_rows(self.store, self.query.text()):
            rows.append(Row(hit["participant_id"], (hit["name"], format_date(hit["date"]),
                                                    (hit["text"] or "").splitlines()[0] if hit["text"] else "")))
        self.results.set_rows(rows)
        if rows:
            self.results.set_current_row(0)

    def open_current(self) -> None:
        pid = self.results.current_id()
        if pid:
            self.open_participant(pid)
            self.accept()

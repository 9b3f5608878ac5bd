"""The outcomes view: the figures of `services.outcomes` for a period and a scope, each with a
small bar chart and its definition, and the export for the funder (PDF or xlsx, small
numbers hidden). The figures are counted off the UI thread (`ops.run`)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...config import Settings
from ...domain.validation import format_date, parse_date
from ...services import outcomes as oc
from ...services import outcomes_export as ox
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.bar_chart import BarChart
from ..widgets.field_widgets import ERROR_STYLE
from ..widgets.fit import fit_dialog

NOTE_STYLE = "color: palette(dark); font-size: 11px;"


class OutcomesDialog(QDialog):
    def __init__(self, store: Store, settings: Settings, ops: Operations,
                 parent: QWidget | None = None, *, today: date | None = None,
                 hours_provider: oc.HoursProvider | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.ops = store, settings, ops
        self.today = today or date.today()
        self.hours_provider = hours_provider
        self.outcomes: oc.Outcomes | None = None
        self._generation = 0  # only the newest calculation is shown
        self.language = settings.language
        self.setObjectName("outcomesDialog")
        self.setWindowTitle(self.tr("Outcomes"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        # the last twelve months up to today
        self.start_edit = self._date_edit("outcomesFrom", self.today - timedelta(days=364))
        self.end_edit = self._date_edit("outcomesTo", self.today)
        for text, edit in ((self.tr("&From"), self.start_edit), (self.tr("&To"), self.end_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            top.addWidget(label)
            top.addWidget(edit)
        scope_label = QLabel(self.tr("&Whose figures"), self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("outcomesScope")
        self.scope_combo.setAccessibleName(self.tr("Whose figures"))
        self.scope_combo.addItem(self.tr("Whole team (as synced)"), (oc.TEAM, ""))
        self.scope_combo.addItem(self.tr("Caseload (not archived)"), (oc.CASELOAD, ""))
        for coach in oc.coaches(store):
            self.scope_combo.addItem(self.tr("Coach: %1").replace("%1", coach), (oc.COACH, coach))
        scope_label.setBuddy(self.scope_combo)
        top.addWidget(scope_label)
        top.addWidget(self.scope_combo, 1)
        self.suppress_box = QCheckBox(self.tr("&Hide small numbers"), self)
        self.suppress_box.setObjectName("outcomesSuppress")
        self.suppress_box.setToolTip(self.tr("Show the figures as the funder sees them: counts of "
                                             "1 to 4 as '<5'."))
        top.addWidget(self.suppress_box)
        self.calc_button = QPushButton(self.tr("C&alculate"), self)
        self.calc_button.setObjectName("outcomesCalculate")
        self.calc_button.clicked.connect(self.calculate)
        top.addWidget(self.calc_button)
        layout.addLayout(top)
        self.error = QLabel(self)
        self.error.setObjectName("outcomesError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("outcomesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        self.grid = QGridLayout(self.content)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.content)
        layout.addWidget(self.scroll, 1)
        self.status = QLabel(self)
        self.status.setObjectName("outcomesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Export for the funder (&PDF)..."), self)
        self.pdf_button.setObjectName("outcomesExportPdf")
        self.pdf_button.clicked.connect(lambda: self.export(ox.PDF))
        self.xlsx_button = QPushButton(self.tr("Export for the funder (E&xcel)..."), self)
        self.xlsx_button.setObjectName("outcomesExportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export(ox.XLSX))
        close = QPushButton(self.tr("&Close"), self)
        close.setObjectName("outcomesClose")
        close.clicked.connect(self.reject)
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.suppress_box.toggled.connect(lambda _on: self._show())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.calculate())
        fit_dialog(self, (1180, 700))
        self.start_edit.setFocus()

    def _date_edit(self, name: str, value: date) -> QLineEdit:
        edit = QLineEdit(format_date(value), self)
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        edit.setMaximumWidth(110)
        edit.returnPressed.connect(self.calculate)
        return edit

    # ------------------------------------------------------------------ figures
    def period(self) -> tuple[date, date] | None:
        try:
            start, end = parse_date(self.start_edit.text()), parse_date(self.end_edit.text())
        except ValueError:
            start = end = None
        if start is None or end is None:
            self._error(self.tr("Write both dates as day-month-year, e.g. %1.")
                        .replace("%1", format_date(self.today)))
            return None
        if start > end:
            self._error(self.tr("The start date is after the end date."))
            return None
        self.error.hide()
        return start, end

    def scope(self) -> oc.Scope:
        kind, coach = self.scope_combo.currentData()
        return oc.Scope(kind, coach)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def calculate(self) -> bool:
        period = self.period()
        if period is None:
            return False
        scope, today, provider = self.scope(), self.today, self.hours_provider
        self.status.setText(self.tr("Counting..."))
        self._generation += 1
        generation = self._generation

        def work(store, _progress):
            return oc.compute(store, *period, scope, today=today, hours_provider=provider)

        def done(outcomes: oc.Outcomes) -> None:
            if generation == self._generation:
                self._computed(outcomes)

        return self.ops.run(self.tr("Outcomes"), work, on_done=done, on_failed=self._failed,
                            flush=False)

    def _failed(self, text: str) -> None:
        self.status.clear()
        self._error(text)

    def _computed(self, outcomes: oc.Outcomes) -> None:
        self.outcomes = outcomes
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(True)
        self._show()

    def _show(self) -> None:
        if self.outcomes is None:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        groups = oc.present(self.outcomes, suppress=self.suppress_box.isChecked(),
                            language=self.language)
        for n, group in enumerate(groups):
            self.grid.addWidget(self._group_box(group), n // 2, n % 2)
        self.grid.setRowStretch(len(groups) // 2 + 1, 1)
        self.status.setText(self.tr("%1 participants counted; figures as of %2.")
                            .replace("%1", str(self.outcomes.participants))
                            .replace("%2", format_date(self.outcomes.today)))

    def _group_box(self, group: oc.Group) -> QGroupBox:
        box = QGroupBox(group.title, self.content)
        box.setObjectName(f"outcomes_{group.key}")
        layout = QVBoxLayout(box)
        bars = [(r.label, r.value, r.text, r.muted) for r in group.rows if r.bar]
        if bars:
            chart = BarChart(box)
            chart.setObjectName(f"outcomesChart_{group.key}")
            chart.setAccessibleName(group.title)
            chart.set_bars(bars)
            layout.addWidget(chart)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for row in group.rows:
            if row.bar:
                continue
            value = QLabel(row.text, box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            form.addRow(row.label, value)
        if form.rowCount():
            layout.addLayout(form)
        note = QLabel(group.definition, box)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
        layout.addStretch(1)
        return box

    # ------------------------------------------------------------------ export
    def export(self, kind: str, path: str | None = None) -> bool:
        outcomes = self.outcomes
        if outcomes is None:
            return False
        if path is None:
            pattern = self.tr("PDF (*.pdf)") if kind == ox.PDF else self.tr("Excel (*.xlsx)")
            name = f"resultaten-{outcomes.start.isoformat()}-{outcomes.end.isoformat()}.{kind}"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export for the funder"), name,
                                                   pattern)
            if not path:
                return False
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
        settings, language = self.settings, self.language

        def work(store, _progress):
            # always with small numbers hidden: this file leaves the team
            return ox.write(store, outcomes, path, settings=settings, suppress=True,
                            language=language)

        return self.ops.run(self.tr("Export for the funder"), work, on_done=lambda r: self.status.setText(
            self.tr("Written to %1 (small numbers hidden).").replace("%1", str(r.path))))

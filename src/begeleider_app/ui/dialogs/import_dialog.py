"""Import a caseload from a spreadsheet: choose the file, say which column is which field
(the last mapping is remembered), see a preview and every row that must be fixed, then import
in one transaction. Reading, checking and importing run off the UI thread (`ops.run`)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...config import Paths, Settings
from ...services import caseload_import as ci
from ...storage.repository import Store
from ..ops import EVERYTHING, Operations
from ..widgets.field_widgets import ERROR_STYLE
from ..widgets.fit import fit_dialog

MAPPING_KEY = "import_mapping"
NOT_IMPORTED = ""


class ImportDialog(QDialog):
    def __init__(self, store: Store, settings: Settings, paths: Paths, ops: Operations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.paths, self.ops = store, settings, paths, ops
        self.language = settings.language
        self.table: ci.Table | None = None
        self.plan: ci.Plan | None = None
        self.result: ci.Result | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import caseload"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Import participants from an Excel (.xlsx) or csv file. Say which column holds "
            "which field; check the preview and the rows to fix. Nothing is imported half: "
            "either every good row in one go, or nothing. Someone with the same first name, "
            "last name and birth date as a participant already here is skipped."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        file_label = QLabel(self.tr("File:"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File to import"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("Choose &file..."), self)
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        mapping_box = QGroupBox(self.tr("Which column is which field"), split)
        mapping_layout = QVBoxLayout(mapping_box)
        scroll = QScrollArea(mapping_box)
        scroll.setWidgetResizable(True)
        holder = QWidget(scroll)
        form = QFormLayout(holder)
        self.combos: dict[str, QComboBox] = {}
        for name in ci.TARGETS:
            combo = QComboBox(holder)
            combo.setObjectName(f"importMap_{name}")
            label = ci.target_label(name, self.language) + (" *" if name in ci.REQUIRED else "")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(lambda _i: self._recheck_soon())
            form.addRow(label, combo)
            self.combos[name] = combo
        scroll.setWidget(holder)
        mapping_layout.addWidget(scroll)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(right)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        right_layout.addWidget(self.summary)
        preview_label = QLabel(self.tr("Preview (the first rows as they will be imported):"), right)
        right_layout.addWidget(preview_label)
        self.preview = QTableWidget(right)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the list (keyboard only)
        self.preview.verticalHeader().hide()
        right_layout.addWidget(self.preview, 3)
        problems_label = QLabel(self.tr("Rows to fix:"), right)
        right_layout.addWidget(problems_label)
        self.problems = QPlainTextEdit(right)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Rows to fix"))
        self.problems.setReadOnly(True)
        right_layout.addWidget(self.problems, 2)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 800])
        layout.addWidget(split, 1)

        self.good_only = QCheckBox(self.tr("Import the &good rows only (leave the rows to fix out)"), self)
        self.good_only.setObjectName("importGoodOnly")
        self.good_only.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.good_only)
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importRun")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("&Close"), self)
        close.setObjectName("importClose")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recheck)
        self._filling = False
        fit_dialog(self, (1180, 700))
        self.choose_button.setFocus()

    # ------------------------------------------------------------------ the file
    def choose_file(self) -> bool:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the spreadsheet"), "",
                                               self.tr("Spreadsheets (*.xlsx *.csv)"))
        return self.open_file(Path(name)) if name else False

    def open_file(self, path: Path) -> bool:
        self.file_edit.setText(str(path))
        self.table = self.plan = None
        self.error.hide()
        return self.ops.run(self.tr("Import caseload"), lambda _progress: ci.read_table(path),
                            with_store=False, on_done=self._file_read, on_failed=self._show_error,
                            flush=False)

    def _file_read(self, table: ci.Table) -> None:
        self.table = table
        remembered = self.settings.extra.get(MAPPING_KEY)
        remembered = remembered if isinstance(remembered, dict) else {}
        guess = ci.guess_mapping(table.columns)
        self._filling = True
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for column in table.columns:
                combo.addItem(column, column)
            chosen = remembered.get(name) if remembered.get(name) in table.columns else guess.get(name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        self._filling = False
        self.recheck()

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        self._filling = True
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, NOT_IMPORTED))))
        self._filling = False
        self.recheck()

    # ------------------------------------------------------------------ checking
    def _recheck_soon(self) -> None:
        if not self._filling and self.table is not None:
            self._timer.start()

    def recheck(self) -> bool:
        table, mapping, language = self.table, self.mapping(), self.language
        if table is None:
            return False
        self.import_button.setEnabled(False)

        def work(store, progress):
            return ci.check(table, mapping, existing=ci.existing_keys(store), language=language,
                            progress=progress)

        return self.ops.run(self.tr("Import caseload"), work, on_done=self._checked,
                            on_failed=self._show_error, flush=False)

    def _show_error(self, text: str) -> None:
        self.plan = None
        self.error.setText(text)
        self.error.show()
        self.summary.clear()
        self.preview.setRowCount(0)
        self.problems.clear()
        self._update_buttons()

    def _checked(self, plan: ci.Plan) -> None:
        self.plan = plan
        self.error.hide()
        self.summary.setText(self.tr(
            "%1 rows: %2 new, %3 already present (skipped), %4 to fix.")
            .replace("%1", str(len(plan.rows))).replace("%2", str(len(plan.new)))
            .replace("%3", str(len(plan.present))).replace("%4", str(len(plan.bad))))
        self._fill_preview(plan)
        self.problems.setPlainText("\n".join(ci.row_line(r) for r in plan.bad))
        self._update_buttons()

    def _fill_preview(self, plan: ci.Plan) -> None:
        fields = list(self.mapping())
        heads = [self.tr("Row"), self.tr("Result")] + [ci.target_label(f, self.language) for f in fields]
        self.preview.clear()
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        rows = plan.rows[:ci.PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        states = {ci.NEW: self.tr("new"), ci.PRESENT: self.tr("already present"),
                  ci.BAD: self.tr("to fix")}
        from ...domain.display import display

        for r, row in enumerate(rows):
            cells = [str(row.row), states[row.state]] + [
                display("participant", f, row.values.get(f), self.language) for f in fields]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.state == ci.BAD:
                    item.setToolTip("; ".join(row.problems))
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        plan = self.plan
        ok = plan is not None and bool(plan.new) and (not plan.bad or self.good_only.isChecked())
        self.import_button.setEnabled(ok)

    # ------------------------------------------------------------------ importing
    def run_import(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        good_only = self.good_only.isChecked()
        self.import_button.setEnabled(False)

        def work(store, _progress):
            return ci.run(store, plan, good_rows_only=good_only)

        return self.ops.run(self.tr("Import caseload"), work, on_done=self._imported,
                            on_failed=self._show_error, changes=EVERYTHING)

    def _imported(self, result: ci.Result) -> None:
        self.result = result
        self.settings.extra[MAPPING_KEY] = self.mapping()
        with contextlib.suppress(OSError):  # remembering the mapping is a convenience
            self.settings.save(self.paths)
        lines = result.lines()
        self.summary.setText(lines[0])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import caseload"), lines[0],
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("importDone")
        if len(lines) > 1:
            box.setDetailedText("\n".join(lines[1:]))
        box.open()
        box.finished.connect(lambda _r: self.accept())


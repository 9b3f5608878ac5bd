"""The sociale kaart: the team's directory of services, searchable, editable, CSV in and out.

Left the services (search as you type, filter by kind), right the selected one, saved as you
type, with its contact persons. Import and export of CSV run through the operation layer
(off the window's thread); an import ends with a report of every row that was not read,
by its line number in the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import SERVICE, SERVICE_KIND
from ...domain.messages import UserError, get_language
from ...domain.validation import ValidationFailed
from ...services import social_map
from ...services.social_map import ImportResult
from ...storage.repository import Store
from ..ops import Changes, Operations
from ..widgets.autosave import AutoSaver
from ..widgets.buttons import make_button
from ..widgets.pages import MasterDetail, bound_form, fit_to_screen, intro, scroll_page
from ..widgets.tables import Cell, Row, RowsTable, fit_column
from .record_dialog import RecordDialog

FORM_FIELDS = ("name", "kind", "organisation", "offer", "region", "address", "phone", "email",
               "website", "notes")
NEW_FIELDS = ("name", "kind", "organisation", "region", "phone", "email")
PERSON_FIELDS = ("name", "phone", "email")
WATCHED = frozenset({"service", "contact"})


class SocialMapDialog(MasterDetail, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops or Operations(self, window=lambda: self, store=lambda: self.store)
        self.service_id: str | None = None
        self.last_import: ImportResult | None = None
        self.report: ImportReportDialog | None = None
        self.setObjectName("socialMapDialog")
        self.setWindowTitle(self.tr("Local map of services"))
        self.setAccessibleName(self.tr("Local map of services"))
        lang = get_language()
        layout = QVBoxLayout(self)
        intro(self.tr(
            "The team's local map (sociale kaart): services and organisations around your "
            "participants, shared with your colleagues through sync. Nothing here is about a "
            "participant: referrals are recorded on the participant's Network tab."),
            "socialMapIntro", self, layout)

        top = QHBoxLayout()
        find = QLabel(self.tr("&Search:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("serviceSearch")
        self.search.setAccessibleName(self.tr("Search the local map"))
        self.search.setPlaceholderText(self.tr("name, kind, region, what they offer, contact person"))
        self.search.setClearButtonEnabled(True)
        find.setBuddy(self.search)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("serviceKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Kind of service"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for c in SERVICE_KIND:
            self.kind_filter.addItem(c.label(lang), c.value)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("serviceCount")
        top.addWidget(find)
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("socialMapSplitter")
        layout.addWidget(splitter, 1)
        self.table = RowsTable([self.tr("Name"), self.tr("Kind"), self.tr("Region"),
                                self.tr("Phone")], splitter)
        self.table.setObjectName("servicesTable")
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_column(self.table, 1, ["Taal en inburgering"])
        fit_column(self.table, 3, ["038 123 45 67"])
        header.resizeSection(2, 100)
        self.table.current_row_changed.connect(self._on_row_changed)

        scroll, right = scroll_page(splitter, "servicePage")
        content = scroll.widget()
        self.saver = AutoSaver(store, self)
        self.binding = self.saver.binding("service")
        self.binding.after_save = lambda record: self._refresh_rows(select=record["id"])
        self.form_box, _form = bound_form(self.tr("Service"), "serviceForm", self.binding,
                                          FORM_FIELDS, content)
        right.addWidget(self.form_box)
        self.people_box = QGroupBox(self.tr("Contact persons"), content)
        self.people_box.setObjectName("contactPersonsBox")
        pl = QVBoxLayout(self.people_box)
        self.people = RowsTable([self.tr("Name"), self.tr("Phone"), self.tr("E-mail")],
                                self.people_box)
        self.people.setObjectName("contactPersonsTable")
        self.people.setWordWrap(False)
        self.people.setAccessibleName(self.tr("Contact persons"))
        self.people.setMinimumHeight(90)
        self.people.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.people)
        prow = QHBoxLayout()
        self.add_person_button = make_button(self.tr("Add &contact person..."),
                                             "addContactPersonButton", self.people_box)
        self.add_person_button.clicked.connect(self.add_contact_person)
        self.remove_person_button = make_button(self.tr("Remove contact &person"),
                                                "removeContactPersonButton", self.people_box)
        self.remove_person_button.clicked.connect(self.remove_contact_person)
        prow.addWidget(self.add_person_button)
        prow.addWidget(self.remove_person_button)
        prow.addStretch(1)
        pl.addLayout(prow)
        right.addWidget(self.people_box)
        right.addStretch(1)

        bottom = QHBoxLayout()
        self.new_button = make_button(self.tr("&New service..."), "newServiceButton", self)
        self.new_button.clicked.connect(self.new_service)
        self.remove_button = make_button(self.tr("Remove s&ervice"), "removeServiceButton", self)
        self.remove_button.clicked.connect(self.remove_service)
        self.import_button = make_button(self.tr("&Import CSV..."), "importServicesButton", self)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button = make_button(self.tr("E&xport CSV..."), "exportServicesButton", self)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.status = QLabel(self)
        self.status.setObjectName("socialMapStatus")
        self.status.setWordWrap(True)
        self.close_button = make_button(self.tr("&Close"), "closeSocialMapButton", self)
        self.close_button.clicked.connect(self.reject)
        for w in (self.new_button, self.remove_button, self.import_button, self.export_button):
            bottom.addWidget(w)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        # Enter in the search or a field must never press "new" or "remove".
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.search.textChanged.connect(lambda _t: self._refresh_rows())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._refresh_rows())
        fit_to_screen(self, 1240, 690, splitter=splitter, left_share=0.55)
        self._refresh_rows()
        self.search.setFocus()

    # ------------------------------------------------------------------ content
    def refresh(self) -> None:
        """Show the stored services again (a sync or an import changed them)."""
        self.saver.flush()
        self._refresh_rows(select=self.service_id)

    def _refresh_rows(self, select: str | None = None) -> None:
        rows = social_map.search(self.store, self.search.text(), self.kind_filter.currentData())
        kind = SERVICE.field("kind")
        lang = get_language()
        table_rows = [Row(r["id"], (Cell(r.get("name") or "", tooltip=r.get("offer") or ""),
                                    kind.choice_label(r.get("kind") or "", lang),
                                    r.get("region") or "", r.get("phone") or ""))
                      for r in rows]
        self.table.blockSignals(True)
        self.table.set_rows(table_rows)
        target = select or self.service_id
        row = self.table.row_of(target)
        if row < 0 and table_rows:
            row = 0
        self.table.set_current_row(row)
        self.table.blockSignals(False)
        total = len(social_map.all_services(self.store))
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(len(rows)))
                                 .replace("%2", str(total)))
        new_id = self.table.row_id(row)
        if new_id != self.service_id or select is None:
            self._show(new_id)

    def _show(self, service_id: str | None) -> None:
        record = social_map.get(self.store, service_id)
        if record is not None and record["id"] == self.service_id and self.binding.pending:
            return  # the coach is typing in this one
        self.service_id = record["id"] if record else None
        self.binding.load(self.service_id, record)
        self.form_box.setEnabled(record is not None)
        self.people_box.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)
        self._load_people()

    def _load_people(self) -> None:
        people = social_map.contact_persons(self.store, self.service_id) if self.service_id else []
        self.people.set_rows([Row(p["id"], (p.get("name") or "", p.get("phone") or "",
                                            p.get("email") or "")) for p in people])
        self.remove_person_button.setEnabled(bool(people))

    def select(self, service_id: str) -> bool:
        row = self.table.row_of(service_id)
        if row >= 0:
            self.table.set_current_row(row)
        return row >= 0

    # ------------------------------------------------------------------ editing
    def new_service(self) -> str | None:
        self.saver.flush()
        dialog = RecordDialog("service", NEW_FIELDS, self.tr("New service"), self,
                              values={"kind": self.kind_filter.currentData()})
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        row = self.ops.call(self.tr("New service"), social_map.add, self.store,
                            dialog.result_values, changes=Changes.of(["service"]))
        if not row:
            return None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.kind_filter.blockSignals(True)
        self.kind_filter.setCurrentIndex(0)
        self.kind_filter.blockSignals(False)
        self._refresh_rows(select=row["id"])
        self.status.setText(self.tr("Added: %1").replace("%1", row["name"]))
        return row["id"]

    def remove_service(self) -> None:
        title = self.tr("Remove service")
        if self._remove_shown(title, self.tr(
                "Remove this service from the local map for the whole team? Referrals to it "
                "keep their history; the service can be restored."),
                lambda sid: self.ops.call(title, social_map.remove, self.store, sid,
                                          changes=Changes.of(["service"]))):
            self.service_id = None
            self._refresh_rows()

    def add_contact_person(self) -> None:
        if self.service_id is None:
            return
        dialog = RecordDialog("contact", PERSON_FIELDS, self.tr("New contact person"), self)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        try:
            social_map.add_contact_person(self.store, self.service_id, dialog.result_values)
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("New contact person"), str(err))
            return
        self._load_people()

    def remove_contact_person(self) -> None:
        contact_id = self.people.current_id()
        if contact_id is None:
            return
        social_map.remove_contact_person(self.store, contact_id)
        self._load_people()

    # ------------------------------------------------------------------ CSV
    def import_csv(self, path: Path | str | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a local map (CSV)"),
                                                  str(Path.home()), self.tr("CSV files (*.csv *.txt)"))
            if not name:
                return False
            path = name
        path = Path(path)
        self.saver.flush()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading %1...").replace("%1", path.name))
        started = self.ops.run(self.tr("Import local map"),
                               lambda store, _progress: social_map.import_csv(store, path),
                               on_done=self._imported, on_failed=self._import_failed,
                               changes=Changes.of(["service", "contact"]))
        if not started:
            self.import_button.setEnabled(True)
        return started

    def _imported(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        self.last_import = result
        self.status.setText(result.summary())
        self._refresh_rows()
        self.report = ImportReportDialog(result, self)
        self.report.open()

    def _import_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was imported."))
        self.ops.show_error(self.tr("Import local map"), message)

    def export_csv(self, path: Path | str | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the local map (CSV)"),
                                                  str(Path.home() / "sociale-kaart.csv"),
                                                  self.tr("CSV files (*.csv)"))
            if not name:
                return False
            path = name if name.lower().endswith(".csv") else name + ".csv"
        path = Path(path)
        self.saver.flush()
        language = get_language()
        return self.ops.run(self.tr("Export local map"),
                            lambda store, _progress: social_map.export_csv(store, path, language),
                            on_done=lambda count: self.status.setText(
                                self.tr("%1 services written to %2").replace("%1", str(count))
                                .replace("%2", str(path))))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        self.saver.flush()
        super().done(result)


class ImportReportDialog(QDialog):
    """What an import did: how many services came in, and every row that did not, by line."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import of the local map"))
        self.setAccessibleName(self.tr("Import of the local map"))
        layout = QVBoxLayout(self)
        summary = QLabel(result.summary(), self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Rows that were not imported"))
        self.problems.setReadOnly(True)
        if result.problems:
            hint = QLabel(self.tr("These rows were not imported. Correct them in the file and "
                                  "import it again: rows already on the map are skipped."), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.problems.setPlainText("\n".join(str(p) for p in result.problems))
            layout.addWidget(self.problems, 1)
        else:
            self.problems.hide()
        close = make_button(self.tr("&Close"), "closeImportReport", self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 420 if result.problems else 140)

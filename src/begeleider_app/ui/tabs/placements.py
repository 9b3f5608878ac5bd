"""The Leerwerkplek tab: the participant's placements, observations and the rating chart.

At the top the placements (newest first) and the selected placement's observations; below,
full width, a chart of each item's ratings over time (printable) and, one tab further, the
placement's details, saved as you type. When the participant is placed (paid work or a trial
placement with a start date) and has no aftercare plan yet, a bar offers the proposed plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import PLACEMENT
from ...domain.messages import UserError
from ...domain.validation import ValidationFailed, format_date
from ...services import aftercare as ac
from ...services import observations as obs
from ...services import records
from ...services.participants import get_participant
from ...storage.repository import Record, Store
from ..dialogs.observation_dialog import ObservationDialog
from ..dialogs.record_dialog import RecordDialog
from ..widgets.aftercare_offer import AftercareOffer
from ..widgets.buttons import make_button
from ..widgets.fit import VScrollArea
from ..widgets.rating_chart import RatingChart
from ..widgets.reflow import Reflow
from ..widgets.tables import DATE_SAMPLES, Row, RowsTable, fit_column
from .base import ParticipantTab

NEW_FIELDS = ("type", "organisation", "contact_person", "start_date", "hours_per_week")
FORM_FIELDS = ("type", "organisation", "contact_person", "start_date", "end_date",
               "hours_per_week", "tasks", "arrangements", "notes")


class PlacementTab(ParticipantTab):
    lazy = True
    # contact moments too: the offer of an aftercare plan goes once a plan exists
    watched = frozenset({"participant", "placement", "observation", "contact_moment"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("placementTab")
        #: the date the tab treats as today (tests inject one)
        self.today: Callable[[], date] = date.today
        self.placement_id: str | None = None
        self._person: Record | None = None
        self._placement: Record | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        self.banner = AftercareOffer(store, "aftercareBanner", "planAftercareButton", self)
        self.banner_label, self.plan_button = self.banner.label, self.banner.button
        self.plan_button.clicked.connect(self.plan_aftercare)
        outer.addWidget(self.banner)

        # ---- top row: the placements (left) and the selected one's observations (right)
        top = QHBoxLayout()
        outer.addLayout(top)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Placements"), left)
        heading.setObjectName("placementsHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        left_layout.addWidget(heading)
        self.list = QListWidget(left)
        self.list.setObjectName("placementsList")
        self.list.setAccessibleName(self.tr("Placements"))
        self.list.currentItemChanged.connect(self._on_placement_selected)
        heading.setBuddy(self.list)
        left_layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr("No placements yet. Add the work-experience place where "
                                          "the participant works or will work."), left)
        self.empty_label.setObjectName("placementsEmpty")
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        row = Reflow(left)  # wraps onto two lines when the tab is narrow
        self.add_button = make_button(self.tr("&New placement..."), "addPlacementButton", left)
        self.add_button.clicked.connect(self.add_placement)
        self.remove_button = make_button(self.tr("&Remove placement"), "removePlacementButton", left)
        self.remove_button.clicked.connect(self.remove_placement)
        row.add(self.add_button)
        row.add(self.remove_button)
        left_layout.addWidget(row)
        top.addWidget(left, 2)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        obs_heading = QLabel(self.tr("Observations"), right)
        obs_heading.setFont(font)
        right_layout.addWidget(obs_heading)
        self.obs_table = RowsTable([self.tr("Date"), self.tr("Rated"), self.tr("What went well")], right)
        self.obs_table.setObjectName("observationsTable")
        self.obs_table.setAccessibleName(self.tr("Observations"))
        self.obs_table.verticalHeader().setDefaultSectionSize(24)
        fit_column(self.obs_table, 0, DATE_SAMPLES)
        fit_column(self.obs_table, 1, [self.tr("%1 of %2").replace("%1", "88").replace("%2", "88")])
        self.obs_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.obs_table.activated.connect(lambda _index: self.edit_observation())
        obs_heading.setBuddy(self.obs_table)
        right_layout.addWidget(self.obs_table, 1)
        row = Reflow(right)
        self.add_obs_button = make_button(self.tr("Add o&bservation..."), "addObservationButton", right)
        self.add_obs_button.clicked.connect(self.add_observation)
        self.edit_obs_button = make_button(self.tr("&Edit observation..."), "editObservationButton", right)
        self.edit_obs_button.clicked.connect(self.edit_observation)
        self.remove_obs_button = make_button(self.tr("Re&move observation"), "removeObservationButton", right)
        self.remove_obs_button.clicked.connect(self.remove_observation)
        for b in (self.add_obs_button, self.edit_obs_button, self.remove_obs_button):
            row.add(b)
        right_layout.addWidget(row)
        top.addWidget(right, 3)
        left.setMaximumHeight(180)
        right.setMaximumHeight(180)

        # ---- below, full width: the chart, and the placement's details one click away
        self.pages = QTabWidget(self)
        self.pages.setObjectName("placementPages")
        self.pages.setAccessibleName(self.tr("Chart and placement details"))
        chart_page = QWidget(self.pages)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = RatingChart(chart_page)
        chart_scroll = QScrollArea(chart_page)
        chart_scroll.setObjectName("chartScroll")
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        chart_layout.addWidget(chart_scroll, 1)
        self.print_button = make_button(self.tr("Print ch&art..."), "printChartButton", self.pages)
        self.pages.setCornerWidget(self.print_button, Qt.Corner.TopRightCorner)
        self.pages.addTab(chart_page, self.tr("Ratings over time"))

        self.form_scroll = VScrollArea(parent=self.pages)  # up and down, never sideways
        self.form_scroll.setObjectName("placementFormScroll")
        form_content = QWidget(self.form_scroll)
        form_layout = QVBoxLayout(form_content)
        self.binding = self.saver.binding("placement")
        self.binding.after_save = self._after_placement_saved
        self.form_box = self.section(self.tr("Placement details"), self.binding,
                                     [PLACEMENT.field(n) for n in FORM_FIELDS], form_content)
        form_layout.addWidget(self.form_box)
        form_layout.addStretch(1)
        self.form_scroll.setWidget(form_content)
        self.pages.addTab(self.form_scroll, self.tr("Placement details"))
        outer.addWidget(self.pages, 1)
        self.print_button.clicked.connect(self.print_chart)
        self.load()

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        pid = self.participant_id
        self._person = get_participant(self.store, pid)
        if self._person is None:
            pid = None
        rows = obs.placements(self.store, pid) if pid else []
        keep = self.placement_id if any(r["id"] == self.placement_id for r in rows) else None
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(self._placement_text(r))
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.add_button.setEnabled(pid is not None)
        self.empty_label.setVisible(pid is not None and not rows)
        target = keep or (rows[0]["id"] if rows else None)
        self.select_placement(target)
        self._update_banner()

    def _placement_text(self, r: Record) -> str:
        kind = PLACEMENT.field("type").choice_label(r.get("type") or "", self.language)
        dates = format_date(r.get("start_date"))
        if r.get("end_date"):
            dates = f"{dates} - {format_date(r.get('end_date'))}"
        return " · ".join(p for p in (r.get("organisation"), kind, dates) if p)

    def select_placement(self, placement_id: str | None) -> None:
        self.saver.flush()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == placement_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                break
        record = records.get(self.store, "placement", placement_id)
        self._placement = record
        self.placement_id = record["id"] if record else None
        self.binding.load(self.placement_id, record)
        self.form_box.setEnabled(record is not None)
        for b in (self.remove_button, self.add_obs_button, self.print_button):
            b.setEnabled(record is not None)
        self._load_observations()

    def _on_placement_selected(self, current: QListWidgetItem | None, _prev: object) -> None:
        self.select_placement(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _after_placement_saved(self, record: Record) -> None:
        self._placement = record
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == record["id"]:
            item.setText(self._placement_text(record))
        self._update_banner()
        self.chart.title = self._chart_title()

    # ------------------------------------------------------------------ aftercare bar
    def _update_banner(self) -> None:
        self.banner.refresh(self.participant_id)

    def plan_aftercare(self) -> bool:
        """Show the proposed plan; store it when the coach accepts. True when stored."""
        self.saver.flush()
        if not self.banner.plan(self.participant_id, self):
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.caseload_changed.emit()
        self._update_banner()
        return True

    # ------------------------------------------------------------------ placements
    def add_placement(self) -> None:
        if self.participant_id is None:
            return
        self.saver.flush()
        dialog = RecordDialog("placement", NEW_FIELDS, self.tr("New placement"), self)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        try:
            record = obs.save_placement(self.store, self.participant_id, dialog.result_values)
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("New placement"), str(err))
            return
        self.placement_id = record["id"]
        self.load()
        self.pages.setCurrentIndex(1)  # complete the details (tasks, arrangements)
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        if obs.is_placed_type(record) and ac.plan_needed(self.store, self.participant_id):
            # Placed in paid work or a trial placement: show the proposed aftercare plan now.
            self.plan_aftercare()

    def remove_placement(self) -> None:
        if self.placement_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove placement"),
            self.tr("Remove this placement and its observations? They stay in the history and "
                    "can be restored."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.forget(self.binding)
        obs.delete_placement(self.store, self.placement_id)
        self.placement_id = None
        self.load()

    # ------------------------------------------------------------------ observations
    def _chart_title(self) -> str:
        # The records just read by load() and select_placement(), unless they are stale.
        record, person = self._placement, self._person
        if record is None or record["id"] != self.placement_id:
            record = records.get(self.store, "placement", self.placement_id)
        if person is None or person["id"] != self.participant_id:
            person = get_participant(self.store, self.participant_id)
        if not record or not person:
            return ""
        name = " ".join(p for p in (person.get("first_name"), person.get("last_name")) if p)
        return self.tr("Observations of %1 at %2").replace("%1", name).replace(
            "%2", record.get("organisation") or "")

    def _load_observations(self) -> None:
        rated_rows = obs.rated_observations(self.store, self.placement_id) if self.placement_id else []
        of = self.tr("%1 of %2")
        rows = []
        for r, ratings in reversed(rated_rows):  # newest on top
            rated = sum(1 for x in ratings.items if x.value is not None)
            went_well = (r.get("went_well") or "").strip().splitlines()
            rows.append(Row(r["id"], (format_date(r["date"]),
                                      of.replace("%1", str(rated)).replace("%2", str(len(ratings.items))),
                                      went_well[0] if went_well else "")))
        self.obs_table.set_rows(rows)
        if rows:
            self.obs_table.set_current_row(0)
        has = bool(rated_rows)
        self.edit_obs_button.setEnabled(has)
        self.remove_obs_button.setEnabled(has)
        data = (obs.chart_data(self.store, self.placement_id, rated_rows) if self.placement_id
                else obs.ChartData(obs.org_scale(self.store), []))
        self.chart.set_data(data, self._chart_title())

    def selected_observation_id(self) -> str | None:
        return self.obs_table.current_id()

    def add_observation(self) -> bool:
        if self.placement_id is None:
            return False
        self.saver.flush()
        placement_id = self.placement_id
        items = [(i.key, i.label) for i in obs.org_items(self.store)]

        def save(d: ObservationDialog) -> None:
            obs.add_observation(self.store, placement_id, d.date_value(), d.values(), d.narrative())

        dialog = ObservationDialog(items, obs.org_scale(self.store), save, self,
                                   on=self.today(), title=self.tr("New observation"))
        dialog.draft_context = placement_id
        if dialog.exec() != ObservationDialog.DialogCode.Accepted:
            return False
        self._load_observations()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        return True

    def edit_observation(self) -> bool:
        oid = self.selected_observation_id()
        record = records.get(self.store, "observation", oid)
        if record is None:
            return False
        ratings = obs.observation_ratings(self.store, record)

        def save(d: ObservationDialog) -> None:
            obs.update_observation(self.store, record["id"], on=d.date_value(), values=d.values(),
                                   narrative=d.narrative())

        dialog = ObservationDialog(
            [(r.key, r.label) for r in ratings.items], ratings.scale, save, self,
            on=record["date"], values={r.key: r.value for r in ratings.items},
            narrative={k: record.get(k) for k in obs.NARRATIVE},
            title=self.tr("Observation of %1").replace("%1", format_date(record["date"])))
        dialog.draft_context = record["id"]
        if dialog.exec() != ObservationDialog.DialogCode.Accepted:
            return False
        self._load_observations()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        return True

    def remove_observation(self) -> None:
        oid = self.selected_observation_id()
        if oid is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove observation"),
            self.tr("Remove this observation? It stays in the history and can be restored."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        obs.delete_observation(self.store, oid)
        self._load_observations()

    def print_chart(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.chart.title or self.tr("Observations"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.chart.print_to(printer)
        return True

    def history_targets(self) -> list[tuple[str, str, str]]:
        if self.placement_id is None:
            return []
        out = [(self.tr("Placement"), "placement", self.placement_id)]
        oid = self.selected_observation_id()
        if oid:
            out.append((self.tr("Observation"), "observation", oid))
        return out

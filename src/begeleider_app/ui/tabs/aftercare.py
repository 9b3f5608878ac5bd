"""The Nazorg tab: the aftercare plan on a timeline, each contact moment, buddy, closing.

Top: the offer of a plan when the participant is placed without one, and the trajectory's
weight with the suggested default. Then the timeline (planned, done, overdue against
`self.today()`), the list of contact moments and, on the right, the selected moment's record
(saved as you type), the buddy / maatje and the closing conversation that ends the trajectory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import CONTACT, CONTACT_MOMENT, MODE, PARTICIPANT, WEIGHT, WITH_WHOM
from ...domain.messages import UserError
from ...domain.validation import ValidationFailed, format_date, parse_date
from ...services import aftercare as ac
from ...services import records
from ...services import weight as wt
from ...services.participants import get_participant
from ...storage.repository import Record, Store
from ..dialogs.record_dialog import RecordDialog
from ..widgets.aftercare_offer import AftercareOffer
from ..widgets.buttons import make_button
from ..widgets.fit import VScrollArea
from ..widgets.reflow import Reflow
from ..widgets.tables import DATE_SAMPLES, Cell, Row, RowsTable, fit_column
from ..widgets.timeline import COLORS, Marker, TimelineWidget
from ..widgets.wrap_label import WrapLabel
from .base import ParticipantTab

ERROR_STYLE = "color: #b3261e; font-weight: 600;"
MOMENT_FIELDS = ("label", "planned_date", "done_date", "minutes", "with_whom", "together", "mode",
                 "notes", "signals", "follow_up", "is_closing", "work_status")
# What the outcome figures read at the end (services/outcomes.py), saved as typed.
OUTCOME_FIELDS = ("end_reason", "ladder_end")
BUDDY_FIELDS = ("name", "buddy_kind", "organisation", "phone", "email", "period_start",
                "period_end", "notes")
DATE_COL, LABEL_COL, STATE_COL, MODE_COL = range(4)


class AftercareTab(ParticipantTab):
    lazy = True
    watched = frozenset({"participant", "placement", "contact_moment", "contact"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("aftercareTab")
        #: the date the tab treats as today (tests inject one)
        self.today: Callable[[], date] = date.today
        self.moment_id: str | None = None
        self.buddy_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        # ---- plan offer
        self.banner = AftercareOffer(store, "aftercarePlanBanner", "aftercarePlanButton", self)
        self.banner_label, self.plan_button = self.banner.label, self.banner.button
        self.plan_button.clicked.connect(self.plan_aftercare)
        outer.addWidget(self.banner)

        # ---- weight
        wrow = QHBoxLayout()
        weight_label = QLabel(PARTICIPANT.field("weight").label(self.language), self)
        self.weight_combo = QComboBox(self)
        self.weight_combo.setObjectName("weightCombo")
        self.weight_combo.setAccessibleName(PARTICIPANT.field("weight").label(self.language))
        self.weight_combo.addItem(self.tr("(not set)"), None)
        for c in WEIGHT:
            self.weight_combo.addItem(c.label(self.language), c.value)
        self.weight_combo.currentIndexChanged.connect(self._on_weight_chosen)
        weight_label.setBuddy(self.weight_combo)
        self.suggestion_label = WrapLabel(parent=self)  # wraps on a narrow tab, never cut
        self.suggestion_label.setObjectName("weightSuggestion")
        self.use_suggestion = make_button(self.tr("&Use suggestion"), "useWeightSuggestion", self)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        wrow.addWidget(weight_label)
        wrow.addWidget(self.weight_combo)
        wrow.addWidget(self.suggestion_label, 1)
        wrow.addWidget(self.use_suggestion)
        outer.addLayout(wrow)

        # ---- timeline
        self.timeline = TimelineWidget(self)
        self.timeline.moment_clicked.connect(self.select_moment)
        outer.addWidget(self.timeline)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("aftercareSplitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # ---- left: the moments
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = RowsTable([self.tr("Date"), self.tr("Description"), self.tr("State"), self.tr("Mode")],
                               left)
        self.table.setObjectName("momentsTable")
        self.table.setAccessibleName(self.tr("Contact moments"))
        fit_column(self.table, DATE_COL, DATE_SAMPLES)
        fit_column(self.table, STATE_COL, self._state_texts().values(), bold=True)
        fit_column(self.table, MODE_COL, [c.label(self.language) for c in MODE])
        self.table.horizontalHeader().setSectionResizeMode(LABEL_COL, QHeaderView.ResizeMode.Stretch)
        self.table.current_row_changed.connect(self._on_row_changed)
        ll.addWidget(self.table, 1)
        brow = Reflow(left)  # wraps onto two lines when the tab is narrow
        self.add_moment_button = make_button(self.tr("&Add moment"), "addMomentButton", left)
        self.add_moment_button.clicked.connect(self.add_moment)
        self.done_button = make_button(self.tr("&Done today"), "markDoneButton", left)
        self.done_button.setToolTip(self.tr("Mark the selected contact moment as done today"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.remove_moment_button = make_button(self.tr("Re&move moment"), "removeMomentButton", left)
        self.remove_moment_button.clicked.connect(self.remove_moment)
        for b in (self.add_moment_button, self.done_button, self.remove_moment_button):
            brow.add(b)
        ll.addWidget(brow)
        self.empty_label = QLabel(self.tr("No contact moments yet. A plan is proposed when the "
                                          "participant is placed (paid work or a trial placement)."),
                                  left)
        self.empty_label.setObjectName("aftercareEmpty")
        self.empty_label.setWordWrap(True)
        ll.addWidget(self.empty_label)

        # ---- right: moment, buddy, closing
        self.side = QTabWidget(splitter)
        self.side.setObjectName("aftercareSideTabs")
        self.side.setAccessibleName(self.tr("Aftercare details"))
        self.side.addTab(self._moment_page(), self.tr("Contact moment"))
        self.side.addTab(self._buddy_page(), self.tr("Buddy"))
        self.side.addTab(self._closing_page(), self.tr("Closing conversation"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 560])
        self.load()

    # ------------------------------------------------------------------ pages
    def _scroll(self, name: str) -> tuple[QScrollArea, QVBoxLayout]:
        scroll = VScrollArea(parent=self)  # up and down only, never sideways
        scroll.setObjectName(name)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        return scroll, layout

    def _moment_page(self) -> QWidget:
        scroll, layout = self._scroll("momentPage")
        self.moment_binding = self.saver.binding("contact_moment")
        self.moment_binding.after_save = self._after_moment_saved
        self.moment_box = self.section(self.tr("Contact moment"), self.moment_binding,
                                       [CONTACT_MOMENT.field(n) for n in MOMENT_FIELDS],
                                       scroll.widget())
        layout.addWidget(self.moment_box)
        layout.addStretch(1)
        return scroll

    def _buddy_page(self) -> QWidget:
        scroll, layout = self._scroll("buddyPage")
        intro = QLabel(self.tr("A buddy or maatje supports the participant on the work floor or "
                               "from their own community, preferably for a year or more. Only a "
                               "buddy on the work floor is named in the employer handover."),
                       scroll.widget())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buddy_list = QListWidget(scroll.widget())
        self.buddy_list.setObjectName("buddyList")
        self.buddy_list.setAccessibleName(self.tr("Buddies"))
        self.buddy_list.setMaximumHeight(90)
        self.buddy_list.currentItemChanged.connect(
            lambda cur, _prev: self.select_buddy(cur.data(Qt.ItemDataRole.UserRole) if cur else None))
        layout.addWidget(self.buddy_list)
        row = Reflow(scroll.widget())
        self.add_buddy_button = make_button(self.tr("Add &buddy..."), "addBuddyButton", scroll.widget())
        self.add_buddy_button.clicked.connect(self.add_buddy)
        self.remove_buddy_button = make_button(self.tr("Remove b&uddy"), "removeBuddyButton", scroll.widget())
        self.remove_buddy_button.clicked.connect(self.remove_buddy)
        row.add(self.add_buddy_button)
        row.add(self.remove_buddy_button)
        layout.addWidget(row)
        self.buddy_binding = self.saver.binding("contact")
        self.buddy_binding.after_save = lambda _r: self._load_buddies(keep_form=True)
        self.buddy_box = self.section(self.tr("Buddy"), self.buddy_binding,
                                      [CONTACT.field(n) for n in BUDDY_FIELDS], scroll.widget())
        layout.addWidget(self.buddy_box)
        layout.addStretch(1)
        return scroll

    def _closing_page(self) -> QWidget:
        scroll, layout = self._scroll("closingPage")
        self.closing_state = QLabel(scroll.widget())
        self.closing_state.setObjectName("closingState")
        self.closing_state.setWordWrap(True)
        layout.addWidget(self.closing_state)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        lang = self.language
        self.closing_date = QLineEdit(scroll.widget())
        self.closing_date.setObjectName("closingDate")
        self.closing_date.setAccessibleName(PARTICIPANT.field("closing_date").label(lang))
        self.closing_date.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.closing_date.setMaximumWidth(160)
        form.addRow(PARTICIPANT.field("closing_date").label(lang), self.closing_date)
        self.closing_evaluation = QPlainTextEdit(scroll.widget())
        self.closing_evaluation.setObjectName("closingEvaluation")
        self.closing_evaluation.setAccessibleName(PARTICIPANT.field("closing_evaluation").label(lang))
        self.closing_evaluation.setTabChangesFocus(True)
        self.closing_evaluation.setPlaceholderText(self.tr(
            "What went well, what did the participant learn, how is the work going now?"))
        form.addRow(PARTICIPANT.field("closing_evaluation").label(lang), self.closing_evaluation)
        self.closing_help = QPlainTextEdit(scroll.widget())
        self.closing_help.setObjectName("closingHelpLater")
        self.closing_help.setAccessibleName(PARTICIPANT.field("closing_help_later").label(lang))
        self.closing_help.setTabChangesFocus(True)
        self.closing_help.setPlaceholderText(self.tr(
            "Who to call later: e.g. the neighbourhood team, the employer's contact, the coach."))
        form.addRow(PARTICIPANT.field("closing_help_later").label(lang), self.closing_help)
        layout.addLayout(form)
        self.outcome_binding = self.saver.binding("participant")
        self.outcome_box = self.section(self.tr("Outcome"), self.outcome_binding,
                                        [PARTICIPANT.field(n) for n in OUTCOME_FIELDS],
                                        scroll.widget())
        layout.addWidget(self.outcome_box)
        self.closing_error = QLabel(scroll.widget())
        self.closing_error.setObjectName("closingErrors")
        self.closing_error.setStyleSheet(ERROR_STYLE)
        self.closing_error.setWordWrap(True)
        self.closing_error.hide()
        layout.addWidget(self.closing_error)
        self.close_button = make_button(self.tr("Record closing conversation and &close trajectory"),
                                    "closeTrajectoryButton", scroll.widget())
        self.close_button.clicked.connect(self.close_trajectory)
        layout.addWidget(self.close_button)
        layout.addStretch(1)
        return scroll

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        pid = self.participant_id
        person = get_participant(self.store, pid)
        if person is None:
            pid = None
        self._person = person
        for w in (self.add_moment_button, self.add_buddy_button, self.weight_combo):
            w.setEnabled(pid is not None)
        self._load_weight()
        self._refresh_moments(select=None)
        self._load_buddies()
        self._load_closing()
        self._update_banner()

    def _update_banner(self) -> None:
        self.banner.refresh(self._person["id"] if self._person else None)

    def plan_aftercare(self) -> bool:
        self.saver.flush()
        if not self.banner.plan(self._person["id"] if self._person else None, self):
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.caseload_changed.emit()
        self.load()
        return True

    # ------------------------------------------------------------------ weight
    def _load_weight(self) -> None:
        self.weight_combo.blockSignals(True)
        value = self._person.get("weight") if self._person else None
        self.weight_combo.setCurrentIndex(max(0, self.weight_combo.findData(value)) if value else 0)
        self.weight_combo.blockSignals(False)
        if not self._person:
            self.suggestion_label.clear()
            self.use_suggestion.setEnabled(False)
            return
        s = wt.suggestion_for(self.store, self._person["id"], self.today())
        self._suggestion = s.weight
        label = PARTICIPANT.field("weight").choice_label(s.weight, self.language)
        self.suggestion_label.setText(self.tr("Suggested: %1 (%2)").replace("%1", label)
                                      .replace("%2", s.reason()))
        self.use_suggestion.setEnabled(value != s.weight)

    def _on_weight_chosen(self, _index: int) -> None:
        if not self._person:
            return
        wt.set_weight(self.store, self._person["id"], self.weight_combo.currentData())
        self._person = get_participant(self.store, self._person["id"])
        self._load_weight()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.caseload_changed.emit()

    def _use_suggestion(self) -> None:
        if self._person:
            self.weight_combo.setCurrentIndex(self.weight_combo.findData(self._suggestion))

    # ------------------------------------------------------------------ moments
    def _state_texts(self) -> dict[str, str]:
        return {ac.DONE: self.tr("Done"), ac.OVERDUE: self.tr("Overdue"),
                ac.TODAY: self.tr("Today"), ac.PLANNED: self.tr("Planned")}

    def _refresh_moments(self, select: str | None = None, keep_form: bool = False) -> None:
        pid = self._person["id"] if self._person else None
        entries = ac.timeline(self.store, pid, self.today()) if pid else []
        self.entries = entries
        lang = self.language
        whom_labels = {c.value: c.label(lang) for c in WITH_WHOM}
        mode_labels = {c.value: c.label(lang) for c in MODE}
        state_text = self._state_texts()
        rows = []
        current_row = -1
        for i, e in enumerate(entries):
            m = e.record
            label = m.get("label") or ""
            if m.get("is_closing"):
                closing = self.tr("Closing conversation")
                label = f"{label} ({closing.lower()})" if label else closing
            whom = ", ".join(whom_labels.get(w, w) for w in m.get("with_whom") or [])
            state = state_text[e.state]
            if e.state in (ac.OVERDUE, ac.DONE):
                state = Cell(state, color=COLORS[e.state], bold=e.state == ac.OVERDUE)
            rows.append(Row(e.id, (format_date(m.get("done_date") or m.get("planned_date")),
                                   Cell(label, tooltip=f"{label}\n{whom}" if whom else ""),
                                   state, mode_labels.get(m.get("mode") or "", ""))))
            if e.id == (select or self.moment_id):
                current_row = i
        self.table.blockSignals(True)
        self.table.set_rows(rows)
        self.table.blockSignals(False)
        self.timeline.set_markers(
            [Marker(e.id, e.when, e.record.get("label") or "", e.state, bool(e.record.get("is_closing")))
             for e in entries if e.when], self.today())
        self.empty_label.setVisible(pid is not None and not entries)
        if current_row < 0 and entries and select is None and not keep_form:
            # first the earliest moment still open, else the last one
            current_row = next((i for i, e in enumerate(entries) if e.state != ac.DONE), len(entries) - 1)
        if current_row >= 0:
            self.table.blockSignals(True)
            self.table.set_current_row(current_row)
            self.table.blockSignals(False)
        if not keep_form:
            self._show_moment(entries[current_row].id if current_row >= 0 else None)
        self.timeline.set_selected(self.moment_id)

    def _show_moment(self, moment_id: str | None) -> None:
        record = records.get(self.store, "contact_moment", moment_id)
        self.moment_id = record["id"] if record else None
        self.moment_binding.load(self.moment_id, record)
        self.moment_box.setEnabled(record is not None)
        self.done_button.setEnabled(record is not None and not record.get("done_date"))
        self.remove_moment_button.setEnabled(record is not None)
        self.timeline.set_selected(self.moment_id)

    def _on_row_changed(self, row: int) -> None:
        self.saver.flush()
        self._show_moment(self.table.row_id(row))

    def select_moment(self, moment_id: str) -> None:
        row = self.table.row_of(moment_id)
        if row >= 0:
            self.table.set_current_row(row)
            self.side.setCurrentIndex(0)

    def _after_moment_saved(self, record: Record) -> None:
        self._refresh_moments(select=record["id"], keep_form=True)
        self.done_button.setEnabled(not record.get("done_date"))
        self._load_weight()  # new signals can change the suggestion
        self.caseload_changed.emit()

    def add_moment(self) -> None:
        if not self._person:
            return
        self.saver.flush()
        record = ac.save_moment(self.store, self._person["id"], {
            "label": self.tr("Contact moment"), "planned_date": self.today() + timedelta(days=7),
            "with_whom": ["deelnemer"]})
        self._refresh_moments(select=record["id"])
        self.side.setCurrentIndex(0)
        self.caseload_changed.emit()

    def mark_selected_done(self) -> None:
        if self.moment_id is None:
            return
        self.saver.flush()
        ac.mark_done(self.store, self.moment_id, self.today())
        self._refresh_moments(select=self.moment_id)
        self._load_weight()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.caseload_changed.emit()

    def remove_moment(self) -> None:
        if self.moment_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove moment"),
            self.tr("Remove this contact moment? It stays in the history and can be restored."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.forget(self.moment_binding)
        ac.delete_moment(self.store, self.moment_id)
        self.moment_id = None
        self._refresh_moments()
        self._update_banner()
        self.caseload_changed.emit()

    # ------------------------------------------------------------------ buddy
    def _load_buddies(self, keep_form: bool = False) -> None:
        pid = self._person["id"] if self._person else None
        rows = ac.buddies(self.store, pid) if pid else []
        self.buddy_list.blockSignals(True)
        self.buddy_list.clear()
        current = None
        for r in rows:
            period = " - ".join(p for p in (format_date(r.get("period_start")),
                                            format_date(r.get("period_end"))) if p)
            kind = CONTACT.field("buddy_kind").choice_label(r["buddy_kind"], self.language) \
                if r.get("buddy_kind") else ""
            text = " · ".join(p for p in (r.get("name"), kind, r.get("organisation"), period) if p)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.buddy_list.addItem(item)
            if r["id"] == self.buddy_id:
                current = item
        if current is None and self.buddy_list.count():
            current = self.buddy_list.item(self.buddy_list.count() - 1)
        if current is not None:
            self.buddy_list.setCurrentItem(current)
        self.buddy_list.blockSignals(False)
        if not keep_form:
            self.select_buddy(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def select_buddy(self, contact_id: str | None) -> None:
        self.saver.flush()
        record = records.get(self.store, "contact", contact_id)
        self.buddy_id = record["id"] if record else None
        self.buddy_binding.load(self.buddy_id, record)
        self.buddy_box.setVisible(record is not None)
        self.remove_buddy_button.setEnabled(record is not None)

    def add_buddy(self) -> None:
        if not self._person:
            return
        self.saver.flush()
        dialog = RecordDialog("contact", ("name", "buddy_kind", "phone", "organisation",
                                          "period_start", "period_end"),
                              self.tr("New buddy"), self)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        try:
            record = ac.save_buddy(self.store, self._person["id"], dialog.result_values)
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("New buddy"), str(err))
            return
        self.buddy_id = record["id"]
        self._load_buddies()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def remove_buddy(self) -> None:
        if self.buddy_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove buddy"),
            self.tr("Remove this buddy? The entry stays in the history and can be restored."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.forget(self.buddy_binding)
        ac.delete_buddy(self.store, self.buddy_id)
        self.buddy_id = None
        self._load_buddies()

    # ------------------------------------------------------------------ closing
    def _load_closing(self) -> None:
        p = self._person
        self.closing_error.hide()
        closed = bool(p) and p.get("status") == "afgesloten"
        self.closing_date.setText(format_date(p.get("closing_date")) if p and p.get("closing_date")
                                  else format_date(self.today()))
        self.closing_evaluation.setPlainText((p or {}).get("closing_evaluation") or "")
        self.closing_help.setPlainText((p or {}).get("closing_help_later") or "")
        self.outcome_binding.load(p["id"] if p else None, p)
        for w in (self.closing_date, self.closing_evaluation, self.closing_help):
            w.setReadOnly(closed)
            w.setEnabled(p is not None)
        self.close_button.setEnabled(bool(p) and not closed)
        if closed:
            self.closing_state.setText(self.tr("The trajectory was closed on %1.").replace(
                "%1", format_date(p.get("closing_date")) or "?"))
        else:
            self.closing_state.setText(self.tr(
                "End the aftercare with a closing conversation: evaluate together and agree where "
                "the participant can go for help later. This closes the trajectory."))

    def close_trajectory(self) -> bool:
        if not self._person:
            return False
        self.saver.flush()
        try:
            on = parse_date(self.closing_date.text())
        except ValueError:
            on = None
        if on is None:
            self._closing_errors([self.tr("Closing date: write day-month-year, e.g. %1.")
                                  .replace("%1", format_date(self.today()))])
            return False
        answer = QMessageBox.question(
            self, self.tr("Close trajectory"),
            self.tr("Record the closing conversation and close the trajectory? The status "
                    "becomes 'afgesloten'."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            ac.close_trajectory(self.store, self._person["id"], on=on,
                                evaluation=self.closing_evaluation.toPlainText(),
                                help_later=self.closing_help.toPlainText())
        except ValidationFailed as err:
            self._closing_errors(list(err.errors.values()))
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.caseload_changed.emit()
        self.load()
        return True

    def _closing_errors(self, messages: list[str]) -> None:
        self.closing_error.setText("\n".join(messages))
        self.closing_error.show()

    def history_targets(self) -> list[tuple[str, str, str]]:
        out = []
        if self.moment_id:
            out.append((self.tr("Contact moment"), "contact_moment", self.moment_id))
        if self.buddy_id:
            out.append((self.tr("Buddy"), "contact", self.buddy_id))
        return out

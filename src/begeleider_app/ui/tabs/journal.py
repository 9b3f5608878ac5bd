"""The Journaal tab: every contact written down, tied to goals, with the time it took.

Left: a search field (full text within the participant), the hours so far and against a
granted budget, and the entries as one model/view table (300 entries fill it in one model
reset). Right: the selected entry, saved as you type: date, kind, minutes, with whom, the
contact, phase, the goals it worked on, the notes (private; health when ticked) and a
follow-up, which becomes an action in the plan and so shows in the agenda. Ctrl+J (the main
window's "New journal entry") makes an entry for the participant on screen, dated today,
with the kind used last, and puts the focus in its first field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import JOURNAL_ENTRY, JOURNAL_KIND
from ...domain.messages import UserError
from ...domain.validation import format_date
from ...services import hours, journal, records
from ...storage.repository import Record, Store
from ..widgets.buttons import make_button
from ..widgets.fit import VScrollArea
from ..widgets.reflow import Reflow
from ..widgets.tables import DATE_SAMPLES, Cell, Row, RowsTable, fit_column
from .base import ParticipantTab

ERROR_STYLE = "color: #b3261e; font-weight: 600;"
WARNING_STYLE = "color: #8a4b00; font-weight: 600;"
DATE_COL, KIND_COL, MIN_COL, GOALS_COL, TEXT_COL = range(5)
MAIN_FIELDS = ("date", "kind", "minutes", "with_whom", "phase")
NOTE_FIELDS = ("text", "health")
FOLLOW_FIELDS = ("follow_up", "follow_up_owner", "follow_up_date")


def _line_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setMinimumWidth(1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return label


class JournalTab(ParticipantTab):
    lazy = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("journalTab")
        #: the date the tab treats as today (tests inject one)
        self.today: Callable[[], date] = date.today
        self.entry_id: str | None = None
        self._goals: list[tuple[str, str, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("journalSplitter")
        outer.addWidget(splitter, 1)

        # ---- left: search, hours, entries
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setObjectName("journalSearch")
        self.search.setAccessibleName(self.tr("Search in the journal"))
        self.search.setPlaceholderText(self.tr("Search in the journal"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(lambda: self._refresh_list(self.entry_id))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        ll.addWidget(self.search)
        # One line each, always shown, no word wrap: opening a participant changes no layout
        # (the full text is the tooltip when the pane is narrow).
        self.hours_label = _line_label(left)
        self.hours_label.setObjectName("journalHours")
        ll.addWidget(self.hours_label)
        self.budget_label = _line_label(left)
        self.budget_label.setObjectName("journalBudget")
        ll.addWidget(self.budget_label)
        self.table = RowsTable([self.tr("Date"), self.tr("Kind"), self.tr("Min."), self.tr("Goals"),
                                self.tr("Notes")], left)
        self.table.setObjectName("journalTable")
        self.table.setAccessibleName(self.tr("Journal entries"))
        fit_column(self.table, DATE_COL, DATE_SAMPLES)
        fit_column(self.table, KIND_COL, [c.label(self.language) for c in JOURNAL_KIND][:3])
        fit_column(self.table, MIN_COL, ["999"])
        fit_column(self.table, GOALS_COL, ["9"])
        self.table.horizontalHeader().setSectionResizeMode(TEXT_COL, QHeaderView.ResizeMode.Stretch)
        # One line per entry, rows of one fixed height: 300 entries are never measured.
        self.table.setWordWrap(False)
        rows_header = self.table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.current_row_changed.connect(self._on_row_changed)
        ll.addWidget(self.table, 1)
        brow = Reflow(left)  # wraps beside the agenda on a 1366x768 laptop
        self.new_button = make_button(self.tr("New &entry"), "newJournalEntry", left)
        self.new_button.setToolTip(self.tr("New journal entry for today (Ctrl+J)"))
        self.new_button.clicked.connect(self.new_entry)
        self.remove_button = make_button(self.tr("Re&move entry"), "removeJournalEntry", left)
        self.remove_button.clicked.connect(self.remove_entry)
        self.chart_button = make_button(self.tr("Hours &overview..."), "journalHoursChart", left)
        self.chart_button.clicked.connect(self.show_hours)
        for b in (self.new_button, self.remove_button, self.chart_button):
            brow.add(b)
        ll.addWidget(brow)
        self.empty_label = QLabel(self.tr("No journal entries yet. Press Ctrl+J after every contact: "
                                          "a house visit, a call, a talk at the work place."), left)
        self.empty_label.setObjectName("journalEmpty")
        self.empty_label.setWordWrap(True)
        ll.addWidget(self.empty_label)

        # ---- right: the entry
        scroll = VScrollArea(parent=splitter)  # up and down, never sideways
        scroll.setObjectName("journalEntryPage")
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        self.binding = self.saver.binding("journal_entry")
        self.binding.after_save = self._after_save
        self.main_box = self.section(self.tr("Contact"), self.binding,
                                     [JOURNAL_ENTRY.field(n) for n in MAIN_FIELDS], content)
        layout.addWidget(self.main_box)
        self.links_box = QGroupBox(self.tr("Linked to"), content)
        self.links_box.setObjectName("journalLinks")
        form = QFormLayout(self.links_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact_combo = QComboBox(self.links_box)
        self.contact_combo.setObjectName("journal_entry_contact_id")
        self.contact_combo.setAccessibleName(JOURNAL_ENTRY.field("contact_id").label(self.language))
        self.contact_combo.currentIndexChanged.connect(self._on_contact_chosen)
        contact_label = QLabel(JOURNAL_ENTRY.field("contact_id").label(self.language), self.links_box)
        contact_label.setBuddy(self.contact_combo)
        form.addRow(contact_label, self.contact_combo)
        self.goal_list = QListWidget(self.links_box)
        self.goal_list.setObjectName("journal_entry_goal_ids")
        self.goal_list.setAccessibleName(JOURNAL_ENTRY.field("goal_ids").label(self.language))
        self.goal_list.setToolTip(self.tr("Space ticks a goal"))
        self.goal_list.setMaximumHeight(110)
        self.goal_list.itemChanged.connect(self._on_goal_ticked)
        goals_label = QLabel(JOURNAL_ENTRY.field("goal_ids").label(self.language), self.links_box)
        goals_label.setBuddy(self.goal_list)
        form.addRow(goals_label, self.goal_list)
        layout.addWidget(self.links_box)
        self.notes_box = self.section(self.tr("Notes"), self.binding,
                                      [JOURNAL_ENTRY.field(n) for n in NOTE_FIELDS], content)
        layout.addWidget(self.notes_box)
        self.follow_box = self.section(self.tr("Follow-up"), self.binding,
                                       [JOURNAL_ENTRY.field(n) for n in FOLLOW_FIELDS], content)
        self.follow_state = QLabel(self.follow_box)
        self.follow_state.setObjectName("journalFollowUpState")
        self.follow_state.setWordWrap(True)
        self.follow_box.layout().addRow(self.follow_state)
        layout.addWidget(self.follow_box)
        layout.addStretch(1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([370, 440])
        self.load()

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        pid = self.participant_id
        if pid is not None and records.get(self.store, "participant", pid) is None:
            pid = None
        self._pid = pid
        for w in (self.new_button, self.chart_button, self.search):
            w.setEnabled(pid is not None)
        self._choices_for: str | None = None  # goals and contacts are read when an entry shows
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.entry_id = None
        self._refresh_list(None)
        self._update_hours()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        stale = self._stale
        super().showEvent(event)
        if not stale and getattr(self, "_pid", None):
            # Time written in another tab (an aftercare moment's minutes) shows here too.
            self._update_hours()

    def _read_choices(self) -> None:
        """The participant's goals and contacts, read once per participant when an entry is
        first shown (opening a participant shows none)."""
        pid = self._pid
        if self._choices_for == pid:
            return
        self._choices_for = pid
        self._goals = journal.goal_choices(self.store, pid) if pid else []
        self._fill_contacts(pid)

    def _fill_contacts(self, pid: str | None) -> None:
        self.contact_combo.blockSignals(True)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(none)"), None)
        for cid, text in (journal.contact_choices(self.store, pid) if pid else []):
            self.contact_combo.addItem(text, cid)
        self.contact_combo.blockSignals(False)

    def _update_hours(self) -> None:
        pid = self._pid
        hours_text, budget_text, style = "", "", ""
        if pid is not None:
            spent = hours.summary(self.store, pid, self.today())
            hours_text = (self.tr("Hours: %1 this month, %2 in the last 3 months, %3 in all")
                          .replace("%1", hours.hours_text(spent.month))
                          .replace("%2", hours.hours_text(spent.recent))
                          .replace("%3", hours.hours_text(spent.all)))
            uses = [u for u in spent.budgets if u.granted is not None]
            if uses:
                budget_text = uses[0].message()
                style = {"over": ERROR_STYLE, "warning": WARNING_STYLE}.get(uses[0].state, "")
        for label, text in ((self.hours_label, hours_text), (self.budget_label, budget_text)):
            if label.text() != text:
                label.setText(text)
                label.setToolTip(text)
        if self.budget_label.styleSheet() != style:
            self.budget_label.setStyleSheet(style)

    def _refresh_list(self, select: str | None, *, keep_form: bool = False) -> None:
        """Fill the table (one model reset) and select ``select``; with ``keep_form`` the
        entry's form is left as it is (after its own save)."""
        pid = self._pid
        rows_data = journal.entry_rows(self.store, pid, text=self.search.text()) if pid else []
        kinds = {c.value: c.label(self.language) for c in JOURNAL_KIND}
        health = self.tr("(health information)")
        rows = []
        current = -1
        for i, e in enumerate(rows_data):
            first_line = (e.text.splitlines() or [""])[0]
            shown = f"{health} {first_line}" if e.health else first_line
            if e.group:
                shown = self.tr("Group session: %1 (edit under Tools > Group sessions)").replace(
                    "%1", first_line)
            rows.append(Row(e.id, (format_date(e.date), kinds.get(e.kind or "", ""),
                                   "" if e.minutes is None else str(e.minutes),
                                   str(e.goals) if e.goals else "",
                                   Cell(shown, tooltip=e.text))))
            if e.id == select:
                current = i
        self.table.blockSignals(True)
        self.table.set_rows(rows)
        self.table.set_current_row(current)
        self.table.blockSignals(False)
        self.empty_label.setVisible(not rows and not self.search.text())
        if not keep_form:
            self._show_entry(self.table.row_id(current) if current >= 0 else None)

    def _on_row_changed(self, row: int) -> None:
        self.saver.flush()
        self._show_entry(self.table.row_id(row))

    def _show_entry(self, entry_id: str | None) -> None:
        record = journal.get(self.store, entry_id) if entry_id else None
        if record is not None:
            self._read_choices()
        self.entry_id = record["id"] if record else None
        self._shown_date = record.get("date") if record else None
        self.binding.load(self.entry_id, record)
        self.remove_button.setEnabled(record is not None)
        self.contact_combo.setEnabled(record is not None)
        self.goal_list.setEnabled(record is not None)
        self.contact_combo.blockSignals(True)
        index = self.contact_combo.findData(record.get("contact_id")) if record else 0
        self.contact_combo.setCurrentIndex(max(0, index))
        self.contact_combo.blockSignals(False)
        self._fill_goals(record)
        self._show_follow_up(record)

    def _fill_goals(self, record: Record | None) -> None:
        linked = list(record.get("goal_ids") or []) if record else []
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        if record is None:
            self.goal_list.blockSignals(False)
            return
        known = {gid for gid, _t, _s in self._goals}
        for gid, text, _status in self._goals:
            item = QListWidgetItem(text.splitlines()[0] if text else "?", self.goal_list)
            item.setData(Qt.ItemDataRole.UserRole, gid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if gid in linked else Qt.CheckState.Unchecked)
        for gid in linked:  # a goal that was deleted since: shown, so it can be unticked
            if gid not in known:
                item = QListWidgetItem(self.tr("(removed goal)"), self.goal_list)
                item.setData(Qt.ItemDataRole.UserRole, gid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        if self.goal_list.count():
            self.goal_list.setCurrentRow(0)
        self.goal_list.blockSignals(False)

    def _show_follow_up(self, record: Record | None) -> None:
        if record and record.get("follow_up_action_id"):
            self.follow_state.setStyleSheet("")
            self.follow_state.setText(self.tr("In the plan and the agenda as an action."))
        else:
            self.follow_state.setStyleSheet("")
            self.follow_state.setText(self.tr("A follow-up becomes an action under the first linked goal.")
                                      if record else "")

    def linked_goals(self) -> list[str]:
        out = []
        for i in range(self.goal_list.count()):
            item = self.goal_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    # ------------------------------------------------------------------ editing
    def new_entry(self) -> bool:
        """A new entry for the participant on screen; focus goes to its first field."""
        if self._pid is None:
            return False
        self.saver.flush()
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        try:
            entry = journal.new_entry(self.store, self._pid, on=self.today())
        except UserError as err:
            QMessageBox.warning(self, self.tr("Journal"), err.message())
            return False
        self._refresh_list(entry["id"])
        self._update_hours()
        self.saved.emit(self._now())
        editor = self.binding.editors["date"]
        editor.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def remove_entry(self) -> None:
        if self.entry_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove entry"), self.tr(
            "Remove this journal entry? It stays in the history and can be brought back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.flush()
        self.saver.forget(self.binding)
        journal.remove(self.store, self.entry_id)
        self._refresh_list(None)
        self._update_hours()
        self.saved.emit(self._now())

    def _after_save(self, record: Record) -> None:
        if record.get("date") != self._shown_date:
            # A note written later for an earlier contact: its phase follows the date.
            moved = journal.follow_date(self.store, record["id"], self._shown_date)
            self._shown_date = record.get("date")
            if moved is not None and "phase" not in self.binding.pending:
                self.binding.editors["phase"].set_value(moved["phase"])
        self._sync_follow_up()
        self._refresh_list(record["id"], keep_form=True)
        self._update_hours()

    def _sync_follow_up(self) -> None:
        if self.entry_id is None:
            return
        record = journal.get(self.store, self.entry_id)
        if record is None:
            return
        has_text = bool((record.get("follow_up") or "").strip())
        if not has_text and not record.get("follow_up_action_id"):
            self._show_follow_up(record)
            return
        try:
            journal.sync_follow_up(self.store, self.entry_id)
        except UserError as err:
            self.follow_state.setStyleSheet(ERROR_STYLE)
            self.follow_state.setText(err.message())
            return
        # The follow-up is an action of the plan: the goals tab (watching "action") refreshes
        # through the window's change notification, like after any other write.
        self._show_follow_up(journal.get(self.store, self.entry_id))

    def _on_contact_chosen(self, _index: int) -> None:
        if self.entry_id is None:
            return
        records.save(self.store, "journal_entry", self.entry_id,
                      {"contact_id": self.contact_combo.currentData()})
        self.saved.emit(self._now())

    def _on_goal_ticked(self, _item: QListWidgetItem) -> None:
        if self.entry_id is None:
            return
        self.saver.flush()
        record = journal.set_goals(self.store, self.entry_id, self.linked_goals())
        self.saved.emit(self._now())
        self._refresh_list(record["id"], keep_form=True)
        if (record.get("follow_up") or "").strip():
            self._sync_follow_up()

    def _now(self) -> str:
        from datetime import datetime

        return datetime.now().strftime("%H:%M:%S")

    # ------------------------------------------------------------------ hours
    def show_hours(self) -> None:
        from ..dialogs.hours_dialog import HoursDialog

        if self._pid is None:
            return
        self.saver.flush()
        HoursDialog(self.store, self._pid, self.today(), self).exec()

    def history_targets(self) -> list[tuple[str, str, str]]:
        if self.entry_id is None:
            return []
        return [(JOURNAL_ENTRY.label(self.language), "journal_entry", self.entry_id)]


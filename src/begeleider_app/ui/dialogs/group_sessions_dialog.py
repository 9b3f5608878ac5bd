"""Group sessions: a werkclub, a group training, a language class on the work floor.

Left the sessions (newest first), right the selected one, saved as you type, and who was
there: type a name (the list completes it) and press Enter; untick "present" for someone who
reported absent. The coach's time is shared by those present; each participant's Network tab
lists the sessions they attended.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import GROUP_ATTENDANCE, GROUP_SESSION
from ...domain.messages import UserError, get_language
from ...domain.validation import ValidationFailed, format_date
from ...services import groups as groups_svc
from ...services import social_map
from ...services.participants import full_name
from ...storage.repository import Store
from ..ops import Changes, Operations
from ..widgets.autosave import AutoSaver
from ..widgets.buttons import make_button
from ..widgets.field_widgets import FieldEditor, add_editor_row
from ..widgets.pages import (
    MasterDetail,
    bound_form,
    fit_to_screen,
    intro,
    scroll_page,
    side_by_side,
)
from ..widgets.tables import DATE_SAMPLES, Cell, Row, RowsTable, fit_column
from .record_dialog import RecordDialog

FORM_FIELDS = ("kind", "date", "theme", "location", "duration_minutes", "notes")
NEW_FIELDS = ("kind", "date", "theme", "location", "duration_minutes")
WATCHED = frozenset({"group_session", "group_attendance", "participant"})


class GroupSessionsDialog(MasterDetail, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 ops: Operations | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops or Operations(self, window=lambda: self, store=lambda: self.store)
        self.today = today or date.today()
        self.session_id: str | None = None
        self._names: dict[str, str] = {}
        self.setObjectName("groupSessionsDialog")
        self.setWindowTitle(self.tr("Group sessions"))
        self.setAccessibleName(self.tr("Group sessions"))
        layout = QVBoxLayout(self)
        intro(self.tr(
            "A werkclub, a group training or a language class at work: record the session once, "
            "with everyone who was there. The coach's time is shared by those present."),
            "groupSessionsIntro", self, layout)
        splitter, ll = side_by_side(self, "groupSessionsSplitter", layout)
        left = ll.parentWidget()
        self.table = RowsTable([self.tr("Date"), self.tr("Kind"), self.tr("Theme"),
                                self.tr("Present")], left)
        self.table.setObjectName("groupSessionsTable")
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Group sessions"))
        fit_column(self.table, 0, DATE_SAMPLES)
        fit_column(self.table, 1, [c.label_nl for c in GROUP_SESSION.field("kind").choices])
        fit_column(self.table, 3, ["000"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.current_row_changed.connect(self._on_row_changed)
        ll.addWidget(self.table, 1)
        lrow = QHBoxLayout()
        self.new_button = make_button(self.tr("&New session..."), "newSessionButton", left)
        self.new_button.clicked.connect(self.new_session)
        self.remove_button = make_button(self.tr("&Remove session"), "removeSessionButton", left)
        self.remove_button.clicked.connect(self.remove_session)
        lrow.addWidget(self.new_button)
        lrow.addWidget(self.remove_button)
        lrow.addStretch(1)
        ll.addLayout(lrow)

        scroll, right = scroll_page(splitter, "sessionPage")
        content = scroll.widget()
        self.saver = AutoSaver(store, self)
        self.binding = self.saver.binding("group_session")
        self.binding.after_save = lambda record: self._after_saved(record)
        self.form_box, form = bound_form(self.tr("Session"), "sessionForm", self.binding,
                                         FORM_FIELDS, content)
        self.service_combo = QComboBox(self.form_box)
        self.service_combo.setObjectName("sessionService")
        self.service_combo.setAccessibleName(GROUP_SESSION.field("service_id").label(get_language()))
        self.service_combo.activated.connect(lambda _i: self._on_service_chosen())
        service_label = QLabel(GROUP_SESSION.field("service_id").label(get_language()), self.form_box)
        service_label.setBuddy(self.service_combo)
        form.insertRow(4, service_label, self.service_combo)
        self.share_label = QLabel(self.form_box)
        self.share_label.setObjectName("sessionShare")
        self.share_label.setWordWrap(True)
        form.addRow(GROUP_SESSION.field("minutes_per_participant").label(get_language()),
                    self.share_label)
        right.addWidget(self.form_box)

        self.people_box = QGroupBox(self.tr("Who was there"), content)
        self.people_box.setObjectName("attendanceBox")
        pl = QVBoxLayout(self.people_box)
        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("&Add participant:"), self.people_box)
        self.person_input = QLineEdit(self.people_box)
        self.person_input.setObjectName("attendeeInput")
        self.person_input.setAccessibleName(self.tr("Add participant"))
        self.person_input.setPlaceholderText(self.tr("type a name, then Enter"))
        add_label.setBuddy(self.person_input)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_input.setCompleter(self.completer)
        self.person_input.installEventFilter(self)  # Enter adds the name (see eventFilter)
        self.add_person_button = make_button(self.tr("Add to the &list"), "addAttendeeButton",
                                             self.people_box)
        self.add_person_button.clicked.connect(self.add_typed_person)
        add_row.addWidget(add_label)
        add_row.addWidget(self.person_input, 1)
        add_row.addWidget(self.add_person_button)
        pl.addLayout(add_row)
        self.people_error = QLabel(self.people_box)
        self.people_error.setObjectName("attendeeError")
        self.people_error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.people_error.setWordWrap(True)
        self.people_error.hide()
        pl.addWidget(self.people_error)
        self.people = QListWidget(self.people_box)
        self.people.setObjectName("attendeeList")
        self.people.setAccessibleName(self.tr("Participants on the list; ticked: present"))
        self.people.setMinimumHeight(90)
        self.people.setMaximumHeight(150)
        self.people.itemChanged.connect(self._on_present_changed)
        pl.addWidget(self.people)
        self.people.currentItemChanged.connect(lambda *_: self._show_note())
        self.remove_person_button = make_button(self.tr("Take &off the list"),
                                                "removeAttendeeButton", self.people_box)
        self.remove_person_button.clicked.connect(self.remove_selected_person)
        pl.addWidget(self.remove_person_button, 0, Qt.AlignmentFlag.AlignLeft)
        note_form = QFormLayout()
        note_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.note_binding = self.saver.binding("group_attendance")
        self.note_editor = FieldEditor(GROUP_ATTENDANCE.field("note"), "group_attendance",
                                       self.people_box)
        self.note_binding.add(self.note_editor)
        add_editor_row(note_form, self.note_editor)
        pl.addLayout(note_form)
        hint = QLabel(self.tr("Write in the report what goes for the group; a note about one "
                              "participant belongs in their own file."), self.people_box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        pl.addWidget(hint)
        right.addWidget(self.people_box)
        right.addStretch(1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("groupSessionsStatus")
        self.status.setWordWrap(True)
        self.close_button = make_button(self.tr("&Close"), "closeGroupSessionsButton", self)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        # Enter in a field must never press a button that removes or closes something.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        fit_to_screen(self, 1180, 690, splitter=splitter, left_share=0.42)
        self.refresh()
        self.new_button.setFocus()

    # ------------------------------------------------------------------ content
    def refresh(self, select: str | None = None) -> None:
        self.saver.flush()
        candidates = groups_svc.candidates(self.store)
        seen: dict[str, int] = {}
        for _pid, name in candidates:
            seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
        self._names = {}
        for pid, name in candidates:
            label = name if seen[name.casefold()] == 1 else f"{name} ({pid[:4]})"
            self._names[label] = pid
        self.completer.setModel(QStringListModel(sorted(self._names, key=str.casefold),
                                                 self.completer))
        self._refresh_rows(select or self.session_id)

    def _refresh_rows(self, select: str | None = None) -> None:
        kind = GROUP_SESSION.field("kind")
        rows = []
        for s in groups_svc.sessions(self.store):
            present = sum(1 for a, _p in groups_svc.attendance(self.store, s["id"]) if a.get("present"))
            rows.append(Row(s["id"], (format_date(s.get("date")),
                                      kind.choice_label(s.get("kind") or "", get_language()),
                                      Cell(s.get("theme") or "", tooltip=s.get("theme") or ""),
                                      str(present))))
        self.table.blockSignals(True)
        self.table.set_rows(rows)
        row = self.table.row_of(select)
        if row < 0 and rows:
            row = 0
        self.table.set_current_row(row)
        self.table.blockSignals(False)
        new_id = self.table.row_id(row)
        if new_id != self.session_id or not self.binding.pending:
            self._show(new_id)

    def _show(self, session_id: str | None) -> None:
        record = groups_svc.get(self.store, session_id)
        self.session_id = record["id"] if record else None
        self.binding.load(self.session_id, record)
        for w in (self.form_box, self.people_box, self.remove_button):
            w.setEnabled(record is not None)
        self._show_share(record)
        self._load_services(record)
        self._load_people()

    def _show_share(self, record) -> None:
        minutes = (record or {}).get("minutes_per_participant")
        self.share_label.setText(
            self.tr("%1 minutes (the duration shared by those present)").replace("%1", str(minutes))
            if minutes is not None else self.tr("(fill in the duration and who was there)"))

    def _load_people(self) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        if self.session_id:
            for attendance, person in groups_svc.attendance(self.store, self.session_id):
                item = QListWidgetItem(full_name(person), self.people)
                item.setData(Qt.ItemDataRole.UserRole, attendance["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if attendance.get("present")
                                   else Qt.CheckState.Unchecked)
        if self.people.count():
            self.people.setCurrentRow(0)
        self.people.blockSignals(False)
        self.remove_person_button.setEnabled(self.people.count() > 0)
        self._show_note()

    def _show_note(self) -> None:
        """The note about the selected participant (private, theirs: erased with them)."""
        self.saver.flush()
        item = self.people.currentItem()
        attendance_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        record = groups_svc.get_attendance(self.store, attendance_id)
        self.note_binding.load(record["id"] if record else None, record)

    def _load_services(self, record) -> None:
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(nobody else)"), None)
        for row in social_map.all_services(self.store):
            self.service_combo.addItem(social_map.display_name(row), row["id"])
        chosen = (record or {}).get("service_id")
        index = self.service_combo.findData(chosen) if chosen else 0
        self.service_combo.setCurrentIndex(max(0, index))
        self.service_combo.blockSignals(False)

    def _on_service_chosen(self) -> None:
        if self.session_id is not None:
            self.ops.call(self.tr("Group sessions"), groups_svc.save_session, self.store,
                          self.session_id, {"service_id": self.service_combo.currentData()})

    def _after_saved(self, record) -> None:
        self._show_share(groups_svc.get(self.store, record["id"]))
        self._refresh_rows(select=record["id"])

    def attendee_names(self) -> list[str]:
        return [self.people.item(i).text() for i in range(self.people.count())]

    # ------------------------------------------------------------------ editing
    def new_session(self) -> str | None:
        self.saver.flush()
        dialog = RecordDialog("group_session", NEW_FIELDS, self.tr("New group session"), self,
                              values={"date": self.today.isoformat(), "kind": "werkclub"})
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        row = self.ops.call(self.tr("New group session"), groups_svc.add_session, self.store,
                            dialog.result_values, changes=Changes.of(["group_session"]))
        if not row:
            return None
        self._refresh_rows(row["id"])
        self.person_input.setFocus()
        return row["id"]

    def remove_session(self) -> None:
        title = self.tr("Remove session")

        def remove(session_id: str) -> None:
            ids = [a["participant_id"] for a, _p in groups_svc.attendance(self.store, session_id)]
            self.ops.call(title, groups_svc.remove_session, self.store, session_id,
                          changes=Changes.of(["group_session", "group_attendance"], ids))

        if self._remove_shown(title, self.tr(
                "Remove this session and its list of participants? It stays in the history and "
                "can be restored."), remove):
            self.session_id = None
            self._refresh_rows()

    def add_typed_person(self) -> bool:
        text = " ".join(self.person_input.text().split())
        if not text or self.session_id is None:
            return False
        pid = self._names.get(text) or next(
            (p for label, p in self._names.items() if label.casefold() == text.casefold()), None)
        if pid is None:
            matches = [p for label, p in self._names.items() if text.casefold() in label.casefold()]
            pid = matches[0] if len(matches) == 1 else None
        if pid is None:
            self.people_error.setText(self.tr("No one in the caseload is called '%1'. Choose a "
                                              "name from the list.").replace("%1", text))
            self.people_error.show()
            return False
        self.people_error.hide()
        try:
            groups_svc.add_attendee(self.store, self.session_id, pid)
        except (ValidationFailed, UserError) as err:
            self.people_error.setText(str(err))
            self.people_error.show()
            return False
        self.person_input.clear()
        self._changed(pid)
        self._load_people()
        self._show_share(groups_svc.get(self.store, self.session_id))
        self._refresh_rows(self.session_id)
        return True

    def _on_present_changed(self, item: QListWidgetItem) -> None:
        attendance_id = item.data(Qt.ItemDataRole.UserRole)
        row = self.ops.call(self.tr("Who was there"), groups_svc.set_present, self.store,
                            attendance_id, item.checkState() == Qt.CheckState.Checked)
        if row:
            self._changed(row["participant_id"])
        self._show_share(groups_svc.get(self.store, self.session_id))
        self._refresh_rows(self.session_id)

    def remove_selected_person(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        row = groups_svc.remove_attendee(self.store, item.data(Qt.ItemDataRole.UserRole))
        self._changed(row["participant_id"])
        self._load_people()
        self._show_share(groups_svc.get(self.store, self.session_id))
        self._refresh_rows(self.session_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if obj is self.person_input and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer.popup()
            if popup.isVisible():
                index = popup.currentIndex()
                if index.isValid():
                    self.person_input.setText(index.data())
                popup.hide()
            self.add_typed_person()
            return True
        return super().eventFilter(obj, event)

    def _changed(self, participant_id: str) -> None:
        """Tell the window: the participant's Network tab lists this session."""
        self.ops.call(self.tr("Group sessions"), lambda: None,
                      changes=Changes.of(["group_attendance", "group_session"], [participant_id]))

    def done(self, result: int) -> None:
        self.saver.flush()
        super().done(result)

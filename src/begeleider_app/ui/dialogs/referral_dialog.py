"""A new referral (doorverwijzing): find the service on the sociale kaart, say why, and go.

Made for the keyboard: the focus starts in the search field; typing filters the services and
selects the first match, the arrow keys move through the list without leaving the field, and
Enter records the referral (status aangemeld, today) once a service is chosen. Tab reaches
the other fields: contact person, date, status, goal, reason, follow-up date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import REFERRAL, SERVICE
from ...domain.messages import get_language
from ...domain.validation import FieldError, clean_value
from ...services import goals as goals_svc
from ...services import social_map
from ...storage.repository import Store
from ..widgets.buttons import make_button
from ..widgets.field_widgets import FieldEditor, add_editor_row
from ..widgets.fit import fit_dialog
from .footer import add_footer
from .record_dialog import RecordDialog

EDITED_FIELDS = ("referred_on", "status", "reason", "follow_up_on")


class NewReferralDialog(QDialog):
    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.today = today or date.today()
        self.result_values: dict[str, Any] = {}
        self.setObjectName("newReferralDialog")
        self.setWindowTitle(self.tr("New referral"))
        self.setAccessibleName(self.tr("New referral"))
        lang = get_language()
        layout = QVBoxLayout(self)
        find_label = QLabel(self.tr("&Find a service on the local map:"), self)
        layout.addWidget(find_label)
        self.search = QLineEdit(self)
        self.search.setObjectName("referralServiceSearch")
        self.search.setAccessibleName(self.tr("Find a service"))
        self.search.setPlaceholderText(self.tr("name, kind, region or what they offer"))
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        layout.addWidget(self.search)
        self.services = QListWidget(self)
        self.services.setObjectName("referralServiceList")
        self.services.setAccessibleName(self.tr("Services"))
        self.services.setMinimumHeight(150)
        layout.addWidget(self.services)
        self.add_service_button = make_button(self.tr("New &service on the local map..."),
                                              "referralNewService", self)
        self.add_service_button.clicked.connect(self.add_service)
        layout.addWidget(self.add_service_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.contact = QComboBox(self)
        self.contact.setObjectName("referralContact")
        self.contact.setAccessibleName(REFERRAL.field("contact_id").label(lang))
        contact_label = QLabel(REFERRAL.field("contact_id").label(lang), self)
        contact_label.setBuddy(self.contact)
        form.addRow(contact_label, self.contact)
        self.editors: dict[str, FieldEditor] = {}
        for name in EDITED_FIELDS:
            editor = FieldEditor(REFERRAL.field(name), "new_referral", self)
            self.editors[name] = editor
            add_editor_row(form, editor)
        self.editors["referred_on"].set_value(self.today.isoformat())
        self.editors["status"].set_value("aangemeld")
        self.goal = QComboBox(self)
        self.goal.setObjectName("referralGoal")
        self.goal.setAccessibleName(REFERRAL.field("goal_id").label(lang))
        self.goal.addItem(self.tr("(no goal)"), None)
        for g in goals_svc.goals_for(store, participant_id):
            text = " ".join((g.get("text") or "").split())
            self.goal.addItem(text if len(text) <= 70 else text[:67] + "...", g["id"])
        goal_label = QLabel(REFERRAL.field("goal_id").label(lang), self)
        goal_label.setBuddy(self.goal)
        form.insertRow(3, goal_label, self.goal)
        self.error, self.buttons = add_footer(self, layout, error_name="referralErrors",
                                              on_ok=self.accept)
        for which, name in ((QDialogButtonBox.StandardButton.Ok, "okButton"),
                            (QDialogButtonBox.StandardButton.Cancel, "cancelButton")):
            button = self.buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", ""))
        self.search.textChanged.connect(self.filter)
        self.services.currentItemChanged.connect(lambda *_: self._load_contacts())
        # Once a message shows, it follows what the coach fixes: no stale "choose a service".
        self.services.currentItemChanged.connect(lambda *_: self._recheck())
        for editor in self.editors.values():
            editor.edited.connect(self._recheck)
        self.search.installEventFilter(_ArrowsToList(self.services, self))
        # Keyboard order: find the service, say why, then the details; the list and "new
        # service" come last (the arrow keys already move through the list from the search).
        order = [self.search, self.editors["reason"].input, self.editors["status"].input,
                 self.editors["referred_on"].input, self.editors["follow_up_on"].input, self.goal,
                 self.contact, self.services, self.add_service_button,
                 *self.buttons.buttons()]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.filter("")
        fit_dialog(self, (560, 660))
        self.search.setFocus()

    # ------------------------------------------------------------------ services
    def filter(self, text: str) -> None:
        current = self.service_id()
        self.services.clear()
        kind = SERVICE.field("kind")
        for row in social_map.search(self.store, text):
            label = f"{social_map.display_name(row)}  ·  {kind.choice_label(row.get('kind') or '', get_language())}"
            if row.get("region"):
                label += f"  ·  {row['region']}"
            item = QListWidgetItem(label, self.services)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            if row["id"] == current:
                self.services.setCurrentItem(item)
        if self.services.currentItem() is None and self.services.count():
            self.services.setCurrentRow(0)
        self._load_contacts()

    def service_id(self) -> str | None:
        item = self.services.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(nobody in particular)"), None)
        sid = self.service_id()
        if sid:
            for c in social_map.contact_persons(self.store, sid):
                self.contact.addItem(c.get("name") or "?", c["id"])

    def add_service(self) -> None:
        dialog = RecordDialog("service", ("name", "kind", "region", "phone"),
                              self.tr("New service on the local map"), self)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        row = social_map.add(self.store, dialog.result_values)
        self.search.setText(row["name"])
        self.filter(row["name"])
        for i in range(self.services.count()):
            if self.services.item(i).data(Qt.ItemDataRole.UserRole) == row["id"]:
                self.services.setCurrentRow(i)
        self.search.setFocus()

    # ------------------------------------------------------------------ result
    def validate(self) -> bool:
        problems = []
        wrong_fields = False
        values: dict[str, Any] = {}
        sid = self.service_id()
        if not sid:
            problems.append(self.tr("Choose a service (or add one to the local map)."))
        for name, editor in self.editors.items():
            try:
                values[name] = clean_value(editor.field, editor.raw_value())
                editor.set_error(None)
            except FieldError as err:
                editor.set_error(err.message)  # shown under its field, so not again below
                wrong_fields = True
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
        else:
            self.error.hide()
        if problems or wrong_fields:
            return False
        values["service_id"] = sid
        if self.contact.currentData():
            values["contact_id"] = self.contact.currentData()
        if self.goal.currentData():
            values["goal_id"] = self.goal.currentData()
        self.result_values = {k: v for k, v in values.items() if v not in (None, "")}
        return True

    def _recheck(self) -> None:
        if self.error.isVisible() or any(e.error() for e in self.editors.values()):
            self.validate()

    def accept(self) -> None:
        if self.validate():
            super().accept()


class _ArrowsToList(QObject):
    """Up/Down/Page keys typed in the search field move the list's selection instead."""

    KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self, target: QListWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.target = target

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in self.KEYS:
            row = self.target.currentRow()
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5,
                    Qt.Key.Key_PageDown: 5}[Qt.Key(event.key())]
            if self.target.count():
                self.target.setCurrentRow(max(0, min(self.target.count() - 1, row + step)))
            return True
        return False

"""The consent register of one participant: list, add, withdraw, history.

All changes go through services.consent (versioned rows, audit without personal data).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import CONSENT_FORM, RECIPIENT_KIND, ConsentTopic, RecipientKind
from ...domain.messages import UserError, get_language
from ...domain.validation import ValidationFailed, format_date, parse_date
from ...services import consent as svc
from ...services import records
from ...storage.repository import Store
from ..widgets.fit import fit_dialog
from ..widgets.tables import DATE_SAMPLES, fit_column


class ConsentDialog(QDialog):
    """Lists the participant's consents and records new ones."""

    COLUMNS = 8

    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.today = today or date.today()
        self.lang = get_language()
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Consents"))
        self.setAccessibleName(self.tr("Consents"))
        fit_dialog(self, (920, 620))
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Nothing goes to an employer without the participant's consent. Record here who may "
            "receive what, since when and until when. A referrer (municipality, UWV) receives the "
            "trajectory facts of its assignment; private matters only with consent recorded for "
            "it. Medical information is never shared."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("consentTable")
        self.table.setAccessibleName(self.tr("Consents of this participant"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Recipient"), self.tr("Topics"), self.tr("Given on"), self.tr("Form"),
            self.tr("Expires on"), self.tr("Withdrawn on"), self.tr("Status"),
            self.tr("Kind of recipient")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (keyboard only)
        # Every column in view, never sideways: the dates, form and status are as wide as their
        # widest possible text, the recipient at most a third (elided, whole in its tooltip),
        # and the topics take the rest and wrap.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 4, 5):
            fit_column(self.table, col, DATE_SAMPLES)
        fit_column(self.table, 3, [c.label(self.lang) for c in CONSENT_FORM])
        fit_column(self.table, 6, [svc.status_label(s, self.lang) for s in svc.STATUS_LABELS])
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

        row_buttons = QHBoxLayout()
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected consent"), self)
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.setAccessibleName(self.tr("Withdraw selected consent"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.history_button = QPushButton(self.tr("Show &history"), self)
        self.history_button.setObjectName("consentHistoryButton")
        self.history_button.setAccessibleName(self.tr("Show history"))
        self.history_button.clicked.connect(self.show_history)
        row_buttons.addWidget(self.withdraw_button)
        row_buttons.addWidget(self.history_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.history_label = QLabel(self)
        self.history_label.setObjectName("consentHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.history_label)

        box = QGroupBox(self.tr("New consent"), self)
        form = QFormLayout(box)
        self.recipient = QComboBox(box)
        self.recipient.setObjectName("consentRecipient")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setEditable(True)
        self.recipient.setToolTip(self.tr("An employer or a person from the contacts, or type a name."))
        for rec in [*svc.recipients(store, participant_id),
                    *svc.referrer_recipients(store, participant_id)]:
            self.recipient.addItem(rec.name, rec)
        form.addRow(self.tr("Recipient"), self.recipient)
        # A consent counts only for reports to its kind of recipient: the handover reads
        # employer consents, the referrer report referrer consents.
        self.kind = QComboBox(box)
        self.kind.setObjectName("consentKind")
        self.kind.setAccessibleName(self.tr("Kind of recipient"))
        for choice in RECIPIENT_KIND:
            self.kind.addItem(choice.label(self.lang), choice.value)
        self.kind.setToolTip(self.tr("The consent counts only for reports to this kind of "
                                     "recipient: the handover (employer) or the report to the "
                                     "referrer (municipality, UWV)."))
        form.addRow(self.tr("Kind of recipient"), self.kind)
        self.recipient.currentIndexChanged.connect(self._kind_from_recipient)
        self._kind_from_recipient()
        topics_row = QWidget(box)
        topics_layout = QVBoxLayout(topics_row)
        topics_layout.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes: dict[ConsentTopic, QCheckBox] = {}
        for topic in ConsentTopic:
            check = QCheckBox(svc.topic_label(topic, self.lang), topics_row)
            check.setObjectName(f"consentTopic_{topic.value}")
            check.setAccessibleName(svc.topic_label(topic, self.lang))
            if topic is ConsentTopic.PRIVATE:
                check.setToolTip(self.tr("Only when the participant explicitly agrees to share "
                                         "their private situation."))
            self.topic_boxes[topic] = check
            topics_layout.addWidget(check)
        form.addRow(self.tr("Topics"), topics_row)
        self.given_on = QLineEdit(format_date(self.today), box)
        self.given_on.setObjectName("consentGivenOn")
        self.given_on.setAccessibleName(self.tr("Given on"))
        form.addRow(self.tr("Given on (dd-mm-yyyy)"), self.given_on)
        self.form_choice = QComboBox(box)
        self.form_choice.setObjectName("consentForm")
        self.form_choice.setAccessibleName(self.tr("Form"))
        for choice in CONSENT_FORM:
            self.form_choice.addItem(choice.label(self.lang), choice.value)
        self.form_choice.setCurrentIndex(len(CONSENT_FORM) - 1)  # written
        form.addRow(self.tr("Form"), self.form_choice)
        self.expires_on = QLineEdit(box)
        self.expires_on.setObjectName("consentExpiresOn")
        self.expires_on.setAccessibleName(self.tr("Expires on"))
        self.expires_on.setPlaceholderText(self.tr("empty: until withdrawn"))
        form.addRow(self.tr("Expires on (dd-mm-yyyy)"), self.expires_on)
        self.notes = QLineEdit(box)
        self.notes.setObjectName("consentNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("Notes"), self.notes)
        self.add_button = QPushButton(self.tr("&Record consent"), box)
        self.add_button.setObjectName("addConsentButton")
        self.add_button.setAccessibleName(self.tr("Record consent"))
        self.add_button.clicked.connect(self.add_consent)
        form.addRow("", self.add_button)
        self.error = QLabel(box)
        self.error.setObjectName("consentError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow("", self.error)
        layout.addWidget(box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("consentButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # ------------------------------------------------------------------ list
    def reload(self) -> None:
        self.rows = svc.consents(self.store, self.participant_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            form = next((c.label(self.lang) for c in CONSENT_FORM if c.value == row.get("form")), "")
            values = [
                row.get("recipient_name") or "",
                ", ".join(svc.topic_label(t, self.lang) for t in row.get("topics") or []),
                format_date(row.get("given_on")), form, format_date(row.get("expires_on")),
                format_date(row.get("withdrawn_on")),
                svc.status_label(svc.status(row, self.today), self.lang),
                svc.kind_label(svc.kind_of(row), self.lang).split(" (")[0],  # short: "Verwijzer"
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self._fit_recipient_column()
        self.table.resizeRowsToContents()
        self.withdraw_button.setEnabled(bool(self.rows))
        self.history_button.setEnabled(bool(self.rows))

    def _fit_recipient_column(self) -> None:
        names = [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
        widest = max((self.table.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        self.table.horizontalHeader().resizeSection(0, min(widest + 16, max(140, self.table.width() // 3)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_recipient_column()
        self.table.resizeRowsToContents()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # ------------------------------------------------------------------ actions
    def _kind_from_recipient(self) -> None:
        data = self.recipient.currentData()
        role = data.role if isinstance(data, svc.Recipient) else ""
        kind = RecipientKind.REFERRER if role == "verwijzer" else RecipientKind.EMPLOYER
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))

    def _recipient_values(self) -> dict[str, object]:
        text = self.recipient.currentText().strip()
        data = self.recipient.currentData()
        kind = {"recipient_kind": self.kind.currentData()}
        if isinstance(data, svc.Recipient) and data.name == text:
            return {"recipient_contact_id": data.contact_id, "recipient_name": data.name, **kind}
        return {"recipient_contact_id": None, "recipient_name": text, **kind}

    def add_consent(self) -> bool:
        """Record the consent from the form; errors are shown under the form (nothing lost)."""
        self.error.clear()
        try:
            given = parse_date(self.given_on.text())
            expires = parse_date(self.expires_on.text())
        except ValueError:
            self.error.setText(self.tr("Write dates as day-month-year, e.g. 28-02-2026."))
            return False
        values = {
            **self._recipient_values(),
            "topics": [t.value for t, box in self.topic_boxes.items() if box.isChecked()],
            "given_on": given.isoformat() if given else None,
            "form": self.form_choice.currentData(),
            "expires_on": expires.isoformat() if expires else None,
            "notes": self.notes.text().strip() or None,
        }
        try:
            svc.add_consent(self.store, self.participant_id, values)
        except ValidationFailed as err:
            self.error.setText("\n".join(err.errors.values()))
            return False
        except UserError as err:
            self.error.setText(err.message())
            return False
        for box in self.topic_boxes.values():
            box.setChecked(False)
        self.notes.clear()
        self.reload()
        return True

    def withdraw_selected(self) -> None:
        consent_id = self.selected_id()
        if consent_id is None:
            self.error.setText(self.tr("Select a consent in the list first."))
            return
        try:
            svc.withdraw_consent(self.store, consent_id, self.today)
        except (ValidationFailed, UserError) as err:
            self.error.setText(str(err))
            return
        self.reload()

    def show_history(self) -> None:
        consent_id = self.selected_id()
        if consent_id is None:
            self.history_label.setText(self.tr("Select a consent in the list first."))
            return
        versions = records.history(self.store, "consent", consent_id)
        if not versions:
            self.history_label.setText(self.tr("No earlier versions."))
            return
        lines = [self.tr("Earlier versions (newest first):")]
        withdrawn = self.tr("withdrawn")
        for v in versions:
            line = f"{format_date(v['_replaced_at'][:10])}: {svc.describe(v, self.lang)}"
            if v.get("withdrawn_on"):
                line += f" · {withdrawn} {format_date(v['withdrawn_on'])}"
            lines.append(line)
        self.history_label.setText("\n".join(lines))

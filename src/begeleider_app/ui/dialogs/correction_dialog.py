"""Correction at the participant's request: a new value with a note; the old value stays in
history with that note (services.privacy.correct)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import display
from ...domain.fields import ENTITIES, FieldType
from ...domain.messages import UserError, get_language
from ...domain.validation import ValidationFailed
from ...services import privacy, records
from ...services.participants import intake_for
from ...storage.repository import Store
from ..widgets.fit import fit_dialog
from .footer import add_footer

CORRECTABLE = (FieldType.TEXT, FieldType.LONGTEXT, FieldType.DATE, FieldType.INT)


class CorrectionDialog(QDialog):
    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correction at the participant's request"))
        fit_dialog(self, (560, 260))
        lang = get_language()
        intake = intake_for(store, participant_id)
        self.records = {"participant": participant_id, "intake": intake["id"]}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The old value is kept in the history with your note."), self)
        intro.setObjectName("correctionIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.field = QComboBox(self)
        self.field.setObjectName("correctionField")
        self.field.setAccessibleName(self.tr("Field to correct"))
        for entity in ("participant", "intake"):
            ent = ENTITIES[entity]
            for fld in ent.fields:
                if fld.type in CORRECTABLE and fld.name != "participant_id":
                    self.field.addItem(f"{ent.label(lang)}: {fld.label(lang)}", f"{entity}.{fld.name}")
        self.current = QLabel(self)
        self.current.setObjectName("correctionCurrent")
        self.current.setWordWrap(True)
        self.value = QLineEdit(self)
        self.value.setObjectName("correctionValue")
        self.value.setAccessibleName(self.tr("Correct value"))
        self.note = QLineEdit(self)
        self.note.setObjectName("correctionNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. at the participant's request, phone call of today"))
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Now stored"), self.current)
        form.addRow(self.tr("Correct value"), self.value)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.error, _buttons = add_footer(self, layout, error_name="correctionError", on_ok=self.apply)
        self.field.currentIndexChanged.connect(self._show_current)
        self._show_current()

    def _show_current(self) -> None:
        entity, name = str(self.field.currentData()).split(".", 1)
        row = records.get(self.store, entity, self.records[entity]) or {}
        value = display(entity, name, row.get(name), get_language())
        self.current.setText(value or self.tr("(empty)"))
        self.value.setText(value)

    def apply(self) -> None:
        entity, name = str(self.field.currentData()).split(".", 1)
        try:
            privacy.correct(self.store, entity, self.records[entity], {name: self.value.text()},
                            note=self.note.text())
        except ValidationFailed as err:
            self.error.setText("; ".join(err.errors.values()))
            self.error.show()
            return
        except UserError as err:
            self.error.setText(err.message())
            self.error.show()
            return
        self.accept()

"""A small dialog that asks for a new record's fields, built from the field declarations.

Used for a new participant, a new goal, a work-history or education entry. OK checks every
field; wrong or missing values get their Dutch message under the field and the dialog stays
open with everything typed still there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.fields import ENTITIES, Field
from ...domain.validation import FieldError, clean_value
from ..widgets.field_widgets import FieldEditor, add_editor_row
from ..widgets.fit import fit_dialog


class RecordDialog(QDialog):
    def __init__(
        self, entity: str, fields: Iterable[str], title: str, parent: QWidget | None = None,
        *, intro: str = "", values: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.entity = ENTITIES[entity]
        self.setWindowTitle(title)
        self.setObjectName(f"recordDialog_{entity}")
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.editors: dict[str, FieldEditor] = {}
        for name in fields:
            fld: Field = self.entity.field(name)
            editor = FieldEditor(fld, f"new_{entity}", self)
            self.editors[name] = editor
            add_editor_row(form, editor)
            if values and name in values:
                editor.set_value(values[name])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("dialogButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.result_values: dict[str, Any] = {}
        fit_dialog(self)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def validate(self) -> bool:
        good: dict[str, Any] = {}
        ok = True
        for name, editor in self.editors.items():
            try:
                good[name] = clean_value(editor.field, editor.raw_value())
                editor.set_error(None)
            except FieldError as err:
                editor.set_error(err.message)
                ok = False
        if ok:
            self.result_values = {k: v for k, v in good.items() if v not in (None, "")}
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()

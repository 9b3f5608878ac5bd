"""A small dialog that asks for a new record's fields, built from the field declarations.

Used for a new participant, a new goal, a work-history or education entry. OK checks every
field (and periods: an end before its start); wrong or missing values get their Dutch
message under the field and the dialog stays open with everything typed still there. A
message goes away as soon as the coach has put the field right.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.fields import ENTITIES, Field
from ...domain.validation import FieldError, clean_value, period_errors
from ..widgets.drafts import KeepsDraft
from ..widgets.field_widgets import FieldEditor, add_editor_row
from ..widgets.fit import fit_dialog


class RecordDialog(KeepsDraft, QDialog):
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
            editor.edited.connect(lambda n=name: self._recheck(n))
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

    def draft_snapshot(self) -> dict[str, Any]:
        return {name: editor.raw_value() for name, editor in self.editors.items()}

    def apply_draft(self, snapshot: dict[str, Any]) -> None:
        for name, raw in snapshot.items():
            self.editors[name].set_raw_value(raw)

    def _check(self) -> tuple[dict[str, Any], dict[str, str]]:
        good: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, editor in self.editors.items():
            try:
                good[name] = clean_value(editor.field, editor.raw_value())
            except FieldError as err:
                errors[name] = err.message
        return good, period_errors(self.entity, good) | errors

    def _recheck(self, name: str) -> None:
        """After an edit: a message that no longer applies goes (no new ones while typing)."""
        if not any(e.error() for e in self.editors.values()):
            return
        _good, errors = self._check()
        for other, editor in self.editors.items():
            if editor.error() and other not in errors:
                editor.set_error(None)
            elif editor.error() and errors[other] != editor.error():
                editor.set_error(errors[other])

    def validate(self) -> bool:
        good, errors = self._check()
        for name, editor in self.editors.items():
            editor.set_error(errors.get(name))
        ok = not errors
        if ok:
            self.result_values = {k: v for k, v in good.items() if v not in (None, "")}
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()

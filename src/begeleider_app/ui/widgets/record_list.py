"""Repeated entries (work history, education) as an editable list: add, edit in place, remove.

Each entry is a compact form bound to its own record, saved as you type like every other
field. Removing an entry sets a tombstone: it stays in the history and can be restored.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ENTITIES, FieldType
from ...services import records
from ...storage.repository import Store
from ..dialogs.record_dialog import RecordDialog
from .autosave import AutoSaver, FormBinding
from .field_widgets import FieldEditor, field_label
from .mnemonics import mark_repeated


class RecordList(QWidget):
    """Entries of ``entity`` that belong to one participant."""

    changed = Signal()

    def __init__(
        self, store: Store, saver: AutoSaver, entity: str, fields: Sequence[str],
        add_text: str, empty_text: str, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.saver = saver
        self.entity = ENTITIES[entity]
        self.fields = list(fields)
        self.participant_id: str | None = None
        self.bindings: list[FormBinding] = []
        self.setObjectName(f"recordList_{entity}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        outer.addLayout(self.rows_box)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName(f"{entity}_empty")
        self.empty_label.setStyleSheet("color: palette(mid);")
        outer.addWidget(self.empty_label)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{entity}_add")
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add_entry)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        outer.addLayout(row)
        self._frames: list[QWidget] = []

    def load(self, participant_id: str | None) -> None:
        """Show the entries of ``participant_id``. Entry forms are kept and refilled when the
        next participant is opened (building editors is what costs time, not reading)."""
        self.participant_id = participant_id
        self.add_button.setEnabled(participant_id is not None)
        rows = []
        if participant_id:
            rows = records.for_participant(self.store, self.entity.name, participant_id, order_by="created_at")
        grown = len(rows) > len(self._frames)
        for i, record in enumerate(rows):
            if i >= len(self._frames):
                self._add_frame(i)
            frame, binding = self._frames[i], self.bindings[i]
            binding.load(record["id"], record)
            frame.setProperty("row_id", record["id"])
            frame.show()
        for frame, binding in zip(self._frames[len(rows):], self.bindings[len(rows):], strict=True):
            self.saver.forget(binding)
            binding.load(None, None)
            frame.hide()
        self.empty_label.setVisible(not rows)
        if grown:
            self._order_tab_chain()

    def _order_tab_chain(self) -> None:
        """Entry forms are made when first needed, after everything else in the window, so
        Qt's Tab order (creation order) would put them last: put them where they are shown,
        between what comes before this list and its add button."""
        own = [w for frame, binding in zip(self._frames, self.bindings, strict=True)
               for w in [*(i for e in binding.editors.values() for i in e.inputs()),
                         frame.findChild(QPushButton)]]
        mine = set(own)
        before = self.add_button.previousInFocusChain()
        while before is not self.add_button and (
                before in mine or not before.focusPolicy() & Qt.FocusPolicy.TabFocus):
            before = before.previousInFocusChain()
        for first, second in pairwise([before, *own, self.add_button]):
            QWidget.setTabOrder(first, second)

    def _add_frame(self, index: int) -> None:
        frame = QFrame(self)
        frame.setObjectName(f"{self.entity.name}_entry_{index}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(6, 6, 6, 6)
        binding = self.saver.binding(self.entity.name)
        columns = 2
        for i, name in enumerate(self.fields):
            fld = self.entity.field(name)
            editor = FieldEditor(fld, f"{self.entity.name}{index}", frame)
            binding.add(editor)
            r, c = divmod(i, columns)
            if fld.type is FieldType.BOOL:
                grid.addWidget(editor, r, c * 2 + 1)
            else:
                grid.addWidget(field_label(fld, frame), r, c * 2)
                grid.addWidget(editor, r, c * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        remove = QPushButton(self.tr("Remove"), frame)
        remove.setObjectName(f"{self.entity.name}_remove_{index}")
        mark_repeated(remove)  # one per entry: reached with Tab, no Alt+letter
        remove.setAccessibleName(self.tr("Remove entry"))
        remove.clicked.connect(lambda _=False, f=frame: self.remove_entry(f.property("row_id")))
        grid.addWidget(remove, (len(self.fields) + columns - 1) // columns, 3)
        self.rows_box.addWidget(frame)
        self._frames.append(frame)
        self.bindings.append(binding)

    def add_entry(self) -> None:
        if self.participant_id is None:
            return
        dialog = RecordDialog(self.entity.name, self.fields, self.add_button.text().replace("&", ""), self)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        self.saver.flush()
        records.add(self.store, self.entity.name,
                    {**dialog.result_values, "participant_id": self.participant_id})
        self.load(self.participant_id)
        self.changed.emit()

    def remove_entry(self, row_id: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove entry"),
            self.tr("Remove this entry? It stays in the history and can be restored."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.flush()
        records.remove(self.store, self.entity.name, row_id)
        self.load(self.participant_id)
        self.changed.emit()

"""Conflicts from team sync: two coaches changed one field at the same time.

The list on the left shows every open conflict (participant, record, field); on the right the
versions stand side by side with who wrote them and when. The coach keeps one version, or
combines them in the text box; either is saved as a new edit that wins on every device.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ENTITIES, FieldType
from ...domain.messages import UserError, get_language
from ...domain.validation import ValidationFailed
from ...services import sync_status
from ...storage.repository import Store
from ...sync.conflicts import Conflict, Version, resolve
from ..widgets.fit import fit_dialog

MAX_SIDES = 3


def local_time(ts: str | None) -> str:
    if not ts:
        return ""
    try:
        moment = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return ts
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


class ConflictDialog(QDialog):
    """Open conflicts of the database, resolved one by one."""

    resolved = Signal(object)  # the Conflict that was resolved

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 participant_id: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.conflicts: list[Conflict] = []
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        fit_dialog(self, (980, 560))

        self.intro = QLabel(self.tr(
            "Two colleagues changed the same information at the same time. Both versions are "
            "kept. Choose the right one, or combine them and save."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Open conflicts"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        self.title = QLabel(right)
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.sides_box = QWidget(right)
        self.sides = QGridLayout(self.sides_box)
        self.sides.setContentsMargins(0, 0, 0, 0)
        self.side_texts: list[QPlainTextEdit] = []
        self.side_labels: list[QLabel] = []
        self.keep_buttons: list[QPushButton] = []
        for i in range(MAX_SIDES):
            box = QGroupBox(right)
            box.setObjectName(f"conflictSide{i}")
            box_layout = QVBoxLayout(box)
            who = QLabel(box)
            who.setObjectName(f"conflictWho{i}")
            who.setWordWrap(True)
            text = QPlainTextEdit(box)
            text.setObjectName(f"conflictValue{i}")
            text.setAccessibleName(self.tr("Version %1").replace("%1", str(i + 1)))
            text.setReadOnly(True)
            keep = QPushButton(self.tr("Keep this version"), box)
            keep.setObjectName(f"conflictKeep{i}")
            keep.setAccessibleName(self.tr("Keep version %1").replace("%1", str(i + 1)))
            keep.clicked.connect(lambda _c=False, n=i: self.keep(n))
            box_layout.addWidget(who)
            box_layout.addWidget(text, 1)
            box_layout.addWidget(keep)
            self.sides.addWidget(box, 0, i)
            self.side_labels.append(who)
            self.side_texts.append(text)
            self.keep_buttons.append(keep)
        self.combine_label = QLabel(self.tr("Or combine both versions:"), right)
        self.combined = QPlainTextEdit(right)
        self.combined.setObjectName("conflictCombined")
        self.combined.setAccessibleName(self.tr("Combined version"))
        self.combined.setMaximumHeight(120)
        self.combine_button = QPushButton(self.tr("Save combined version"), right)
        self.combine_button.setObjectName("conflictSaveCombined")
        self.combine_button.setAccessibleName(self.tr("Save combined version"))
        self.combine_button.clicked.connect(self.save_combined)
        self.empty = QLabel(self.tr("There are no open conflicts."), right)
        self.empty.setObjectName("conflictEmpty")
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.sides_box, 1)
        right_layout.addWidget(self.combine_label)
        right_layout.addWidget(self.combined)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.combine_button)
        right_layout.addLayout(row)
        right_layout.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("conflictButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.conflicts = sync_status.conflicts(self.store, self.participant_id)
        self.list.blockSignals(True)
        self.list.clear()
        lang = get_language()
        for c in self.conflicts:
            who = c.participant_name or self.tr("(no participant)")
            item = QListWidgetItem(f"{who}\n{c.entity_label(lang)}: {c.field_label(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.conflicts:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _display(self, conflict: Conflict, version: Version) -> str:
        if conflict.field == "deleted":
            return self.tr("Deleted") if version.value else self.tr("Kept (changed at the same time)")
        return conflict.display(version, get_language(), empty=self.tr("(empty)"))

    def _show(self, _row: int = -1) -> None:
        conflict = self.current()
        has = conflict is not None
        for widget in (self.title, self.sides_box, self.combine_label, self.combined, self.combine_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if conflict is None:
            return
        lang = get_language()
        who = conflict.participant_name or self.tr("(no participant)")
        self.title.setText(f"{who}: {conflict.entity_label(lang)}, {conflict.field_label(lang)}")
        versions = conflict.versions[:MAX_SIDES]
        for i in range(MAX_SIDES):
            box = self.sides.itemAtPosition(0, i).widget()
            box.setVisible(i < len(versions))
            if i >= len(versions):
                continue
            v = versions[i]
            name = v.coach_name or self.tr("Unknown colleague (%1)").replace("%1", v.device_id[:8])
            box.setTitle(self.tr("Version %1").replace("%1", str(i + 1)))
            self.side_labels[i].setText(
                self.tr("By %1, %2").replace("%1", name).replace("%2", local_time(v.at)))
            self.side_texts[i].setPlainText(self._display(conflict, v))
        text_like = conflict.field != "deleted" and ENTITIES[conflict.table].field(
            conflict.field).type in (FieldType.TEXT, FieldType.LONGTEXT)
        self.combine_label.setVisible(text_like)
        self.combined.setVisible(text_like)
        self.combine_button.setVisible(text_like)
        if text_like:
            parts = [str(v.value) for v in versions if v.value not in (None, "")]
            self.combined.setPlainText("\n\n".join(parts))

    # ------------------------------------------------------------------ actions
    def keep(self, index: int) -> bool:
        conflict = self.current()
        if conflict is None or index >= len(conflict.versions):
            return False
        return self._save(conflict, conflict.versions[index].value)

    def save_combined(self) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        return self._save(conflict, self.combined.toPlainText())

    def _save(self, conflict: Conflict, value: Any) -> bool:
        try:
            resolve(self.store, conflict, value)
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("Sync conflicts"), str(err))
            return False
        self.resolved.emit(conflict)
        row = self.list.currentRow()
        self.reload()
        if self.conflicts:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
        return True

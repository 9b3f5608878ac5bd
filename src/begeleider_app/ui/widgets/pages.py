"""Small pieces the network's windows share: two panes, a scrolling page, a form bound to a
record, a size that fits the screen, an intro text, a bold heading, the question before
removing something, and the behaviour of a list beside the form of its selected record."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ENTITIES
from .autosave import FormBinding
from .field_widgets import FieldEditor, add_editor_row
from .fit import VScrollArea, fit_dialog


def scroll_page(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area (named ``name``) with a widget inside; returns its layout.
    It scrolls up and down, never sideways (a 1366x768 laptop, docs/design.md)."""
    scroll = VScrollArea(parent=parent)
    scroll.setObjectName(name)
    content = QWidget(scroll)
    scroll.setWidget(content)
    return scroll, QVBoxLayout(content)


def side_by_side(parent: QWidget, name: str, layout: QBoxLayout) -> tuple[QSplitter, QVBoxLayout]:
    """A horizontal splitter (named ``name``) filling ``layout``, with its left pane made;
    returns the splitter and the left pane's layout."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName(name)
    layout.addWidget(splitter, 1)
    left = QWidget(splitter)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    return splitter, left_layout


def bound_form(title: str, name: str, binding: FormBinding, fields: Iterable[str],
               parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled form of editors for ``fields`` of the binding's entity, saved as you type."""
    box = QGroupBox(title, parent)
    box.setObjectName(name)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    entity = ENTITIES[binding.entity]
    for field_name in fields:
        editor = FieldEditor(entity.field(field_name), binding.entity, box)
        binding.add(editor)
        add_editor_row(form, editor)
    return box, form


def fit_to_screen(window: QWidget, width: int, height: int, *,
                  splitter: QSplitter | None = None, left_share: float = 0.5) -> None:
    """Size ``window`` with `fit_dialog` (at most ``width`` x ``height`` and the screen, a
    1366x768 laptop keeps the buttons in view); a splitter's panes keep their shares."""
    fit_dialog(window, (width, height))
    if splitter is not None:
        splitter.setSizes([int(width * left_share), int(width * (1 - left_share))])
        splitter.setStretchFactor(0, round(left_share * 10))
        splitter.setStretchFactor(1, round((1 - left_share) * 10))


def intro(text: str, name: str, parent: QWidget, layout: QBoxLayout) -> QLabel:
    """A wrapped explanation at the top of a window."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    layout.addWidget(label)
    return label


def heading(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before removing something; True when the coach answers Yes."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class MasterDetail:
    """A table of records (``table``, a RowsTable) beside the form of the selected one
    (``binding``, saved as you type by ``saver``). The class using it shows a record with
    ``_show(row_id)`` and connects ``table.current_row_changed`` to ``_on_row_changed``."""

    def _on_row_changed(self, row: int) -> None:
        target = self.table.row_id(row)
        # Storing the form may refresh the rows (a renamed or re-sorted record moves): the
        # record the coach chose stays chosen.
        self.saver.flush()
        if target is not None and self.table.current_id() != target:
            self.table.blockSignals(True)
            self.table.set_current_row(self.table.row_of(target))
            self.table.blockSignals(False)
        self._show(target)

    def _remove_shown(self, title: str, question: str, remove) -> bool:
        """Ask, forget what the form still holds, then ``remove()`` the shown record."""
        if self.binding.row_id is None or not confirm(self, title, question):
            return False
        self.saver.forget(self.binding)
        remove(self.binding.row_id)
        return True

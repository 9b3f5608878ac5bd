"""Common base of the participant tabs: load a participant, save as you type, clean up.

A tab subclasses `ParticipantTab` and fills `load()`. For forms it uses `self.saver` (an
`AutoSaver`) and `self.section(...)`, which builds a titled group of field editors from the
field declarations and binds them to a record: edits are then checked per field, stored
500 ms after the last keystroke and at once on leaving a field; `flush()` stores what is
still waiting (the main window calls it when switching participant and on closing).
Tabs that keep their own widgets only need `load()` (and `flush()` if they buffer edits).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...domain.fields import ENTITIES, Field
from ...domain.messages import get_language
from ...storage.repository import Store
from ..widgets.autosave import AutoSaver, FormBinding
from ..widgets.field_widgets import FieldEditor, add_editor_row


class ParticipantTab(QWidget):
    """A tab that shows one participant. Subclasses fill `load()` (and `flush()` if needed)."""

    #: emitted after something was stored, with the time as text for the status bar
    saved = Signal(str)
    #: a write failed; the message is for the coach (values are kept and retried)
    save_failed = Signal(str)
    #: something this tab stored changes what the caseload shows (name, weight, ...)
    caseload_changed = Signal()
    #: True: `load()` waits until the tab is shown (opening a participant then only builds
    #: the visible tab). Tabs whose widgets others read while hidden keep False.
    lazy = False
    #: the entities this tab shows: a change to one of them made elsewhere refreshes it
    watched: frozenset[str] = frozenset()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id: str | None = None
        self._stale = False
        self.saver = AutoSaver(store, self)
        self.saver.saved.connect(self.saved)
        self.saver.failed.connect(self.save_failed)

    @property
    def language(self) -> str:
        return get_language()

    def set_participant(self, participant_id: str | None) -> None:
        self.flush()
        self.participant_id = participant_id
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.load()

    def ensure_loaded(self) -> None:
        """Load now if a lazy tab was given a participant while hidden."""
        if self._stale:
            self._stale = False
            self.load()

    def is_loaded(self) -> bool:
        """True when the widgets show `participant_id` (a lazy tab that was hidden when the
        participant changed is not, until it is shown or `ensure_loaded()` runs)."""
        return not self._stale

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.ensure_loaded()
        super().showEvent(event)

    def load(self) -> None:
        """Fill the widgets for `self.participant_id` (None: clear and disable)."""

    def flush(self) -> None:
        """Store any edit that is still waiting for its debounce timer."""
        self.saver.flush()

    def reload(self) -> None:
        """Show the stored data again (after a restore or a change made elsewhere)."""
        self.saver.flush()
        self.load()

    def refresh(self) -> None:
        """Records this tab shows were changed elsewhere (another tab, a dialog, a sync).
        Hidden: it fills itself when shown next. On screen: at once, after storing what the
        coach typed, with the focus and the text cursor left where they were."""
        self.flush()
        if self.participant_id is None and not self._stale:
            return
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        focus = QApplication.focusWidget()
        keep = focus if focus is not None and self.isAncestorOf(focus) else None
        cursor = _cursor(keep)
        self._stale = False
        self.load()
        if keep is not None and keep.isVisible():
            keep.setFocus()
            _set_cursor(keep, cursor)

    def history_targets(self) -> list[tuple[str, str, str]]:
        """(label, entity, row id) of the records whose earlier versions can be restored."""
        return []

    # ---------------------------------------------------------------- form helpers
    def section(
        self, title: str, binding: FormBinding, fields: Iterable[Field | str],
        parent: QWidget | None = None,
    ) -> QGroupBox:
        """A titled group of editors for ``fields`` of ``binding.entity``, bound to it."""
        ent = ENTITIES[binding.entity]
        box = QGroupBox(title, parent or self)
        box.setObjectName(f"section_{binding.entity}_{_slug(title)}")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for fld in fields:
            fld = ent.field(fld) if isinstance(fld, str) else fld
            editor = FieldEditor(fld, binding.entity, box)
            binding.add(editor)
            add_editor_row(form, editor)
        return box


def _cursor(widget: QWidget | None) -> int | None:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().position()
    return None


def _set_cursor(widget: QWidget, position: int | None) -> None:
    if position is None:
        return
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")

"""Saving as you type: no save button, nothing lost.

A `FormBinding` ties field editors to one stored record. Every edit is checked at once (one
field at a time, so one wrong value never blocks the others): a wrong value shows its Dutch
message under the field and is not stored, the typed text stays. Good values wait in the
`AutoSaver`, which writes them through the repository 500 ms after the last keystroke, at
once when the coach leaves a field, and on `flush()` (switching participant, closing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.fields import ENTITIES
from ...domain.messages import UserError
from ...domain.validation import PERIODS, FieldError, ValidationFailed, clean_value, period_errors
from ...services import records
from ...storage.repository import Store
from .field_widgets import FieldEditor

DEBOUNCE_MS = 500


#: refused typed values of records not on screen: (entity, row id, field) -> (text, message)
_KEPT: dict[tuple[str, str, str], tuple[Any, str]] = {}


def forget_kept_refused() -> None:
    _KEPT.clear()


def kept_refused() -> list[str]:
    """The messages of refused values kept for records not on screen now."""
    return [message for _raw, message in _KEPT.values()]


class FormBinding(QObject):
    """Editors of one record (entity + row id) and their not-yet-stored good values."""

    def __init__(self, saver: AutoSaver, entity: str, row_id: str | None = None) -> None:
        super().__init__(saver)
        self.saver = saver
        self.entity = entity
        self.row_id = row_id
        self.editors: dict[str, FieldEditor] = {}
        self._enabled: bool | None = None  # what load() last set on the editors
        self.pending: dict[str, Any] = {}
        self.errors: dict[str, str] = {}
        #: called after a successful write with the stored record
        self.after_save: Callable[[dict[str, Any]], None] | None = None

    def add(self, editor: FieldEditor) -> FieldEditor:
        name = editor.field.name
        self.editors[name] = editor
        self._enabled = None  # the next load() sets the new editor's state too
        editor.edited.connect(lambda n=name: self._on_edited(n))
        editor.committed.connect(self.saver.flush)
        return editor

    def load(self, row_id: str | None, record: dict[str, Any] | None) -> None:
        """Show ``record`` (or clear) and forget pending edits of the previous record.

        Values autosave refused (31-02-1990) are not stored, so they live only in their field:
        they are kept aside when another record is shown and come back, with their message,
        when this record is shown again."""
        self._keep_refused()
        self.row_id = row_id
        self.pending.clear()
        self.errors.clear()
        enabled = row_id is not None
        for name, editor in self.editors.items():
            editor.set_value(record.get(name) if record else None)
        if enabled is not self._enabled:  # nothing else enables or disables these editors
            for editor in self.editors.values():
                editor.setEnabled(enabled)
            self._enabled = enabled
        self._bring_back_refused()

    def _keep_refused(self) -> None:
        if self.row_id is None:
            return
        for name, message in self.errors.items():
            editor = self.editors.get(name)
            raw = editor.raw_value() if editor is not None else None
            if raw not in (None, "", []):
                _KEPT[(self.entity, self.row_id, name)] = (raw, message)

    def _bring_back_refused(self) -> None:
        if self.row_id is None:
            return
        for name, editor in self.editors.items():
            kept = _KEPT.pop((self.entity, self.row_id, name), None)
            if kept is not None:
                editor.set_raw_value(kept[0])
                self._on_edited(name)  # its message again (or stored, if it is right now)

    def _on_edited(self, name: str) -> None:
        if self.row_id is None:
            return
        editor = self.editors[name]
        try:
            value = clean_value(editor.field, editor.raw_value())
        except FieldError as err:
            # Not stored; the typed text stays so the coach can correct it.
            self.pending.pop(name, None)
            self.errors[name] = err.message
            editor.set_error(err.message)
            return
        self.errors.pop(name, None)
        editor.set_error(None)
        self.pending[name] = value
        if name in self._period_fields:
            self._check_periods(name)
        if self.pending:
            self.saver.schedule(self)

    @property
    def _period_fields(self) -> set[str]:
        return {n for entity, start, until in PERIODS if entity == self.entity for n in (start, until)}

    def _check_periods(self, name: str) -> None:
        """An end before its start (2015 to 2010): the message goes under the end, and
        neither end is stored until the period is right; then both are."""
        values: dict[str, Any] = {}
        for other in self._period_fields & set(self.editors):
            editor = self.editors[other]
            try:
                values[other] = clean_value(editor.field, editor.raw_value())
            except FieldError:
                return  # that field shows its own message
        errors = period_errors(ENTITIES[self.entity], values, touched={name})
        for entity, start, until in PERIODS:
            if entity != self.entity or name not in (start, until) or until not in self.editors:
                continue
            if until in errors:
                for n in (start, until):
                    self.pending.pop(n, None)
                self.errors[until] = errors[until]
                self.editors[until].set_error(errors[until])
            else:
                if self.errors.pop(until, None) is not None:
                    self.editors[until].set_error(None)
                self.pending.update({n: values[n] for n in (start, until) if n in values})

    def write(self) -> bool:
        """Store pending values; returns True when something was written."""
        if not self.pending or self.row_id is None:
            return False
        changes = dict(self.pending)
        try:
            record = records.save(self.saver.store, self.entity, self.row_id, changes)
        except ValidationFailed as err:
            for name, message in err.errors.items():
                self.pending.pop(name, None)
                if name in self.editors:
                    self.editors[name].set_error(message)
            raise
        for name, value in changes.items():
            if self.pending.get(name) == value:
                del self.pending[name]
        if self.after_save is not None:
            self.after_save(record)
        return True


class AutoSaver(QObject):
    """Debounces writes of every binding of one tab."""

    #: something was stored (time as text, for the status bar)
    saved = Signal(str)
    #: a write failed (message for the coach); the values stay pending and are retried
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.store = store
        self._dirty: list[FormBinding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self.last_saved: datetime | None = None

    def binding(self, entity: str, row_id: str | None = None) -> FormBinding:
        return FormBinding(self, entity, row_id)

    def schedule(self, binding: FormBinding) -> None:
        if binding not in self._dirty:
            self._dirty.append(binding)
        self.timer.start()

    def has_pending(self) -> bool:
        return any(b.pending for b in self._dirty)

    def refused(self) -> list[tuple[FieldEditor, str]]:
        """Typed values that could not be stored (a date that does not exist, an end before
        its start), each with its message: they live only in their field until corrected."""
        out = []
        for binding in self.findChildren(FormBinding):
            if binding.row_id is None:
                continue
            for name, message in binding.errors.items():
                editor = binding.editors.get(name)
                if editor is not None and editor.raw_value() not in (None, "", []):
                    out.append((editor, message))
        return out

    def forget(self, binding: FormBinding) -> None:
        if binding in self._dirty:
            self._dirty.remove(binding)

    def flush(self) -> bool:
        """Write every pending value now. Returns True when everything is stored."""
        self.timer.stop()
        wrote = False
        ok = True
        for binding in list(self._dirty):
            try:
                wrote = binding.write() or wrote
            except ValidationFailed:
                wrote = True
            except UserError as err:
                ok = False
                self.failed.emit(err.message())
                continue
            except Exception as err:  # disk full, locked file: keep the values, tell the coach
                ok = False
                self.failed.emit(str(err))
                continue
            if not binding.pending:
                self._dirty.remove(binding)
        if not ok:
            self.timer.start(2000)  # retry: the values are still in the fields and in memory
        if wrote:
            self.last_saved = datetime.now()
            self.saved.emit(self.last_saved.strftime("%H:%M:%S"))
        return ok

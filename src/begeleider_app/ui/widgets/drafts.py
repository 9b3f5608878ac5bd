"""Escape never throws away what the coach typed: the dialog keeps it as a draft.

A dialog that collects a new record (an observation, a new participant, a goal) closes on
Escape, on Cancel and on the window's close button, as every desktop dialog does: a question
("close without saving?") would break that reflex and trap keyboard users. Instead, what was
typed since the dialog opened is kept in memory, and the next time the same dialog opens for
the same participant it comes back, with a line saying so and a button to start empty.

A draft belongs to one dialog kind, its title, the participant whose tab opened it, an
optional ``draft_context`` set by the caller (the placement of an observation) and the
contents the dialog started with: a draft typed for one participant never appears in
another participant's dialog, and editing one record never fills in another. Drafts live
only in this process (nothing readable is written to disk for them; the lock screen keeps
what open forms hold in memory the same way) and are dropped when the dialog is saved or
closed unchanged, and when another database file is opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .fit import first_input

_UNSET = object()
_DRAFTS: dict[tuple, Any] = {}


def forget_drafts() -> None:
    _DRAFTS.clear()


class KeepsDraft:
    """Mixin for a QDialog (put it before QDialog): keep changed contents when rejected."""

    _draft_initial: Any = _UNSET
    _draft_key: tuple | None = None
    draft_context: object = None
    draft_bar: QWidget | None = None

    # A dialog says what its contents are and how to put them back.
    def draft_snapshot(self) -> Any:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def apply_draft(self, snapshot: Any) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def draft_bar_layout(self):  # the layout the "draft restored" line goes into
        return self.layout()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._draft_initial is _UNSET:
            self._draft_initial = self.draft_snapshot()
            self._draft_key = (type(self).__name__, self.windowTitle(),  # type: ignore[attr-defined]
                               _participant_of(self), repr(self.draft_context),
                               repr(self._draft_initial))
            draft = _DRAFTS.get(self._draft_key)
            if draft is not None:
                self.apply_draft(draft)
                self._show_draft_bar()
                # The field that gets the focus would have its restored text selected, and the
                # first key typed would replace it: the cursor goes to the end instead.
                QTimer.singleShot(0, self._cursor_to_end)
        super().showEvent(event)  # type: ignore[misc]

    def has_unsaved_input(self) -> bool:
        return self._draft_initial is not _UNSET and self.draft_snapshot() != self._draft_initial

    def done(self, result: int) -> None:
        if self._draft_key is not None:
            if result == 0 and self.has_unsaved_input():  # rejected: Escape, Cancel, close
                _DRAFTS[self._draft_key] = self.draft_snapshot()
            else:
                _DRAFTS.pop(self._draft_key, None)
        super().done(result)  # type: ignore[misc]

    def _show_draft_bar(self) -> None:
        bar = QWidget(self)  # type: ignore[arg-type]
        bar.setObjectName("draftBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate(
            "KeepsDraft", "What you typed here last time, without saving, is back."), bar)
        label.setObjectName("draftRestored")
        label.setWordWrap(True)
        button = QPushButton(QCoreApplication.translate("KeepsDraft", "Start &empty"), bar)
        button.setObjectName("draftStartEmpty")
        button.setAutoDefault(False)
        button.clicked.connect(self._start_empty)
        row.addWidget(label, 1)
        row.addWidget(button)
        self.draft_bar_layout().insertWidget(0, bar)
        first = first_input(self)  # type: ignore[arg-type]
        if first is not None:  # the bar is on top, so Tab order starts there too
            QWidget.setTabOrder(button, first)
        bar.show()  # added while the dialog shows: Qt shows only the children it already had
        self.draft_bar = bar

    def _cursor_to_end(self) -> None:
        focus = self.focusWidget()  # type: ignore[attr-defined]
        if isinstance(focus, QLineEdit):
            focus.deselect()
            focus.end(False)

    def _start_empty(self) -> None:
        self.apply_draft(self._draft_initial)
        if self._draft_key is not None:
            _DRAFTS.pop(self._draft_key, None)
        if self.draft_bar is not None:
            self.draft_bar.hide()


def _participant_of(widget: Any) -> str | None:
    """The participant whose tab opened the dialog (None for team-wide dialogs)."""
    from ..tabs.base import ParticipantTab  # the tabs import the dialogs that use this

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, ParticipantTab):
            return parent.participant_id
        parent = parent.parentWidget()
    return None

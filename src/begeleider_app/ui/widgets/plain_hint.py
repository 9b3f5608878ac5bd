"""A gentle hint under a goal or action: the plain-language check (taalniveau B1) as you type.

`PlainHint` is a `WrapLabel` (empty: no height, so it costs nothing in a long form) that shows
at most two hints of `domain.plain_language` for a text: long sentences, long or uncommon
words, official words with a plain one beside them. `watch(widget)` follows a text input:
the check runs 400 ms after the last keystroke (it takes well under a millisecond; the
pause keeps a hint from flickering while a word is half typed). It never blocks anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...domain import plain_language
from .wrap_label import WrapLabel

HINT_STYLE = "color: #7a4a00;"
DELAY_MS = 400


class PlainHint(WrapLabel):
    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent=parent)
        if name:
            self.setObjectName(name)
        self.setStyleSheet(HINT_STYLE)
        self._source: QLineEdit | QPlainTextEdit | None = None
        self._timer: QTimer | None = None

    def show_hints(self, text: str) -> None:
        """Show the hints for ``text`` now (nothing when it reads easily)."""
        hints = plain_language.summary(text or "")
        self.setText(QCoreApplication.translate("PlainHint", "Plain language: %1").replace("%1", hints)
                     if hints else "")

    def watch(self, source: QLineEdit | QPlainTextEdit) -> PlainHint:
        """Check ``source`` as the coach types."""
        self._source = source
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._check)
        source.textChanged.connect(self._timer.start)
        return self

    def _check(self) -> None:
        source = self._source
        if source is None:
            return
        self.show_hints(source.toPlainText() if isinstance(source, QPlainTextEdit) else source.text())

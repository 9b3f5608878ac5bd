"""A word-wrapped label that keeps its height fixed to what its text needs at its width.

A plain word-wrapped QLabel has "height for width": every layout above it then asks every
item for its height at each width it tries, through the whole tree, on every relayout. On
the goals tab, with a goal's text and its revision lines wrapped in every goal box, that
made opening a participant with the tab in front about 30 % slower than the same tab with
unwrapped labels (docs/benchmarks.md). This label answers "no height for width" and sets
its own fixed height when its width or its text changes, so the layouts above it stay
simple. The one cost is a second layout pass when the height changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # Coaches' own words: never read as HTML (a "<" in a goal stays a "<").
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._stale = True
        self._refit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return False

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text != self.text():
            super().setText(text)
            self._refit()

    def clear(self) -> None:
        self.setText("")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()

    def _refit(self) -> None:
        # Measuring text costs time; a label on a hidden tab (a participant's plan filled
        # while the coach looks at another tab) is measured when it is shown.
        if self.isVisible():
            self._fit()
        else:
            self._stale = True

    def _fit(self) -> None:
        # As QLabel measures plain text, but not QLabel.heightForWidth: that never answers
        # less than the minimum height, which is the fixed height set here last time.
        text = self.text()
        height = 0
        if text:
            margins = self.contentsMargins()
            extra = 2 * max(0, self.margin())
            width = max(1, self.width() - margins.left() - margins.right() - extra)
            # QLabel always draws with TextExpandTabs (not part of alignment()): a pasted tab
            # measured without it came out narrower and the last line was cut off.
            flags = int(self.alignment() | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs)
            height = (self.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()
                      + margins.top() + margins.bottom() + extra)
        self._stale = False
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

"""A row of buttons or check boxes that wraps onto more lines when it gets narrow.

A plain row of three buttons, or a grid of five check boxes in three columns, is as wide as
all of them together: on a 1366x768 laptop with the agenda open that pushed the placement
tab, the goals and the contact-moment form wider than the window, and the window scrolled
sideways. `Reflow` puts its widgets in as many equal columns as fit its width (at least one),
so its minimum width is that of its widest widget.

It has no height-for-width (which would make every layout above it measure heights per width
on each relayout, docs/design.md "Painting and layout"): it re-arranges itself when its
width changes and its height follows from the rows it then has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class Reflow(QWidget):
    """Widgets in up to ``max_columns`` equal columns, as many as fit the width."""

    def __init__(self, parent: QWidget | None = None, *, max_columns: int = 0,
                 spacing: int = 6, stretch: bool = False) -> None:
        super().__init__(parent)
        self.max_columns = max_columns  # 0: all in one row when there is room
        self.stretch = stretch  # True: the columns share the width (check boxes in a form)
        self.items: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(spacing)
        self.columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, widget: QWidget) -> QWidget:
        widget.setParent(self)
        self.items.append(widget)
        self.columns = 0
        self._arrange(self._most())
        return widget

    def _most(self) -> int:
        return min(len(self.items), self.max_columns) if self.max_columns else len(self.items)

    def _cell(self) -> int:
        return max((w.sizeHint().width() for w in self.items), default=0)

    def _fitting(self, width: int) -> int:
        cell = self._cell()
        spacing = self.grid.horizontalSpacing()
        if cell <= 0:
            return max(1, self._most())
        return max(1, min(self._most(), (width + spacing) // (cell + spacing)))

    def _arrange(self, columns: int) -> None:
        columns = max(1, columns)
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.items:
            self.grid.removeWidget(widget)
        for i, widget in enumerate(self.items):
            # at its own width, on the left of its cell (a check box is clicked on its text)
            self.grid.addWidget(widget, i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
        for col in range(max(self.grid.columnCount(), columns)):
            self.grid.setColumnStretch(col, 1 if self.stretch and col < columns else 0)
        if not self.stretch:
            self.grid.setColumnStretch(columns, 1)  # buttons keep their size, on the left
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = -(-len(self.items) // max(1, self.columns or 1))
        height = self.grid.minimumSize().height() if rows else 0
        return QSize(self._cell(), height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        most = self._most()
        spacing = self.grid.horizontalSpacing()
        return QSize(most * self._cell() + max(0, most - 1) * spacing, self.grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange(self._fitting(event.size().width()))

"""Column widths for tables whose cells come from a known set of texts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

#: samples that are at least as wide as any dd-mm-yyyy date
DATE_SAMPLES = ("00-00-0000", "28-08-2088")


def fit_column(table: QTableView, column: int, samples: Iterable[str], *, bold: bool = False) -> None:
    """Give ``column`` the width of its widest possible text, once.

    ResizeToContents measures every row again after each change, which made filling the
    tables a large part of opening a participant; dates, states and choices have a known
    widest text. The column stays resizable by the coach.
    """
    font = QFont(table.font())
    font.setBold(bold)
    cells = QFontMetrics(font)
    header = table.horizontalHeader()
    title = table.model().headerData(column, Qt.Orientation.Horizontal) if table.model() else ""
    style = table.style()
    # the cell's text margins on both sides, as the item delegate draws them
    padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 8
    width = max([cells.horizontalAdvance(s) for s in samples]
                + [QFontMetrics(header.font()).horizontalAdvance(str(title or "")) + 8])
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width + padding)

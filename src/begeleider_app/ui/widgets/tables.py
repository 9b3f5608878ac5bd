"""Read-only tables of rows (observations, contact moments) and their column widths.

`RowsTable` is a QTableView over `RowsModel`, a list of rows that each have an id and a
text per column. Filling it is one model reset; Qt only asks for the cells it paints, so a
table on a hidden tab costs nothing until it is shown. (A QTableWidget made three
QTableWidgetItems per row on every participant switch.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

CELL_MARGIN = 8
#: samples that are at least as wide as any dd-mm-yyyy date
DATE_SAMPLES = ("00-00-0000", "28-08-2088")

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Cell:
    """A cell with more than text: a tooltip, a colour, bold."""

    text: str
    tooltip: str = ""
    color: QColor | None = None
    bold: bool = False


@dataclass(frozen=True)
class Row:
    id: str
    cells: Sequence[str | Cell]


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        cell = row.cells[index.column()]
        if isinstance(cell, str):
            return cell if role == _DISPLAY else None
        if role == _DISPLAY:
            return cell.text
        if role == _TOOLTIP:
            return cell.tooltip or None
        if role == _FOREGROUND:
            return cell.color
        if role == _FONT:
            return self._bold if cell.bold else None
        return None


class RowsTable(QTableView):
    """A read-only, row-selecting table of `Row`s."""

    #: the current row changed (-1: none); blocked with the table's signals
    current_row_changed = Signal(int)

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab and Shift+Tab leave the table (arrows move within): no trap for the keyboard.
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row() if current.isValid() else -1))

    def set_rows(self, rows: list[Row]) -> None:
        self.rows_model.set_rows(rows)

    def rowCount(self) -> int:  # noqa: N802 (reads like QTableWidget's)
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        cell = self.rows_model.rows[row].cells[column]
        return cell if isinstance(cell, str) else cell.text

    def tooltip(self, row: int, column: int) -> str:
        cell = self.rows_model.rows[row].cells[column]
        return "" if isinstance(cell, str) else cell.tooltip

    def row_id(self, row: int) -> str | None:
        return self.rows_model.rows[row].id if 0 <= row < len(self.rows_model.rows) else None

    def row_of(self, row_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows_model.rows) if r.id == row_id), -1)

    def currentRow(self) -> int:  # noqa: N802
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> str | None:
        return self.row_id(self.currentRow())

    def set_current_row(self, row: int) -> None:
        """Make ``row`` current and selected (-1: none)."""
        if row < 0:
            self.selectionModel().clear()
            return
        self.selectionModel().setCurrentIndex(
            self.rows_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


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
    # The cell's text margins on both sides (focus frame and item margins) with room to spare.
    # A constant, not QStyle.pixelMetric: importing QStyle creates its 30 enums, 30 ms of the
    # start, for a few pixels.
    padding = 2 * CELL_MARGIN
    width = max([cells.horizontalAdvance(s) for s in samples]
                + [QFontMetrics(header.font()).horizontalAdvance(str(title or "")) + 8])
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width + padding)

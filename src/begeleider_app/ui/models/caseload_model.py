"""The caseload as a Qt table model: name, status, next contact moment, weight, hours.

One model lives as long as the window; `set_rows` swaps its rows (a search keystroke costs
one FTS query and one reset, no widgets are created per row). An overdue contact moment
shows in red and bold.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.fields import PARTICIPANT
from ...domain.messages import get_language
from ...domain.validation import format_date
from ...services.hours import hours_text
from ...services.participants import full_name

OVERDUE_COLOR = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, STATUS, NEXT, WEIGHT, HOURS = range(5)

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ID = ID_ROLE.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ANSWERED = frozenset((_ID, _ACCESSIBLE, _FOREGROUND, _FONT, _TOOLTIP))


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.today = today
        self._status = PARTICIPANT.field("status")
        self._weight = PARTICIPANT.field("weight")
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(OVERDUE_COLOR)
        self._today_iso = (today or date.today()).isoformat()
        self._cache = {}
        self._rows_by_id: dict[str, int] | None = None
        self._headers = (self.tr("Name"), self.tr("Status"), self.tr("Next contact"), self.tr("Weight"),
                         self.tr("Hours (3 mo.)"))

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._today_iso = (self.today or date.today()).isoformat()
        self._cache: dict[int, tuple[str, str, str, str, str, bool]] = {}
        self._rows_by_id: dict[str, int] | None = None
        self.endResetModel()

    def _row(self, i: int) -> tuple[str, str, str, str, str, bool]:
        """Display texts of a row, computed once per reset (views ask many times)."""
        cached = self._cache.get(i)
        if cached is None:
            row = self.rows[i]
            lang = get_language()
            name = full_name(row) or "?"
            native = row.get("name_native")
            # Isolate the native script so "(" and ")" stay in place around Arabic.
            name = f"{name} (\u2068{native}\u2069)" if native else name
            # A closed trajectory has no next contact, whatever was left planned.
            nxt = row.get("next_moment") if row.get("status") != "afgesloten" else None
            cached = (
                name,
                self._status.choice_label(row.get("status") or "", lang),
                format_date(nxt),
                self._weight.choice_label(row["weight"], lang) if row.get("weight") else "",
                hours_text(row["recent_minutes"]) if row.get("recent_minutes") else "",
                bool(nxt) and nxt < self._today_iso,
            )
            self._cache[i] = cached
        return cached

    def row_of(self, participant_id: str) -> int:
        if self._rows_by_id is None:  # once per set_rows: opening a participant asks each time
            self._rows_by_id = {row["id"]: i for i, row in enumerate(self.rows)}
        return self._rows_by_id.get(participant_id, -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


    def multiData(self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """All roles of one cell in one call: painting asks seven roles per visible cell, and
        answering them one `data()` call at a time made a caseload repaint twice as slow."""
        if not index.isValid():
            return
        col = index.column()
        texts = self._row(index.row())
        overdue = col == NEXT and texts[5]
        for item in span:
            role = item.role()
            if role == _DISPLAY:
                item.setData(texts[col])
            elif overdue and role == _FOREGROUND:
                item.setData(self._overdue_brush)
            elif overdue and role == _FONT:
                item.setData(self._bold)
            elif role in _ANSWERED:
                item.setData(self.data(index, role))
            else:
                item.clearData()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask about eight roles per visible cell on every repaint, so the common
        # answers come first and compare plain ints (comparing Qt enums costs more).
        if role == _DISPLAY:
            return self._row(index.row())[index.column()]
        if role not in _ANSWERED:
            return None
        if role == _ID:
            return self.rows[index.row()]["id"]
        col = index.column()
        texts = self._row(index.row())
        overdue = col == NEXT and texts[5]
        if role == _ACCESSIBLE:
            return self.tr("%1, overdue").replace("%1", texts[col]) if overdue else texts[col]
        if not overdue:
            return None
        if role == _FOREGROUND:
            return self._overdue_brush
        if role == _FONT:
            return self._bold
        return self.tr("Contact moment overdue since %1").replace("%1", texts[NEXT])  # tooltip

"""The caseload as a Qt table model: name, status, next contact moment, weight.

One model lives as long as the window; `set_rows` swaps its rows (a search keystroke costs
one FTS query and one reset, no widgets are created per row). An overdue contact moment
shows in red and bold.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.fields import PARTICIPANT
from ...domain.messages import get_language
from ...domain.validation import format_date
from ...services.participants import full_name

OVERDUE_COLOR = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, STATUS, NEXT, WEIGHT = range(4)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.today = today
        self._status = PARTICIPANT.field("status")
        self._weight = PARTICIPANT.field("weight")
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (self.tr("Name"), self.tr("Status"), self.tr("Next contact"), self.tr("Weight"))

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, participant_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row["id"] == participant_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _overdue(self, row: dict[str, Any]) -> bool:
        nxt = row.get("next_moment")
        today = (self.today or date.today()).isoformat()
        return bool(nxt) and nxt < today

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        lang = get_language()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                name = full_name(row) or "?"
                native = row.get("name_native")
                # Isolate the native script so "(" and ")" stay in place around Arabic.
                return f"{name} (\u2068{native}\u2069)" if native else name
            if col == STATUS:
                return self._status.choice_label(row.get("status") or "", lang)
            if col == NEXT:
                return format_date(row.get("next_moment"))
            if col == WEIGHT:
                return self._weight.choice_label(row.get("weight") or "", lang) if row.get("weight") else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == NEXT and self._overdue(row):
            return self.tr("Contact moment overdue since %1").replace(
                "%1", format_date(row.get("next_moment")))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            if col == NEXT and self._overdue(row):
                text = self.tr("%1, overdue").replace("%1", text)
            return text
        if col == NEXT and self._overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOR)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

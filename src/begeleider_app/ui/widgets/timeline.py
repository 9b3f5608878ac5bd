"""The aftercare timeline: planned, done and overdue contact moments on one time axis.

Shape and colour both tell the state (so it also reads in black and white or for people
who do not see colour well): done is a filled green circle with a tick, overdue a red
diamond with "!", planned an open blue circle; a dashed line marks today. Clicking a marker
emits `moment_clicked(id)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.validation import format_date

COLORS = {"done": QColor("#2e7d32"), "overdue": QColor("#b3261e"), "planned": QColor("#1f5fa8"),
          "today": QColor("#1f5fa8")}
TODAY_COLOR = QColor("#e07b00")


@dataclass(frozen=True)
class Marker:
    id: str
    day: date
    label: str
    state: str  # done, overdue, today, planned
    is_closing: bool = False


class TimelineWidget(QWidget):
    moment_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aftercareTimeline")
        self.setAccessibleName(self.tr("Aftercare timeline"))
        self.markers: list[Marker] = []
        self.today = date.today()
        self.selected: str | None = None
        self._hit: list[tuple[QRectF, str]] = []
        self.setMinimumHeight(124)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(800, 124)

    def set_markers(self, markers: list[Marker], today: date) -> None:
        self.markers = sorted((m for m in markers), key=lambda m: m.day)
        self.today = today
        counts = self.state_counts()
        self.setAccessibleDescription(
            self.tr("%1 done, %2 overdue, %3 planned")
            .replace("%1", str(counts["done"])).replace("%2", str(counts["overdue"]))
            .replace("%3", str(counts["planned"] + counts["today"])))
        self.update()

    def set_selected(self, moment_id: str | None) -> None:
        self.selected = moment_id
        self.update()

    def state_counts(self) -> dict[str, int]:
        counts = {"done": 0, "overdue": 0, "planned": 0, "today": 0}
        for m in self.markers:
            counts[m.state] = counts.get(m.state, 0) + 1
        return counts

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        self.paint(painter, QRectF(self.rect()), pal.color(QPalette.ColorRole.Base),
                   pal.color(QPalette.ColorRole.Text))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF, background: QColor, text: QColor) -> None:
        painter.fillRect(rect, background)
        self._hit = []
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        if not self.markers:
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No contact moments planned."))
            return
        days = [m.day for m in self.markers] + [self.today]
        first, last = min(days), max(days)
        left, right = rect.left() + 40, rect.right() - 40
        axis_y = rect.top() + 70

        def x_of(day: date) -> float:
            if last == first:
                return (left + right) / 2
            return left + (day - first).days / (last - first).days * (right - left)

        painter.setPen(QPen(QColor("#9aa0a6"), 2))
        painter.drawLine(QPointF(left - 20, axis_y), QPointF(right + 20, axis_y))
        # year boundaries, so dd-mm labels are never ambiguous
        painter.setPen(QPen(QColor("#9aa0a6"), 1, Qt.PenStyle.DotLine))
        for year in range(first.year + 1, last.year + 1):
            yx = x_of(date(year, 1, 1))
            painter.drawLine(QPointF(yx, axis_y - 6), QPointF(yx, rect.bottom() - 2))
            painter.drawText(QRectF(yx + 3, rect.bottom() - 16, 40, 14),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(year))
        painter.drawText(QRectF(rect.left() + 4, rect.bottom() - 16, 40, 14),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(first.year))

        tx = x_of(self.today)
        painter.setPen(QPen(TODAY_COLOR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(tx, rect.top() + 16), QPointF(tx, rect.bottom() - 4))
        painter.setPen(TODAY_COLOR)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        today_text = self.tr("today %1").replace("%1", format_date(self.today))
        tw = painter.fontMetrics().horizontalAdvance(today_text) + 8
        tleft = min(max(rect.left() + 2, tx - tw / 2), rect.right() - tw - 2)
        painter.drawText(QRectF(tleft, rect.top(), tw, 16), Qt.AlignmentFlag.AlignCenter, today_text)
        painter.setFont(font)

        last_label_right = {0: -1e9, 1: -1e9}
        for i, m in enumerate(self.markers):
            x = x_of(m.day)
            self._draw_marker(painter, QPointF(x, axis_y), m)
            self._hit.append((QRectF(x - 10, axis_y - 10, 20, 20), m.id))
            # labels alternate above and below the axis; skipped where they would overlap
            side = i % 2
            label = f"{format_date(m.day)[:5]} {m.label}"
            metrics = painter.fontMetrics()
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 150)
            w = metrics.horizontalAdvance(label) + 4
            lx = min(max(rect.left() + 2, x - w / 2), rect.right() - w - 2)
            if lx < last_label_right[side] + 6:
                continue
            last_label_right[side] = lx + w
            y = axis_y - 44 if side == 0 else axis_y + 16
            painter.setPen(COLORS.get(m.state, text) if m.state == "overdue" else text)
            painter.drawText(QRectF(lx, y, w, 16), Qt.AlignmentFlag.AlignCenter, label)

    def _draw_marker(self, painter: QPainter, c: QPointF, m: Marker) -> None:
        color = COLORS.get(m.state, COLORS["planned"])
        r = 8.0 if not m.is_closing else 10.0
        if m.id == self.selected:
            painter.setPen(QPen(QColor("#111"), 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, r + 5, r + 5)
        if m.state == "done":
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawEllipse(c, r, r)
            painter.setPen(QPen(QColor("white"), 2.2))
            painter.drawPolyline(QPolygonF([QPointF(c.x() - 4, c.y()), QPointF(c.x() - 1, c.y() + 3.5),
                                            QPointF(c.x() + 4.5, c.y() - 3.5)]))
        elif m.state == "overdue":
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r - 2), QPointF(c.x() + r + 2, c.y()),
                                           QPointF(c.x(), c.y() + r + 2), QPointF(c.x() - r - 2, c.y())]))
            painter.setPen(QColor("white"))
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(QRectF(c.x() - 6, c.y() - 8, 12, 16), Qt.AlignmentFlag.AlignCenter, "!")
            painter.restore()
        else:
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(c, r, r)
        if m.is_closing:  # the closing conversation: a flag above the marker
            painter.setPen(QPen(QColor("#444"), 1.5))
            painter.drawLine(QPointF(c.x(), c.y() - r - 2), QPointF(c.x(), c.y() - r - 14))
            painter.setBrush(QColor("#444"))
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r - 14), QPointF(c.x() + 9, c.y() - r - 11),
                                           QPointF(c.x(), c.y() - r - 8)]))

    # ------------------------------------------------------------------ clicks
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position()
        for area, moment_id in self._hit:
            if area.contains(pos):
                self.moment_clicked.emit(moment_id)
                return
        super().mousePressEvent(event)

    def marker_center(self, moment_id: str) -> QPointF | None:
        for area, mid in self._hit:
            if mid == moment_id:
                return area.center()
        return None

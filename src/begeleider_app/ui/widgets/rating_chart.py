"""Each observation item's ratings over time, as small multiples drawn with QPainter.

One small panel per item (same time axis and scale in every panel) reads better than nine
coloured lines on top of each other, also on a black-and-white print. `paint()` draws on any
QPainter, so the same code renders the widget, a QImage and a QPrinter page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.validation import format_date
from ...services.observations import ChartData, Series

LINE = QColor("#1f5fa8")
GRID = QColor("#d0d4da")
AXIS_TEXT = QColor("#444a52")
PANEL_HEIGHT = 112
MIN_PANEL_WIDTH = 250
TEXT_PX = 13
TITLE_PX = 18
LISTED = 5  # ratings per item read out in full; a longer series is summarised
DOT_GAP = 12.0  # px between ratings below which only the latest gets a dot


class RatingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingChart")
        self.setAccessibleName(self.tr("Ratings over time"))
        self.data = ChartData((1, 5), [])
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)

    # ------------------------------------------------------------------ data
    def set_data(self, data: ChartData, title: str = "") -> None:
        self.data = data
        self.title = title
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    @property
    def series(self) -> list[Series]:
        return self.data.series

    def point_count(self, key: str) -> int:
        s = self.data.by_key(key)
        return len(s.points) if s else 0

    def describe(self) -> str:
        """A text version for screen readers: each item with its ratings in order. A long
        series is told by its number of ratings and the last five: a year of weekly
        observations read out one number at a time helps nobody."""
        parts = []
        long_series = self.tr("%1: %2 ratings, the last five: %3")
        for s in self.data.series:
            values = ", ".join(f"{v:g}" for _, v in s.points[-LISTED:]) or "-"
            if len(s.points) > LISTED:
                parts.append(long_series.replace("%1", s.label).replace("%2", str(len(s.points)))
                             .replace("%3", values))
            else:
                parts.append(f"{s.label}: {values}")
        return "; ".join(parts)

    # ------------------------------------------------------------------ sizing
    def _columns(self, width: float) -> int:
        return max(1, min(3, int(width // MIN_PANEL_WIDTH)))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        n = max(1, len(self.data.series))
        rows = -(-n // self._columns(width))
        return 12 + rows * PANEL_HEIGHT

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(3 * MIN_PANEL_WIDTH, self.heightForWidth(3 * MIN_PANEL_WIDTH))

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        # The chart sits in a scroll area: only the panels in view are drawn.
        self.paint(painter, QRectF(self.rect()), background=pal.color(QPalette.ColorRole.Base),
                   text=pal.color(QPalette.ColorRole.Text), exposed=QRectF(event.rect()))
        painter.end()

    def to_image(self, width: int = 1200, height: int | None = None) -> QImage:
        height = height or self.heightForWidth(width) + (40 if self.title else 0)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, height), with_title=True)
        painter.end()
        return image

    def print_to(self, printer) -> None:
        """Draw on a QPrinter (or any QPagedPaintDevice): title and panels on one page."""
        painter = QPainter(printer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = printer.pageRect(printer.Unit.DevicePixel)
        # Lay out in "screen" units and scale, so text keeps the same proportion on paper.
        width = 900.0
        scale = page.width() / width
        height = page.height() / scale
        rows = -(-max(1, len(self.data.series)) // self._columns(width))
        panel = max(PANEL_HEIGHT, min(240.0, (height - 90) / rows))
        painter.scale(scale, scale)
        self.paint(painter, QRectF(0, 0, width, height), with_title=True, panel_height=panel,
                   subtitle=self.tr("Scale %1 to %2; \"not seen\" has no point. Printed on %3.")
                   .replace("%1", str(self.data.scale[0])).replace("%2", str(self.data.scale[1]))
                   .replace("%3", format_date(date.today())))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF, *, background: QColor | None = None,
              text: QColor | None = None, with_title: bool = False,
              panel_height: float = PANEL_HEIGHT, subtitle: str = "",
              exposed: QRectF | None = None) -> None:
        background = background or QColor("white")
        text = text or QColor("#111")
        painter.fillRect(rect, background)
        # Pixel sizes, not point sizes: they scale with the painter's transform alone, so the
        # proportions are the same on screen, in an image and on a 1200 dpi printer.
        font = QFont(self.font())
        font.setPixelSize(TEXT_PX)
        painter.setFont(font)
        top = rect.top() + 6
        if with_title and self.title:
            title_font = QFont(font)
            title_font.setPixelSize(TITLE_PX)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(text)
            painter.drawText(QRectF(rect.left() + 8, top, rect.width() - 16, 28),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
            painter.setFont(font)
            top += 34
            if subtitle:
                painter.setPen(AXIS_TEXT)
                painter.drawText(QRectF(rect.left() + 8, top - 6, rect.width() - 16, 18),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
                top += 20
        series = self.data.series
        if not series or not any(s.points for s in series):
            painter.setPen(text)
            painter.drawText(QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("No ratings yet. Add an observation to see them here."))
            return
        days = [d for s in series for d, _ in s.points]
        first, last = min(days), max(days)
        columns = self._columns(rect.width())
        cell_w = rect.width() / columns
        for i, s in enumerate(series):
            row, col = divmod(i, columns)
            cell = QRectF(rect.left() + col * cell_w, top + row * panel_height, cell_w, panel_height)
            if exposed is None or cell.intersects(exposed):
                self._panel(painter, cell.adjusted(6, 4, -6, -6), s, first, last, text)

    def _panel(self, painter: QPainter, cell: QRectF, s: Series, first: date, last: date,
               text: QColor) -> None:
        low, high = self.data.scale
        bold = QFont(painter.font())
        bold.setBold(True)
        normal = QFont(painter.font())
        painter.setFont(bold)
        painter.setPen(text)
        label_rect = QRectF(cell.left(), cell.top(), cell.width(), 18)
        metrics = painter.fontMetrics()
        label = metrics.elidedText(s.label, Qt.TextElideMode.ElideRight, int(cell.width()))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(normal)
        plot = QRectF(cell.left() + 22, cell.top() + 24, cell.width() - 30, cell.height() - 44)

        # horizontal grid with the scale values
        painter.setPen(QPen(GRID, 1))
        for v in range(low, high + 1):
            y = self._y(v, plot, low, high)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS_TEXT)
        for v in (low, high) if high - low > 4 else range(low, high + 1):
            y = self._y(v, plot, low, high)
            painter.drawText(QRectF(cell.left(), y - 8, 18, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
        # dates of the whole chart under every panel, so panels compare at a glance
        painter.drawText(QRectF(plot.left(), plot.bottom() + 3, plot.width() / 2, 16),
                         Qt.AlignmentFlag.AlignLeft, format_date(first))
        if last != first:
            painter.drawText(QRectF(plot.center().x(), plot.bottom() + 3, plot.width() / 2, 16),
                             Qt.AlignmentFlag.AlignRight, format_date(last))
        if not s.points:
            painter.setPen(AXIS_TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("not seen"))
            return
        points = [QPointF(self._x(d, plot, first, last), self._y(v, plot, low, high)) for d, v in s.points]
        if len(points) > 1:
            painter.setPen(QPen(LINE, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(points)
        # A dot per rating while the dots stand apart; a year of weekly observations puts
        # them closer than their own width, a solid band that hides the line (and costs
        # most of the paint), so then only the latest rating gets one.
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(LINE)
        spacing = (points[-1].x() - points[0].x()) / (len(points) - 1) if len(points) > 1 else DOT_GAP
        for p in points if spacing >= DOT_GAP else points[-1:]:
            painter.drawEllipse(p, 4.5, 4.5)
        # the latest value in numbers, right of the last point
        painter.setPen(text)
        painter.setFont(bold)
        last_value = s.points[-1][1]
        painter.drawText(QRectF(points[-1].x() - 30, points[-1].y() - 22, 60, 16),
                         Qt.AlignmentFlag.AlignCenter, f"{last_value:g}")
        painter.setFont(normal)

    @staticmethod
    def _x(day: date, plot: QRectF, first: date, last: date) -> float:
        if last == first:
            return plot.center().x()
        pad = 8
        span = (last - first).days
        return plot.left() + pad + (day - first).days / span * (plot.width() - 2 * pad)

    @staticmethod
    def _y(value: float, plot: QRectF, low: int, high: int) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

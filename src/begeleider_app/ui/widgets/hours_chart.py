"""Hours per month as bars, drawn with QPainter (like the rating chart).

`paint()` draws on any QPainter, so the same code renders the widget and a QImage (the
screenshot, a picture to show a team leader). The height is fixed: no height-for-width.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.hours import hours_text

BAR = QColor("#1f5fa8")
BUDGET = QColor("#b3261e")
GRID = QColor("#d0d4da")
AXIS_TEXT = QColor("#444a52")
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HEIGHT = 240


def month_label(key: str, language: str = "nl") -> str:
    """"2026-03" -> "mrt 26"."""
    year, month = key.split("-")
    names = MONTHS_EN if language == "en" else MONTHS_NL
    return f"{names[int(month) - 1]} {year[2:]}"


class HoursChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursChart")
        self.setAccessibleName(self.tr("Hours per month"))
        self.months: list[tuple[str, int]] = []  # (label, minutes)
        self.title = ""
        self.budget_per_month: int | None = None  # minutes; drawn as a line when set
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT)

    def set_data(self, months: list[tuple[str, int]], title: str = "",
                 budget_per_month: int | None = None) -> None:
        self.months = months
        self.title = title
        self.budget_per_month = budget_per_month
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """A text version for screen readers: each month with its hours."""
        return "; ".join(f"{label}: {hours_text(m)}" for label, m in self.months)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(640, HEIGHT)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        self.paint(painter, QRectF(self.rect()), pal.color(QPalette.ColorRole.Base),
                   pal.color(QPalette.ColorRole.Text))
        painter.end()

    def to_image(self, width: int = 1000, height: int = 320) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, height), QColor("white"), QColor("black"))
        painter.end()
        return image

    def paint(self, p: QPainter, area: QRectF, background: QColor, text: QColor) -> None:
        p.fillRect(area, background)
        font = QFont(self.font())
        font.setPixelSize(12)
        p.setFont(font)
        top = area.top() + 8
        if self.title:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPixelSize(15)
            p.setFont(bold)
            p.setPen(text)
            p.drawText(QRectF(area.left() + 8, top, area.width() - 16, 22),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
            p.setFont(font)
            top += 28
        if not self.months:
            return
        left, right, bottom = area.left() + 44, area.right() - 10, area.bottom() - 26
        plot_h = max(20.0, bottom - top - 16)
        peak = max([m for _l, m in self.months] + [self.budget_per_month or 0, 60])
        step_h = _nice_step(peak / 60)
        top_hours = step_h * -(-(peak / 60) // step_h)
        scale = plot_h / (top_hours * 60)
        # grid and hour labels
        p.setPen(QPen(GRID, 1))
        h = 0.0
        while h <= top_hours + 1e-9:
            y = bottom - h * 60 * scale
            p.setPen(QPen(GRID, 1))
            p.drawLine(int(left), int(y), int(right), int(y))
            p.setPen(AXIS_TEXT)
            p.drawText(QRectF(area.left(), y - 8, left - area.left() - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{h:g}")
            h += step_h
        n = len(self.months)
        slot = (right - left) / n
        bar_w = max(4.0, min(48.0, slot * 0.64))
        label_every = max(1, int(-(-44 // slot)))
        for i, (label, minutes) in enumerate(self.months):
            x = left + i * slot + (slot - bar_w) / 2
            height = minutes * scale
            p.fillRect(QRectF(x, bottom - height, bar_w, height), BAR)
            if minutes and slot >= 30:
                p.setPen(text)
                p.drawText(QRectF(x - 10, bottom - height - 16, bar_w + 20, 14),
                           Qt.AlignmentFlag.AlignCenter, hours_text(minutes))
            if i % label_every == 0:
                p.setPen(AXIS_TEXT)
                p.drawText(QRectF(left + i * slot - 10, bottom + 4, slot + 20, 16),
                           Qt.AlignmentFlag.AlignCenter, label)
        if self.budget_per_month:
            y = bottom - self.budget_per_month * scale
            p.setPen(QPen(BUDGET, 2, Qt.PenStyle.DashLine))
            p.drawLine(int(left), int(y), int(right), int(y))


def _nice_step(peak_hours: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500):
        if peak_hours / step <= 6:
            return float(step)
    return 1000.0

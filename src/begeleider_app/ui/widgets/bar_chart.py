"""A small horizontal bar chart drawn with QPainter (like the rating chart): one bar per
figure, its text at the end. A hidden small number ("<5") is drawn as a hatched stub, never
as its real length, so the chart cannot give away what the text hides."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f5fa8")
TRACK = QColor("#e8f0f7")
UNKNOWN = QColor("#9aa3ad")
ROW_PX = 20
TEXT_PX = 12


class BarChart(QWidget):
    """``set_bars([(label, value or None, text, muted)])``: muted bars (unknown) are grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.bars: list[tuple[str, float | None, str, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, float | None, str, bool]]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _v, text, _m in bars))
        self.setFixedHeight(max(ROW_PX, ROW_PX * len(self.bars)) + 4)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(260, ROW_PX * max(1, len(self.bars)) + 4)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(TEXT_PX)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_w = min(rect.width() * 0.45, max((metrics.horizontalAdvance(b[0]) for b in self.bars),
                                               default=0) + 8)
        text_w = max((metrics.horizontalAdvance(b[2]) for b in self.bars), default=0) + 8
        track_w = max(20.0, rect.width() - label_w - text_w)
        top = max((b[1] or 0 for b in self.bars), default=0) or 1
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, value, text, muted) in enumerate(self.bars):
            y = rect.top() + 2 + i * ROW_PX
            painter.setPen(text_color)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6))
            painter.drawText(QRectF(rect.left(), y, label_w - 6, ROW_PX),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            track = QRectF(rect.left() + label_w, y + 4, track_w, ROW_PX - 8)
            painter.fillRect(track, TRACK)
            if value is None and text.startswith("<"):
                stub = QRectF(track.left(), track.top(), min(track.width(), 14), track.height())
                painter.fillRect(stub, QBrush(UNKNOWN, Qt.BrushStyle.BDiagPattern))
            elif value:
                bar = QRectF(track.left(), track.top(), track.width() * min(1.0, value / top),
                             track.height())
                painter.fillRect(bar, UNKNOWN if muted else BAR)
            painter.setPen(text_color)
            painter.drawText(QRectF(track.right() + 6, y, text_w, ROW_PX),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

"""Small icons drawn in code (no image files to ship): the confidentiality padlocks."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

PRIVATE_COLOR = "#b26b00"  # amber: private, shared only with consent
HEALTH_COLOR = "#b3261e"  # red: health, never shared


def _padlock(color: str, cross: bool, size: int = 32) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(color)
    pen = QPen(c, size * 0.1)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    # shackle
    p.drawArc(QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5), 0, 180 * 16)
    p.drawLine(int(size * 0.28), int(size * 0.33), int(size * 0.28), int(size * 0.45))
    p.drawLine(int(size * 0.72), int(size * 0.33), int(size * 0.72), int(size * 0.45))
    # body
    body = QPainterPath()
    body.addRoundedRect(QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.5), 3, 3)
    p.fillPath(body, c)
    if cross:
        p.setPen(QPen(QColor("white"), size * 0.09))
        mid_x, mid_y = size * 0.5, size * 0.69
        arm = size * 0.15
        p.drawLine(int(mid_x - arm), int(mid_y), int(mid_x + arm), int(mid_y))
        p.drawLine(int(mid_x), int(mid_y - arm), int(mid_x), int(mid_y + arm))
    p.end()
    return pix


@cache
def private_icon() -> QIcon:
    return QIcon(_padlock(PRIVATE_COLOR, cross=False))


@cache
def health_icon() -> QIcon:
    return QIcon(_padlock(HEALTH_COLOR, cross=True))

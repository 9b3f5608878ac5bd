"""The network map of one participant, drawn with QPainter: the participant in the middle,
the people and services around them in groups by kind, what is active today in green.

`paint()` draws on any QPainter, so the same code renders the widget, a QImage (tests,
screenshots) and a printer or PDF page. The groups stand in two columns left and right of the
participant, each joined to the middle by a line (green when something in it is active), so
nothing overlaps however many groups there are; a map taller than its page is scaled down.
Colour is never the only sign: an active node also has a dot before its name and the legend
says so, which a black-and-white print keeps.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintDevice, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.network import MapGroup, MapNode, NetworkMap
from .rating_chart import TEXT_PX, TITLE_PX  # one type size for the program's drawings

HIGHLIGHT = QColor("#1f7a4d")  # active now
HIGHLIGHT_TEXT = QColor("#ffffff")
NODE_FILL = QColor("#ffffff")
NODE_BORDER = QColor("#9aa0a6")
NODE_TEXT = QColor("#3c4148")
GROUP_FILL = QColor("#f4f6f8")
GROUP_BORDER = QColor("#c7ccd3")
LINE = QColor("#b4bac2")
CENTER_FILL = QColor("#1f5fa8")
TEXT = QColor("#111111")

SMALL_PX = 11
NODE_H = 38.0
NODE_GAP = 5.0
GROUP_HEAD = 26.0
GROUP_PAD = 8.0
GROUP_GAP = 14.0
CENTER_W, CENTER_H = 210.0, 64.0
MAX_NODES = 6  # per group; more are summed up as "+ n more"
LEGEND_H = 28.0


@dataclass(frozen=True)
class _Box:
    group: MapGroup
    left: bool
    rect: QRectF


class NetworkMapWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkMap")
        self.setAccessibleName(self.tr("Network map"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(520, 320)
        self.data: NetworkMap | None = None
        self.title = ""
        #: (node, rectangle in device pixels of the last paint): tests and tooltips read it
        self.node_rects: list[tuple[MapNode, QRectF]] = []

    # ------------------------------------------------------------------ data
    def set_map(self, data: NetworkMap | None, title: str = "") -> None:
        self.data = data
        self.title = title
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The map as text for screen readers: each group with its people and services."""
        if self.data is None:
            return ""
        parts = []
        active = self.tr("active now")
        for g in self.data.groups:
            nodes = ", ".join(f"{n.label} ({n.detail}{'; ' + active if n.active else ''})"
                              if n.detail or n.active else n.label for n in g.nodes)
            parts.append(f"{g.title}: {nodes}")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(900, 560)

    # ------------------------------------------------------------------ output
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def to_image(self, width: int = 1200, height: int = 800) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, height), with_title=True)
        painter.end()
        return image

    def print_to(self, device: QPaintDevice, subtitle: str = "") -> None:
        """Draw the map on one page of a QPrinter or QPdfWriter (landscape suits it best)."""
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Lay out in "screen" units and scale, so text keeps its proportion on paper.
        width = 1100.0
        scale = device.width() / width
        painter.scale(scale, scale)
        self.paint(painter, QRectF(0, 0, width, device.height() / scale), with_title=True,
                   subtitle=subtitle)
        painter.end()

    # ------------------------------------------------------------------ drawing
    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)  # pixel sizes scale with the painter: same look on paper
        font.setBold(bold)
        return font

    def _group_height(self, group: MapGroup) -> float:
        rows = min(len(group.nodes), MAX_NODES + 1 if len(group.nodes) > MAX_NODES else MAX_NODES)
        return GROUP_HEAD + rows * (NODE_H + NODE_GAP) + GROUP_PAD

    def paint(self, painter: QPainter, rect: QRectF, *, with_title: bool = False,
              subtitle: str = "") -> None:
        painter.fillRect(rect, QColor("white"))
        self.node_rects = []
        top = rect.top() + 8
        if with_title and self.title:
            painter.setFont(self._font(TITLE_PX, bold=True))
            painter.setPen(TEXT)
            painter.drawText(QRectF(rect.left() + 10, top, rect.width() - 20, 26),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
            top += 30
            if subtitle:
                painter.setFont(self._font(SMALL_PX))
                painter.setPen(NODE_TEXT)
                painter.drawText(QRectF(rect.left() + 10, top, rect.width() - 20, 18),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
                top += 22
        self._legend(painter, QRectF(rect.left() + 10, rect.bottom() - LEGEND_H, rect.width() - 20,
                                     LEGEND_H - 6))
        body = QRectF(rect.left(), top, rect.width(), rect.bottom() - LEGEND_H - top)
        if self.data is None:
            return
        if not self.data.groups:
            painter.setFont(self._font(TEXT_PX))
            painter.setPen(NODE_TEXT)
            painter.drawText(body.adjusted(0, CENTER_H, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.tr("Nobody around this participant has been recorded yet: add a "
                                     "referral, a buddy or a placement."))
        # two columns, each group to the shorter one (in order), so they never overlap
        columns: list[list[MapGroup]] = [[], []]
        heights = [0.0, 0.0]
        for g in self.data.groups:
            side = 0 if heights[0] <= heights[1] else 1
            columns[side].append(g)
            heights[side] += self._group_height(g) + GROUP_GAP
        needed = max(heights + [CENTER_H + 20]) + 10
        painter.save()
        scale = min(1.0, body.height() / needed) if needed > 0 else 1.0
        if scale < 1.0:
            # shrink around the body's top centre; the layout below uses unscaled units
            painter.translate(body.center().x(), body.top())
            painter.scale(scale, scale)
            painter.translate(-body.center().x(), -body.top())
            body = QRectF(body.left() - body.width() * (1 / scale - 1) / 2, body.top(),
                          body.width() / scale, needed)
        center = QRectF(body.center().x() - CENTER_W / 2, body.center().y() - CENTER_H / 2,
                        CENTER_W, CENTER_H)
        col_w = min(380.0, (body.width() - CENTER_W - 2 * 60 - 20) / 2)
        boxes: list[_Box] = []
        for side, groups in enumerate(columns):
            total = heights[side] - GROUP_GAP if groups else 0
            y = body.center().y() - total / 2
            x = center.left() - 60 - col_w if side == 0 else center.right() + 60
            for g in groups:
                h = self._group_height(g)
                boxes.append(_Box(g, side == 0, QRectF(x, y, col_w, h)))
                y += h + GROUP_GAP
        for box in boxes:  # lines first, under the boxes
            active = box.group.active
            painter.setPen(QPen(HIGHLIGHT if active else LINE, 2.5 if active else 1.4))
            start = QPointF(center.left() if box.left else center.right(), center.center().y())
            end = QPointF(box.rect.right() if box.left else box.rect.left(),
                          box.rect.top() + GROUP_HEAD / 2)
            painter.drawLine(start, end)
        for box in boxes:
            self._group(painter, box)
        self._center(painter, center)
        painter.restore()

    def _center(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(CENTER_FILL.darker(120), 1.5))
        painter.setBrush(CENTER_FILL)
        painter.drawRoundedRect(rect, CENTER_H / 2, CENTER_H / 2)
        painter.setPen(HIGHLIGHT_TEXT)
        painter.setFont(self._font(TEXT_PX + 2, bold=True))
        name = painter.fontMetrics().elidedText(self.data.participant_name if self.data else "",
                                                Qt.TextElideMode.ElideRight, int(rect.width() - 24))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)

    def _group(self, painter: QPainter, box: _Box) -> None:
        r = box.rect
        painter.setPen(QPen(GROUP_BORDER, 1))
        painter.setBrush(GROUP_FILL)
        painter.drawRoundedRect(r, 8, 8)
        painter.setPen(TEXT)
        painter.setFont(self._font(TEXT_PX, bold=True))
        title = painter.fontMetrics().elidedText(box.group.title, Qt.TextElideMode.ElideRight,
                                                 int(r.width() - 2 * GROUP_PAD))
        painter.drawText(QRectF(r.left() + GROUP_PAD, r.top(), r.width() - 2 * GROUP_PAD, GROUP_HEAD),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        nodes = list(box.group.nodes)
        shown = nodes if len(nodes) <= MAX_NODES else nodes[:MAX_NODES]
        y = r.top() + GROUP_HEAD
        for node in shown:
            self._node(painter, QRectF(r.left() + GROUP_PAD, y, r.width() - 2 * GROUP_PAD, NODE_H),
                       node)
            y += NODE_H + NODE_GAP
        if len(nodes) > len(shown):
            painter.setPen(NODE_TEXT)
            painter.setFont(self._font(SMALL_PX))
            painter.drawText(QRectF(r.left() + GROUP_PAD, y, r.width() - 2 * GROUP_PAD, NODE_H),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+ %1 more").replace("%1", str(len(nodes) - len(shown))))

    def _node(self, painter: QPainter, rect: QRectF, node: MapNode) -> None:
        painter.setPen(QPen(HIGHLIGHT.darker(115) if node.active else NODE_BORDER, 1))
        painter.setBrush(HIGHLIGHT if node.active else NODE_FILL)
        painter.drawRoundedRect(rect, 6, 6)
        self.node_rects.append((node, painter.transform().mapRect(rect)))
        fg = HIGHLIGHT_TEXT if node.active else NODE_TEXT
        text = rect.adjusted(10, 3, -8, -3)
        if node.active:  # a dot as well as the colour: readable in black and white
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fg)
            painter.drawEllipse(QPointF(rect.left() + 13, rect.top() + 12), 3.5, 3.5)
            text = rect.adjusted(22, 3, -8, -3)
        painter.setPen(fg)
        top, bottom = QRectF(text.left(), text.top(), text.width(), 17), \
            QRectF(text.left(), text.top() + 17, text.width(), text.height() - 17)
        painter.setFont(self._font(TEXT_PX, bold=node.active))
        label = painter.fontMetrics().elidedText(node.label, Qt.TextElideMode.ElideRight,
                                                 int(text.width()))
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        if node.detail:
            painter.setFont(self._font(SMALL_PX))
            detail = painter.fontMetrics().elidedText(node.detail, Qt.TextElideMode.ElideRight,
                                                      int(text.width()))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             detail)

    def _legend(self, painter: QPainter, rect: QRectF) -> None:
        x = rect.left()
        for active, text in ((True, self.tr("active now")),
                             (False, self.tr("earlier, ended or not started"))):
            pill = QRectF(x, rect.top() + 3, 26, rect.height() - 6)
            painter.setPen(QPen(HIGHLIGHT.darker(115) if active else NODE_BORDER, 1))
            painter.setBrush(HIGHLIGHT if active else NODE_FILL)
            painter.drawRoundedRect(pill, 5, 5)
            painter.setPen(TEXT)
            painter.setFont(self._font(SMALL_PX))
            width = painter.fontMetrics().horizontalAdvance(text) + 12
            painter.drawText(QRectF(pill.right() + 6, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x = pill.right() + 6 + width + 16

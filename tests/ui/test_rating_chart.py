"""The rating chart: a dot per rating while the dots stand apart, only the latest when dense."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from begeleider_app.services.observations import ChartData, Series
from begeleider_app.ui.widgets.rating_chart import RatingChart


class _CountingPainter(QPainter):
    def __init__(self, device) -> None:
        super().__init__(device)
        self.dots = 0

    def drawEllipse(self, *args) -> None:  # noqa: N802 (Qt API)
        self.dots += 1
        super().drawEllipse(*args)

    def drawPolyline(self, *args) -> None:  # noqa: N802 (Qt API)
        self.lines = getattr(self, "lines", 0) + 1
        super().drawPolyline(*args)


def _dots(qtbot, weeks: int, width: int = 900) -> int:
    chart = RatingChart()
    qtbot.addWidget(chart)
    points = [(date(2026, 1, 5) + timedelta(weeks=i), float(1 + i % 5)) for i in range(weeks)]
    chart.set_data(ChartData((1, 5), [Series("op_tijd", "Op tijd komen", points)]))
    image = QImage(width, 200, QImage.Format.Format_ARGB32)
    painter = _CountingPainter(image)
    chart.paint(painter, QRectF(0, 0, width, 200))
    painter.end()
    return painter.dots


def test_every_rating_gets_a_dot_while_they_stand_apart(qtbot, qapp):
    assert _dots(qtbot, 8) == 8  # two months of weekly observations: ~30 px apart


def test_a_year_of_ratings_is_a_line_with_a_dot_on_the_latest(qtbot, qapp):
    # 52 ratings across a 280 px panel are ~5 px apart, less than a dot is wide.
    assert _dots(qtbot, 52) == 1


def test_only_the_panels_in_view_are_drawn(qtbot, qapp):
    """In the placement tab the chart scrolls: a repaint draws the panels it exposes."""
    chart = RatingChart()
    qtbot.addWidget(chart)
    points = [(date(2026, 1, 5) + timedelta(weeks=i), 3.0) for i in range(6)]
    chart.set_data(ChartData((1, 5), [Series(f"item{i}", f"Item {i}", points) for i in range(9)]))
    image = QImage(900, chart.heightForWidth(900), QImage.Format.Format_ARGB32)
    everything = _CountingPainter(image)
    chart.paint(everything, QRectF(0, 0, 900, image.height()))
    everything.end()
    first_row = _CountingPainter(image)
    chart.paint(first_row, QRectF(0, 0, 900, image.height()), exposed=QRectF(0, 0, 900, 60))
    first_row.end()
    assert (everything.lines, first_row.lines) == (9, 3)  # three panels per row at 900 px


def test_a_screen_reader_hears_a_long_series_as_its_count_and_last_five(qtbot, nl_app):
    chart = RatingChart()
    qtbot.addWidget(chart)
    short = [(date(2026, 1, 5) + timedelta(weeks=i), float(v)) for i, v in enumerate((2, 3, 4))]
    year = [(date(2026, 1, 5) + timedelta(weeks=i), float(1 + i % 5)) for i in range(52)]
    chart.set_data(ChartData((1, 5), [Series("op_tijd", "Op tijd komen", short),
                                      Series("taal", "Taal", year)]))
    assert chart.accessibleDescription() == (
        "Op tijd komen: 2, 3, 4; Taal: 52 scores, de laatste vijf: 3, 4, 5, 1, 2")

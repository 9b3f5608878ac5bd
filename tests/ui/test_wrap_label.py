"""WrapLabel: a wrapped label that sets its own height instead of asking its layouts to."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from begeleider_app.ui.widgets.wrap_label import WrapLabel

LONG = ("Ik kom elke werkdag om acht uur op mijn werk, ook als de bus niet rijdt, en ik bel "
        "mijn leidinggevende als ik ziek ben of later kom.")


def _window(qtbot, width: int) -> tuple[QWidget, WrapLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    box = QGroupBox("Doel 1", window)
    QVBoxLayout(window).addWidget(box)
    label = WrapLabel(parent=box)
    QVBoxLayout(box).addWidget(label)
    label.setText(LONG)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, label


def test_the_height_follows_the_width_and_the_text(qtbot, qapp):
    window, label = _window(qtbot, 900)
    line = label.fontMetrics().lineSpacing()
    assert not label.hasHeightForWidth()  # the layouts above never ask height-for-width
    wide = label.height()
    assert line <= wide < 2 * line + 4  # fits on (about) one line at 900 px

    window.resize(260, 400)
    qtbot.waitUntil(lambda: label.height() > 3 * line)  # narrow: several lines, all shown
    flags = int(label.alignment() | Qt.TextFlag.TextWordWrap)
    needed = label.fontMetrics().boundingRect(0, 0, label.contentsRect().width(), 10_000, flags, LONG).height()
    assert label.height() >= needed

    label.setText("Kort doel.")
    assert label.height() < 2 * line
    label.setText("")
    assert label.height() == 0


def test_a_coaches_text_is_never_read_as_html(qtbot, qapp):
    _window_, label = _window(qtbot, 600)
    text = "Salaris <b>minimaal</b> 1.800 euro"
    assert QtGui.Qt.mightBeRichText(text)  # a plain QLabel would have shown "minimaal" in bold
    label.setText(text)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == text


def test_a_pasted_tab_does_not_cut_off_the_last_line(qtbot, qapp):
    """QLabel draws tabs expanded; the height is measured the same way, at every width."""
    text = "Werk\tzoeken\tin de zorg of de groenvoorziening, met begeleiding op de werkvloer"
    label, reference = WrapLabel(), QLabel()
    reference.setTextFormat(Qt.TextFormat.PlainText)
    reference.setWordWrap(True)
    for each in (label, reference):
        qtbot.addWidget(each)
    label.show()
    qtbot.waitExposed(label)
    label.setText(text)
    reference.setText(text)
    short = []
    for width in range(120, 400, 10):
        label.resize(width, label.height())
        if label.height() < reference.heightForWidth(width):
            short.append((width, label.height(), reference.heightForWidth(width)))
    assert short == []

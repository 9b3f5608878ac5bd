"""Keyboard use and accessibility: shortcuts, names for assistive technology, 1366x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from begeleider_app.services import goals as gsvc
from begeleider_app.services.demo import generate_demo

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QTabBar)


@pytest.fixture
def demo_window(make_window, store):
    generate_demo(store, 12, seed=3)
    window = make_window(store)
    # The participant with the most goals shows the most widgets.
    rows = window.caseload.model.rows
    busiest = max(rows, key=lambda r: len(gsvc.goals_for(store, r["id"])))
    window.select_participant(busiest["id"])
    return window


def _is_internal(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:  # the popup list inside a combo box, a spin box's line edit
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return type(widget).__name__ == "QTableCornerButton"


def _unnamed(window) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_internal(widget) or not widget.isVisibleTo(window):
            continue
        if not widget.objectName() or not widget.accessibleName():
            problems.append(f"{type(widget).__name__} name={widget.objectName()!r} "
                            f"accessible={widget.accessibleName()!r} text={getattr(widget, 'text', lambda: '')()!r}")
    return problems


def test_every_interactive_widget_has_an_object_and_accessible_name(demo_window):
    problems = []
    for index in range(demo_window.tabs.count()):
        demo_window.tabs.setCurrentIndex(index)
        if index == 0:
            demo_window.participant_tabs[0].zrm_button.setChecked(True)
        QApplication.processEvents()
        problems += [f"tab {index}: {p}" for p in _unnamed(demo_window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_shortcuts(qtbot, demo_window, monkeypatch):
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.caseload.search
    for number in (2, 3, 4, 1):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    assert window.commands.act_new.shortcut().toString() == "Ctrl+N"
    opened = []
    monkeypatch.setattr(RecordDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["Nieuwe deelnemer"]


def test_search_as_you_type_and_status_filter(qtbot, demo_window):
    window = demo_window
    first = window.caseload.model.rows[0]
    name = first["first_name"]
    window.caseload.search.setFocus()
    qtbot.keyClicks(window.caseload.search, name[:3].lower())
    qtbot.waitUntil(lambda: all(name[:3].lower() in (r["first_name"] + " " + (r["last_name"] or "")).lower()
                                for r in window.caseload.model.rows), timeout=2000)
    assert window.caseload.model.row_of(first["id"]) >= 0
    window.caseload.search.clear()
    window.refresh_caseload()
    total = window.caseload.model.rowCount()
    window.caseload.status_filter.setCurrentIndex(window.caseload.status_filter.findData("actief"))
    rows = window.caseload.model.rows
    assert rows and all(r["status"] == "actief" for r in rows) and len(rows) < total
    assert "getoond" in window.caseload.weight_label.text()


def test_overdue_contact_moment_is_red_and_bold(demo_window):
    from datetime import date

    from begeleider_app.ui.models.caseload_model import NEXT

    model = demo_window.caseload.model
    today = date.today().isoformat()
    open_rows = [(i, r) for i, r in enumerate(model.rows) if r["status"] != "afgesloten"]
    overdue = [i for i, r in open_rows if r.get("next_moment") and r["next_moment"] < today]
    on_time = [i for i, r in open_rows if r.get("next_moment") and r["next_moment"] >= today]
    for i, r in enumerate(model.rows):
        if r["status"] == "afgesloten":  # a closed trajectory has no next contact
            assert model.data(model.index(i, NEXT)) == ""
    for row in overdue:
        index = model.index(row, NEXT)
        assert model.data(index, Qt.ItemDataRole.FontRole).bold()
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    for row in on_time:
        assert model.data(model.index(row, NEXT), Qt.ItemDataRole.FontRole) is None
    assert overdue or on_time
    # What the view paints comes through multiData (all roles of a cell in one call): the
    # overdue date must be drawn in red there too, not only answered by data().
    from PySide6.QtGui import QColor, QImage

    from begeleider_app.ui.models.caseload_model import OVERDUE_COLOR

    view = demo_window.caseload.view

    def red_pixels(row: int) -> int:
        view.scrollTo(model.index(row, NEXT))
        QApplication.processEvents()
        rect = view.visualRect(model.index(row, NEXT))
        image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
        view.viewport().render(image)
        red = QColor(OVERDUE_COLOR)
        return sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
                   if abs(QColor(image.pixel(x, y)).red() - red.red()) < 40
                   and QColor(image.pixel(x, y)).green() < 110)

    assert overdue and on_time
    assert red_pixels(overdue[0]) > 10
    assert red_pixels(on_time[0]) == 0


def test_fits_a_1366x768_screen(demo_window):
    window = demo_window
    window.resize(1366, 768)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    assert window.tabs.width() > 700

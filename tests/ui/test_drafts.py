"""Escape on a filled dialog keeps what was typed: the next opening brings it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from begeleider_app.services import observations as obs
from begeleider_app.services.participants import create_participant
from begeleider_app.ui.dialogs.observation_dialog import ObservationDialog
from begeleider_app.ui.dialogs.record_dialog import RecordDialog
from begeleider_app.ui.tabs.placements import PlacementTab


def _person(store, first):
    return create_participant(store, {"first_name": first, "last_name": "Tesfay"},
                              today=date(2027, 1, 4))["id"]


def _with_placement(store, pid):
    return obs.save_placement(store, pid, {"type": "leerwerkplek", "organisation": "Kringloop De Zuid",
                                           "start_date": "2027-01-04"})


def _drive(qtbot, steps):
    """Run ``steps(dialog)`` once the modal dialog is up (exec blocks the test)."""
    seen = []

    def when_open():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, when_open)
            return
        seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, when_open)
    return seen


def test_escape_on_an_observation_keeps_the_draft_for_that_placement_only(qtbot, store):
    first, second = _person(store, "Selam"), _person(store, "Yonas")
    for pid in (first, second):
        _with_placement(store, pid)
    tab = PlacementTab(store)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_participant(first)
    assert tab.placement_id is not None

    def type_and_escape(dialog: ObservationDialog):
        dialog.texts["what_happened"].setFocus()
        qtbot.keyClicks(dialog.texts["what_happened"], "Hielp een klant bij de kassa")
        dialog.set_rating("op_tijd", 4)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = _drive(qtbot, type_and_escape)
    assert tab.add_observation() is False  # Escape closed it, as always
    assert seen and not seen[0].isVisible()
    assert obs.observations(store, tab.placement_id) == []

    def look(dialog: ObservationDialog):
        found["text"] = dialog.texts["what_happened"].toPlainText()
        found["rating"] = dialog.groups["op_tijd"].checkedId()
        found["bar"] = dialog.draft_bar is not None and dialog.draft_bar.isVisible()
        dialog.reject()

    found: dict = {}
    _drive(qtbot, look)
    tab.add_observation()
    assert found == {"text": "Hielp een klant bij de kassa", "rating": 4, "bar": True}

    # Another participant's observation starts empty: a draft never crosses files.
    tab.set_participant(second)
    found.clear()
    _drive(qtbot, look)
    tab.add_observation()
    assert found == {"text": "", "rating": found["rating"], "bar": False}
    assert found["rating"] != 4

    # "Start empty" clears it, and then the draft is gone for good.
    tab.set_participant(first)

    def start_empty(dialog: ObservationDialog):
        qtbot.mouseClick(dialog.findChild(QPushButton, "draftStartEmpty"), Qt.MouseButton.LeftButton)
        found["after"] = dialog.texts["what_happened"].toPlainText()
        dialog.reject()

    found.clear()
    _drive(qtbot, start_empty)
    tab.add_observation()
    assert found["after"] == ""
    _drive(qtbot, look)
    tab.add_observation()
    assert found["text"] == "" and found["bar"] is False


def test_a_saved_dialog_leaves_no_draft(qtbot):
    dialog = RecordDialog("goal", ("text", "term", "capital"), "Doel toevoegen")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor("text").input, "Zelf met de bus naar het werk")
    dialog.reject()
    again = RecordDialog("goal", ("text", "term", "capital"), "Doel toevoegen")
    qtbot.addWidget(again)
    again.show()
    assert again.editor("text").raw_value() == "Zelf met de bus naar het werk"
    assert again.draft_bar is not None
    again.accept()  # valid: a goal needs only its text
    assert again.result() == 1
    third = RecordDialog("goal", ("text", "term", "capital"), "Doel toevoegen")
    qtbot.addWidget(third)
    third.show()
    assert third.editor("text").raw_value() == "" and third.draft_bar is None


def test_an_invalid_date_comes_back_as_typed(qtbot):
    dialog = RecordDialog("participant", ("first_name", "birth_date"), "Nieuwe deelnemer")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor("first_name").input, "Amanuel")
    qtbot.keyClicks(dialog.editor("birth_date").input, "31-02-1990")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = RecordDialog("participant", ("first_name", "birth_date"), "Nieuwe deelnemer")
    qtbot.addWidget(again)
    again.show()
    assert again.draft_snapshot() == {"first_name": "Amanuel", "birth_date": "31-02-1990"}
    # The bar is on top, so Shift+Tab from the first field reaches "Leeg beginnen", and the
    # restored name is not selected (the first key typed would have replaced it).
    qtbot.wait(10)
    name = again.editor("first_name").input
    assert again.focusWidget() is name and not name.hasSelectedText()
    qtbot.keyClick(name, Qt.Key.Key_Backtab)
    assert again.focusWidget().objectName() == "draftStartEmpty"


def test_another_database_file_starts_without_the_drafts_of_the_first(qtbot, window, tmp_path):
    dialog = window.commands.new_participant_dialog()
    dialog.show()
    qtbot.keyClicks(dialog.editor("first_name").input, "Jorinde")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    again = window.commands.new_participant_dialog()
    again.show()
    assert again.editor("first_name").raw_value() == "Jorinde"  # same file: the draft is back
    again.reject()
    assert window.document.new_database(tmp_path / "tweede.sqlite")
    other = window.commands.new_participant_dialog()
    other.show()
    assert other.editor("first_name").raw_value() == "" and other.draft_bar is None
    other.reject()

"""The Goals tab and its service: revisions need a reason, long plans build progressively."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit

from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import goals as gsvc
from begeleider_app.services import participants as psvc
from begeleider_app.ui.dialogs.record_dialog import RecordDialog


@pytest.fixture
def person(store):
    return psvc.create_participant(store, {"first_name": "Selam"}, today=date(2026, 9, 1))


def test_revision_needs_a_reason_and_a_new_text(store, person):
    goal = gsvc.add_goal(store, person["id"], {"text": "Ik fiets naar mijn werk."})
    with pytest.raises(ValidationFailed):
        gsvc.revise_goal(store, goal["id"], "Ik neem de bus.", "  ")
    with pytest.raises(ValidationFailed):
        gsvc.revise_goal(store, goal["id"], "Ik fiets naar mijn werk.", "geen wijziging")
    assert gsvc.revisions(store, goal["id"]) == []
    gsvc.revise_goal(store, goal["id"], "Ik neem de bus.", "Fiets is gestolen", on=date(2026, 11, 3))
    (rev,) = gsvc.revisions(store, goal["id"])
    assert (rev["previous_text"], rev["new_text"]) == ("Ik fiets naar mijn werk.", "Ik neem de bus.")
    assert gsvc.revision_line(rev) == "bijgesteld op 03-11-2026 omdat fiets is gestolen"
    assert store.repo("goal").get(goal["id"])["status"] == "bijgesteld"
    # The goal row's own history keeps the old text too.
    assert store.repo("goal").history(goal["id"])[0]["text"] == "Ik fiets naar mijn werk."


def test_removing_a_goal_tombstones_its_actions(store, person):
    goal = gsvc.add_goal(store, person["id"], {"text": "Ik haal A2."})
    action = gsvc.add_action(store, goal["id"], {"description": "Inschrijven taalschool"})
    gsvc.delete_goal(store, goal["id"])
    assert gsvc.plan(store, person["id"]) == []
    assert store.repo("action").get(action["id"], include_deleted=True)["deleted"]


def test_switching_participants_refills_the_goal_boxes_without_mixing_plans(qtbot, store, person, nl_app):
    """The goal boxes are reused for the next participant: every shown box holds the new
    plan, and a box left over from a longer plan is hidden and empty (nothing of the previous
    participant stays in a widget)."""
    from PySide6.QtWidgets import QCheckBox

    from begeleider_app.ui.tabs.goals import GoalsTab

    for i in range(7):
        goal = gsvc.add_goal(store, person["id"], {"text": f"Doel nummer {i + 1}"})
    gsvc.add_action(store, goal["id"], {"description": "Sollicitatiebrief schrijven"})
    gsvc.revise_goal(store, goal["id"], "Doel nummer 7, bijgesteld", "te vaag", on=date(2026, 10, 1))
    other = psvc.create_participant(store, {"first_name": "Bram"})
    gsvc.add_goal(store, other["id"], {"text": "Alleen dit doel"})
    tab = GoalsTab(store)
    qtbot.addWidget(tab)
    tab.show()

    def shown_texts() -> list[str]:
        boxes = [b for b in tab.findChildren(QGroupBox)
                 if b.objectName().startswith("goal_") and b.isVisible()]
        boxes.sort(key=lambda b: int(b.objectName().split("_")[1]))
        return [b.findChild(QLabel, f"{b.objectName()}_text").text() for b in boxes]

    tab.set_participant(person["id"])
    assert shown_texts() == [f"Doel nummer {i + 1}" for i in range(6)] + ["Doel nummer 7, bijgesteld"]
    boxes = tab.visible_goal_boxes()
    assert tab.findChild(QCheckBox, "goal6_action0_done").isVisible()

    half_typed = tab.findChild(QLineEdit, "goal_0_new_action")
    qtbot.keyClicks(half_typed, "Half getypte actie")
    tab.set_participant(other["id"])
    assert shown_texts() == ["Alleen dit doel"]
    assert half_typed.text() == ""  # it belonged to the other participant's goal ...
    half_typed.setFocus()
    qtbot.keyClick(half_typed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert half_typed.text() == ""  # ... and undo does not bring it back here
    assert tab.visible_goal_boxes() == boxes[:1]  # the same widgets, refilled
    left_over = boxes[6]
    assert not left_over.isVisible()
    assert left_over.findChild(QLabel, "goal_6_text").text() == ""
    assert left_over.findChild(QLabel, "goal_6_revision_0").text() == ""
    assert left_over.findChild(QLineEdit, "goal6_action0_description").text() == ""

    tab.set_participant(person["id"])  # and back: all seven again, with the action
    assert len(shown_texts()) == 7
    assert tab.findChild(QLineEdit, "goal6_action0_description").text() == "Sollicitatiebrief schrijven"
    assert tab.findChild(QLabel, "goal_6_revision_0").text().endswith("omdat te vaag")


def test_tab_walks_new_action_lines_in_their_place(qtbot, window, store):
    """Action lines are made when first needed; Tab went from the last one to the caseload
    search, skipping the new-action field and every goal after it."""
    from PySide6.QtTest import QTest

    pid = psvc.create_participant(store, {"first_name": "Selam", "last_name": "Tesfay"})["id"]
    first = store.repo("goal").insert({"participant_id": pid, "text": "Op tijd komen", "status": "open",
                                       "sort_order": 0})
    store.repo("goal").insert({"participant_id": pid, "text": "Zelf met de bus", "status": "open",
                               "sort_order": 1})
    gsvc.add_action(store, first["id"], {"description": "Wekker zetten"})
    assert window.select_participant(pid)
    window.show_tab_named("GoalsTab")
    box = window.tab_named("GoalsTab").visible_goal_boxes()[0]
    box.new_action.setFocus()
    for text in ("Rooster ophangen", "Busroute oefenen"):
        QTest.keyClicks(box.new_action, text)
        QTest.keyClick(box.new_action, Qt.Key.Key_Return)
    qtbot.wait(20)  # the new lines show once the event loop runs
    box.rows[0].binding.editors["description"].input.setFocus()
    walked = []
    for _ in range(16):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        walked.append(window.focusWidget().objectName())
    assert walked[:15] == [
        "goal0_action0_owner", "goal0_action0_due_date", "goal0_action0_remove",
        "goal0_action1_done", "goal0_action1_description", "goal0_action1_owner",
        "goal0_action1_due_date", "goal0_action1_remove",
        "goal0_action2_done", "goal0_action2_description", "goal0_action2_owner",
        "goal0_action2_due_date", "goal0_action2_remove",
        "goal_0_new_action", "goal_0_add_action"]
    assert walked[15] == "goal1_term"  # then on to the next goal


def test_after_adding_a_goal_the_focus_is_on_its_first_action(qtbot, window, store, monkeypatch):
    pid = psvc.create_participant(store, {"first_name": "Selam", "last_name": "Tesfay"})["id"]
    store.repo("goal").insert({"participant_id": pid, "text": "Op tijd komen", "status": "open",
                               "sort_order": 0})
    assert window.select_participant(pid)
    window.show_tab_named("GoalsTab")
    tab = window.tab_named("GoalsTab")

    def type_goal(dialog):
        dialog.editor("text").input.setPlainText("Zelf met de bus naar het werk")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", type_goal)
    tab.add_goal()
    boxes = tab.visible_goal_boxes()
    assert [b.goal["text"] for b in boxes] == ["Op tijd komen", "Zelf met de bus naar het werk"]
    assert window.focusWidget() is boxes[1].new_action

"""The Goals tab and its service: revisions need a reason, long plans build progressively."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import goals as gsvc
from begeleider_app.services import participants as psvc


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


def test_a_long_plan_shows_its_first_goals_at_once_and_the_rest_soon(qtbot, store, person, nl_app):
    from begeleider_app.ui.tabs.goals import FIRST_BATCH, GoalsTab

    for i in range(7):
        gsvc.add_goal(store, person["id"], {"text": f"Doel nummer {i + 1}"})
    other = psvc.create_participant(store, {"first_name": "Bram"})
    gsvc.add_goal(store, other["id"], {"text": "Alleen dit doel"})
    tab = GoalsTab(store)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_participant(person["id"])
    assert len(tab._goal_boxes) == FIRST_BATCH
    qtbot.waitUntil(lambda: len(tab._goal_boxes) == 7, timeout=3000)
    texts = [tab.findChild(QLabel, f"goal_{i}_text").text() for i in range(7)]
    assert texts == [f"Doel nummer {i + 1}" for i in range(7)]
    # Switching participant while goals are still being built never mixes two plans.
    tab.set_participant(person["id"])
    tab.set_participant(other["id"])
    qtbot.wait(50)
    boxes = [b for b in tab.findChildren(QGroupBox) if b.objectName().startswith("goal_") and b.parent()]
    assert [b.findChild(QLabel).text() for b in boxes] == ["Alleen dit doel"]

"""Tabs behind the one in front load when the coach turns to them, and then show the
participant who is open now, never the one before."""

from __future__ import annotations

from datetime import date

from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services import participants as psvc


def _person(store, first: str, organisation: str, moment: str) -> dict:
    person = psvc.create_participant(store, {"first_name": first}, today=date(2026, 9, 1))
    obs.save_placement(store, person["id"], {"organisation": organisation, "type": "leerwerkplek",
                                             "start_date": "2026-09-14"})
    ac.accept_plan(store, person["id"], [ac.ProposedMoment(moment, date(2026, 12, 1))])
    return person


def _tab(window, name: str):
    index, tab = next((i, t) for i, t in enumerate(window.participant_tabs) if type(t).__name__ == name)
    return index, tab


def test_placement_and_aftercare_load_when_shown_with_the_participant_open_now(make_window, store):
    anna = _person(store, "Anna", "Bakkerij Noord", "Eerste gesprek Anna")
    bram = _person(store, "Bram", "Groenvoorziening Zuid", "Eerste gesprek Bram")
    window = make_window(store)
    window.tabs.setCurrentIndex(0)  # the intake tab in front, as the program starts

    window.select_participant(anna["id"])
    p_index, placement = _tab(window, "PlacementTab")
    a_index, aftercare = _tab(window, "AftercareTab")
    assert not placement.is_loaded() and not aftercare.is_loaded()  # nothing done for hidden tabs

    window.tabs.setCurrentIndex(p_index)
    assert placement.is_loaded()
    assert placement.list.item(0).text().startswith("Bakkerij Noord")

    window.tabs.setCurrentIndex(0)
    window.select_participant(bram["id"])  # Anna's placement stays in the hidden widgets ...
    window.tabs.setCurrentIndex(p_index)  # ... until the tab is shown again, now with Bram's
    assert [placement.list.item(i).text().split(" ·")[0] for i in range(placement.list.count())] == [
        "Groenvoorziening Zuid"]
    window.tabs.setCurrentIndex(a_index)
    assert aftercare.is_loaded()
    shown = [aftercare.table.model().index(r, 1).data() for r in range(aftercare.table.model().rowCount())]
    assert shown == ["Eerste gesprek Bram"]

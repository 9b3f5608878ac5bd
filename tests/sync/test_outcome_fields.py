"""The outcome fields (why a trajectory ended, the ladder step at the end, "still at work" on a
contact moment) travel between laptops and become a conflict when edited concurrently."""

from __future__ import annotations

from begeleider_app.services.participants import create_participant
from begeleider_app.sync.conflicts import open_conflicts

from .conftest import sync_all


def test_outcome_fields_travel_and_conflict(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    moment = a.repo("contact_moment").insert({"participant_id": pid, "label": "Maand 6",
                                               "done_date": "2026-05-01",
                                               "work_status": "aan_het_werk"})
    a.repo("participant").update(pid, {"end_reason": "werk", "ladder_end": "5"})
    sync_all([a, b])
    assert b.get(pid)["end_reason"] == "werk" and b.get(pid)["ladder_end"] == "5"
    assert b.get(moment["id"], "contact_moment")["work_status"] == "aan_het_werk"

    a.repo("participant").update(pid, {"end_reason": "opleiding"})
    b.repo("participant").update(pid, {"end_reason": "verhuisd"})
    a.repo("contact_moment").update(moment["id"], {"work_status": "niet_meer"})
    sync_all([a, b])
    [conflict] = open_conflicts(a.store.db)
    assert (conflict.table, conflict.field) == ("participant", "end_reason")
    assert b.get(moment["id"], "contact_moment")["work_status"] == "niet_meer"
    assert a.data() == b.data()

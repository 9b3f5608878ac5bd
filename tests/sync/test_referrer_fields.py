"""The consent's recipient kind and the coach's conclusion for the referrer travel between
laptops, and concurrent edits of the same field become a conflict (issue 17)."""

from __future__ import annotations

from begeleider_app.services import consent
from begeleider_app.services.participants import create_participant
from begeleider_app.sync.conflicts import open_conflicts

from .conftest import sync_all


def test_recipient_kind_and_conclusion_travel_and_conflict(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Selam"})["id"]
    row = consent.add_consent(a.store, pid, {"recipient_name": "UWV Zwolle", "recipient_kind": "verwijzer",
                                             "topics": ["profiel"], "given_on": "2026-01-10",
                                             "form": "schriftelijk"})
    a.repo("participant").update(pid, {"report_conclusion": "Gaat goed."})
    sync_all([a, b])
    assert b.get(row["id"], "consent")["recipient_kind"] == "verwijzer"
    assert b.get(pid)["report_conclusion"] == "Gaat goed."
    a.repo("participant").update(pid, {"report_conclusion": "Verlengen met drie maanden."})
    b.repo("participant").update(pid, {"report_conclusion": "Afsluiten na de nazorg."})
    b.repo("consent").update(row["id"], {"recipient_kind": "anders"})  # a different field: merges
    sync_all([a, b])
    [conflict] = open_conflicts(a.store.db)
    assert (conflict.table, conflict.field) == ("participant", "report_conclusion")
    assert a.get(row["id"], "consent")["recipient_kind"] == "anders"
    assert a.data() == b.data()

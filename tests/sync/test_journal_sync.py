"""Journal entries and hours budgets travel between laptops; concurrent edits of one entry's
notes become a conflict; an erasure on one laptop removes the entries (and their search
index) on the other."""

from __future__ import annotations

from datetime import date

from begeleider_app.services import hours, journal, privacy
from begeleider_app.services.participants import create_participant
from begeleider_app.sync.conflicts import open_conflicts

from .conftest import sync_all


def test_journal_entries_travel_and_concurrent_edits_become_a_conflict(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne", "last_name": "Visser"})["id"]
    entry = journal.new_entry(a.store, pid, on=date(2026, 5, 4),
                              values={"minutes": 40, "text": "Eerste versie"})
    a.store.repo("hours_budget").insert({"participant_id": pid, "granted_by": "uwv", "basis": "uren",
                                         "hours": 10, "period_start": "2026-05-01",
                                         "period_end": "2026-10-31"})
    sync_all([a, b])
    assert b.get(entry["id"], "journal_entry")["text"] == "Eerste versie"
    assert hours.total(b.store, pid) == 40
    assert [u.granted for u in hours.budget_use(b.store, pid, date(2026, 5, 5))] == [600]
    assert journal.search(b.store, "versie", pid) == [(entry["id"], pid)]

    a.repo("journal_entry").update(entry["id"], {"text": "Anna schreef dit"})
    b.repo("journal_entry").update(entry["id"], {"text": "Bram schreef dat"})
    sync_all([a, b])
    for laptop in (a, b):
        [conflict] = open_conflicts(laptop.store.db)
        assert (conflict.table, conflict.field) == ("journal_entry", "text")
        assert {v.value for v in conflict.versions} == {"Anna schreef dit", "Bram schreef dat"}
    assert a.state() == b.state()


def test_erasure_removes_journal_entries_and_their_index_on_every_laptop(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Yonas", "last_name": "Haile"})["id"]
    journal.new_entry(a.store, pid, values={"text": "Zoekwoord-wisklaar-jn", "minutes": 10})
    sync_all([a, b])
    assert journal.search(b.store, "wisklaar") != []
    privacy.erase_participant(a.store, pid, confirmed=True)
    sync_all([a, b])
    for laptop in (a, b):
        db = laptop.store.db
        assert db.execute("SELECT count(*) FROM journal_entry").fetchone()[0] == 0
        assert journal.search(laptop.store, "wisklaar") == []
        assert db.execute("SELECT count(*) FROM journal_entry_fts WHERE journal_entry_fts MATCH "
                          "'wisklaar'").fetchone()[0] == 0
        path = laptop.store.path
        for side in (path, path.with_name(path.name + "-wal")):
            if side.exists():
                assert b"wisklaar" not in side.read_bytes(), side

"""Two and three simulated laptops syncing through one temporary shared folder."""

from __future__ import annotations

from datetime import timedelta

import pytest

from begeleider_app.services.participants import create_participant
from begeleider_app.storage.repository import utc_now
from begeleider_app.storage.search import search_participant_ids
from begeleider_app.sync.conflicts import open_conflicts, resolve

from .conftest import TRANSPORTS, sync_all

# Every scenario through the shared folder and through a PostgreSQL hub.
pytestmark = TRANSPORTS


def shared_person(a, b, **values):
    person = create_participant(a.store, {"first_name": "Sanne", "last_name": "Visser", **values})
    a.sync()
    b.sync()
    return person["id"]


def test_new_empty_device_joins_and_gets_the_team_records(team):
    a, b = team("Anna", "Bram")
    ids = [create_participant(a.store, {"first_name": f"Deelnemer{i}", "last_name": "Test"})["id"]
           for i in range(5)]
    report = a.sync()
    assert report.published_seq == 1
    report = b.sync()
    assert [p.who for p in report.peers if p.status == "merged"] == ["Anna"]
    assert report.changes >= 15  # participants, intakes, status changes
    assert sorted(r["id"] for r in b.repo("participant").find()) == sorted(ids)
    # The name index follows the merged rows (FTS triggers fired).
    assert search_participant_ids(b.store.db, "deelnemer3") == [ids[3]]
    sync_all([a, b])
    assert a.state() == b.state()


def test_sync_is_idempotent(team):
    a, b = team("Anna", "Bram")
    shared_person(a, b)
    before = b.state()
    report = b.sync()
    assert report.changes == 0
    assert b.state()["participant"] == before["participant"]


def test_newer_edit_wins_without_conflict(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").update(pid, {"phone": "0612345678"})
    a.sync()
    b.sync()
    b.repo("participant").update(pid, {"phone": "0687654321"})
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.get(pid)["phone"] == "0687654321"
        assert open_conflicts(laptop.store.db) == []
    # The replaced version is in history on both devices.
    for laptop in (a, b):
        phones = [v["phone"] for v in laptop.repo("participant").history(pid)]
        assert "0612345678" in phones


def test_concurrent_edits_of_different_fields_merge(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").update(pid, {"first_name": "Sanna"})
    b.repo("participant").update(pid, {"last_name": "de Visser", "phone": "0611111111"})
    sync_all([a, b])
    for laptop in (a, b):
        row = laptop.get(pid)
        assert (row["first_name"], row["last_name"], row["phone"]) == ("Sanna", "de Visser", "0611111111")
        assert open_conflicts(laptop.store.db) == []
    assert a.state() == b.state()


def test_concurrent_edits_of_one_field_become_a_conflict_with_both_versions(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").update(pid, {"phone": "0600000001"})
    b.repo("participant").update(pid, {"phone": "0600000002"})
    a.sync()
    report = b.sync()
    assert report.new_conflicts == 1 and report.open_conflicts == 1
    sync_all([a, b])
    assert a.state() == b.state()
    for laptop in (a, b):
        [conflict] = open_conflicts(laptop.store.db)
        assert conflict.field == "phone" and conflict.participant_name == "Sanne Visser"
        assert {(v.coach_name, v.value) for v in conflict.versions} == {
            ("Anna", "0600000001"), ("Bram", "0600000002")}
        assert all(v.at for v in conflict.versions)
    # Bram chooses Anna's number: a new edit that wins on every device.
    [conflict] = open_conflicts(b.store.db)
    resolve(b.store, conflict, "0600000001")
    sync_all([b, a])
    for laptop in (a, b):
        assert laptop.get(pid)["phone"] == "0600000001"
        assert open_conflicts(laptop.store.db) == []
        # The version not chosen is kept in history.
        assert "0600000002" in [v["phone"] for v in laptop.repo("participant").history(pid)]
    assert a.state() == b.state()


def test_combined_resolution_is_saved_as_new_edit(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").update(pid, {"address": "Dorpsstraat 1"})
    b.repo("participant").update(pid, {"address": "Kerkweg 2"})
    sync_all([a, b])
    [conflict] = open_conflicts(a.store.db)
    resolve(a.store, conflict, "Dorpsstraat 1 / Kerkweg 2")
    sync_all([a, b])
    assert b.get(pid)["address"] == "Dorpsstraat 1 / Kerkweg 2"
    assert open_conflicts(b.store.db) == []


def test_delete_versus_concurrent_edit_is_a_conflict_not_a_silent_delete(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").delete(pid)
    b.repo("participant").update(pid, {"phone": "0622222222"})
    sync_all([a, b])
    for laptop in (a, b):
        row = laptop.get(pid)
        assert row["deleted"] is False and row["phone"] == "0622222222"  # still visible
        [conflict] = open_conflicts(laptop.store.db)
        assert conflict.field == "deleted"
        assert {(v.coach_name, bool(v.value)) for v in conflict.versions} == {("Anna", True), ("Bram", False)}
    assert a.state() == b.state()
    # Anna confirms the delete after seeing Bram's edit.
    [conflict] = open_conflicts(a.store.db)
    resolve(a.store, conflict, 1)
    sync_all([a, b])
    for laptop in (a, b):
        assert laptop.get(pid)["deleted"] is True
        assert open_conflicts(laptop.store.db) == []
    assert a.state() == b.state()


def test_delete_after_seeing_the_edit_is_a_plain_delete(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    b.repo("participant").update(pid, {"phone": "0633333333"})
    sync_all([b, a])
    a.repo("participant").delete(pid)
    sync_all([a, b])
    assert b.get(pid)["deleted"] is True
    assert open_conflicts(b.store.db) == []


def test_clock_a_day_ahead_does_not_win_a_concurrent_edit(team):
    (a,) = team("Anna", clock=lambda: utc_now() + timedelta(days=1))
    (b,) = team("Bram")
    pid = shared_person(a, b)
    b.repo("participant").update(pid, {"phone": "0644444444"})
    a.repo("participant").update(pid, {"phone": "0655555555"})  # "tomorrow"
    sync_all([a, b])
    for laptop in (a, b):
        [conflict] = open_conflicts(laptop.store.db)
        assert {v.value for v in conflict.versions} == {"0644444444", "0655555555"}
    assert a.state() == b.state()


def test_interleaved_offline_edits(team):
    a, b = team("Anna", "Bram")
    pid = shared_person(a, b)
    a.repo("participant").update(pid, {"phone": "1"})
    a.sync()
    b.repo("participant").update(pid, {"email": "b@example.org"})
    b.sync()  # gets phone=1, publishes email
    a.repo("participant").update(pid, {"phone": "2"})  # offline again
    b.repo("participant").update(pid, {"notes": "gesprek"} if "notes" in
                                 b.repo("participant").entity.field_names else {"address": "Laan 3"})
    new = create_participant(b.store, {"first_name": "Nieuw"})["id"]
    a.sync()
    b.sync()
    a.sync()
    assert a.data() == b.data()  # records agree; history needs one more round to travel
    sync_all([a, b])
    assert a.state() == b.state()
    row = a.get(pid)
    assert (row["phone"], row["email"]) == ("2", "b@example.org")
    assert a.get(new)["first_name"] == "Nieuw"
    assert open_conflicts(a.store.db) == []


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_three_laptops_converge_in_any_sync_order(team, order):
    a, b, c = team("Anna", "Bram", "Cem")
    pid = shared_person(a, b)
    c.sync()
    a.repo("participant").update(pid, {"phone": "A"})
    b.repo("participant").update(pid, {"phone": "B", "email": "b@example.org"})
    c.repo("participant").update(pid, {"address": "C-straat"})
    other = create_participant(c.store, {"first_name": "Cato"})["id"]
    laptops = [a, b, c]
    for _ in range(3):  # records agree after two rounds; history may need a third
        for i in order:
            laptops[i].sync()
    states = [laptop.state() for laptop in laptops]
    assert states[0] == states[1] == states[2]
    row = a.get(pid)
    assert (row["email"], row["address"]) == ("b@example.org", "C-straat")
    assert a.get(other)["first_name"] == "Cato"
    [conflict] = open_conflicts(a.store.db)
    assert {v.value for v in conflict.versions} == {"A", "B"}
    # Cem resolves (he saw both); the resolution wins over both everywhere.
    [conflict] = open_conflicts(c.store.db)
    resolve(c.store, conflict, "B")
    for _ in range(3):
        for i in order:
            laptops[i].sync()
    assert all(open_conflicts(lap.store.db) == [] for lap in laptops)
    assert a.state() == b.state() == c.state()

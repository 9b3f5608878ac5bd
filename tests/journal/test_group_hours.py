"""A group session attended counts in the participant's hours, in the caseload's hours, in the
hours log and in the outcome figures' hours per phase: the coach's time shared by those present."""

from __future__ import annotations

from datetime import date

from begeleider_app.services import groups, hours, hours_log
from begeleider_app.services.participants import change_status, create_participant

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_a_group_session_counts_for_each_participant_present(store):
    people = [create_participant(store, {"first_name": f"Groep{i}"}, today=date(2026, 1, 5))["id"]
              for i in range(3)]
    session = groups.add_session(store, {"kind": "werkclub", "date": "2026-03-10",
                                         "theme": "Sollicitatiebrief", "duration_minutes": 90}, people)
    assert session["minutes_per_participant"] == 30  # 90 minutes shared by three
    late = groups.attendance(store, session["id"])
    absent = next(a for a, p in late if p["id"] == people[2])
    groups.set_present(store, absent["id"], False)  # one turns out not to have come
    share = groups.get(store, session["id"])["minutes_per_participant"]
    assert share == 45
    assert hours.total(store, people[0], *MARCH) == 45
    assert hours.total(store, people[2], *MARCH) == 0
    assert sum(hours.hours_by_phase(store, people[0]).values()) == 45
    assert hours.hours_by_month(store, None, *MARCH)["2026-03"] == 90
    assert hours.caseload_hours(store, *MARCH) == {people[0]: 45, people[1]: 45}
    log = hours_log.hours_log(store, people[0], *MARCH)
    assert [(line.minutes, line.with_whom) for line in log.lines] == [(45, "Sollicitatiebrief")]
    assert log.lines[0].activity.startswith("Groepsbijeenkomst")
    change_status(store, people[0], "actief", on="2026-02-01")
    change_status(store, people[1], "actief", on="2026-02-01")
    assert hours.team_hours_by_phase(store, people, *MARCH) == {
        "intake": 0, "plan": 1.5, "leerwerkplek": 0, "nazorg": 0}


def test_a_group_session_attended_shows_in_the_journal(store):
    from begeleider_app.services import journal

    pid = create_participant(store, {"first_name": "Werkclubber"}, today=date(2026, 1, 5))["id"]
    other = create_participant(store, {"first_name": "Thuisblijver"}, today=date(2026, 1, 5))["id"]
    groups.add_session(store, {"kind": "werkclub", "date": "2026-03-10", "theme": "Gesprek oefenen",
                               "duration_minutes": 60}, [pid])
    store.repo("journal_entry").insert({"participant_id": pid, "date": "2026-03-12",
                                        "kind": "telefoon", "minutes": 10, "text": "Nabellen"})
    rows = journal.entry_rows(store, pid)
    assert [(r.date, r.kind, r.minutes, r.group) for r in rows] == [
        ("2026-03-12", "telefoon", 10, False), ("2026-03-10", "groep", 60, True)]
    assert rows[1].text == "Gesprek oefenen" and journal.get(store, rows[1].id) is None
    assert journal.entry_rows(store, other) == []

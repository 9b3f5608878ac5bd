"""Referrals, their warning in the agenda, buddies, group sessions and the network map."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import agenda, groups, network, social_map
from begeleider_app.services.participants import create_participant

TODAY = date(2026, 11, 30)


def _person(store, first="Selam", **extra):
    return create_participant(store, {"first_name": first, "last_name": "Tesfamariam",
                                      "status": "actief", **extra}, today=TODAY)


def _service(store, name="Schuldhulp Zwolle", kind="schuldhulp"):
    return social_map.add(store, {"name": name, "kind": kind, "region": "Zwolle"})


def _at(store, day: date):
    """Write as if on ``day`` (the record's updated_at is part of its last activity)."""
    store.clock = lambda: datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def test_a_referral_goes_stale_after_the_set_days_and_news_ends_the_warning(store):
    person, service = _person(store), _service(store)
    _at(store, TODAY - timedelta(days=45))
    row = network.refer(store, person["id"], {"service_id": service["id"], "reason": "Schulden"},
                        today=TODAY - timedelta(days=45))
    assert row["status"] == "aangemeld"
    [view] = network.referrals(store, person["id"], TODAY)
    assert view.stale_since == TODAY - timedelta(days=45)
    entries = [e for e in agenda.agenda(store, TODAY) if e.kind == agenda.STALE_REFERRAL]
    assert [(e.participant_id, e.label, e.since, e.bucket) for e in entries] == [
        (person["id"], "Schuldhulp Zwolle", TODAY - timedelta(days=45), agenda.OVERDUE)]
    assert entries[0].day == TODAY - timedelta(days=15)  # the day the warning started
    # a longer period for the whole team: not stale yet
    network.set_stale_days(store, 60)
    assert not [e for e in agenda.agenda(store, TODAY) if e.kind == agenda.STALE_REFERRAL]
    network.set_stale_days(store, 30)
    # news today: the warning waits another period
    _at(store, TODAY)
    network.record_news(store, row["id"], on=TODAY)
    assert not [e for e in agenda.agenda(store, TODAY) if e.kind == agenda.STALE_REFERRAL]
    assert network.referrals(store, person["id"], TODAY)[0].stale_since is None
    assert network.referrals(store, person["id"], TODAY + timedelta(days=31))[0].stale_since


def test_a_status_update_is_news_and_an_ended_referral_never_warns(store):
    person, service = _person(store), _service(store)
    _at(store, TODAY - timedelta(days=90))
    row = network.refer(store, person["id"], {"service_id": service["id"]},
                        today=TODAY - timedelta(days=90))
    _at(store, TODAY)
    row = network.update_status(store, row["id"], "in_behandeling", on=TODAY)
    assert (row["status"], row["last_news_on"]) == ("in_behandeling", TODAY.isoformat())
    row = network.update_status(store, row["id"], "afgerond", on=TODAY)
    later = TODAY + timedelta(days=400)
    assert network.referrals(store, person["id"], later)[0].stale_since is None
    assert not [e for e in agenda.agenda(store, later) if e.kind.endswith("referral")]


def test_follow_up_dates_of_open_referrals_are_in_the_agenda(store):
    person, service = _person(store), _service(store)
    _at(store, TODAY)
    row = network.refer(store, person["id"], {"service_id": service["id"],
                                              "follow_up_on": TODAY + timedelta(days=3)},
                        today=TODAY)
    [entry] = [e for e in agenda.agenda(store, TODAY) if e.kind == agenda.REFERRAL]
    assert (entry.id, entry.bucket, entry.label) == (row["id"], agenda.WEEK, "Schuldhulp Zwolle")
    network.update_status(store, row["id"], "gestopt", on=TODAY)
    assert not [e for e in agenda.agenda(store, TODAY) if e.kind == agenda.REFERRAL]


def test_referrals_list_open_ones_first_and_link_goals(store):
    from begeleider_app.services import goals

    person = _person(store)
    goal = goals.add_goal(store, person["id"], {"text": "Ik heb overzicht in mijn geld."})
    a = network.refer(store, person["id"], {"service_id": _service(store)["id"],
                                            "goal_id": goal["id"], "status": "afgerond"},
                      today=TODAY - timedelta(days=3))
    b = network.refer(store, person["id"], {"service_id": _service(store, "Taalhuis", "taal")["id"]},
                      today=TODAY - timedelta(days=10))
    assert [v.id for v in network.referrals(store, person["id"], TODAY)] == [b["id"], a["id"]]
    assert network.get_referral(store, a["id"])["goal_id"] == goal["id"]


def test_reports_get_referrals_only_with_consent_and_never_an_employer(store):
    from begeleider_app.services import consent

    person = _person(store)
    employer = store.repo("contact").insert({"role": "werkgever", "name": "Piet",
                                             "organisation": "Bakkerij"})
    network.refer(store, person["id"], {"service_id": _service(store)["id"],
                                        "notes": "Heeft een betalingsregeling"}, today=TODAY)
    assert network.referrals_for_report(store, person["id"], "Gemeente Zwolle", TODAY) == []
    for recipient, contact_id in (("Gemeente Zwolle", None), ("Bakkerij", employer["id"])):
        consent.add_consent(store, person["id"], {
            "recipient_name": recipient, "recipient_contact_id": contact_id,
            "topics": ["prive", "afspraken"], "given_on": TODAY.isoformat(), "form": "schriftelijk"})
    listed = network.referrals_for_report(store, person["id"], "Gemeente Zwolle", TODAY)
    assert [r["service"] for r in listed] == ["Schuldhulp Zwolle"]
    assert "betalingsregeling" not in repr(listed)
    assert network.referrals_for_report(store, person["id"], employer["id"], TODAY) == []


def test_buddies_with_kind_and_period(store):
    from begeleider_app.services import aftercare

    person = _person(store)
    aftercare.save_buddy(store, person["id"], {
        "name": "Ilse de Boer", "buddy_kind": "werkvloer", "period_start": "2026-09-01"})
    aftercare.save_buddy(store, person["id"], {
        "name": "Yonas Haile", "buddy_kind": "eigen_gemeenschap", "period_start": "2025-01-01",
        "period_end": "2026-06-30"})
    [active] = network.active_buddies(store, person["id"], TODAY)
    assert network.buddy_line(active) == "Ilse de Boer (op de werkvloer, sinds 01-09-2026)"


def test_group_session_time_is_shared_by_those_present(store):
    people = [_person(store, name) for name in ("Selam", "Daan", "Fatima")]
    session = groups.add_session(store, {"kind": "werkclub", "date": TODAY.isoformat(),
                                         "theme": "Solliciteren", "duration_minutes": 120},
                                 [p["id"] for p in people])
    assert session["minutes_per_participant"] == 40
    rows = groups.attendance(store, session["id"])
    groups.set_present(store, rows[0][0]["id"], False)
    assert groups.get(store, session["id"])["minutes_per_participant"] == 60
    groups.save_session(store, session["id"], {"duration_minutes": 90})
    assert groups.get(store, session["id"])["minutes_per_participant"] == 45
    for p in people:
        [(s, a)] = groups.attended(store, p["id"])
        assert s["id"] == session["id"]
    assert sum(groups.minutes_for(store, p["id"]) for p in people) == 90
    # adding someone twice keeps one entry
    groups.add_attendee(store, session["id"], people[1]["id"])
    assert len(groups.attendance(store, session["id"])) == 3


def test_the_network_map_groups_by_kind_and_marks_what_is_active(store):
    from begeleider_app.services import aftercare

    person = _person(store, coach="Demo Begeleider")
    network.refer(store, person["id"], {"service_id": _service(store)["id"]}, today=TODAY)
    network.refer(store, person["id"], {"service_id": _service(store, "Taalhuis", "taal")["id"],
                                        "status": "afgerond"}, today=TODAY - timedelta(days=200))
    aftercare.save_buddy(store, person["id"], {"name": "Ilse", "buddy_kind": "werkvloer"})
    session = groups.add_session(store, {"kind": "werkclub", "date": TODAY.isoformat(),
                                         "theme": "Netwerk"}, [person["id"]])
    assert session
    data = network.network_map(store, person["id"], TODAY, "nl")
    titles = {g.title: [(n.label, n.active) for n in g.nodes] for g in data.groups}
    assert titles["Schuldhulp"] == [("Schuldhulp Zwolle", True)]
    assert titles["Taal en inburgering"] == [("Taalhuis", False)]
    assert titles["Buddy en maatje"] == [("Ilse", True)]
    assert titles["Groepen"] == [("Werkclub", True)]
    assert titles["Begeleider"] == [("Demo Begeleider", True)]
    assert data.active_count() == 4 and data.node_count() == 5


def test_email_fields_are_checked(store):
    with pytest.raises(ValidationFailed) as err:
        social_map.add(store, {"name": "X", "kind": "zorg", "email": "info(at)x.nl"})
    assert "geen e-mailadres" in err.value.errors["email"]
    assert social_map.add(store, {"name": "X", "kind": "zorg", "email": " info@x.nl "})["email"] \
        == "info@x.nl"


def test_the_inzage_export_holds_referrals_and_attendance_but_not_the_teams_records(store):
    from begeleider_app.services import privacy

    person = _person(store)
    service = _service(store)
    referral = network.refer(store, person["id"], {"service_id": service["id"],
                                                   "notes": "Eigen notitie"}, today=TODAY)
    session = groups.add_session(store, {"kind": "werkclub", "date": TODAY.isoformat(),
                                         "theme": "Netwerken"}, [person["id"]])
    data = privacy.collect(store, person["id"])
    assert [r["id"] for r in data["records"]["referral"]] == [referral["id"]]
    assert [r["session_id"] for r in data["records"]["group_attendance"]] == [session["id"]]
    assert "service" not in data["records"] and "group_session" not in data["records"]

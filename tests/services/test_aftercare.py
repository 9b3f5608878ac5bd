from __future__ import annotations

from datetime import date

import pytest

from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services.participants import change_status, create_participant


@pytest.fixture
def person(store):
    return create_participant(store, {"first_name": "Yonas", "last_name": "Haile"},
                              today=date(2027, 1, 4))


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2027, 3, 31), 1, date(2027, 4, 30)),
    (date(2027, 8, 31), 6, date(2028, 2, 29)),
    (date(2027, 12, 15), 2, date(2028, 2, 15)),
    (date(2027, 1, 31), 12, date(2028, 1, 31)),
    (date(2027, 5, 31), -3, date(2027, 2, 28)),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert ac.add_months(start, months) == expected


def test_paid_placement_proposes_default_plan_from_its_start(store, person):
    assert ac.plan_needed(store, person["id"]) is None
    obs.save_placement(store, person["id"], {"type": "leerwerkplek", "organisation": "Kringloop",
                                             "start_date": "2027-01-04"})
    assert ac.plan_needed(store, person["id"]) is None  # a learning place is not a placement
    obs.save_placement(store, person["id"], {"type": "betaald_werk", "organisation": "Metaal Oost",
                                             "start_date": "31-08-2027"})
    start = ac.plan_needed(store, person["id"])
    assert start == date(2027, 8, 31)
    plan = ac.proposal_for(store, person["id"])
    assert [(m.label, m.planned_date) for m in plan] == [
        ("Week 1: hoe gaat de eerste week?", date(2027, 9, 7)),
        ("Week 4: eerste maand bespreken", date(2027, 9, 28)),
        ("Maand 2: bezoek bij de werkgever", date(2027, 10, 31)),
        ("Maand 4", date(2027, 12, 31)),
        ("Maand 6", date(2028, 2, 29)),  # 31 August + 6 months clamps to the leap day
        ("Maand 9", date(2028, 5, 31)),
        ("Maand 12: eindgesprek", date(2028, 8, 31)),
    ]
    assert plan[-1].is_closing and not plan[0].is_closing
    assert plan[2].with_whom == ["deelnemer", "werkgever", "collegas"]

    ac.accept_plan(store, person["id"], plan)
    assert ac.plan_needed(store, person["id"]) is None
    stored = ac.moments(store, person["id"])
    assert [m["planned_date"] for m in stored] == [m.planned_date.isoformat() for m in plan]


def test_status_geplaatst_also_needs_a_plan(store, person):
    change_status(store, person["id"], "geplaatst", on=date(2027, 1, 31))
    assert ac.plan_needed(store, person["id"]) == date(2027, 1, 31)
    one_month = [{"label": "Maand 1", "unit": "months", "amount": 1}]
    plan = ac.propose_plan(date(2027, 1, 31), ac.check_template(one_month))
    assert plan[0].planned_date == date(2027, 2, 28)


def test_changing_the_template_does_not_move_planned_moments(store, person):
    obs.save_placement(store, person["id"], {"type": "proefplaatsing", "organisation": "Hotel De Linde",
                                             "start_date": "2027-01-31"})
    ac.accept_plan(store, person["id"], ac.proposal_for(store, person["id"]))
    before = [(m["label"], m["planned_date"]) for m in ac.moments(store, person["id"])]

    ac.set_template(store, [
        {"label": "Dag 3", "unit": "days", "amount": 3, "with_whom": ["deelnemer"]},
        {"label": "Maand 1", "unit": "months", "amount": 1, "mode": "telefonisch"},
        {"label": "Afsluiting", "unit": "months", "amount": 6, "closing": True},
    ])
    assert [e["label"] for e in ac.template(store)] == ["Dag 3", "Maand 1", "Afsluiting"]
    after = [(m["label"], m["planned_date"]) for m in ac.moments(store, person["id"])]
    assert after == before
    # a new proposal does follow the new template
    assert [m.planned_date for m in ac.proposal_for(store, person["id"])] == [
        date(2027, 2, 3), date(2027, 2, 28), date(2027, 7, 31)]


def test_bad_template_is_refused(store):
    with pytest.raises(ValidationFailed) as info:
        ac.set_template(store, [{"label": "x", "unit": "jaren", "amount": 1}])
    assert "line1" in info.value.errors
    with pytest.raises(ValidationFailed):
        ac.set_template(store, [])
    assert ac.template(store)[0]["label"].startswith("Week 1")


def test_overdue_detection_with_injected_today(store, person):
    moments = [ac.ProposedMoment("A", date(2027, 2, 1)), ac.ProposedMoment("B", date(2027, 2, 10)),
               ac.ProposedMoment("C", date(2027, 3, 1))]
    rows = ac.accept_plan(store, person["id"], moments)
    states = lambda today: [e.state for e in ac.timeline(store, person["id"], today)]  # noqa: E731
    assert states(date(2027, 1, 1)) == ["planned", "planned", "planned"]
    assert states(date(2027, 2, 10)) == ["overdue", "today", "planned"]
    ac.mark_done(store, rows[0]["id"], date(2027, 2, 11))
    assert states(date(2027, 3, 2)) == ["done", "overdue", "overdue"]


def test_contact_moment_fields_and_buddy(store, person):
    m = ac.save_moment(store, person["id"], {
        "label": "Extra bezoek", "planned_date": "2027-03-01", "with_whom": ["werkgever", "buddy"],
        "together": "apart", "mode": "werkplek", "notes": "Rooster is zwaar",
        "signals": ["verzuim", "motivatie"], "follow_up": "Gesprek over uren"})
    assert m["with_whom"] == ["werkgever", "buddy"] and m["signals"] == ["verzuim", "motivatie"]
    with pytest.raises(ValidationFailed):
        ac.save_moment(store, person["id"], {"mode": "brief"}, m["id"])
    b = ac.save_buddy(store, person["id"], {"name": "Kees Bakker", "phone": "0612345678",
                                            "period_start": "01-02-2027", "period_end": "01-08-2027"})
    assert [x["id"] for x in ac.buddies(store, person["id"])] == [b["id"]]
    assert ac.buddies(store, person["id"])[0]["role"] == "buddy"


def test_closing_conversation_closes_the_trajectory(store, person):
    obs.save_placement(store, person["id"], {"type": "betaald_werk", "organisation": "Metaal Oost",
                                             "start_date": "2027-01-31"})
    ac.accept_plan(store, person["id"], ac.proposal_for(store, person["id"]))
    with pytest.raises(ValidationFailed) as info:
        ac.close_trajectory(store, person["id"], on=date(2028, 1, 31), evaluation="", help_later="")
    assert set(info.value.errors) == {"closing_evaluation", "closing_help_later"}
    assert store.repo("participant").get(person["id"])["status"] == "aanmelding"

    closed = ac.close_trajectory(store, person["id"], on=date(2028, 1, 30),
                                 evaluation="Werkt zelfstandig, vaste uren.",
                                 help_later="Wijkteam Zwolle-Zuid, 038-1234567")
    assert closed["status"] == "afgesloten"
    assert closed["closing_date"] == "2028-01-30"
    closing = [m for m in ac.moments(store, person["id"]) if m["is_closing"]]
    assert closing[0]["done_date"] == "2028-01-30"
    last = store.repo("status_change").for_participant(person["id"], order_by="created_at desc")[0]
    assert (last["to_status"], last["date"], last["from_status"]) == ("afgesloten", "2028-01-30", "aanmelding")
    assert ac.plan_needed(store, person["id"]) is None

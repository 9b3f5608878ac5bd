"""Status suggestions follow a placement's start and an accepted aftercare plan."""

from __future__ import annotations

from datetime import date, timedelta

from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services import participants as psvc
from begeleider_app.services.status_rules import suggestion

TODAY = date(2026, 11, 30)


def _placed(store, kind: str, start: date, status: str = "aanmelding") -> str:
    pid = psvc.create_participant(store, {"first_name": "Yonas", "status": status}, today=TODAY)["id"]
    obs.save_placement(store, pid, {"type": kind, "organisation": "Kringloop De Vonk",
                                    "start_date": start.isoformat()})
    return pid


def test_a_started_paid_placement_suggests_placed_then_aftercare(store):
    pid = _placed(store, "betaald_werk", TODAY - timedelta(days=2))
    s = suggestion(store, pid, TODAY)
    assert (s.status, s.on, s.planned) == ("geplaatst", TODAY - timedelta(days=2), False)
    assert s.reason() == "De plaatsing (betaald werk) bij Kringloop De Vonk is begonnen op 28-11-2026."
    ac.accept_plan(store, pid, ac.proposal_for(store, pid))
    assert suggestion(store, pid, TODAY).status == "nazorg"
    assert psvc.get_participant(store, pid)["status"] == "aanmelding"  # suggested, not changed


def test_no_suggestion_before_the_start_or_when_the_coach_decided(store):
    future = _placed(store, "betaald_werk", TODAY + timedelta(days=5))
    assert suggestion(store, future, TODAY) is None
    assert suggestion(store, future, TODAY + timedelta(days=5)).status == "geplaatst"
    volunteer = _placed(store, "vrijwilligerswerk", TODAY - timedelta(days=5))
    assert suggestion(store, volunteer, TODAY) is None  # not a placement in work
    for status in ("gepauzeerd", "geplaatst", "nazorg", "afgesloten"):
        assert suggestion(store, _placed(store, "proefplaatsing", TODAY, status), TODAY) is None

"""Outcome figures of a fixed synthetic caseload equal the figures counted by hand."""

from __future__ import annotations

import json
from datetime import date

import pytest

from begeleider_app.services import outcomes as oc

from .outcomes_caseload import (
    EXPECTED_TEAM,
    EXPECTED_TEAM_SUPPRESSED,
    PERIOD,
    TODAY,
    build,
)


@pytest.fixture
def caseload(store):
    build(store)
    return store


def test_team_figures_equal_the_hand_count(caseload):
    result = oc.compute(caseload, *PERIOD, oc.Scope(oc.TEAM), today=TODAY)
    got = json.loads(oc.to_json(result))
    for key in ("start", "end", "scope"):
        got.pop(key)
    assert got["ladder"]["mean_change"] == pytest.approx(0.8)
    got["ladder"]["mean_change"] = 0.8
    assert got == EXPECTED_TEAM


def test_what_the_funder_sees_hides_small_numbers(caseload):
    result = oc.compute(caseload, *PERIOD, today=TODAY)
    groups = {g.key: [r.text for r in g.rows] for g in oc.present(result, language="nl")}
    assert groups == EXPECTED_TEAM_SUPPRESSED
    # without suppression (the team's own view) every number is there
    plain = {g.key: [r.text for r in g.rows] for g in oc.present(result, suppress=False)}
    assert plain["reasons"] == ["3", "0", "0", "0", "1", "1", "0", "0", "1", "6"]
    assert plain["retention_12"] == ["1", "2", "2", "5", "20%", "4"]
    # every group carries its printed definition
    assert all(g.definition for g in oc.present(result))


def test_unknown_is_never_counted_as_at_work(caseload):
    result = oc.compute(caseload, *PERIOD, today=TODAY)
    six = result.retention[6]
    assert six.rate == pytest.approx(5 / 9)  # the 3 unknowns stay in the denominator


def test_scopes(caseload):
    caseload_only = oc.compute(caseload, *PERIOD, oc.Scope(oc.CASELOAD), today=TODAY)
    assert caseload_only.participants == 15  # P14 is archived
    assert caseload_only.ended == 5 and caseload_only.ended_by_reason["werk"] == 2
    bert = oc.compute(caseload, *PERIOD, oc.Scope(oc.COACH, " bert "), today=TODAY)
    # P08 P10 P11 P14 P15; started: all but P08 (2024); ended: P08 P11 P14
    assert (bert.participants, bert.started, bert.ended) == (5, 4, 3)
    assert oc.coaches(caseload) == ["Anna", "Bert"]


def test_secondary_suppression():
    # one hidden count next to a shown total would give itself away: the smallest other goes
    hide, hide_total = oc._suppress([12, 3, 7, 0], 22, True)
    assert hide == [False, True, True, False] and not hide_total
    # a total below 5 hides the whole group; zero stays zero
    assert oc._suppress([2, 0, 1], 3, True) == ([True, False, True], True)
    assert oc._suppress([2, 0, 1], 3, False) == ([False, False, False], False)


def test_hours_per_phase_come_from_a_provider(caseload):
    seen = {}

    def provider(store, ids, start, end):
        seen["args"] = (len(ids), start, end)
        return {"Intake": 12.5, "Nazorg": 30.0}

    result = oc.compute(caseload, *PERIOD, today=TODAY, hours_provider=provider)
    assert seen["args"] == (16, date(2025, 1, 1), date(2025, 12, 31))
    rows = next(g for g in oc.present(result, language="nl") if g.key == "hours").rows
    assert [(r.label, r.text) for r in rows] == [("Intake", "12,5"), ("Nazorg", "30,0")]


def test_every_placement_type_has_a_kind():
    from begeleider_app.domain.fields import PLACEMENT_TYPE

    kinds = {k for k, _nl, _en in oc.KINDS}
    assert {oc.KIND_OF_TYPE[c.value] for c in PLACEMENT_TYPE} == kinds

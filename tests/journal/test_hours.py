"""Hours per phase, goal, month and week equal a fixture computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from begeleider_app.domain.messages import UserError
from begeleider_app.services import hours, journal
from begeleider_app.services.agenda import agenda
from begeleider_app.services.participants import change_status, create_participant


@pytest.fixture
def case(store):
    pid = create_participant(store, {"first_name": "Test", "last_name": "Uren"},
                             today=date(2026, 1, 5))["id"]
    change_status(store, pid, "intake", on=date(2026, 1, 5))
    change_status(store, pid, "actief", on=date(2026, 2, 1))
    store.repo("placement").insert({"participant_id": pid, "type": "leerwerkplek",
                                    "organisation": "Kringloop", "start_date": "2026-03-01",
                                    "end_date": "2026-03-31"})
    change_status(store, pid, "geplaatst", on=date(2026, 4, 1))
    g1 = store.repo("goal").insert({"participant_id": pid, "text": "Op tijd komen", "status": "open"})["id"]
    g2 = store.repo("goal").insert({"participant_id": pid, "text": "Zelf reizen", "status": "open"})["id"]

    def entry(day: str, minutes: int, goals=()):
        e = journal.new_entry(store, pid, on=date.fromisoformat(day),
                              values={"minutes": minutes, "kind": "telefoon"})
        if goals:
            journal.set_goals(store, e["id"], goals)
        return e

    entry("2026-01-10", 60)                  # intake, no goal
    entry("2026-02-03", 45, [g1])            # plan
    entry("2026-02-20", 30, [g1, g2])        # plan, 15 + 15
    entry("2026-03-10", 91, [g2, g1])        # leerwerkplek (placement), 46 to g2, 45 to g1
    entry("2026-04-02", 20)                  # nazorg
    gone = entry("2026-04-03", 500)
    journal.remove(store, gone["id"])        # deleted: never counts
    entry("2026-04-04", 0)                   # no time
    # a done aftercare contact moment with 25 minutes (nazorg) and a planned one (no time yet)
    store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg 1",
                                         "planned_date": "2026-04-10", "done_date": "2026-04-12",
                                         "minutes": 25})
    store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg 2",
                                         "planned_date": "2026-05-10", "minutes": 30})
    return pid, g1, g2


def test_phase_is_proposed_from_the_status_history(store, case):
    pid, _g1, _g2 = case
    finder = journal.PhaseFinder(store, pid)
    assert [finder.on(d) for d in ("2026-01-01", "2026-01-10", "2026-02-03", "2026-03-10",
                                   "2026-04-02")] == ["intake", "intake", "plan", "leerwerkplek",
                                                      "nazorg"]


def test_hours_per_phase_goal_month_and_week_match_the_hand_computed_fixture(store, case):
    pid, g1, g2 = case
    assert hours.hours_by_phase(store, pid) == {"intake": 60, "plan": 75, "leerwerkplek": 91,
                                                "nazorg": 45}
    assert hours.hours_by_goal(store, pid) == {None: 105, g1: 45 + 15 + 45, g2: 15 + 46}
    assert hours.hours_by_month(store, pid, date(2026, 1, 1), date(2026, 5, 31)) == {
        "2026-01": 60, "2026-02": 75, "2026-03": 91, "2026-04": 45, "2026-05": 0}
    assert hours.hours_by_month(store, None, date(2026, 1, 1), date(2026, 5, 31))["2026-04"] == 45
    weeks = hours.hours_by_week(store, pid, date(2026, 3, 30), date(2026, 4, 12))
    assert weeks == {"2026-W14": 20, "2026-W15": 25}
    assert hours.hours_by_phase(store, pid, date(2026, 2, 1), date(2026, 3, 31)) == {
        "intake": 0, "plan": 75, "leerwerkplek": 91, "nazorg": 0}
    assert hours.caseload_hours(store, date(2026, 3, 1)) == {pid: 91 + 20 + 25}
    assert hours.hours_text(90) == "1,5" and hours.minutes_text(91) == "1:31"


def test_budget_in_hours_and_as_a_share_of_the_hours_worked_warns_before_it_runs_out(store, case):
    pid, _g1, _g2 = case
    store.repo("hours_budget").insert({"participant_id": pid, "granted_by": "uwv", "basis": "uren",
                                       "hours": 5, "period_start": "2026-01-01",
                                       "period_end": "2026-06-30"})
    [use] = hours.budget_use(store, pid, date(2026, 4, 20))
    assert (use.granted, use.spent, use.state) == (300, 271, "warning")
    assert "271" not in use.message() and "4,5 van 5 uur" in use.message()
    # 15 % of 20 hours a week over 14 weeks = 42 hours
    store.repo("hours_budget").insert({"participant_id": pid, "granted_by": "gemeente",
                                       "basis": "percentage", "percentage": 15,
                                       "worked_hours_per_week": 20, "period_start": "2026-04-01",
                                       "period_end": "2026-07-07"})
    first = hours.budget_use(store, pid, date(2026, 4, 20))[0]
    assert (first.granted, first.spent, first.state) == (42 * 60, 45, "ok")


def test_follow_up_becomes_an_action_in_the_agenda_and_needs_a_goal(store, case):
    pid, g1, _g2 = case
    e = journal.new_entry(store, pid, on=date(2026, 4, 20),
                          values={"follow_up": "Werkgever bellen over rooster",
                                  "follow_up_owner": "coach", "follow_up_date": "2026-04-22"})
    with pytest.raises(UserError):
        journal.sync_follow_up(store, e["id"])
    journal.set_goals(store, e["id"], [g1])
    action = journal.sync_follow_up(store, e["id"])
    assert action["goal_id"] == g1 and action["due_date"] == "2026-04-22"
    assert journal.get(store, e["id"])["follow_up_action_id"] == action["id"]
    labels = [a.label for a in agenda(store, date(2026, 4, 21))]
    assert "Werkgever bellen over rooster" in labels
    store.repo("journal_entry").update(e["id"], {"follow_up": ""})
    assert journal.sync_follow_up(store, e["id"]) is None
    assert store.repo("action").get(action["id"]) is None


def test_last_kind_is_remembered_and_search_finds_text(store, case):
    pid, _g1, _g2 = case
    e = journal.new_entry(store, pid, values={"kind": "video", "text": "Gesprek over Çelik's rooster"})
    assert journal.new_entry(store, pid)["kind"] == "video"
    assert journal.search(store, "celik") == [(e["id"], pid)]
    assert [r.id for r in journal.entry_rows(store, pid, text="rooster")] == [e["id"]]


def test_the_weight_suggestion_counts_hours(store, case):
    from begeleider_app.services import weight

    pid, _g1, _g2 = case
    light = weight.suggestion_for(store, pid, date(2026, 4, 20))
    journal.new_entry(store, pid, on=date(2026, 4, 15), values={"minutes": 13 * 60})
    heavier = weight.suggestion_for(store, pid, date(2026, 4, 20))
    assert heavier.score == light.score + 1 and "uur in 3 maanden" in heavier.reason()


def test_a_moved_date_moves_the_proposed_phase_but_not_a_chosen_one(store, case):
    pid, _g1, _g2 = case
    e = journal.new_entry(store, pid, on=date(2026, 4, 20))
    assert e["phase"] == "nazorg"
    store.repo("journal_entry").update(e["id"], {"date": "2026-02-10"})
    assert journal.follow_date(store, e["id"], "2026-04-20")["phase"] == "plan"
    store.repo("journal_entry").update(e["id"], {"phase": "nazorg"})  # the coach chose it
    store.repo("journal_entry").update(e["id"], {"date": "2026-01-10"})
    assert journal.follow_date(store, e["id"], "2026-02-10") is None
    assert journal.get(store, e["id"])["phase"] == "nazorg"

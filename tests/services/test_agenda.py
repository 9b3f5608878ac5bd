from __future__ import annotations

from datetime import date

from begeleider_app.services import aftercare as ac
from begeleider_app.services import agenda as ag
from begeleider_app.services import weight as wt
from begeleider_app.services.participants import change_status, create_participant

TODAY = date(2027, 3, 10)  # a Wednesday


def _person(store, first, **kw):
    return create_participant(store, {"first_name": first, **kw}, today=date(2027, 1, 1))


def _goal_action(store, pid, due, done=False):
    goal = store.repo("goal").insert({"participant_id": pid, "text": "Zelf naar het werk", "status": "open"})
    return store.repo("action").insert({"participant_id": pid, "goal_id": goal["id"],
                                        "description": "Busroute oefenen", "due_date": due,
                                        "done": done})


def test_agenda_buckets_moments_and_actions(store):
    anouk = _person(store, "Anouk")
    bram = _person(store, "Bram")
    closed = _person(store, "Closed")
    ac.accept_plan(store, anouk["id"], [
        ac.ProposedMoment("Te laat", date(2027, 3, 1)), ac.ProposedMoment("Vandaag", TODAY),
        ac.ProposedMoment("Vrijdag", date(2027, 3, 12)), ac.ProposedMoment("Over 7 dagen", date(2027, 3, 17)),
        ac.ProposedMoment("Te ver", date(2027, 3, 18))])
    done = ac.accept_plan(store, bram["id"], [ac.ProposedMoment("Gedaan", date(2027, 3, 2))])[0]
    ac.mark_done(store, done["id"], date(2027, 3, 2))
    _goal_action(store, bram["id"], "2027-03-09")
    _goal_action(store, bram["id"], "2027-03-11")
    _goal_action(store, bram["id"], "2027-03-05", done=True)
    ac.accept_plan(store, closed["id"], [ac.ProposedMoment("Van afgesloten traject", date(2027, 3, 9))])
    change_status(store, closed["id"], "afgesloten", on=date(2027, 3, 9))

    groups = ag.grouped(ag.agenda(store, TODAY))
    assert [(e.participant_name, e.label) for e in groups["overdue"]] == [
        ("Anouk", "Te laat"), ("Bram", "Busroute oefenen")]
    assert [(e.kind, e.label) for e in groups["today"]] == [("moment", "Vandaag")]
    assert [(e.kind, e.label) for e in groups["week"]] == [
        ("action", "Busroute oefenen"), ("moment", "Vrijdag"), ("moment", "Over 7 dagen")]
    assert all(e.participant_id == anouk["id"] for e in groups["today"])


def test_deleted_goal_hides_its_actions(store):
    p = _person(store, "Eva")
    action = _goal_action(store, p["id"], "2027-03-10")
    assert len(ag.agenda(store, TODAY)) == 1
    store.repo("goal").delete(action["goal_id"])
    assert ag.agenda(store, TODAY) == []


def test_is_overdue():
    assert ag.is_overdue("2027-03-09", TODAY)
    assert not ag.is_overdue("2027-03-10", TODAY)
    assert not ag.is_overdue(None, TODAY)


def test_weight_suggestion_from_phase_and_open_signals(store):
    p = _person(store, "Noor")
    assert wt.suggestion_for(store, p["id"], TODAY).weight == "licht"  # aanmelding
    change_status(store, p["id"], "actief", on=date(2027, 1, 5))
    assert wt.suggestion_for(store, p["id"], TODAY).weight == "middel"
    ac.save_moment(store, p["id"], {"planned_date": "2027-03-01", "done_date": "2027-03-01",
                                    "signals": ["verzuim"]})
    s = wt.suggestion_for(store, p["id"], TODAY)
    assert (s.weight, s.signals) == ("zwaar", ["verzuim"])
    assert "verzuim" in s.reason().lower()
    # signals older than 90 days are no longer open
    assert wt.suggestion_for(store, p["id"], date(2027, 7, 1)).weight == "middel"
    change_status(store, p["id"], "nazorg", on=TODAY)
    assert wt.suggestion_for(store, p["id"], date(2027, 7, 1)).weight == "licht"


def test_caseload_weight_total(store):
    a = _person(store, "A", weight="zwaar", status="actief")
    _person(store, "B", weight="licht", status="nazorg")
    _person(store, "C", status="actief")  # no weight: counts as its suggestion (middel)
    closed = _person(store, "D", weight="zwaar", status="actief")
    change_status(store, closed["id"], "afgesloten", on=TODAY)
    total = wt.caseload_weight(store, TODAY)
    assert (total.total, total.participants) == (3 + 1 + 2, 3)
    # the counts add up to the total: C counts as the middel it is suggested to be
    assert dict(total.counts) == {"zwaar": 1, "licht": 1, "middel": 1} and total.suggested == 1
    assert "6 punten (1 licht, 1 middel, 1 zwaar), 1 met voorgestelde zwaarte" in total.summary()
    wt.set_weight(store, a["id"], "middel")
    assert wt.caseload_weight(store, TODAY).total == 5


def test_caseload_weight_reads_signals_only_for_participants_without_a_weight(store, monkeypatch):
    """Only an unset weight counts as its suggestion; both ways of reading the signals (for
    the few without a weight, or for everyone when many lack one) give the same total."""
    set_heavy = _person(store, "E", weight="licht", status="actief")
    unset = _person(store, "F", status="actief")
    for person in (set_heavy, unset):
        ac.save_moment(store, person["id"], {"planned_date": "2027-03-01", "done_date": "2027-03-01",
                                             "signals": ["verzuim", "conflict"]})
    # E keeps the weight the coach chose (1); F counts as its suggestion: actief + 2 signals.
    assert wt.suggestion_for(store, unset["id"], TODAY).weight == "zwaar"
    assert wt.caseload_weight(store, TODAY).total == 1 + 3
    monkeypatch.setattr(wt, "MAX_ID_PARAMS", 0)  # as when most of a big caseload has no weight
    assert wt.caseload_weight(store, TODAY).total == 1 + 3
    executed: list[str] = []
    store.db.conn.set_trace_callback(executed.append)
    try:
        wt.set_weight(store, unset["id"], "middel")
        executed.clear()
        assert wt.caseload_weight(store, TODAY).total == 1 + 2
    finally:
        store.db.conn.set_trace_callback(None)
    assert executed and not any("signals" in sql for sql in executed)  # nobody needs a suggestion


def test_the_weight_reason_speaks_the_language_of_the_window() -> None:
    from begeleider_app.domain.messages import set_language
    from begeleider_app.services.weight import suggest

    s = suggest("aanmelding", ["verzuim"], overdue=2)
    assert s.reason() == "fase aanmelding; signalen: verzuim; 2 contactmoment(en) te laat"
    set_language("en")
    try:
        assert s.reason() == "phase referral; signals: absence; 2 contact moment(s) overdue"
    finally:
        set_language("nl")

"""A small, fixed, synthetic caseload whose outcome figures were counted by hand.

Period 01-01-2025 to 31-12-2025, figures as of 30-06-2026. Every number in EXPECTED_TEAM is
worked out in the comments next to the people below (see docs/gebruikershandleiding.md,
"Resultaten", for the definitions). Only invented people.
"""

from __future__ import annotations

from datetime import date

PERIOD = (date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2026, 6, 30)

# id: person, intake, placements, moments (done date, work status). Comments: what counts.
PEOPLE: dict[str, dict] = {
    # started; ended 15-12-2025 (werk); ladder 3 -> 5 (up 2); paid 01-03-2025:
    # 6m mark 01-09-2025, contact 02-09 "werkt nog" -> at work; 12m mark 01-03-2026: no contact,
    # no end, closed 15-12-2025 < 15-01-2026 -> unknown. Intake 20-01 -> 01-03: 40 days (paid 40).
    # A deleted paid placement of 01-02-2025 counts nowhere.
    "P01": dict(person=dict(start_date="2025-01-10", status="afgesloten", closing_date="2025-12-15",
                            end_reason="werk", ladder_end="5", coach="Anna"),
                intake=("2025-01-20", "3"),
                placements=[("betaald_werk", "2025-03-01", None)],
                deleted_placements=[("betaald_werk", "2025-02-01", None)],
                moments=[("2025-09-02", "aan_het_werk")]),
    # started; ended 30-11-2025 (werk); ladder 4 -> 6 (up 2); trial 10-03, paid 11-04-2025:
    # 6m mark 11-10-2025, contact 20-10 "werkt nog" -> at work; 12m mark 11-04-2026: contacts
    # 05-04 "werkt niet meer" (6 days) and 20-04 "werkt nog" (9 days): nearest -> not at work.
    # Intake 05-02 -> 10-03: 33 days; -> paid 11-04: 65 days.
    "P02": dict(person=dict(start_date="2025-02-01", status="afgesloten", closing_date="2025-11-30",
                            end_reason="werk", ladder_end="6", coach="Anna"),
                intake=("2025-02-05", "4"),
                placements=[("proefplaatsing", "2025-03-10", "2025-04-10"),
                            ("betaald_werk", "2025-04-11", None)],
                moments=[("2025-10-20", "aan_het_werk"), ("2026-04-05", "niet_meer"),
                         ("2026-04-20", "aan_het_werk")]),
    # started; paid 01-05-2025 ended 30-09-2025, before both marks, nothing else paid ->
    # not at work at 6 and 12 months. Volunteer work 15-10-2025. Intake 03-03 -> 01-05: 59.
    "P03": dict(person=dict(start_date="2025-03-01", status="nazorg", coach="Anna"),
                intake=("2025-03-03", "2"),
                placements=[("betaald_werk", "2025-05-01", "2025-09-30"),
                            ("vrijwilligerswerk", "2025-10-15", None)],
                moments=[]),
    # started; paid 01-06 ended 31-10-2025, a new paid job from 15-11-2025 covers the marks
    # (01-12-2025, 01-06-2026) but nobody recorded it -> unknown at 6 and 12 months.
    # Intake 20-03 -> 01-06: 73 days. Two paid placements in the period.
    "P04": dict(person=dict(start_date="2025-03-15", status="geplaatst", coach="Anna"),
                intake=("2025-03-20", "3"),
                placements=[("betaald_werk", "2025-06-01", "2025-10-31"),
                            ("betaald_werk", "2025-11-15", None)],
                moments=[]),
    # started; paid 01-07-2025: 6m mark 01-01-2026, contact 03-01 "werkt nog" -> at work;
    # 12m mark 01-07-2026 is after today -> not yet due. Intake 02-04 -> 01-07: 90 days.
    "P05": dict(person=dict(start_date="2025-04-01", status="nazorg", coach="Anna"),
                intake=("2025-04-02", "4"),
                placements=[("betaald_werk", "2025-07-01", None)],
                moments=[("2026-01-03", "aan_het_werk")]),
    # started; paid 01-08-2025: 6m mark 01-02-2026: the contact that day noted nothing, the
    # one of 20-03-2026 is 47 days away (> 45) -> unknown; 12m not yet due. 10-05 -> 01-08: 83.
    "P06": dict(person=dict(start_date="2025-05-01", status="nazorg", coach="Anna"),
                intake=("2025-05-10", "3"),
                placements=[("betaald_werk", "2025-08-01", None)],
                moments=[("2026-02-01", None), ("2026-03-20", "aan_het_werk")]),
    # started; paid 20-12-2025: 6m mark 20-06-2026, contact 18-06 -> at work; 12m not yet due.
    # Intake 05-06 -> 20-12: 198 days.
    "P07": dict(person=dict(start_date="2025-06-01", status="geplaatst", coach="Anna"),
                intake=("2025-06-05", "2"),
                placements=[("betaald_werk", "2025-12-20", None)],
                moments=[("2026-06-18", "aan_het_werk")]),
    # started in 2024; ended 30-06-2025 (gestopt); ladder 3 -> 2 (down 1); learning work place
    # 15-01-2025, the first placement: intake 05-11-2024 -> 71 days (no paid work).
    "P08": dict(person=dict(start_date="2024-11-01", status="afgesloten", closing_date="2025-06-30",
                            end_reason="gestopt", ladder_end="2", coach="Bert"),
                intake=("2024-11-05", "3"),
                placements=[("leerwerkplek", "2025-01-15", None)],
                moments=[]),
    # started in 2024; ended 31-03-2025, no reason (unknown), no end step (ladder unknown);
    # language internship in 2024 (not counted; the first placement lies before the period),
    # work-experience place 01-02-2025 -> learning work place.
    "P09": dict(person=dict(start_date="2024-06-01", status="afgesloten", closing_date="2025-03-31",
                            coach="Anna"),
                intake=("2024-06-10", "2"),
                placements=[("taalstage", "2024-09-01", "2024-12-31"),
                            ("werkervaringsplaats", "2025-02-01", None)],
                moments=[]),
    # started; education 01-09 and volunteer work 01-10-2025; intake 03-07 -> 01-09: 60 days.
    "P10": dict(person=dict(start_date="2025-07-01", status="actief", coach="Bert"),
                intake=("2025-07-03", None),
                placements=[("opleiding", "2025-09-01", None),
                            ("vrijwilligerswerk", "2025-10-01", None)],
                moments=[]),
    # started; closed without a closing conversation: the status change of 01-12-2025 is the
    # end (verhuisd); ladder 3 -> 3 (same); trial week 01-10 (a trial placement): 04-08 -> 58.
    "P11": dict(person=dict(start_date="2025-08-01", status="afgesloten", end_reason="verhuisd",
                            ladder_end="3", coach="Bert"),
                intake=("2025-08-04", "3"),
                placements=[("proefweek", "2025-10-01", None)],
                status_changes=[("afgesloten", "2025-12-01")],
                moments=[]),
    # started; still at intake, no placement.
    "P12": dict(person=dict(start_date="2025-09-01", status="intake", coach="Anna"),
                intake=("2025-09-10", None), placements=[], moments=[]),
    # started after the period; paid work in 2026: counts nowhere.
    "P13": dict(person=dict(start_date="2026-01-05", status="actief", coach="Anna"),
                intake=("2026-01-06", "2"),
                placements=[("betaald_werk", "2026-02-01", None)], moments=[]),
    # started; archived (only 'team' and 'coach' see it); ended 20-12-2025 (werk); the intake
    # said 4 first and 6 later: the first value counts, 4 -> 5 (up 1); paid 20-10-2025:
    # 6m mark 20-04-2026, no contact, closed 20-12-2025 < 06-03-2026 -> unknown; 12m not due.
    # Intake 02-10 -> 20-10: 18 days.
    "P14": dict(person=dict(start_date="2025-10-01", status="afgesloten", closing_date="2025-12-20",
                            end_reason="werk", ladder_end="5", coach="Bert", archived=True),
                intake=("2025-10-02", "4"), intake_later="6",
                placements=[("betaald_werk", "2025-10-20", None)], moments=[]),
    # started; closed after the period (10-03-2026, werk): not ended in the period. Paid
    # 01-03-2025: no contacts, but closed in work on or after 45 days before both marks
    # (01-09-2025, 01-03-2026) -> at work at 6 and 12 months. Intake 20-02 -> 01-03: 9 days.
    "P15": dict(person=dict(start_date="2025-02-15", status="afgesloten", closing_date="2026-03-10",
                            end_reason="werk", ladder_end="6", coach="Bert"),
                intake=("2025-02-20", "3"),
                placements=[("betaald_werk", "2025-03-01", None)], moments=[]),
    # started; volunteer work 20-05-2025 began before the intake of 01-06: counted as a
    # placement, left out of the time to placement.
    "P16": dict(person=dict(start_date="2025-05-01", status="actief", coach="Anna"),
                intake=("2025-06-01", "2"),
                placements=[("vrijwilligerswerk", "2025-05-20", None)], moments=[]),
    # deleted (a tombstone): counts nowhere, its placement neither.
    "P17": dict(person=dict(start_date="2025-03-01", status="geplaatst", coach="Anna"),
                intake=("2025-03-02", "2"),
                placements=[("betaald_werk", "2025-04-01", None)], moments=[], deleted=True),
}

EXPECTED_TEAM = {
    "participants": 16,
    # everyone but P08, P09 (2024) and P13 (2026)
    "started": 13,
    # P01, P02, P08, P09, P11, P14
    "ended": 6,
    "ended_by_reason": {"werk": 3, "opleiding": 0, "dagbesteding": 0, "zorg": 0, "verhuisd": 1,
                        "gestopt": 1, "doorverwezen": 0, "anders": 0, "onbekend": 1},
    # paid: P01, P02, P03, P04 x2, P05, P06, P07, P14, P15; trial: P02, P11; learning: P08, P09;
    # volunteer: P03, P10, P16; education: P10
    "placements_by_kind": {"betaald_werk": 10, "proefplaatsing": 2, "leerwerkplek": 2,
                           "vrijwilligerswerk": 3, "opleiding": 1},
    "placed_people": 14,
    "retention": {
        # at work P01 P02 P05 P07 P15; not P03; unknown P04 P06 P14
        "6": {"at_work": 5, "not_at_work": 1, "unknown": 3, "not_due": 0},
        # at work P15; not P02 P03; unknown P01 P04; not due P05 P06 P07 P14
        "12": {"at_work": 1, "not_at_work": 2, "unknown": 2, "not_due": 4},
    },
    # up P01 (+2) P02 (+2) P14 (+1); same P11; down P08 (-1); unknown P09: mean 4/5
    "ladder": {"up": 3, "same": 1, "down": 1, "unknown": 1, "mean_change": 0.8},
    # 9 18 33 40 58 59 | 60 71 73 83 90 198 -> (59 + 60) / 2
    "median_days_to_first_placement": 59.5,
    # 9 18 40 59 65 73 83 90 198 -> 65
    "median_days_to_first_paid_work": 65,
    "hours_per_phase": None,
}

# What the funder sees (suppression on), group by group, as the export prints it.
EXPECTED_TEAM_SUPPRESSED = {
    "flow": ["13", "6"],
    # werk 3, verhuisd, gestopt and unknown 1: hidden; the total 6 is shown
    "reasons": ["<5", "0", "0", "0", "<5", "<5", "0", "0", "<5", "6"],
    "placements": ["10", "<5", "<5", "<5", "<5", "18", "14"],
    # 5 at work of 9: 56%
    "retention_6": ["5", "<5", "<5", "9", "56%", "0"],
    # due 5 is shown, all three parts hidden, and so is the share; 4 not yet due hidden
    "retention_12": ["<5", "<5", "<5", "5", "<5", "<5"],
    "ladder": ["<5", "<5", "<5", "<5", "6", "+0,8"],
    "time": ["59,5 dagen (over 12 deelnemers)", "65 dagen (over 9 deelnemers)"],
    "hours": ["Niet beschikbaar (het journaal ontbreekt nog)"],
}


def build(store) -> dict[str, str]:
    """Insert the caseload; returns {key: participant id}."""
    ids: dict[str, str] = {}
    for key, spec in PEOPLE.items():
        person = store.repo("participant").insert(
            {"first_name": f"Test{key}", "last_name": "Fictief", **spec["person"]})
        pid = ids[key] = person["id"]
        store.repo("status_change").insert({"participant_id": pid, "to_status": "aanmelding",
                                            "date": spec["person"]["start_date"]})
        for to_status, day in spec.get("status_changes", []):
            store.repo("status_change").insert({"participant_id": pid, "from_status": "actief",
                                                "to_status": to_status, "date": day})
        intake_date, step = spec["intake"]
        intake = store.repo("intake").insert({"participant_id": pid, "intake_date": intake_date,
                                              "participatieladder": step})
        if spec.get("intake_later"):
            store.repo("intake").update(intake["id"], {"participatieladder": spec["intake_later"]})
        for kind, start, end in spec["placements"]:
            store.repo("placement").insert({"participant_id": pid, "type": kind,
                                            "organisation": "Werkgever Fictief",
                                            "start_date": start, "end_date": end})
        for kind, start, end in spec.get("deleted_placements", []):
            row = store.repo("placement").insert({"participant_id": pid, "type": kind,
                                                  "organisation": "Werkgever Fictief",
                                                  "start_date": start, "end_date": end})
            store.repo("placement").delete(row["id"])
        for done, status in spec["moments"]:
            store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg",
                                                 "planned_date": done, "done_date": done,
                                                 "work_status": status})
        if spec.get("deleted"):
            store.repo("participant").delete(pid)
    return ids

"""Synthetic journal entries, budgets and contact-moment durations for the demo caseload.

Drawn from their own random stream, so adding the journal did not change any other demo
record. `add_journal_entries` also extends an existing database (the benchmark's organisation
database gets about 150 entries per participant this way).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from random import Random
from typing import Any

from ..storage.repository import Store
from .journal import PHASE_OF_STATUS

KINDS = ["huisbezoek", "telefoon", "werkplek", "video", "ketenoverleg", "email_app", "groep",
         "no_show"]
KIND_WEIGHTS = [3, 6, 5, 2, 2, 4, 1, 1]
MINUTES = {"huisbezoek": (45, 90), "telefoon": (10, 30), "werkplek": (45, 120), "video": (20, 45),
           "ketenoverleg": (30, 60), "email_app": (5, 15), "groep": (60, 120), "no_show": (15, 30)}
WHOM = {"werkplek": ["deelnemer", "werkgever"], "ketenoverleg": ["ketenpartner"],
        "groep": ["deelnemer"], "huisbezoek": ["deelnemer", "netwerk"]}
TEXTS = {
    "huisbezoek": ["Huisbezoek: samen het weekrooster doorgenomen. Wil graag meer uren.",
                   "Thuis gesproken over de reis naar het werk; busroute uitgeprint.",
                   "Post en brieven samen bekeken; afspraak met schuldhulp gemaakt."],
    "telefoon": ["Kort gebeld: gaat goed, vindt de vroege dienst zwaar.",
                 "Gebeld over de afspraak van volgende week; bevestigd.",
                 "Deelnemer belde zelf: fiets kapot, komt morgen later."],
    "werkplek": ["Op de werkplek meegekeken bij het orderpicken; tempo gaat omhoog.",
                 "Gesprek met werkbegeleider: komt op tijd, vraagt vaker om hulp.",
                 "Samen met de leidinggevende de taken voor de komende weken besproken."],
    "video": ["Beeldbellen over het sollicitatiegesprek van donderdag.",
              "Via video het cv bijgewerkt."],
    "ketenoverleg": ["Overleg met de klantmanager van de gemeente over de loonkostensubsidie.",
                     "Afstemming met taalschool over de lesdagen naast het werk."],
    "email_app": ["Appje gestuurd ter herinnering aan de afspraak.",
                  "Mail aan werkgever met het rooster van volgende maand."],
    "groep": ["Groepsbijeenkomst werknemersvaardigheden: oefenen met ziekmelden."],
    "no_show": ["Niet verschenen op de afspraak; later gebeld, was het vergeten."],
}
HEALTH_TEXTS = ["DEMO-MEDISCH: rugklachten nemen toe; huisarts geeft advies over tillen.",
                "DEMO-MEDISCH: slaapt slecht door medicatie, wil later beginnen."]
FOLLOW_UPS = ["Werkgever bellen over het rooster", "Busabonnement regelen",
              "Afspraak maken met de klantmanager", "Cv opsturen naar de werkgever"]


def _rows_for(rng: Random, new_id: Callable[[], str], person: dict[str, Any], goals: list[str],
              practice_start: str | None, count: int, today: date,
              contact_id: str | None) -> list[dict[str, Any]]:
    start = date.fromisoformat(person["start_date"]) if person.get("start_date") else today - timedelta(days=365)
    span = max(1, (today - start).days)
    out = []
    for k in range(count):
        day = start + timedelta(days=int(span * (k + rng.random()) / count))
        if day > today:
            day = today
        iso = day.isoformat()
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        if day < start + timedelta(days=20):
            phase = "intake"
        else:
            phase = PHASE_OF_STATUS.get(person.get("status") or "", "plan")
            if phase == "plan" and practice_start and iso >= practice_start:
                phase = "leerwerkplek"
            elif phase == "nazorg" and (not practice_start or iso < practice_start):
                phase = "plan"  # before the job began
        health = rng.random() < 0.05
        text = rng.choice(HEALTH_TEXTS if health else TEXTS[kind])
        linked = rng.sample(goals, min(len(goals), rng.choice([0, 1, 1, 2]))) if goals else []
        lo, hi = MINUTES[kind]
        whom = WHOM.get(kind, ["deelnemer"])
        out.append({
            "id": new_id(), "participant_id": person["id"], "date": iso, "kind": kind,
            "with_whom": whom, "contact_id": contact_id if "werkgever" in whom else None,
            "minutes": 5 * rng.randint(lo // 5, hi // 5), "phase": phase, "goal_ids": linked,
            "text": text, "health": health,
        })
    return out


def journal_rows(rng: Random, new_id: Callable[[], str], rows: dict[str, list[dict[str, Any]]],
                 counts: tuple[int, int], today: date) -> dict[str, list[dict[str, Any]]]:
    """Journal entries and budgets for the demo's ``rows`` (not yet stored); also gives done
    contact moments a duration."""
    goals: dict[str, list[str]] = {}
    for g in rows.get("goal", []):
        goals.setdefault(g["participant_id"], []).append(g["id"])
    practice: dict[str, tuple[str | None, str | None]] = {}
    for p in rows.get("placement", []):
        # a learning place: "leerwerkplek" from its start; paid work: "nazorg" from its start
        practice[p["participant_id"]] = (p.get("start_date"), p.get("contact_id"))
    out: dict[str, list[dict[str, Any]]] = {"journal_entry": [], "hours_budget": []}
    for person in rows.get("participant", []):
        pstart, contact = practice.get(person["id"], (None, None))
        out["journal_entry"] += _rows_for(rng, new_id, person, goals.get(person["id"], []), pstart,
                                          rng.randint(*counts), today, contact)
        if person.get("status") in ("geplaatst", "nazorg") and rng.random() < 0.7:
            begin = today - timedelta(days=rng.randint(60, 200))
            out["hours_budget"].append({
                "id": new_id(), "participant_id": person["id"], "granted_by": "uwv",
                "basis": "uren", "hours": rng.choice([8, 12, 20]),
                "period_start": begin.isoformat(),
                "period_end": (begin + timedelta(days=182)).isoformat(),
                "reference": f"UWV-JC-{rng.randint(10000, 99999)}"})
    for moment in rows.get("contact_moment", []):
        if moment.get("done_date"):
            moment["minutes"] = rng.choice([20, 30, 45, 60])
    return out


def add_journal_entries(store: Store, per_participant: int, *, seed: int = 16,
                        today: date | None = None, participant_ids: list[str] | None = None) -> int:
    """Add about ``per_participant`` journal entries to every participant of an existing
    database (or to ``participant_ids``; benchmarks). Returns the number of entries added."""
    rng = Random(seed)
    today = today or date.today()
    db = store.db
    people = [{"id": r[0], "status": r[1], "start_date": r[2]} for r in db.execute(
        "SELECT id, status, start_date FROM participant WHERE deleted = 0")]
    if participant_ids is not None:
        wanted = set(participant_ids)
        people = [p for p in people if p["id"] in wanted]
    goals = [{"id": r[0], "participant_id": r[1]} for r in db.execute(
        "SELECT id, participant_id FROM goal WHERE deleted = 0")]
    placements = [{"participant_id": r[0], "type": r[1], "start_date": r[2], "contact_id": r[3]}
                  for r in db.execute("SELECT participant_id, type, start_date, contact_id "
                                      "FROM placement WHERE deleted = 0")]

    def new_id() -> str:
        import uuid

        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    made = journal_rows(rng, new_id, {"participant": people, "goal": goals,
                                      "placement": placements},
                        (per_participant - 5, per_participant + 5), today)
    with store.transaction():
        store.repo("journal_entry").insert_many(made["journal_entry"])
    return len(made["journal_entry"])



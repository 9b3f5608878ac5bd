"""A synthetic caseload: every phase filled, identical (ids included) for the same seed.

Only invented people: names are combined at random from common Dutch and newcomer first and
last names, some with their name in Arabic or Ge'ez script.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any

from ..domain.fields import ZRM_DOMAINS
from ..storage.repository import Store
from .demo_journal import journal_rows
from .observations import DEFAULT_ITEMS, DEFAULT_SCALE

DEMO_TODAY = date(2026, 11, 30)

DUTCH_FIRST = ["Anouk", "Bram", "Daan", "Eva", "Fleur", "Gerrit", "Hanneke", "Joost", "Lotte",
               "Maarten", "Noor", "Pieter", "Roos", "Sanne", "Thijs", "Wouter", "Zoë", "Chloë",
               "Joëlle", "Sem", "Jesse", "Ilse", "Kees", "Mirjam"]
DUTCH_LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
              "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Kok",
              "van der Heijden", "Groen", "Çelik", "Yılmaz", "Öztürk"]
# (latin first, latin last, native script or None)
NEWCOMER = [
    ("Mohammed", "Al-Hassan", "محمد الحسن"), ("Fatima", "Haddad", "فاطمة حداد"),
    ("Ahmad", "Khalil", "أحمد خليل"), ("Rania", "Saleh", "رانيا صالح"),
    ("Omar", "Nasser", "عمر ناصر"), ("Yusuf", "Rahimi", None), ("Layla", "Mansour", "ليلى منصور"),
    ("Samir", "Aziz", None), ("Huda", "Karimi", None),
    ("Tesfaye", "Gebremedhin", "ተስፋየ ገብረመድህን"), ("Selam", "Tesfamariam", "ሰላም ተስፋማርያም"),
    ("Yonas", "Haile", "ዮናስ ሃይለ"), ("Mebrat", "Kidane", "መብራት ኪዳነ"),
    ("Abel", "Berhane", None), ("Senait", "Woldu", "ሰናይት ወልዱ"),
    ("Amina", "Abdi", None), ("Hamid", "Sultani", None),
]
EMPLOYERS = ["Kringloop De Zuid", "Groenbedrijf Vechtdal", "Supermarkt De Hoek", "Zorgcentrum Het Anker",
             "Fietsenmaker Van Wijk", "Bakkerij Brood & Zo", "Logistiek Twente", "Hotel De Linde",
             "Schoonmaakbedrijf Glans", "Gemeentewerf Zwolle", "Tuincentrum De Bron", "Metaal Oost"]
TASKS = ["vakken vullen en spiegelen", "kassawerk onder begeleiding", "groenonderhoud in een team",
         "orderpicken in het magazijn", "afwassen en keukenhulp", "fietsen repareren", "inpakken en sorteren",
         "schoonmaken van kantoren", "klanten helpen zoeken in de winkel"]
TALENTS = ["Handig met gereedschap", "Goed met mensen", "Precies en netjes", "Snel van begrip",
           "Doorzetter", "Creatief", "Rustig onder druk", "Spreekt meerdere talen"]
GOALS = ["Ik kom elke werkdag op tijd op mijn werkplek.", "Ik kan zelf met de bus naar mijn werk.",
         "Ik vraag om hulp als ik iets niet begrijp.", "Ik haal mijn taaldiploma A2.",
         "Ik werk 24 uur per week in de logistiek.", "Ik heb een buddy op mijn werk.",
         "Ik vertel aan mijn leidinggevende als ik ziek ben.", "Ik durf in het Nederlands te bellen.",
         "Ik weet welk werk bij mij past.", "Ik heb een betaalde baan in de zorg."]
REASONS = ["Doel was te groot; in kleinere stappen verdeeld.", "Deelnemer wil liever buiten werken.",
           "Taalniveau gaat sneller dan verwacht.", "Pauze door verhuizing; planning aangepast."]
ACTIONS = ["Busroute samen oefenen", "Inschrijven bij taalschool", "Gesprek met werkgever plannen",
           "CV bijwerken", "Fiets laten maken", "Kinderopvang regelen", "Buddy voorstellen"]


def _language_of(first_name: str) -> str:
    """A plausible first language for a newcomer's first name (demo data only)."""
    for first, _last, native in NEWCOMER:
        if first == first_name and native:
            return "Arabisch" if any("\u0600" <= ch <= "\u06ff" for ch in native) else "Tigrinya"
    return {"Yusuf": "Dari", "Samir": "Arabisch", "Huda": "Arabisch", "Abel": "Tigrinya",
            "Amina": "Somalisch", "Hamid": "Dari"}.get(first_name, "Arabisch")


@dataclass(frozen=True)
class DemoScale:
    """How much history each participant gets; `org` matches the benchmark organisation."""

    goals: tuple[int, int] = (2, 5)
    revisions: tuple[int, int] = (0, 2)
    observations: tuple[int, int] = (1, 5)
    moments: int = 7
    journal: tuple[int, int] = (5, 9)  # journal entries per participant

    @classmethod
    def named(cls, name: str) -> DemoScale:
        if name == "org":
            # Sized to the benchmark issue: ~100,000 observations and ~40,000 contact moments.
            # The journal is added apart (bench: ``demo_journal.add_journal_entries``), so
            # the other figures keep measuring the same file.
            return cls(goals=(10, 10), revisions=(3, 3), observations=(63, 63), moments=62,
                       journal=(0, 0))
        return cls()


class _Ids:
    def __init__(self, rng: Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def generate_demo(
    store: Store, participants: int, seed: int = 1, *, today: date = DEMO_TODAY,
    scale: DemoScale | None = None,
) -> int:
    """Fill ``store`` with a synthetic caseload. Returns the number of participants."""
    scale = scale or DemoScale()
    rng = Random(seed)
    new_id = _Ids(rng)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (
        "participant", "status_change", "intake", "work_history", "education", "goal",
        "goal_revision", "action", "contact", "placement", "observation", "contact_moment", "consent")}

    def d(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    employers = []
    for name in EMPLOYERS:
        cid = new_id()
        employers.append((cid, name))
        rows["contact"].append({"id": cid, "role": "werkgever", "name": f"{rng.choice(DUTCH_FIRST)} {rng.choice(DUTCH_LAST)}",
                                "organisation": name, "phone": f"0{rng.randint(100000000, 999999999)}",
                                "email": f"info@{name.split()[0].lower()}.example"})

    for _n in range(participants):
        pid = new_id()
        if rng.random() < 0.45:
            first, last, native = rng.choice(NEWCOMER)
            language = _language_of(first)
            if rng.random() < 0.5:
                # Mix first and last names for variety; the name in own script would no longer
                # match, so it is left out.
                first, native = rng.choice(NEWCOMER)[0], None
                last = rng.choice(NEWCOMER)[1]
                language = _language_of(first)
            group = "statushouder"
        else:
            first, last, native = rng.choice(DUTCH_FIRST), rng.choice(DUTCH_LAST), None
            group = rng.choice(["lvb", "jongere", "langdurig_werkloos"])
            language = "Nederlands"
        status = rng.choices(["aanmelding", "intake", "actief", "gepauzeerd", "geplaatst", "nazorg", "afgesloten"],
                             [1, 2, 6, 1, 2, 3, 1])[0]
        # Trajectories with a placement started long enough ago that every observation of
        # it lies in the past.
        min_days = 30 if status in ("aanmelding", "intake") else 7 * (scale.observations[1] + 1) + 60
        start = -rng.randint(min_days, max(600, min_days + 200))
        rows["participant"].append({
            "id": pid, "first_name": first, "last_name": last, "name_native": native,
            "birth_date": date(rng.randint(1965, 2006), rng.randint(1, 12), rng.randint(1, 28)).isoformat(),
            "phone": f"06{rng.randint(10000000, 99999999)}", "target_group": group, "status": status,
            "weight": rng.choice(["licht", "middel", "zwaar"]), "start_date": d(start),
            "referrer": rng.choice(["gemeente", "uwv"]), "benefit": rng.choice(["bijstand", "ww", "wajong", "geen"]),
            "coach": "Demo Begeleider", "approach": rng.choice(["snel", "duurzaam"]),
            "plan_notes": "Eerst ritme opbouwen, daarna een passende plek zoeken.",
        })
        rows["status_change"].append({"id": new_id(), "participant_id": pid, "to_status": "aanmelding",
                                      "date": d(start)})
        if status != "aanmelding":
            rows["status_change"].append({"id": new_id(), "participant_id": pid, "from_status": "aanmelding",
                                          "to_status": status, "date": d(start + 20),
                                          "reason": "Verhuizing en ziekte in het gezin" if status == "gepauzeerd" else None})
        intake = {
            "id": new_id(), "participant_id": pid, "intake_date": d(start + 7),
            "own_words": f"Ik ben {first}. Ik wil graag werken en nieuwe mensen leren kennen.",
            "can_and_want": "Wil graag praktisch werk doen, liefst met een vaste ploeg.",
            "talents": ", ".join(rng.sample(TALENTS, 2)), "interests": "Koken, voetbal, techniek",
            "motivation": "Geld verdienen voor het gezin en meedoen.",
            "work_meaning": rng.sample(["geld", "ontwikkeling", "mensen", "structuur"], 2),
            "dutch_level": "moedertaal" if language == "Nederlands" else rng.choice(["A1", "A2", "B1"]),
            "first_language": language,
            "hours_available": rng.choice([16, 24, 32]), "transport": rng.sample(["fiets", "ov", "rijbewijs"], 1),
            "private_circumstances": "Alleenstaand, woont sinds kort in de gemeente.",
            "network": "Kleine kring van vrienden uit de eigen gemeenschap.",
            "health": "DEMO-MEDISCH: rugklachten bij lang tillen.",
            "support_needs": "Vaste begeleider op de werkvloer de eerste weken.",
            "instruction_tips": "Voordoen, dan zelf laten doen; laat het in eigen woorden herhalen.",
            "participatieladder": str(rng.randint(2, 5)),
        }
        for suffix, *_ in rng.sample(ZRM_DOMAINS, 4):
            intake[f"zrm_{suffix}"] = str(rng.randint(2, 5))
        rows["intake"].append(intake)
        for _ in range(rng.randint(0, 2)):
            rows["work_history"].append({"id": new_id(), "participant_id": pid, "employer": rng.choice(EMPLOYERS),
                                         "role": rng.choice(["Magazijnmedewerker", "Kok", "Kapper", "Lasser", "Verkoper"]),
                                         "start_year": rng.randint(2005, 2015), "end_year": rng.randint(2016, 2024)})
        if rng.random() < 0.7:
            course, level = rng.choice(
                [("Inburgeringscursus", "basis"), ("Opleiding tot elektricien (Syrië)", "buitenland"),
                 ("Middelbare school (Eritrea)", "buitenland")] if group == "statushouder" else
                [("Mbo Logistiek", "mbo"), ("Vmbo Techniek", "vmbo"), ("Mbo Zorg en Welzijn", "mbo")])
            rows["education"].append({"id": new_id(), "participant_id": pid, "course": course,
                                      "level": level, "year": rng.randint(2010, 2025),
                                      "diploma": rng.random() < 0.5})
        for g in range(rng.randint(*scale.goals)):
            gid = new_id()
            text = rng.choice(GOALS)
            revs = rng.randint(*scale.revisions)
            rows["goal"].append({"id": gid, "participant_id": pid, "text": text, "term": rng.choice(["kort", "lang"]),
                                 "capital": rng.choice(["cultureel", "psychologisch", "sociaal"]),
                                 "status": "bijgesteld" if revs else rng.choice(["open", "bezig", "behaald"]), "sort_order": g})
            prev = text
            for r in range(revs):
                new_text = rng.choice(GOALS)
                rows["goal_revision"].append({"id": new_id(), "participant_id": pid, "goal_id": gid,
                                              "revised_on": d(start + 30 + 20 * r), "previous_text": prev,
                                              "new_text": new_text, "reason": rng.choice(REASONS)})
                prev = new_text
            if revs:
                rows["goal"][-1]["text"] = prev
            for _ in range(rng.randint(1, 2)):
                due = rng.randint(-20, 40)
                # Most actions that were due are done; a few are late, as in real plans.
                done = rng.random() < (0.85 if due < 0 else 0.2)
                rows["action"].append({"id": new_id(), "participant_id": pid, "goal_id": gid,
                                       "description": rng.choice(ACTIONS), "owner": rng.choice(["deelnemer", "coach", "partner"]),
                                       "due_date": d(due), "done": done,
                                       "done_on": d(-rng.randint(1, 10)) if done else None})
        if status in ("actief", "geplaatst", "nazorg", "afgesloten", "gepauzeerd"):
            employer_id, employer = rng.choice(employers)
            plid = new_id()
            placed = status in ("geplaatst", "nazorg", "afgesloten")
            pstart = start + 60
            rows["placement"].append({"id": plid, "participant_id": pid,
                                      "type": "betaald_werk" if placed else rng.choice(["leerwerkplek", "taalstage", "proefweek", "werkervaringsplaats"]),
                                      "organisation": employer, "contact_id": employer_id, "contact_person": "Werkbegeleider",
                                      "start_date": d(pstart), "hours_per_week": rng.choice([16, 24, 32]),
                                      "tasks": rng.choice(TASKS), "arrangements": rng.sample(["proefplaatsing", "loonkostensubsidie", "jobcoach", "no_riskpolis"], 2)})
            for k in range(rng.randint(*scale.observations)):
                # Ratings drift upwards over the weeks, as they do when a placement works.
                items = [{"key": key, "label": label,
                          "value": None if rng.random() < 0.12 else min(5, max(1, round(rng.gauss(2.6 + k * 0.25, 0.7))))}
                         for key, label in DEFAULT_ITEMS]
                rows["observation"].append({"id": new_id(), "participant_id": pid, "placement_id": plid,
                                            "date": d(pstart + 7 * (k + 1)),
                                            "ratings": {"scale": list(DEFAULT_SCALE), "items": items},
                                            "what_happened": "Kwam een kwartier te laat door een lekke band.",
                                            "learning_point": "Op tijd bellen als je later komt.",
                                            "why_important": "Collega's rekenen op je bij de start van de dienst.",
                                            "went_well": "Werkte zorgvuldig en hielp een collega."})
            if placed:
                offsets = [7, 28, 61, 122, 183, 274, 365][: scale.moments] + list(range(400, 400 + 30 * max(0, scale.moments - 7), 30))
                for i, off in enumerate(offsets):
                    when = pstart + off
                    if status == "afgesloten" and when >= 0:
                        break  # a closed trajectory has no future aftercare
                    # Older moments are done; a few recent ones are still open (overdue).
                    done = when < -60 or (when < 0 and (status == "afgesloten" or rng.random() < 0.4))
                    rows["contact_moment"].append({"id": new_id(), "participant_id": pid, "label": f"Nazorg {i + 1}",
                                                   "planned_date": d(when), "done_date": d(when) if done else None,
                                                   "with_whom": ["deelnemer", "werkgever"], "together": rng.choice(["samen", "apart"]),
                                                   "mode": rng.choice(["werkplek", "telefonisch", "huisbezoek", "wandelen"]),
                                                   "notes": "Gaat goed; vindt het rooster nog zwaar." if done else None,
                                                   "signals": rng.sample(["motivatie", "verzuim", "prive"], rng.randint(0, 1)) if done else [],
                                                   "is_closing": i == len(offsets) - 1})
                if rng.random() < 0.5:
                    rows["contact"].append({"id": new_id(), "participant_id": pid, "role": "buddy",
                                            "name": f"{rng.choice(DUTCH_FIRST)} {rng.choice(DUTCH_LAST)}", "organisation": employer,
                                            "phone": f"06{rng.randint(10000000, 99999999)}", "period_start": d(pstart)})
                rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": employer_id,
                                        "recipient_name": employer, "topics": ["profiel", "observaties", "ondersteuning", "afspraken"],
                                        "given_on": d(pstart - 5), "form": "schriftelijk", "expires_on": d(pstart + 365)})
                # Some consents ran out or were withdrawn, so the register shows every state.
                old_id, old_employer = rng.choice(employers)
                ended = rng.random()
                if ended < 0.15:
                    rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": old_id,
                                            "recipient_name": old_employer, "topics": ["profiel"],
                                            "given_on": d(start), "form": "mondeling", "expires_on": d(start + 90)})
                elif ended < 0.25:
                    rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": old_id,
                                            "recipient_name": old_employer, "topics": ["profiel", "afspraken"],
                                            "given_on": d(start), "form": "schriftelijk", "withdrawn_on": d(start + 40)})

    # The journal draws from its own stream: the records above stay what they were.
    jrng = Random(seed * 1_000_003 + 16)
    rows.update(journal_rows(jrng, _Ids(jrng), rows, scale.journal, today))

    # The same seed gives the same file on any machine: a fixed writer id and a fixed clock.
    clock_base = datetime(today.year, today.month, today.day, 8, 0, tzinfo=UTC)
    saved = store.clock, store.device_id
    store.clock, store.device_id = (lambda: clock_base), f"demo{seed:08d}"
    try:
        with store.transaction():
            for entity_name, entity_rows in rows.items():
                if entity_rows:
                    store.repo(entity_name).insert_many(entity_rows)
    finally:
        store.clock, store.device_id = saved
    return participants

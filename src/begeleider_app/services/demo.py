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
from ..storage import ids
from ..storage.repository import Store
from .demo_journal import journal_rows
from .observations import DEFAULT_ITEMS, DEFAULT_SCALE, SET_PREFIX, compact_ratings, set_ref

#: The default observation items as the demo's ratings store them (key, label; in order).
ITEM_LIST = [[key, label] for key, label in DEFAULT_ITEMS]

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
        return ids.encode(uuid.UUID(int=self.rng.getrandbits(128), version=4))


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
        "goal_revision", "action", "contact", "placement", "observation", "contact_moment", "consent",
        "service", "referral", "group_session", "group_attendance")}

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
                values = [None if rng.random() < 0.12 else min(5, max(1, round(rng.gauss(2.6 + k * 0.25, 0.7))))
                          for _ in DEFAULT_ITEMS]
                rows["observation"].append({"id": new_id(), "participant_id": pid, "placement_id": plid,
                                            "date": d(pstart + 7 * (k + 1)),
                                            "ratings": compact_ratings(ITEM_LIST, DEFAULT_SCALE, values)[1],
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
                                            "phone": f"06{rng.randint(10000000, 99999999)}", "period_start": d(pstart),
                                            "buddy_kind": "werkvloer"})
                rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": employer_id,
                                        "recipient_name": employer, "recipient_kind": "werkgever",
                                        "topics": ["profiel", "observaties", "ondersteuning", "afspraken"],
                                        "given_on": d(pstart - 5), "form": "schriftelijk", "expires_on": d(pstart + 365)})
                # Some consents ran out or were withdrawn, so the register shows every state.
                old_id, old_employer = rng.choice(employers)
                ended = rng.random()
                if ended < 0.15:
                    rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": old_id,
                                            "recipient_name": old_employer, "recipient_kind": "werkgever",
                                            "topics": ["profiel"],
                                            "given_on": d(start), "form": "mondeling", "expires_on": d(start + 90)})
                elif ended < 0.25:
                    rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": old_id,
                                            "recipient_name": old_employer, "recipient_kind": "werkgever",
                                            "topics": ["profiel", "afspraken"],
                                            "given_on": d(start), "form": "schriftelijk", "withdrawn_on": d(start + 40)})

    _outcome_details(rows, seed, today)
    later = _referrer_story(rows, seed, d)
    _network_demo(rows, Random(seed * 7919 + 19), today)
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
            # The item list the demo's observations refer to (services/observations.py).
            key = SET_PREFIX + set_ref(ITEM_LIST)
            if rows["observation"] and not store.repo("org_setting").find(
                    "key = ?", [key], include_deleted=True, limit=1):
                store.repo("org_setting").insert({"key": key, "value": ITEM_LIST})
            if participants <= LATER_SCORES_UP_TO:
                intakes = store.repo("intake")
                for intake_id, changes in later:
                    intakes.update(intake_id, changes)
    finally:
        store.clock, store.device_id = saved
    # Thousands of records went into an empty file in one go, so its pages and indexes are
    # only partly filled (records arrive in random id order): rewrite it once, compactly.
    # VACUUM may renumber rowids, which the full-text indexes refer to: rebuild them.
    store.db.execute("VACUUM")
    from ..storage.search import rebuild_index

    rebuild_index(store.db)
    return participants


DEMO_COACHES = ("Demo Begeleider", "Sanne Kok", "Yusuf Demir")


def _outcome_details(rows: dict[str, list[dict[str, Any]]], seed: int, today: date) -> None:
    """What the outcome figures read: the coach of each trajectory, why a closed one ended and
    its participatieladder step then, other kinds of placement, and what the aftercare moments
    around 6 and 12 months found about the work. A random stream of its own, so the rest of the
    demo stays exactly as it was for the same seed."""
    rng = Random(f"outcomes-{seed}")
    ladder = {row["participant_id"]: int(row["participatieladder"]) for row in rows["intake"]}
    first_placement: dict[str, str] = {}
    for placement in rows["placement"]:
        first_placement.setdefault(placement["participant_id"], placement["start_date"])
        if placement["type"] != "betaald_werk":
            roll = rng.random()
            if roll < 0.2:
                placement["type"] = "vrijwilligerswerk"
            elif roll < 0.3:
                placement["type"] = "opleiding"
            elif roll < 0.45:
                placement["type"] = "proefplaatsing"
    for person in rows["participant"]:
        pid = person["id"]
        person["coach"] = rng.choices(DEMO_COACHES, [6, 3, 2])[0]
        if person["status"] != "afgesloten":
            continue
        person["end_reason"] = rng.choices(
            ["werk", "opleiding", "gestopt", "verhuisd", None], [6, 1, 1, 1, 1])[0]
        step = ladder.get(pid, 3)
        if rng.random() < 0.85:
            gain = 1 if person["end_reason"] != "werk" else rng.choice([1, 2, 2, 3])
            person["ladder_end"] = str(max(1, min(6, step + rng.choice([-1, 0, 0]) + gain)))
        placed = first_placement.get(pid)
        end = date.fromisoformat(placed) + timedelta(days=365) if placed else today
        person["closing_date"] = min(end, today - timedelta(days=5)).isoformat()
    # The aftercare moments at about 6 and 12 months say whether the participant still works;
    # a few were done without noting it (those count as unknown).
    by_person: dict[str, list[dict[str, Any]]] = {}
    for moment in rows["contact_moment"]:
        by_person.setdefault(moment["participant_id"], []).append(moment)
    for moments in by_person.values():
        for index in (4, 6):  # "Nazorg 5" (6 months) and "Nazorg 7" (12 months)
            if index < len(moments) and moments[index].get("done_date"):
                moments[index]["work_status"] = rng.choices(
                    ["aan_het_werk", "niet_meer", None], [7, 2, 1])[0]
# A demo of up to this many participants records the instruments twice (at the start, and
# now: the intake's history), as the referrer report compares them; an organisation-size
# benchmark database skips the extra writes.
LATER_SCORES_UP_TO = 500
REFERRERS = (("gemeente", "Gemeente Zwolle, Werk en Inkomen", "Anja Hendriks"),
             ("uwv", "UWV Werkbedrijf Zwolle", "Karim Bouali"))
CONCLUSIONS = [
    "{first} werkt gemotiveerd aan de doelen. Het ritme van werken gaat steeds beter; de "
    "begeleiding wordt afgebouwd.",
    "{first} heeft een passende plek gevonden en werkt zelfstandiger. Er zijn weinig signalen; "
    "de nazorg loopt volgens plan.",
    "{first} maakt kleine stappen. Een vaste werkbegeleider en een duidelijke planning helpen.",
]
ADVICE = [
    "Het traject voortzetten tot het einde van de nazorg en dan afsluiten.",
    "Verlengen met drie maanden, met de nadruk op taal op de werkvloer.",
    "Loonwaarde opnieuw laten bepalen na zes maanden werk.",
]


def _referrer_story(rows: dict[str, list[dict[str, Any]]], seed: int,
                    d: Any) -> list[tuple[str, dict[str, Any]]]:
    """What the referrer report tells (issue 17): a believable status history with pauses,
    instruments that moved since the start, referrer contacts and consents, the coach's
    conclusion, and a closing conversation for closed trajectories.

    It draws from a random generator of its own, so the rest of the demo is the same as
    before it existed. Returns the intake changes to write after the rows (their history is
    what "at the start" reads).
    """
    rng = Random(f"referrer-{seed}")
    new_id = _Ids(rng)
    referrers = {}
    for kind, org, person in REFERRERS:
        cid = new_id()
        referrers[kind] = (cid, org)
        rows["contact"].append({"id": cid, "role": "verwijzer", "name": person, "organisation": org,
                                "email": f"verwijzing@{org.split()[0].lower()}.example"})
    placements = {p["participant_id"]: p for p in rows["placement"]}
    moments: dict[str, list[dict[str, Any]]] = {}
    for m in rows["contact_moment"]:
        moments.setdefault(m["participant_id"], []).append(m)
    intakes = {i["participant_id"]: i for i in rows["intake"]}
    goals: dict[str, list[dict[str, Any]]] = {}
    for goal in rows["goal"]:
        goals.setdefault(goal["participant_id"], []).append(goal)
    changes = {c["participant_id"]: c for c in rows["status_change"] if c.get("from_status")}
    later: list[tuple[str, dict[str, Any]]] = []
    order = ["aanmelding", "intake", "actief", "geplaatst", "nazorg", "afgesloten"]
    for person in rows["participant"]:
        pid, status = person["id"], person["status"]
        start = (date.fromisoformat(person["start_date"]) - date.fromisoformat(d(0))).days
        change = changes.get(pid)
        if change is None:
            continue  # still at aanmelding
        # aanmelding -> intake -> actief [-> gepauzeerd -> actief] -> geplaatst -> nazorg -> ...
        final = "actief" if status == "gepauzeerd" else status
        steps = order[1:order.index(final) + 1]
        dates = {"intake": start + 7, "actief": start + 20, "geplaatst": start + 60,
                 "nazorg": start + 90}
        story: list[tuple[str, int, str | None]] = [(s, dates.get(s, 0), None) for s in steps]
        if status == "afgesloten":
            done = [m for m in moments.get(pid, []) if m.get("done_date")]
            end = max((m["done_date"] for m in done), default=d(start + 400))
            story[-1] = ("afgesloten", (date.fromisoformat(end) - date.fromisoformat(d(0))).days, None)
            for goal in goals.get(pid, []):  # a closed trajectory reached its (revised) goals
                if goal["status"] != "gestopt":
                    goal["status"] = "behaald"
            person.update({"closing_date": end, "closing_evaluation":
                           "Tevreden over de begeleiding; wil later meer uren werken.",
                           "closing_help_later": "Bij vragen over werk of geld: het Werkplein "
                           "van de gemeente, of de begeleider."})
        if status == "gepauzeerd" or (len(steps) > 3 and rng.random() < 0.35):
            at = start + 35
            pause = [("gepauzeerd", at, "Verhuizing; planning aangepast."), ("actief", at + 14, None)]
            story = story[:2] + pause + story[2:] if status != "gepauzeerd" else story + pause[:1]
        previous = "aanmelding"
        first_row = True
        for to_status, day, reason in story:
            values = {"participant_id": pid, "from_status": previous, "to_status": to_status,
                      "date": d(day), "reason": reason}
            if first_row:
                change.update(values)  # the demo's own row becomes the first step
                first_row = False
            else:
                rows["status_change"].append({"id": new_id(), **values})
            previous = to_status
        # Instruments at the start are a step or two lower than now.
        intake = intakes[pid]
        now: dict[str, Any] = {}
        if status in ("geplaatst", "nazorg", "afgesloten"):
            # in paid work now: step 5 of the ladder, from where the intake found them
            now["participatieladder"] = "5"
            intake["participatieladder"] = str(min(4, int(intake["participatieladder"])))
        for name in [n for n in intake if n.startswith("zrm_")
                     or (n == "participatieladder" and n not in now)]:
            value = int(intake[name])
            lower = max(1, value - rng.choice([0, 1, 1, 2]))
            if lower != value:
                now[name] = str(value)
                intake[name] = str(lower)
        if now:
            later.append((intake["id"], now))
        kind = person.get("referrer") or "gemeente"
        cid, org = referrers.get(kind, referrers["gemeente"])
        topics = ["observaties", "profiel"] + (["prive"] if rng.random() < 0.4 else [])
        rows["consent"].append({"id": new_id(), "participant_id": pid, "recipient_contact_id": cid,
                                "recipient_name": org, "recipient_kind": "verwijzer",
                                "topics": topics, "given_on": d(start + 7), "form": "schriftelijk"})
        if pid in placements or status in ("nazorg", "afgesloten"):
            person["report_conclusion"] = rng.choice(CONCLUSIONS).format(first=person["first_name"])
            person["report_advice"] = rng.choice(ADVICE)
    return later


# ---------------------------------------------------------------- the network (issue 19)

# (name, kind, organisation, offer, region, contact person) - invented organisations only.
SERVICES = [
    ("Schuldhulp Zwolle", "schuldhulp", "Gemeente Zwolle",
     "Hulp bij schulden, budgetcoaching en een eerste gesprek binnen twee weken.", "Zwolle",
     "Marloes Kuipers"),
    ("Geldmaatjes IJsselland", "schuldhulp", "Stichting Samen Rond",
     "Vrijwilligers helpen een jaar lang met post, rekeningen en overzicht.", "IJsselland",
     "Henk Ter Horst"),
    ("Wijkteam Zuid", "welzijn", "Gemeente Zwolle",
     "Vragen over zorg, opvoeding, wonen en geld in de wijk.", "Zwolle-Zuid", "Fenna Oosting"),
    ("Praktijkondersteuner GGZ De Linde", "zorg", "Huisartsenpraktijk De Linde",
     "Kortdurende gesprekken bij stress, somberheid of slecht slapen.", "Zwolle", None),
    ("Taalhuis Vechtdal", "taal", "Bibliotheek Vechtdal",
     "Taalcafé, oefenen met lezen en schrijven, hulp bij digitale formulieren.", "Vechtdal",
     "Samira El Idrissi"),
    ("Inburgering en taal op maat", "taal", "Taalschool Woordwijs",
     "Inburgeringslessen A1-B1, ook in de avond.", "Zwolle", "Peter Dijkstra"),
    ("Mbo Entree-opleiding", "onderwijs", "Vakcollege Oost",
     "Entree-opleiding (niveau 1) met stage, instroom elk kwartaal.", "Overijssel",
     "Ingrid Wolters"),
    ("Maatjes in Zwolle", "maatjesproject", "Stichting Naast Elkaar",
     "Een vrijwillig maatje voor minstens een jaar, ook uit de eigen gemeenschap.", "Zwolle",
     "Yara Haddad"),
    ("Buddy op het werk", "maatjesproject", "Netwerk Werkmaatjes",
     "Koppelt collega's als buddy aan nieuwe medewerkers in hun eerste jaar.", "Overijssel", None),
    ("Vrijwilligerscentrale De Schakel", "vrijwilligerswerk", "De Schakel",
     "Vacaturebank voor vrijwilligerswerk en begeleiding bij de eerste weken.", "Zwolle",
     "Bert Mulder"),
    ("Werkgeversservicepunt IJsselland", "werkgever", "Regio IJsselland",
     "Contact met werkgevers, vacatures, proefplaatsingen en regelingen.", "IJsselland",
     "Daan Veenstra"),
    ("Klantmanager Participatie", "gemeente", "Gemeente Zwolle",
     "Uitkering, re-integratie, loonkostensubsidie en de Werkclub.", "Zwolle", "Linda Prins"),
    ("UWV WERKbedrijf Zwolle", "uwv", "UWV", "WW, Wajong, jobcoaching en no-riskpolis.", "Zwolle",
     None),
    ("Voedselbank Zwolle", "anders", "Stichting Voedselbank",
     "Voedselpakketten na verwijzing door het wijkteam of schuldhulp.", "Zwolle", None),
]
REFERRAL_REASONS = {
    "schuldhulp": "Achterstand bij energie en zorgverzekering; wil overzicht in de post.",
    "zorg": "Slaapt slecht door zorgen; wil met iemand praten.",
    "welzijn": "Vragen over opvoeding en huur.",
    "taal": "Wil sneller Nederlands leren om op het werk mee te praten.",
    "onderwijs": "Wil een diploma halen naast het werk.",
    "maatjesproject": "Zoekt iemand om mee te oefenen en de stad te leren kennen.",
    "vrijwilligerswerk": "Wil dagritme opbouwen met vrijwilligerswerk.",
}
SESSIONS = [
    ("werkclub", "Je sterke punten vertellen aan een werkgever", "Wijkcentrum De Pit", 120),
    ("werkclub", "Solliciteren met je netwerk", "Wijkcentrum De Pit", 120),
    ("taalles_werkvloer", "Woorden op de werkvloer: veiligheid", "Kringloop De Zuid", 60),
    ("training", "Omgaan met feedback", "Stationsweg 12", 150),
    ("werkclub", "Rooster, verlof en ziekmelden", "Wijkcentrum De Pit", 90),
    ("taalles_werkvloer", "Bellen met je leidinggevende", "Logistiek Twente", 60),
]


def _network_demo(rows: dict[str, list[dict[str, Any]]], rng: Random, today: date) -> None:
    """The sociale kaart, referrals, buddies from the community and group sessions.

    Its own random generator, so the rest of the caseload is the same as before it existed."""
    new_id = _Ids(rng)

    def d(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    def stamp(day: str) -> str:
        return f"{day}T09:00:00.000000Z"

    services = []
    for name, kind, org, offer, region, person in SERVICES:
        sid = new_id()
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:16]
        person_id = new_id() if person else None
        services.append((sid, kind, person_id))
        rows["service"].append({
            "id": sid, "name": name, "kind": kind, "organisation": org, "offer": offer,
            "region": region, "phone": f"038 {rng.randint(100, 999)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}", "email": f"info@{slug}.example",
            "website": f"https://{slug}.example", "address": f"Voorbeeldstraat {rng.randint(1, 90)}"})
        if person:
            rows["contact"].append({
                "id": person_id, "role": "ketenpartner", "service_id": sid, "name": person,
                "organisation": org, "phone": f"06{rng.randint(10000000, 99999999)}",
                "email": f"{person.split()[0].lower()}@{slug}.example"})
    referable = [s for s in services if s[1] in REFERRAL_REASONS]
    open_people = [p for p in rows["participant"]
                   if p["status"] in ("intake", "actief", "gepauzeerd", "geplaatst", "nazorg")]
    goals: dict[str, list[str]] = {}
    for g in rows["goal"]:
        goals.setdefault(g["participant_id"], []).append(g["id"])
    for person in open_people:
        pid = person["id"]
        if rng.random() < 0.35:
            continue
        for _ in range(rng.choice([1, 1, 2, 3])):
            sid, kind, person_id = rng.choice(referable)
            start = -rng.randint(5, 150)
            status = rng.choices(["aangemeld", "in_behandeling", "afgerond", "gestopt"],
                                 [3, 4, 3, 1])[0]
            # most open referrals had news lately; some went quiet (the agenda warns)
            news = None if rng.random() < 0.2 else max(start, -rng.randint(1, 25))
            rows["referral"].append({
                "id": new_id(), "participant_id": pid, "service_id": sid, "contact_id": person_id,
                "referred_on": d(start), "status": status, "reason": REFERRAL_REASONS[kind],
                "goal_id": rng.choice(goals[pid]) if pid in goals and rng.random() < 0.6 else None,
                "tasks_participant": "Brengt de brieven mee naar het eerste gesprek.",
                "tasks_coach": "Belt na het intakegesprek met de contactpersoon.",
                "tasks_partner": "Plant binnen twee weken een intakegesprek.",
                "follow_up_on": d(rng.randint(-3, 12)) if status in ("aangemeld", "in_behandeling")
                and rng.random() < 0.5 else None,
                "last_news_on": d(news) if news is not None else None,
                "outcome": "Regeling getroffen; gaat goed." if status == "afgerond" else None,
                "created_at": stamp(d(start)),
            })
        if person["target_group"] == "statushouder" and rng.random() < 0.4:
            rows["contact"].append({
                "id": new_id(), "participant_id": pid, "role": "buddy",
                "buddy_kind": rng.choice(["eigen_gemeenschap", "vrijwilligersproject"]),
                "name": f"{rng.choice(NEWCOMER)[0]} {rng.choice(NEWCOMER)[1]}",
                "organisation": "Maatjes in Zwolle", "period_start": d(-rng.randint(30, 300)),
                "period_end": d(rng.randint(60, 400))})
    # group sessions of the last ten weeks, each with some of the open participants
    for k, (kind, theme, place, minutes) in enumerate(SESSIONS):
        sid = new_id()
        day = d(-7 * (len(SESSIONS) - k) - rng.randint(0, 3))
        present = rng.sample(open_people, min(len(open_people), rng.randint(3, 7)))
        absent = [p for p in rng.sample(open_people, min(len(open_people), 2)) if p not in present]
        rows["group_session"].append({
            "id": sid, "kind": kind, "date": day, "theme": theme, "location": place,
            "duration_minutes": minutes,
            "minutes_per_participant": round(minutes / len(present)) if present else None,
            "notes": "Goede sfeer; deelnemers gaven elkaar tips.", "created_at": stamp(day)})
        for p in present + absent:
            rows["group_attendance"].append({
                "id": new_id(), "participant_id": p["id"], "session_id": sid,
                "present": p in present, "created_at": stamp(day),
                "note": "Deed actief mee." if p in present else None})

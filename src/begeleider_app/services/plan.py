"""Mijn plan: the participant's own plan on one or two pages, in plain Dutch (taalniveau B1).

The seed asks for goals "in clear words the participant understands, which gives them
something to hold on to". This is that page: my goals in my own words, what I do and when,
what my coach does, my next appointment and who to call. Large type, short sentences, one
idea per line, and (optionally) a simple picture per kind of action (resources/icons).

It holds only the agreements of the plan: the same allow-list as an employer with consent for
the topic AGREEMENTS (`ConsentedData`, `PLAN_TOPICS`). Private and health fields never appear,
even though the plan goes to the participant: it is a page that lies on a kitchen table or
is shown to a new employer. Which rows (open actions, the next appointment, the current work
place) is decided on the stored records before they are cut.

The plan's own sentences are written to pass `domain.plain_language.check`; goals and actions
are the coach's words, checked while the coach types them (the goals tab shows hints).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..config import Settings
from ..domain.fields import ConsentTopic
from ..domain.validation import format_date
from ..reports.model import Para, Report, Section, Steps
from ..storage.repository import Store
from . import handover
from .handover import ConsentedData

PLAN_TOPICS = frozenset({ConsentTopic.AGREEMENTS})

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# A picture per kind of action, found from the words of the action (first match wins).
# "bus*": a word that starts with bus (busroute); "cv": exactly that word.
ICON_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reizen", ("bus*", "trein*", "fiets*", "route*", "reis*", "reizen", "rijbewijs*", "rijles*",
                "vervoer*", "ov", "ov-chipkaart")),
    ("bellen", ("bel", "bellen", "belt", "telefo*", "opbellen")),
    ("afspraak", ("gesprek*", "afspraak*", "afspraken", "bezoek*", "plannen", "voorstellen",
                  "kennismak*", "intake")),
    ("leren", ("taal*", "cursus*", "school*", "leer*", "leren", "oefen*", "les", "lessen",
               "diploma*", "training*", "opleiding*", "inburgering*")),
    ("papieren", ("cv", "formulier*", "brief*", "inschrijv*", "aanvra*", "papier*",
                  "sollicit*", "document*", "uitkering*")),
    ("werk", ("werk*", "stage*", "vacature*", "baan", "banen", "proef*")),
)
OWNER_ICON = {"deelnemer": "ik", "coach": "begeleider", "partner": "samen"}
MODE_TEXT = {
    "huisbezoek": "Je begeleider komt bij jou thuis.",
    "werkplek": "Je begeleider komt naar je werk.",
    "telefonisch": "Je begeleider belt je op.",
    "wandelen": "Jullie gaan samen wandelen of koffie drinken.",
    "beeldbellen": "Jullie bellen met beeld.",
}


def long_date(value: Any) -> str:
    """'dinsdag 12 januari 2027': a date nobody misreads."""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return format_date(value)
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def action_icon(text: str, owner: str | None) -> str:
    """The picture for an action: by its words, else by who does it."""
    words = [w.strip(".,;:!?()'\"") for w in (text or "").lower().split()]
    for icon, keys in ICON_WORDS:
        for key in keys:
            if key.endswith("*"):
                if any(w.startswith(key[:-1]) for w in words):
                    return icon
            elif key in words:
                return icon
    return OWNER_ICON.get(owner or "deelnemer", "ik")


def _select(on: date) -> handover.Select:
    today = on.isoformat()
    return {
        "goal": lambda g: g.get("status") != "gestopt",
        "action": lambda a: not a.get("done"),
        "contact_moment": lambda m: not m.get("done_date") and (m.get("planned_date") or "") >= today,
        "placement": lambda p: not p.get("end_date") or p["end_date"] >= today,
    }


def compose_plan(store: Store, participant_id: str, settings: Settings, *,
                 on: date | None = None, icons: bool = True) -> Report:
    """The participant's plan as a Report (large type); ``icons`` False: no pictures."""
    on = on or date.today()
    person = handover._participant(store, participant_id)
    data = ConsentedData.load(store, participant_id, PLAN_TOPICS, select=_select(on))
    org, coach = handover._settings_lines(settings)
    name = handover._name(person)
    report = Report(
        kind="plan", title="Mijn plan", participant_name=name,
        native_name=person.get("name_native") or "", date_text=format_date(on),
        organisation=org, coach=coach[:1], footer=f"Mijn plan · {name}", large=True)

    def icon(name_: str) -> str:
        return name_ if icons else ""

    def add(key: str, title: str, items: list[tuple[str, str]], empty: str = "") -> None:
        if items:
            report.sections.append(Section(key, title, [Steps(tuple(items))]))
        elif empty:
            report.sections.append(Section(key, title, [Para(empty)]))

    helper = settings.coach_name.strip() if settings.coach_name else ""
    report.sections.append(Section("opening", "", [Para(
        f"Dit is jouw plan. Je maakt het samen met {helper or 'je begeleider'}.", "lead")]))
    goals = data.rows("goal")
    add("goals", "Mijn doelen", [(icon("doel"), g.get("text") or "") for g in goals
                                  if g.get("status") != "behaald" and g.get("text")],
        "Jij en je begeleider schrijven samen je doelen op.")
    add("reached", "Dit heb ik al bereikt", [(icon("klaar"), g.get("text") or "") for g in goals
                                             if g.get("status") == "behaald" and g.get("text")])
    actions = sorted(data.rows("action"), key=lambda a: (a.get("due_date") is None,
                                                         a.get("due_date") or ""))

    def steps(owners: tuple[str | None, ...]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for a in actions:
            if a.get("owner") in owners and a.get("description"):
                when = f"\nWanneer: vóór {long_date(a['due_date'])}." if a.get("due_date") else ""
                step = (icon(action_icon(a["description"], a.get("owner"))),
                        a["description"].strip() + when)
                if step not in out:  # the same step for two goals is one step to do
                    out.append(step)
        return out

    add("mine", "Wat ik doe", steps(("deelnemer", None)))
    add("coach", "Wat mijn begeleider doet", steps(("coach",)))
    add("others", "Wat anderen voor mij doen", steps(("partner",)))

    moments = data.rows("contact_moment")
    if moments:
        m = moments[0]
        lines = [long_date(m.get("planned_date"))]
        if MODE_TEXT.get(m.get("mode") or ""):
            lines.append(MODE_TEXT[m["mode"]])
        add("next", "Mijn volgende afspraak", [(icon("afspraak"), "\n".join(lines))])
    else:
        add("next", "Mijn volgende afspraak", [],
            "Je maakt samen met je begeleider een nieuwe afspraak.")

    call: list[tuple[str, str]] = []
    if settings.coach_name:
        call.append((icon("bellen"), f"{settings.coach_name}, je begeleider"
                     + (f"\nTel. {settings.coach_phone}" if settings.coach_phone else "")))
    if settings.organisation_name and settings.organisation_phone:
        call.append((icon("bellen"), f"{settings.organisation_name}\nTel. {settings.organisation_phone}"))
    for buddy in data.rows("contact"):  # buddies only (ConsentedData's selection)
        if buddy.get("name"):
            call.append((icon("samen"), f"{buddy['name']}, je buddy"))
    for place in data.rows("placement")[:1]:
        if place.get("contact_person"):
            call.append((icon("werk"), f"Op je werk: {place['contact_person']}"))
    add("call", "Wie kan ik bellen?", call)
    return report


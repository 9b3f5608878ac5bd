"""Warme overdracht: compose the employer handover and the recommendation letter.

What may go into an employer report is derived only from the field declarations
(domain.fields): `shareable_fields(topics)` for the topics the participant consented to for
this recipient, today. Health fields never qualify; private fields only with the explicit
PRIVATE topic. The participant's records are read once and cut down to those fields
(`ConsentedData`); the section builders get only that object, never the store, so a builder
cannot print what it was never given. The recommendation letter is built the same way from
the topics it declares (`LETTER_TOPICS`).

Outside that allow-list the report shows only: the participant's name (who the report is
about), the coach's and organisation's contact details (from Settings), and the consent
statement (dates and topics of the consents it relies on).

`compose` returns a `reports.model.Report`; the dialog previews it and `export_pdf` renders
the very same object.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..config import Settings
from ..domain.display import display
from ..domain.fields import ENTITIES, ConsentTopic, RecipientKind, shareable_with
from ..domain.messages import UserError
from ..domain.validation import format_date
from ..reports.model import Bullets, Facts, Para, Report, Scores, Section, Table
from ..storage.repository import Record, Store
from . import consent as consent_svc
from . import observations as obs_svc

# ------------------------------------------------------------------ sections

@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str  # Dutch, as printed
    topic: ConsentTopic | None  # None: always present (contact details, consent statement)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("intro", "Kennismaking met uw nieuwe collega", ConsentTopic.PROFILE),
    SectionSpec("strengths", "Sterke punten en talenten", ConsentTopic.PROFILE),
    SectionSpec("motivation", "Wat motiveert", ConsentTopic.PROFILE),
    SectionSpec("observations", "Wat de observaties lieten zien", ConsentTopic.OBSERVATIONS),
    SectionSpec("went_well", "Wat goed ging", ConsentTopic.OBSERVATIONS),
    SectionSpec("support", "Wat u kunt verwachten en waar ondersteuning helpt", ConsentTopic.SUPPORT),
    SectionSpec("instruction", "Zo geeft u instructie", ConsentTopic.SUPPORT),
    SectionSpec("agreements", "Afspraken: taken, uren en buddy", ConsentTopic.AGREEMENTS),
    SectionSpec("arrangements", "Regelingen", ConsentTopic.AGREEMENTS),
    SectionSpec("aftercare", "Nazorg: plan en contactmomenten", ConsentTopic.AGREEMENTS),
    SectionSpec("private", "Privésituatie (met uitdrukkelijke toestemming)", ConsentTopic.PRIVATE),
    SectionSpec("contact", "Contact met de begeleider", None),
    SectionSpec("consent", "Toestemming", None),
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}
FIXED_SECTIONS = tuple(s.key for s in SECTIONS if s.topic is None)

ARRANGEMENT_TEXT: dict[str, str] = {
    "proefplaatsing": (
        "Uw nieuwe collega werkt eerst een afgesproken periode (meestal één tot twee maanden) "
        "met behoud van uitkering bij u. U betaalt in die tijd geen loon; samen ontdekt u of het "
        "werk en de werkplek passen. Daarna volgt bij een goede match een arbeidscontract."),
    "loonkostensubsidie": (
        "Kan uw medewerker door een beperking (nog) niet het volle wettelijk minimumloon "
        "verdienen, dan vult de gemeente het verschil aan. U betaalt het gewone loon en krijgt "
        "het deel dat boven de loonwaarde ligt vergoed."),
    "loonwaardebepaling": (
        "Een deskundige kijkt op de werkplek naar tempo, kwaliteit en inzetbaarheid bij de "
        "belangrijkste taken. Zo wordt vastgesteld hoeveel procent van het normale werk uw "
        "medewerker doet; dat percentage bepaalt de loonkostensubsidie."),
    "no_riskpolis": (
        "Wordt uw medewerker ziek, dan betaalt UWV een Ziektewet-uitkering die u met het loon "
        "kunt verrekenen. Het risico van loondoorbetaling bij ziekte ligt dan niet bij u. Vraag "
        "UWV of de gemeente naar de voorwaarden en de looptijd."),
    "jobcoach": (
        "Een jobcoach (via UWV of de gemeente) begeleidt uw nieuwe collega op de werkplek, "
        "denkt mee met u en de collega's en bouwt de begeleiding af naarmate het werk went. "
        "U hoeft dit niet zelf te betalen."),
    "doelgroepregister": (
        "Uw medewerker is opgenomen in het doelgroepregister. De baan telt mee voor de "
        "banenafspraak en geeft toegang tot regelingen zoals de no-riskpolis."),
}

INSTRUCTION_ADVICE: tuple[str, ...] = (
    "Doe het voor en laat het daarna zelf doen: alleen vertellen is vaak niet genoeg.",
    "Geef één opdracht tegelijk, in korte en gewone woorden.",
    "Controleer of de uitleg is begrepen: vraag om het in eigen woorden te herhalen of te laten zien.",
    "Let op sociaal wenselijke antwoorden: 'ja' betekent niet altijd 'ik begrijp het'. Vraag "
    "liever 'Wat ga je als eerste doen?' dan 'Is het duidelijk?'.",
    "Benoem wat goed gaat, concreet en op het moment zelf; dat helpt meer dan alleen bijsturen.",
)

NO_DATA = "Hierover is (nog) niets vastgelegd."


def available_sections(topics: Iterable[ConsentTopic | str]) -> list[SectionSpec]:
    """Sections the coach may choose given these consented topics (fixed ones included)."""
    wanted = {ConsentTopic(t) for t in topics}
    if not wanted:
        return []
    return [s for s in SECTIONS if s.topic is None or s.topic in wanted]


# ------------------------------------------------------------------ the allow-list view

def allowed_fields(topics: Iterable[ConsentTopic | str],
                   kind: RecipientKind | str = RecipientKind.EMPLOYER) -> dict[str, frozenset[str]]:
    """entity name -> field names that may go to a recipient of ``kind`` (default: an
    employer) under ``topics`` (`domain.fields.may_share`)."""
    out: dict[str, set[str]] = {}
    for ent, fld in shareable_with(kind, set(topics)):
        out.setdefault(ent.name, set()).add(fld.name)
    return {k: frozenset(v) for k, v in out.items()}


def _sort_key(*names: str) -> Callable[[Record], tuple[Any, ...]]:
    # (is set, value) pairs: an empty date or sort_order sorts first, as in SQLite's ORDER BY,
    # instead of raising when compared with a value
    return lambda row: tuple((row.get(n) is not None, row.get(n)) for n in names)


# Which rows, and in what order, is decided on the stored record before it is cut: the order
# often rests on fields a report never shows (created_at, a goal's sort_order), and of the
# participant's own contacts only buddies belong in a report (the role itself is not shown).
_ORDER: dict[str, tuple[Callable[[Record], Any], bool]] = {
    "placement": (_sort_key("start_date", "created_at"), True),  # newest first
    "goal": (_sort_key("sort_order", "created_at"), False),
    "observation": (_sort_key("date", "created_at"), False),
    "contact_moment": (_sort_key("planned_date", "created_at"), False),
}
_DEFAULT_ORDER = (_sort_key("created_at"), False)
# A buddy on the work floor is part of the agreements with the employer; one from the
# participant's own community or a volunteer project is private life and stays out. A buddy
# recorded before buddies had a kind (migration m011_network) keeps appearing, as it always did.
HANDOVER_BUDDY_KINDS = (None, "", "werkvloer")
Select = Mapping[str, Callable[[Record], bool]]
_SELECT: Select = {
    "contact": lambda row: row.get("role") == "buddy"
    and row.get("buddy_kind") in HANDOVER_BUDDY_KINDS,
}


@dataclass(frozen=True)
class ConsentedData:
    """The participant's records holding only the fields the topics allow: nothing else.

    `load` reads the store once; afterwards this object is all a report builder gets. An
    entity with no allowed field is not read at all, and every row keeps only its allowed
    fields (and its `id`, a random UUID that says nothing about the participant, so a builder
    can join goals with their revisions), so no code path of a builder can reach a health
    note, or a private one without the PRIVATE topic. Which fields are allowed depends on the
    kind of recipient (`domain.fields.may_share`): a referrer gets the trajectory facts.
    """

    topics: frozenset[ConsentTopic]
    _rows: Mapping[str, tuple[Mapping[str, Any], ...]]

    @classmethod
    def load(cls, store: Store, participant_id: str, topics: Iterable[ConsentTopic | str],
             kind: RecipientKind | str = RecipientKind.EMPLOYER,
             select: Select | None = None) -> ConsentedData:
        """``select`` adds or replaces row selections (entity -> test on the stored record)."""
        wanted = frozenset(ConsentTopic(t) for t in topics)
        selections = {**_SELECT, **(select or {})}
        rows: dict[str, tuple[Mapping[str, Any], ...]] = {}
        for name, fields in allowed_fields(wanted, kind).items():
            keep = fields | {"id"}
            if name == "participant":
                person = store.repo("participant").get(participant_id)
                raw = [person] if person is not None else []
            elif "participant_id" in ENTITIES[name].field_names:
                raw = store.repo(name).for_participant(participant_id)
            else:
                continue  # not the participant's own record
            pick = selections.get(name)
            if pick is not None:
                raw = [r for r in raw if pick(r)]
            key, newest_first = _ORDER.get(name, _DEFAULT_ORDER)
            raw.sort(key=key, reverse=newest_first)
            rows[name] = tuple(MappingProxyType({k: v for k, v in r.items() if k in keep})
                               for r in raw)
        return cls(wanted, MappingProxyType(rows))

    def rows(self, entity_name: str) -> list[dict[str, Any]]:
        """The allowed part of each record of ``entity_name``, in report order."""
        return [dict(r) for r in self._rows.get(entity_name, ())]

    def first(self, entity_name: str) -> dict[str, Any]:
        """The allowed part of the first record (the participant, the intake), or {}."""
        rows = self._rows.get(entity_name, ())
        return dict(rows[0]) if rows else {}


def _facts(entity_name: str, row: dict[str, Any], names: Iterable[str],
           labels: dict[str, str] | None = None) -> list[tuple[str, str]]:
    out = []
    for name in names:
        text = display(entity_name, name, row.get(name)).strip()
        if text:
            label = (labels or {}).get(name) or ENTITIES[entity_name].field(name).label("nl")
            out.append((label, text))
    return out


# ------------------------------------------------------------------ observation ratings

def _rescale(value: float, source: tuple[int, int], target: tuple[int, int]) -> float:
    if source == target or source[1] == source[0]:
        return float(value)
    frac = (value - source[0]) / (source[1] - source[0])
    return target[0] + frac * (target[1] - target[0])


def _rating_summary(items: list[obs_svc.Item], observations: list[dict[str, Any]]) -> Scores | None:
    """Per item: the latest rating (bar) and the average over all observations.

    The scale is that of the newest observation with ratings; older ratings on another scale
    are rescaled onto it for the average. Observations without readable ratings are skipped.
    """
    labels = {i.key: i.label for i in items}
    per_item: dict[str, dict[str, Any]] = {}
    scale: tuple[int, int] | None = None
    dated = sorted(observations, key=lambda o: o.get("date") or "")
    for obs in dated:
        if "ratings" not in obs:
            continue
        ratings = obs_svc.read_ratings(obs.get("ratings"), labels)
        if not ratings.items:
            continue
        scale = obs_scale = ratings.scale
        for key, label, value in ratings.items:
            entry = per_item.setdefault(key, {"label": label, "values": [], "latest": None})
            entry["label"] = label
            if value is not None:
                entry["values"].append((value, obs_scale))
                entry["latest"] = (value, obs_scale)
    if not per_item or scale is None:
        return None
    low, high = scale
    order = [i.key for i in items]
    keys = sorted(per_item, key=lambda k: (order.index(k) if k in order else len(order)))
    rows = []
    for entry in (per_item[k] for k in keys):
        values = [_rescale(v, sc, scale) for v, sc in entry["values"]]
        if not values:
            rows.append((entry["label"], None, "niet gezien"))
            continue
        latest = _rescale(*entry["latest"], scale)
        avg = sum(values) / len(values)
        text = f"{latest:g} van {high}".replace(".", ",")
        if len(values) > 1:
            text += f" (gemiddeld {avg:.1f} over {len(values)} keer)".replace(".", ",")
        rows.append((entry["label"], latest, text))
    caption = (f"Laatste beoordeling per onderdeel op een schaal van {low} tot {high} "
               f"({len(dated)} observaties).")
    return Scores(low, high, tuple(rows), caption)


# ------------------------------------------------------------------ composing

def _participant(store: Store, participant_id: str) -> Record:
    person = store.repo("participant").get(participant_id)
    if person is None:
        raise UserError("handover.participant_missing", id=participant_id)
    return person


def _name(person: Record) -> str:
    return " ".join(p for p in (person.get("first_name"), person.get("last_name")) if p) or "?"


def _settings_lines(settings: Settings) -> tuple[tuple[str, ...], tuple[str, ...]]:
    org = tuple(x for x in (
        settings.organisation_name, *(settings.organisation_address or "").splitlines(),
        settings.organisation_phone and f"Tel. {settings.organisation_phone}",
        settings.organisation_email) if x and str(x).strip())
    coach = tuple(x for x in (
        settings.coach_name, settings.coach_phone and f"Tel. {settings.coach_phone}",
        settings.coach_email) if x and str(x).strip())
    return org, coach


def resolve_recipient(store: Store, participant_id: str,
                      recipient: str | consent_svc.Recipient | None,
                      candidates: list[consent_svc.Recipient] | None = None) -> consent_svc.Recipient:
    """``recipient`` as a Recipient: one of ``candidates`` (default: the employer recipients)
    by key, contact id or name, a contact record by id, or a bare name."""
    if isinstance(recipient, consent_svc.Recipient):
        return recipient
    if recipient:
        if candidates is None:
            candidates = consent_svc.recipients(store, participant_id)
        for rec in candidates:
            if recipient in (rec.key, rec.contact_id, rec.name):
                return rec
        row = store.repo("contact").get(recipient)
        if row is not None:
            return consent_svc.Recipient(row["id"], consent_svc._contact_name(row), row["id"])
        return consent_svc.Recipient(recipient, recipient)
    rec = consent_svc.default_recipient(store, participant_id)
    if rec is None:
        raise UserError("handover.no_recipient")
    return rec


def relevant_consents(store: Store, participant_id: str, recipient: consent_svc.Recipient,
                      on: date, kind: RecipientKind | str = RecipientKind.EMPLOYER) -> list[Record]:
    """The valid consents for ``recipient`` (by contact id or name) of ``kind``, oldest first."""
    seen: dict[str, Record] = {}
    for key in {recipient.key, recipient.contact_id or "", recipient.name} - {""}:
        for row in consent_svc.valid_consents(store, participant_id, key, on, kind):
            seen[row["id"]] = row
    return sorted(seen.values(), key=lambda r: r.get("given_on") or "")


def consented_topics(store: Store, participant_id: str, recipient: consent_svc.Recipient,
                     on: date, kind: RecipientKind | str = RecipientKind.EMPLOYER) -> set[ConsentTopic]:
    """The topics of the valid consents for ``recipient`` recorded for recipients of ``kind``
    (the handover: employer consents only)."""
    return consent_svc.topics_of(relevant_consents(store, participant_id, recipient, on, kind))


def compose(
    store: Store,
    participant_id: str,
    recipient: str | consent_svc.Recipient | None,
    settings: Settings,
    sections: Iterable[str] | None = None,
    *,
    on: date | None = None,
) -> Report:
    """The handover report for ``recipient``; refuses without valid consent.

    ``sections`` None: every section the consent covers. A requested section that the consent
    does not cover raises UserError (nothing is composed).
    """
    on = on or date.today()
    person = _participant(store, participant_id)
    rec = resolve_recipient(store, participant_id, recipient)
    topics = consented_topics(store, participant_id, rec, on)
    if not topics:
        raise UserError("handover.no_consent", recipient=rec.name)
    allowed = {s.key for s in available_sections(topics)}
    wanted = list(sections) if sections is not None else [s.key for s in SECTIONS]
    for key in wanted:
        if key not in SECTION_BY_KEY:
            raise UserError("handover.unknown_section", section=key,
                            known=", ".join(SECTION_BY_KEY))
        if key not in allowed and sections is not None:
            raise UserError("handover.section_refused", section=SECTION_BY_KEY[key].title,
                            recipient=rec.name)
    chosen = [s for s in SECTIONS if s.key in wanted and s.key in allowed]
    for key in FIXED_SECTIONS:
        if SECTION_BY_KEY[key] not in chosen:
            chosen.append(SECTION_BY_KEY[key])

    data = ConsentedData.load(store, participant_id, topics)
    org, coach = _settings_lines(settings)
    first = person.get("first_name") or _name(person)
    builder = _Builder(data, obs_svc.org_items(store), first, settings, on,
                       relevant_consents(store, participant_id, rec, on), rec)
    report = Report(
        kind="handover", title="Warme overdracht", participant_name=_name(person),
        native_name=person.get("name_native") or "", date_text=format_date(on),
        organisation=org, coach=coach, recipient=rec.name, logo=settings.organisation_logo,
        footer=f"Vertrouwelijk · alleen bestemd voor {rec.name}",
    )
    report.sections.append(Section("opening", "", [Para(_opening(first, builder.placements, on), "lead")]))
    for spec in sorted(chosen, key=lambda s: SECTIONS.index(s)):
        blocks = getattr(builder, f"s_{spec.key}")()
        title = spec.title + (f" {first}" if spec.key == "motivation" else "")
        report.sections.append(Section(spec.key, title, blocks or [Para(NO_DATA, "note")],
                                       closing=spec.key in FIXED_SECTIONS))
    return report


def _opening(first: str, placements: list[dict[str, Any]], on: date) -> str:
    """The first lines, with the actual dates (B1: a date, never "binnenkort"). Placements
    are only there when the consent covers the agreements; then the newest start counts."""
    start = next((p["start_date"] for p in placements if p.get("start_date")), None)
    if start and start > on.isoformat():
        text = (f"{first} begint op {format_date(start)} bij u. In dit overzicht leest u wat "
                f"{first} meebrengt, hoe u {first} een goede start geeft en welke afspraken er zijn.")
    elif start:
        text = (f"{first} werkt sinds {format_date(start)} bij u. In dit overzicht leest u wat "
                f"{first} meebrengt, wat helpt bij het werk en welke afspraken er zijn.")
    else:
        text = (f"{first} gaat bij u aan de slag. In dit overzicht leest u wat {first} meebrengt, "
                f"hoe u {first} een goede start geeft en welke afspraken er zijn.")
    return (text + f" {first} heeft deze informatie met de begeleider besproken en gaf "
            "toestemming om die met u te delen.")


class _Builder:
    """One method per section. It holds no store: participant data reaches it only through
    `ConsentedData`; the rest is not about the participant's file (the organisation's
    observation items, settings, the consents the report rests on, the recipient)."""

    def __init__(self, data: ConsentedData, items: list[obs_svc.Item], first: str,
                 settings: Settings, on: date, consents: list[Record],
                 recipient: consent_svc.Recipient) -> None:
        self.data = data
        self.items = items
        self.first = first
        self.settings = settings
        self.on = on
        self.consents = consents
        self.recipient = recipient
        self.intake = data.first("intake")
        self.placements = data.rows("placement")

    # -- profile
    def s_intro(self) -> list[Any]:
        v, i = self.data, self.intake
        out: list[Any] = []
        if i.get("own_words"):
            out.append(Para(f"In eigen woorden: “{i['own_words'].strip()}”", "quote"))
        if i.get("can_and_want"):
            out.append(Para(i["can_and_want"]))
        facts = _facts("intake", i, ("first_language", "other_languages", "dutch_level"))
        if facts:
            out.append(Facts(tuple(facts)))
        work = [w for w in v.rows("work_history") if w.get("role") or w.get("employer")]
        if work:
            rows = []
            for w in sorted(work, key=lambda w: w.get("start_year") or 0, reverse=True):
                years = "–".join(str(y) for y in (w.get("start_year"), w.get("end_year")) if y)
                rows.append((w.get("role") or "", ", ".join(x for x in (w.get("employer"), w.get("country")) if x),
                             years))
            out.append(Table(("Functie", "Waar", "Periode"), tuple(rows), (0.35, 0.45, 0.2),
                             caption="Werkervaring"))
        edu = [e for e in v.rows("education") if e.get("course")]
        if edu:
            rows = []
            for e in sorted(edu, key=lambda e: e.get("year") or 0, reverse=True):
                where = ", ".join(x for x in (e.get("institution"), e.get("country")) if x)
                level = display("education", "level", e.get("level"))
                diploma = display("education", "diploma", e.get("diploma")) if "diploma" in e else ""
                rows.append((e.get("course") or "", " · ".join(x for x in (level, where) if x),
                             str(e.get("year") or ""), diploma))
            out.append(Table(("Opleiding", "Niveau en plaats", "Jaar", "Diploma"), tuple(rows),
                             (0.35, 0.35, 0.12, 0.18), caption="Opleiding"))
        return out

    def s_strengths(self) -> list[Any]:
        out: list[Any] = []
        talents = self.intake.get("talents") or ""
        items = [t.strip() for t in talents.replace("\n", ",").split(",") if t.strip()]
        if len(items) > 1 and all(len(t) < 80 for t in items):
            out.append(Bullets(tuple(items)))
        elif talents:
            out.append(Para(talents))
        if self.intake.get("interests"):
            out.append(Facts((("Interesses", self.intake["interests"].strip()),)))
        return out

    def s_motivation(self) -> list[Any]:
        out: list[Any] = []
        if self.intake.get("motivation"):
            out.append(Para(self.intake["motivation"]))
        meaning = display("intake", "work_meaning", self.intake.get("work_meaning"))
        if meaning:
            out.append(Facts((("Wat werk betekent", meaning),)))
        return out

    # -- observations
    def _observations(self) -> list[dict[str, Any]]:
        return self.data.rows("observation")

    def s_observations(self) -> list[Any]:
        obs = self._observations()
        out: list[Any] = []
        if obs:
            first, last = obs[0].get("date"), obs[-1].get("date")
            if first and last:
                out.append(Para(f"De begeleider observeerde {self.first} {len(obs)} keer op de "
                                f"werkplek, van {format_date(first)} tot {format_date(last)}."))
        summary = _rating_summary(self.items, obs)
        if summary:
            out.append(summary)
        examples, seen = [], set()
        for o in reversed(obs):
            key = (o.get("what_happened") or "", o.get("learning_point") or "")
            if any(key) and key not in seen:
                seen.add(key)
                examples.append(o)
        examples = examples[:3]
        if examples:
            rows = tuple((format_date(o.get("date")), o.get("what_happened") or "",
                          o.get("learning_point") or "", o.get("why_important") or "")
                         for o in examples)
            out.append(Table(("Datum", "Wat gebeurde er", "Leerpunt", "Waarom belangrijk"), rows,
                             (0.14, 0.32, 0.27, 0.27), caption="Voorbeelden uit de praktijk"))
        return out

    def s_went_well(self) -> list[Any]:
        seen: list[str] = []
        for o in reversed(self._observations()):
            text = (o.get("went_well") or "").strip()
            if text and text not in seen:
                seen.append(text)
        return [Bullets(tuple(seen[:6]))] if seen else []

    # -- support
    def s_support(self) -> list[Any]:
        text = self.intake.get("support_needs")
        return [Para(text)] if text else []

    def s_instruction(self) -> list[Any]:
        out: list[Any] = []
        if self.intake.get("instruction_tips"):
            tips = _lower_first(self.intake["instruction_tips"].strip(), self.first)
            out.append(Para(f"Wat bij {self.first} goed werkt: {tips}"))
        out.append(Para("Algemene tips die bij nieuwe collega's vaak helpen:", "body"))
        out.append(Bullets(INSTRUCTION_ADVICE))
        return out

    # -- agreements
    def s_agreements(self) -> list[Any]:
        out: list[Any] = []
        facts: list[tuple[str, str]] = []
        if self.placements:
            facts += _facts("placement", self.placements[0], (
                "organisation", "type", "start_date", "end_date", "hours_per_week",
                "contact_person", "tasks"), {"organisation": "Werkplek"})
        facts += _facts("intake", self.intake, ("hours_available", "transport"))
        facts += _facts("participant", self.data.first("participant"), ("approach",))
        # buddies on the work floor only (ConsentedData's selection)
        for b in self.data.rows("contact"):
            name = ", ".join(x for x in (b.get("name"), b.get("organisation")) if x)
            if name:
                facts.append(("Buddy", name))
        if facts:
            out.append(Facts(tuple(facts)))
        goals, texts = [], set()
        for g in self.data.rows("goal"):
            if g.get("text") and g.get("status") != "gestopt" and g["text"] not in texts:
                texts.add(g["text"])
                goals.append(g)
        if goals:
            out.append(Para(f"Waar {self.first} aan werkt:"))
            out.append(Bullets(tuple(
                g["text"] + (" (behaald)" if g.get("status") == "behaald" else "")
                for g in goals[:8])))
        return out

    def s_arrangements(self) -> list[Any]:
        chosen: list[str] = []
        for pl in self.placements[:1]:
            chosen += [a for a in pl.get("arrangements") or [] if a not in chosen]
        if not chosen:
            return []
        return [Facts(tuple((display("placement", "arrangements", [a]), ARRANGEMENT_TEXT.get(a, ""))
                            for a in chosen)),
                Para("Vragen over een regeling? De begeleider helpt u graag verder.", "note")]

    def s_aftercare(self) -> list[Any]:
        moments = [m for m in self.data.rows("contact_moment") if m.get("planned_date")]
        out: list[Any] = [Para(
            f"Na de start blijft de begeleider betrokken. Op deze momenten is er contact met "
            f"{self.first} en, waar nodig, met u als werkgever. Belt u gerust eerder als er iets is.")]
        if moments:
            rows = tuple((format_date(m["planned_date"]), m.get("label") or "",
                          display("contact_moment", "with_whom", m.get("with_whom")),
                          display("contact_moment", "mode", m.get("mode")))
                         for m in moments)
            out.append(Table(("Wanneer", "Contactmoment", "Met wie", "Vorm"), rows,
                             (0.15, 0.35, 0.27, 0.23)))
        return out

    def s_private(self) -> list[Any]:
        facts = _facts("intake", self.intake, ("childcare", "private_circumstances", "network"))
        facts += _facts("participant", self.data.first("participant"), ("benefit",))
        return [Facts(tuple(facts))] if facts else []

    # -- always
    def s_contact(self) -> list[Any]:
        s = self.settings
        facts = [(label, value) for label, value in (
            ("Begeleider", s.coach_name), ("Telefoon", s.coach_phone), ("E-mail", s.coach_email),
            ("Organisatie", s.organisation_name), ("Adres", " · ".join(
                (s.organisation_address or "").splitlines())),
            ("Telefoon organisatie", s.organisation_phone), ("E-mail organisatie", s.organisation_email),
        ) if value and str(value).strip()]
        out: list[Any] = [Para("Heeft u een vraag, gaat er iets mis of juist heel goed? "
                               "Neem gerust contact op.")]
        if facts:
            out.append(Facts(tuple(facts)))
        return out

    def s_consent(self) -> list[Any]:
        out: list[Any] = [Para(consent_sentence(row, self.first, self.recipient.name))
                          for row in self.consents]
        out.append(Para(
            "Dit rapport bevat alleen wat onder die toestemming valt. Medische gegevens worden "
            "nooit gedeeld. Deel dit rapport niet verder en bewaar het niet langer dan nodig. "
            f"{self.first} kan de toestemming altijd intrekken.", "note"))
        return out


def consent_sentence(row: Record, first: str, recipient_name: str) -> str:
    """"Selam heeft op 10-01-2026 schriftelijk toestemming gegeven om met ... te delen: ..."."""
    topics = ", ".join(consent_svc.topic_label(t).lower() for t in row.get("topics") or [])
    form = display("consent", "form", row.get("form")).lower()
    text = (f"{first} heeft op {format_date(row.get('given_on'))} {form} toestemming gegeven om "
            f"met {row.get('recipient_name') or recipient_name} te delen: {topics}.")
    if row.get("expires_on"):
        text += f" Deze toestemming geldt tot {format_date(row['expires_on'])}."
    return text


# ------------------------------------------------------------------ recommendation letter

LETTER_TOPICS = frozenset({ConsentTopic.PROFILE, ConsentTopic.OBSERVATIONS, ConsentTopic.SUPPORT})


def letter_draft(store: Store, participant_id: str, settings: Settings) -> str:
    """A first version of the aanbevelingsbrief for the coach to edit (plain paragraphs).

    It uses only fields shareable under profile, observations and support: never health or
    private data. The participant is the recipient and decides whom to show it.
    """
    person = _participant(store, participant_id)
    data = ConsentedData.load(store, participant_id, LETTER_TOPICS)
    b = _Builder(data, obs_svc.org_items(store), person.get("first_name") or _name(person),
                 settings, date.today(), [], consent_svc.Recipient("", ""))
    name, first, i = _name(person), b.first, b.intake
    org = settings.organisation_name or "onze organisatie"
    paras = [
        "Geachte heer, mevrouw,",
        f"Graag beveel ik {name} bij u aan. Als trajectbegeleider bij {org} heb ik {first} "
        f"begeleid op weg naar werk en leerde ik {first} kennen als iemand die graag aan de slag wil.",
    ]
    if i.get("talents"):
        items = [_lower_first(t.strip(), first) for t in i["talents"].replace("\n", ",").split(",")
                 if t.strip()]
        listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]
        paras.append(f"Wat {first} sterk maakt: {listed.rstrip('.')}.")
    obs = b._observations()
    went = [o["went_well"].strip() for o in reversed(obs) if (o.get("went_well") or "").strip()]
    if obs:
        # The organisation is an agreements field: it appears only if LETTER_TOPICS include it.
        plc = [p.get("organisation") for p in b.placements if p.get("organisation")]
        where = f" bij {plc[0]}" if plc else ""
        text = f"Ik heb {first}{where} {len(obs)} keer aan het werk gezien."
        if went:
            text += f" Wat mij opviel: {_lower_first(went[0], first).rstrip('.')}."
        paras.append(text)
    if i.get("motivation"):
        paras.append(f"Wat {first} drijft: {_lower_first(i['motivation'].strip(), first).rstrip('.')}.")
    if i.get("instruction_tips"):
        tip = _lower_first(i["instruction_tips"].strip(), first).rstrip(".")
        paras.append(f"Een tip voor een nieuwe werkgever: {tip}.")
    paras.append(f"Ik ben ervan overtuigd dat {first} een waardevolle collega zal zijn. Voor vragen "
                 f"kunt u contact met mij opnemen{' via ' + settings.coach_phone if settings.coach_phone else ''}.")
    return "\n\n".join(paras)


def _lower_first(text: str, name: str = "") -> str:
    """'Snel van begrip' -> 'snel van begrip' after a colon; names and acronyms stay."""
    if not text or (name and text.startswith(name)) or len(text) < 2 or not text[1].islower():
        return text
    return text[0].lower() + text[1:]


def letter_report(store: Store, participant_id: str, text: str, settings: Settings,
                  *, on: date | None = None, addressee: str = "") -> Report:
    """The letter as a Report: the coach's (edited) text, paragraph by paragraph."""
    on = on or date.today()
    person = _participant(store, participant_id)
    org, coach = _settings_lines(settings)
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    report = Report(
        kind="letter", title=f"Aanbeveling voor {_name(person)}",
        participant_name=_name(person), native_name=person.get("name_native") or "",
        date_text=f"{(settings.extra or {}).get('place', '') or ''}{', ' if (settings.extra or {}).get('place') else ''}{format_date(on)}",
        organisation=org, coach=coach, recipient=addressee, footer="", logo=settings.organisation_logo,
    )
    report.sections.append(Section("letter", "", [Para(p) for p in paras]))
    return report


# ------------------------------------------------------------------ export

@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    pages: int
    size: int


def count_pages(data: bytes) -> int:
    """Pages in a reportlab PDF (counts page objects; no PDF library needed)."""
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ") or data.count(b"/Type /Page")


def write_file(data: bytes, path: str | Path) -> ExportResult:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, then rename.

    On failure the temporary file is removed, an existing file at ``path`` is left as it was,
    and UserError('handover.write_failed') says what to do.
    """
    path = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".begeleider-", suffix=".pdf.part", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as err:
        raise UserError("handover.write_failed", path=path, detail=err.strerror or err) from err
    finally:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return ExportResult(path, hashlib.sha256(data).hexdigest(), count_pages(data), len(data))


def render_pdf(report: Report) -> bytes:
    from ..reports.pdf import render

    return render(report)


def export_pdf(report: Report, path: str | Path) -> ExportResult:
    """Render and write; safe to run in a worker thread (no database, no widgets)."""
    return write_file(render_pdf(report), path)


def recipient_audit_key(rec: consent_svc.Recipient) -> str:
    """The recipient for the audit log: a contact id, or a hash of a bare name (no names)."""
    if rec.contact_id:
        return rec.contact_id
    return "name-sha256:" + hashlib.sha256(rec.name.encode("utf-8")).hexdigest()[:16]


def record_export(store: Store, participant_id: str, report: Report, result: ExportResult,
                  settings: Settings, recipient_key: str = "") -> None:
    """Audit entry for an export: kind, coach, recipient id, sections, checksum (no content)."""
    detail = {
        "kind": report.kind, "coach": settings.coach_name or "", "recipient": recipient_key,
        "sections": report.section_keys, "sha256": result.sha256, "pages": result.pages,
    }
    store.audit(f"export.{report.kind}", "participant", participant_id,
                json.dumps(detail, ensure_ascii=False, separators=(",", ":")))

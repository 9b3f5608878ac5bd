"""Voortgangs- and eindrapportage: the report to the referrer (gemeente, UWV).

The referrer assigned and pays for the trajectory; its assignment is the legal basis for
telling it how the trajectory goes. What may go to it is its own rule set, declared beside
the employer's in `domain.fields.may_share` (kind `RecipientKind.REFERRER`): the trajectory
facts (`ReferrerBasis.ASSIGNMENT`: dates, status history, participatieladder, goals and
revisions, placements, aftercare, the coach's conclusion) without consent; private matters
only with the participant's consent for this referrer and the topic PRIVATE; medical details
and diagnoses never (UWV: "stuur geen medische informatie mee"). Only consents recorded for a
referrer count (`services.consent`, kind "verwijzer"); employer consents do not.

The report is composed like the handover (services/handover.py): the participant's records
are read once and cut to the allowed fields (`ConsentedData`, kind REFERRER); the section
builders get only that object, the first recorded values of the instruments (cut the same
way) and the hours per phase, never the store. A section the rules refuse carries its reason
(`refusal`), which the composer shows and the CLI prints.

`compose` returns a `reports.model.Report`; the composer previews it, `render` writes the very
same object as PDF (reports/pdf.py) or as an editable Word document (reports/docx.py).

- Hours per phase are the hours registered in each status period (`registered_hours`:
  journal, done contact moments and group sessions, services/hours.py).
- Referrals to partner services (issue 19, `referral_rows`): like all private matters only
  with consent for this referrer and the topic privésituatie, and then only the service, the
  status and the date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..config import Settings
from ..domain.display import display
from ..domain.fields import INTAKE, ConsentTopic, RecipientKind, may_share
from ..domain.messages import UserError, msg
from ..domain.validation import format_date
from ..reports.model import Facts, Para, Report, Section, Signature, Table
from ..storage.repository import Store
from . import consent as consent_svc
from . import handover
from . import observations as obs_svc
from .handover import NO_DATA, ConsentedData, SectionSpec, consent_sentence

REFERRER = RecipientKind.REFERRER
KINDS: dict[str, str] = {"voortgang": "Voortgangsrapportage", "eind": "Eindrapportage"}

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("trajectory", "Het traject", None),
    SectionSpec("result", "Resultaat van het traject", None),
    SectionSpec("course", "Verloop: status en pauzes", None),
    SectionSpec("participation", "Participatie en zelfredzaamheid", None),
    SectionSpec("goals", "Doelen en bijstellingen", None),
    SectionSpec("next_steps", "Afspraken voor de komende periode", None),
    SectionSpec("placements", "Leerwerkplekken en hun uitkomst", None),
    SectionSpec("observations", "Observaties op de werkplek", ConsentTopic.OBSERVATIONS),
    SectionSpec("profile", "Profiel en talenten", ConsentTopic.PROFILE),
    SectionSpec("effort", "Inzet per fase", None),
    SectionSpec("aftercare", "Nazorg en eindgesprek", None),
    SectionSpec("private", "Privésituatie (met toestemming)", ConsentTopic.PRIVATE),
    SectionSpec("referrals", "Verwijzingen naar ketenpartners (met toestemming)", ConsentTopic.PRIVATE),
    SectionSpec("health", "Gezondheid en medische gegevens", None),
    SectionSpec("basis", "Grondslag en toestemming", None),
    SectionSpec("conclusion", "Conclusie en advies", None),  # ends with the signature
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}
FIXED_SECTIONS = ("basis", "conclusion")  # always part of the report
NEVER_SECTIONS = ("health",)  # shown in the composer, never included
ONLY_FOR = {"result": "eind", "next_steps": "voortgang"}
OFF_BY_DEFAULT = ("private", "referrals")  # the composer leaves these unticked


def sections_for(kind: str) -> list[SectionSpec]:
    """The sections of a report of ``kind`` (voortgang or eind), in report order."""
    _check_kind(kind)
    return [s for s in SECTIONS if ONLY_FOR.get(s.key, kind) == kind]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError("report.unknown_kind", kind=kind, known=", ".join(KINDS))


def refusal(spec: SectionSpec, topics: Iterable[ConsentTopic], first: str, recipient: str) -> str | None:
    """Why ``spec`` cannot go to this referrer, or None when it may."""
    if spec.key in NEVER_SECTIONS:
        return msg("report.refused_health")
    if spec.topic is not None and spec.topic not in set(topics):
        return msg("report.refused_consent", first=first, recipient=recipient,
                   topic=consent_svc.topic_label(spec.topic).lower())
    return None


# ------------------------------------------------------------------ what the builders get

def first_values(store: Store, participant_id: str, topics: Iterable[ConsentTopic]) -> Mapping[str, Any]:
    """The first recorded value of each intake field a referrer may see: "at the start".

    The intake is one record that changes over time; its history keeps every earlier version.
    Only fields allowed for a referrer under ``topics`` are read out of those versions.
    """
    wanted = set(topics)
    names = [f.name for f in INTAKE.fields if may_share(REFERRER, f, wanted)]
    rows = store.repo("intake").for_participant(participant_id)
    if not rows:
        return MappingProxyType({})
    versions = [*reversed(store.repo("intake").history(rows[0]["id"])), rows[0]]
    first: dict[str, Any] = {}
    for name in names:
        for version in versions:
            if version.get(name) not in (None, "", []):
                first[name] = version[name]
                break
    return MappingProxyType(first)


def registered_hours(store: Store, participant_id: str, effort: list[PhaseEffort],
                     on: date) -> list[PhaseEffort]:
    """Each phase of the trajectory with the hours registered in it: journal entries, done
    contact moments and group sessions attended (services/hours.py), by their date. Numbers
    only: no text of the journal reaches the referrer."""
    from . import hours

    out = []
    for e in effort:
        last = (e.end - timedelta(days=1)) if e.end else on
        out.append(replace(e, hours=round(hours.total(store, participant_id, e.start, last) / 60, 1)))
    return out


@dataclass(frozen=True)
class PhaseEffort:
    phase: str  # a status value (intake, actief, gepauzeerd, ...)
    start: date
    end: date | None  # None: still in this phase
    moments: int  # completed contact moments in the phase
    hours: float | None  # from the journal; None while it is not wired


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def effort_by_phase(data: ConsentedData, on: date,
                    hours: Mapping[str, float] | None = None) -> list[PhaseEffort]:
    """The phases of the trajectory from its status history, each with the contact moments
    done in it and (once the journal is wired) the hours registered for it."""
    changes = sorted(((d, c.get("to_status") or "") for c in data.rows("status_change")
                      if (d := _day(c.get("date"))) is not None), key=lambda x: x[0])
    if not changes:
        start = _day(data.first("participant").get("start_date"))
        changes = [(start, data.first("participant").get("status") or "")] if start else []
    done = [d for m in data.rows("contact_moment") if (d := _day(m.get("done_date")))]
    out: list[PhaseEffort] = []
    for i, (start, phase) in enumerate(changes):
        end = changes[i + 1][0] if i + 1 < len(changes) else None
        if phase == "afgesloten" and end is None:
            break  # the trajectory ended here
        low = start if i else date.min  # moments before the first change count for the first phase
        count = sum(1 for d in done if low <= d and (end is None or d < end) and d <= on)
        out.append(PhaseEffort(phase, start, end, count,
                               None if hours is None else hours.get(phase)))
    return out


# ------------------------------------------------------------------ composing

def resolve_referrer(store: Store, participant_id: str,
                     recipient: str | consent_svc.Recipient | None) -> consent_svc.Recipient:
    """The referrer to address: the one named, else the first known (services.consent)."""
    candidates = consent_svc.referrer_recipients(store, participant_id)
    if recipient:
        return handover.resolve_recipient(store, participant_id, recipient, candidates)
    if not candidates:
        raise UserError("report.no_recipient")
    return candidates[0]


def referrer_topics(store: Store, participant_id: str, recipient: consent_svc.Recipient,
                    on: date) -> set[ConsentTopic]:
    """The topics of the valid consents recorded for this referrer (kind verwijzer)."""
    return handover.consented_topics(store, participant_id, recipient, on, REFERRER)


def referral_rows(store: Store, participant_id: str, topics: set[ConsentTopic],
                  on: date) -> list[tuple[str, str, str]]:
    """The referrals to partner services a referrer may read: only with the participant's
    consent for this referrer and the topic privésituatie (referrals to debt help or care
    are private life); then only the service, the status and the date, never the reason,
    the tasks, the outcome or the notes (services/network.py)."""
    if ConsentTopic.PRIVATE not in topics:
        return []
    from . import network

    return [((view.service or {}).get("name") or "",
             display("referral", "status", view.record.get("status")),
             format_date(view.record.get("referred_on")))
            for view in network.referrals(store, participant_id, on)]


def compose(store: Store, participant_id: str, kind: str,
            recipient: str | consent_svc.Recipient | None, settings: Settings,
            sections: Iterable[str] | None = None, *, on: date | None = None) -> Report:
    """The voortgangs- (``kind`` "voortgang") or eindrapportage ("eind") for a referrer.

    ``sections`` None: every section the rules allow. A requested section the rules refuse
    raises UserError with the reason (nothing is composed).
    """
    _check_kind(kind)
    on = on or date.today()
    person = handover._participant(store, participant_id)
    first = person.get("first_name") or handover._name(person)
    rec = resolve_referrer(store, participant_id, recipient)
    topics = referrer_topics(store, participant_id, rec, on)
    specs = sections_for(kind)
    known = {s.key for s in specs}
    wanted = list(sections) if sections is not None else [
        s.key for s in specs if refusal(s, topics, first, rec.name) is None]
    for key in wanted:
        if key not in known:
            raise UserError("report.unknown_section", section=key, known=", ".join(known))
        reason = refusal(SECTION_BY_KEY[key], topics, first, rec.name)
        if reason is not None:
            raise UserError("report.section_refused", section=SECTION_BY_KEY[key].title,
                            reason=reason)
    chosen = [s for s in specs if s.key in wanted or s.key in FIXED_SECTIONS]

    data = ConsentedData.load(store, participant_id, topics, REFERRER)
    consents = handover.relevant_consents(store, participant_id, rec, on, REFERRER)
    builder = _Builder(data, first_values(store, participant_id, topics), first, settings, on,
                       consents, rec, kind, obs_svc.org_items(store),
                       registered_hours(store, participant_id, effort_by_phase(data, on), on),
                       referral_rows(store, participant_id, topics, on))
    org, coach = handover._settings_lines(settings)
    name = handover._name(person)
    report = Report(
        kind=kind, title=KINDS[kind], participant_name=name,
        native_name=person.get("name_native") or "", date_text=format_date(on),
        organisation=org, coach=coach, recipient=rec.name,
        footer=f"Vertrouwelijk · alleen bestemd voor {rec.name}",
    )
    start = _day(data.first("participant").get("start_date"))
    since = f" sinds {format_date(start)}" if start else ""
    opening = (f"Deze voortgangsrapportage beschrijft hoe het traject van {name}{since} verloopt, "
               f"tot en met {format_date(on)}." if kind == "voortgang" else
               f"Deze eindrapportage beschrijft het traject van {name}{since} en het resultaat.")
    report.sections.append(Section("opening", "", [Para(opening, "lead")]))
    for spec in chosen:
        blocks = getattr(builder, f"s_{spec.key}")()
        report.sections.append(Section(spec.key, spec.title, blocks or [Para(NO_DATA, "note")]))
    return report


def _label(entity: str, field: str, value: Any) -> str:
    return display(entity, field, value)


def _span(start: Any, end: Any) -> str:
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    return f"vanaf {format_date(start)}" if start else ""


class _Builder(handover._Builder):
    """One method per section. Like the handover's, it holds no store: the participant's data
    reach it only through `ConsentedData` (kind REFERRER), the first values of the intake cut
    the same way, and the effort per phase computed from them. The handover's own sections
    for observations, profile and private situation are used as they are: given this data
    they draw exactly what the referrer may see."""

    def __init__(self, data: ConsentedData, start: Mapping[str, Any], first: str,
                 settings: Settings, on: date, consents: list[dict[str, Any]],
                 recipient: consent_svc.Recipient, kind: str, items: list[obs_svc.Item],
                 effort: list[PhaseEffort], referrals: list[tuple[str, str, str]]) -> None:
        super().__init__(data, items, first, settings, on, consents, recipient)
        self.referrals = referrals
        self.start = start
        self.kind = kind
        self.effort = effort
        self.person = data.first("participant")

    # -- the trajectory
    def s_trajectory(self) -> list[Any]:
        p, i = self.person, self.intake
        facts = [(label, value) for label, value in (
            ("Geboortedatum", format_date(p.get("birth_date"))),
            ("Aangemeld door", _label("participant", "referrer", p.get("referrer"))),
            ("Start traject", format_date(p.get("start_date"))),
            ("Intake", format_date(i.get("intake_date"))),
            ("Status nu", _label("participant", "status", p.get("status"))),
            ("Aanpak", _label("participant", "approach", p.get("approach"))),
            ("Trajectbegeleider", p.get("coach") or self.settings.coach_name),
            ("Rapportageperiode", _span(p.get("start_date"), self.on.isoformat())),
        ) if value]
        return [Facts(tuple(facts))] if facts else []

    def _goals(self) -> list[dict[str, Any]]:
        return self.data.rows("goal")

    def s_result(self) -> list[Any]:
        goals = self._goals()
        lines: list[str] = []
        if goals:
            reached = sum(1 for g in goals if g.get("status") == "behaald")
            lines.append(f"{reached} van de {len(goals)} doelen behaald.")
        ladder_start, ladder_now = self.start.get("participatieladder"), self.intake.get("participatieladder")
        if ladder_now:
            if ladder_start and ladder_start != ladder_now:
                lines.append(f"Participatieladder: van trede {ladder_start} naar trede {ladder_now} "
                             f"({_label('intake', 'participatieladder', ladder_now)[2:].lower()}).")
            else:
                lines.append(f"Participatieladder: trede {ladder_now} "
                             f"({_label('intake', 'participatieladder', ladder_now)[2:].lower()}).")
        paid = [pl for pl in self.data.rows("placement") if pl.get("type") == "betaald_werk"]
        if paid:
            pl = paid[0]
            lines.append(f"Betaald werk bij {pl.get('organisation') or '?'}"
                         f"{' sinds ' + format_date(pl['start_date']) if pl.get('start_date') else ''}"
                         f"{', ' + str(pl['hours_per_week']) + ' uur per week' if pl.get('hours_per_week') else ''}.")
        closing = self.person.get("closing_date")
        if closing:
            lines.append(f"Eindgesprek op {format_date(closing)}.")
        return [Facts(tuple(("Resultaat" if n == 0 else "", line) for n, line in enumerate(lines)))] if lines else []

    def s_course(self) -> list[Any]:
        changes = sorted(self.data.rows("status_change"), key=lambda c: c.get("date") or "")
        if not changes:
            return []
        allowed_reason = any("reason" in c for c in changes)  # private: only with consent
        with_reason = any(c.get("reason") for c in changes)
        header = ("Datum", "Van", "Naar") + (("Reden",) if with_reason else ())
        rows = tuple((format_date(c.get("date")), _label("status_change", "from_status", c.get("from_status")),
                      _label("status_change", "to_status", c.get("to_status")))
                     + ((c.get("reason") or "",) if with_reason else ()) for c in changes)
        out: list[Any] = [Table(header, rows, (0.16, 0.2, 0.2, 0.44) if with_reason else (0.2, 0.4, 0.4),
                                caption="Statuswijzigingen")]
        pauses = [e for e in self.effort if e.phase == "gepauzeerd"]
        if pauses:
            days = sum(((e.end or self.on) - e.start).days for e in pauses)
            out.append(Para(f"Het traject lag {len(pauses)} keer stil, samen {days} dagen."))
            if not allowed_reason:
                out.append(Para(f"De reden van een pauze is privé. Die staat hier alleen met "
                                f"toestemming van {self.first}.", "note"))
        return out

    def s_participation(self) -> list[Any]:
        names = ["participatieladder"] + [f.name for f in INTAKE.fields if f.name.startswith("zrm_")]
        rows = []
        for name in names:
            if name not in self.intake and name not in self.start:
                continue  # not allowed for this referrer
            begin, now = self.start.get(name), self.intake.get(name)
            if not begin and not now:
                continue
            change = ""
            if begin and now and str(begin).isdigit() and str(now).isdigit():
                diff = int(now) - int(begin)
                change = "gelijk" if diff == 0 else (f"+{diff}" if diff > 0 else str(diff))
            rows.append((INTAKE.field(name).label("nl"), _label("intake", name, begin) or "–",
                         _label("intake", name, now) or "–", change))
        if not rows:
            return []
        out: list[Any] = [Table(("Onderdeel", "Bij de start", "Nu", "Verschil"), tuple(rows),
                                (0.28, 0.29, 0.29, 0.14),
                                caption="Bij de start: de eerste vastgelegde waarde. Nu: de "
                                        "laatste.")]
        if any(n.startswith("zrm_") for n in self.intake):
            out.append(Para("Van de Zelfredzaamheid-Matrix staan de gezondheidsdomeinen nooit in "
                            "een rapport aan de verwijzer; de privédomeinen alleen met toestemming.",
                            "note"))
        return out

    def s_goals(self) -> list[Any]:
        goals = self._goals()
        if not goals:
            return []
        revisions: dict[str, list[dict[str, Any]]] = {}
        for rev in sorted(self.data.rows("goal_revision"), key=lambda r: r.get("revised_on") or ""):
            revisions.setdefault(rev.get("goal_id") or "", []).append(rev)
        actions: dict[str, list[dict[str, Any]]] = {}
        for act in self.data.rows("action"):
            actions.setdefault(act.get("goal_id") or "", []).append(act)
        rows = []
        for g in goals:
            acts = actions.get(g["id"], [])
            done = sum(1 for a in acts if a.get("done"))
            rows.append((g.get("text") or "", _label("goal", "term", g.get("term")),
                         _label("goal", "status", g.get("status")),
                         f"{done} van {len(acts)} klaar" if acts else "–"))
        out: list[Any] = [Table(("Doel", "Termijn", "Status", "Acties"), tuple(rows),
                                (0.46, 0.2, 0.14, 0.2))]
        lines = []
        for g in goals:
            for rev in revisions.get(g["id"], []):
                before = (rev.get("previous_text") or "").strip()
                after = (rev.get("new_text") or "").strip()
                lines.append((format_date(rev.get("revised_on")), before, after,
                              (rev.get("reason") or "").strip()))
        if lines:
            out.append(Table(("Datum", "Was", "Werd", "Reden"), tuple(lines),
                             (0.14, 0.28, 0.28, 0.3), caption="Bijstellingen van doelen"))
        return out

    def s_next_steps(self) -> list[Any]:
        open_actions = sorted((a for a in self.data.rows("action") if not a.get("done")),
                              key=lambda a: (a.get("due_date") is None, a.get("due_date") or ""))
        out: list[Any] = []
        if open_actions:
            rows = tuple((a.get("description") or "", _label("action", "owner", a.get("owner")),
                          format_date(a.get("due_date"))) for a in open_actions)
            out.append(Table(("Actie", "Wie", "Uiterlijk"), rows, (0.6, 0.22, 0.18)))
        nxt = [m for m in self.data.rows("contact_moment")
               if not m.get("done_date") and (m.get("planned_date") or "") >= self.on.isoformat()]
        if nxt:
            m = nxt[0]
            out.append(Para(f"Volgend contactmoment: {format_date(m.get('planned_date'))}"
                            f"{' (' + m['label'] + ')' if m.get('label') else ''}."))
        return out

    def s_placements(self) -> list[Any]:
        places = self.data.rows("placement")
        if not places:
            return []
        rows = []
        for pl in places:
            end = _day(pl.get("end_date"))
            if end and end <= self.on:
                outcome = f"Afgerond op {format_date(end)}"
            elif pl.get("type") == "betaald_werk":
                outcome = "In dienst" + (f" tot {format_date(end)}" if end else "")
            else:
                outcome = "Loopt" + (f" tot {format_date(end)}" if end else "")
            hours = pl.get("hours_per_week")
            rows.append((pl.get("organisation") or "", _label("placement", "type", pl.get("type")),
                         _span(pl.get("start_date"), pl.get("end_date")),
                         f"{hours}" if hours else "", outcome))
        out: list[Any] = [Table(("Plek", "Soort", "Periode", "Uren p/w", "Uitkomst"), tuple(rows),
                                (0.24, 0.23, 0.22, 0.09, 0.22))]
        facts = []
        for pl in places:
            if pl.get("tasks"):
                facts.append((f"Taken bij {pl.get('organisation') or 'de plek'}", pl["tasks"]))
            if pl.get("arrangements"):
                facts.append(("Regelingen", _label("placement", "arrangements", pl["arrangements"])))
        if facts:
            out.append(Facts(tuple(facts)))
        return out

    def s_profile(self) -> list[Any]:
        return self.s_intro() + self.s_strengths()

    def s_effort(self) -> list[Any]:
        if not self.effort:
            return []
        wired = any(e.hours is not None for e in self.effort)
        rows = []
        for e in self.effort:
            weeks = max(0, ((e.end or self.on) - e.start).days) / 7
            rows.append((_label("participant", "status", e.phase),
                         _span(e.start.isoformat(), e.end.isoformat() if e.end else None),
                         f"{weeks:.0f}", str(e.moments),
                         f"{e.hours:g}".replace(".", ",") if e.hours is not None else "–"))
        out: list[Any] = [Table(("Fase", "Periode", "Weken", "Contactmomenten", "Uren"),
                                tuple(rows), (0.2, 0.34, 0.1, 0.22, 0.14))]
        if not wired:
            out.append(Para("Uren worden nog niet per fase geregistreerd; de tabel telt de "
                            "gedane contactmomenten.", "note"))
        return out

    def s_aftercare(self) -> list[Any]:
        moments = [m for m in self.data.rows("contact_moment") if m.get("planned_date")]
        out: list[Any] = []
        if moments:
            rows = tuple((format_date(m.get("planned_date")), m.get("label") or "",
                          _label("contact_moment", "with_whom", m.get("with_whom")),
                          _label("contact_moment", "mode", m.get("mode")),
                          f"gedaan {format_date(m['done_date'])}" if m.get("done_date") else "gepland")
                         for m in moments)
            done = sum(1 for m in moments if m.get("done_date"))
            out.append(Para(f"{done} van de {len(moments)} contactmomenten in de nazorg zijn gedaan."))
            out.append(Table(("Datum", "Contactmoment", "Met wie", "Vorm", "Stand"), rows,
                             (0.14, 0.26, 0.24, 0.18, 0.18)))
        closing = [m for m in moments if m.get("is_closing")]
        when = format_date(self.person.get("closing_date"))
        if not when and closing:
            m = closing[0]
            when = (format_date(m["done_date"]) if m.get("done_date")
                    else f"gepland op {format_date(m['planned_date'])}")
        facts = [(label, value) for label, value in (
            ("Eindgesprek", when),
            ("Evaluatie", self.person.get("closing_evaluation") or ""),
            ("Waar later hulp vragen", self.person.get("closing_help_later") or ""),
        ) if value]
        if facts:
            out.append(Facts(tuple(facts)))
        return out

    def s_referrals(self) -> list[Any]:
        rows = tuple(self.referrals)
        return [Table(("Ketenpartner", "Status", "Aangemeld op"), rows, (0.5, 0.25, 0.25))] if rows else []

    def s_health(self) -> list[Any]:  # never chosen: refusal() refuses it for every referrer
        return []

    def s_conclusion(self) -> list[Any]:
        out: list[Any] = []
        conclusion = (self.person.get("report_conclusion") or "").strip()
        advice = (self.person.get("report_advice") or "").strip()
        out.append(Para(conclusion) if conclusion else Para(NO_DATA, "note"))
        if advice:
            out += [Para("Advies", "subhead"), Para(advice)]
        s = self.settings
        place = str((s.extra or {}).get("place") or "").strip()
        out.append(Signature(f"{place + ', ' if place else ''}{format_date(self.on)}", tuple(
            x for x in (s.coach_name, "Trajectbegeleider" if s.coach_name else "",
                        s.organisation_name) if x)))
        return out

    def s_basis(self) -> list[Any]:
        org = self.settings.organisation_name or "De begeleider"
        out: list[Any] = [Para(
            f"{org} rapporteert aan {self.recipient.name} als verwijzer en opdrachtgever van dit "
            f"traject. Dit rapport bevat de trajectgegevens die daarvoor nodig zijn. Medische "
            f"gegevens en diagnoses staan er nooit in.")]
        out += [Para(consent_sentence(row, self.first, self.recipient.name)) for row in self.consents]
        if not self.consents:
            out.append(Para(f"{self.first} gaf geen toestemming om privézaken met "
                            f"{self.recipient.name} te delen; die staan niet in dit rapport."))
        out.append(Para("Deel dit rapport niet verder dan nodig en bewaar het niet langer dan "
                        "nodig.", "note"))
        return out


# ------------------------------------------------------------------ output

FORMATS = ("pdf", "docx")


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """pdf or docx: ``fmt`` if given, else from the file name (default pdf)."""
    value = (fmt or Path(path).suffix.lstrip(".") or "pdf").lower()
    if value not in FORMATS:
        raise UserError("report.bad_format", format=value)
    return value


def render(report: Report, fmt: str = "pdf") -> bytes:
    if fmt == "docx":
        from ..reports.docx import render as render_docx

        return render_docx(report)
    return handover.render_pdf(report)


def export(report: Report, path: str | Path, fmt: str | None = None) -> handover.ExportResult:
    """Render as ``fmt`` (or by the file name) and write atomically; safe in a worker thread."""
    return handover.write_file(render(report, format_of(path, fmt)), path)


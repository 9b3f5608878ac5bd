"""Outcome figures for the team and the funder: "snel of duurzaam?".

For a period (from and to, both inclusive) and a scope (the caseload, one coach, or the
whole team as synced) this counts trajectories started and ended (and why), placements by
kind, who is still at work 6 and 12 months after a paid-work placement, the movement on the
participatieladder, the median time from intake to the first placement, and, when a provider
is given, the hours per phase. Every figure is defined once, in `DEFINITIONS`, and the exports
print those definitions with the figures (`docs/gebruikershandleiding.md` explains them too).

"Unknown" is always shown as unknown: a participant whose records cannot tell whether they
still work is never counted as at work. Figures that leave the team pass through `present`
with suppression on: counts of 1 to 4 become "<5" (with a second cell of the same group
hidden when one hidden cell could be worked out from the total), so no person can be
recognised.

Hours per phase come from the journal (issue 16), which lives on another branch: `compute`
takes an optional ``hours_provider`` and shows "not available" without one. The lead wires
the journal's function in (ui/outcomes_ui.py and cli/outcomes.py pass it through).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..domain.fields import END_REASON, LADDER, PLACEMENT_TYPE
from ..domain.messages import get_language
from ..storage.queries import dict_rows
from ..storage.repository import Store
from .aftercare import add_months

# ------------------------------------------------------------------ scope and kinds

TEAM, CASELOAD, COACH = "team", "caseload", "coach"
SCOPES = (CASELOAD, COACH, TEAM)

#: The issue's kinds of placement, in the order they are shown.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("betaald_werk", "Betaald werk", "Paid work"),
    ("proefplaatsing", "Proefplaatsing", "Trial placement"),
    ("leerwerkplek", "Leerwerkplek", "Learning work place"),
    ("vrijwilligerswerk", "Vrijwilligerswerk", "Volunteer work"),
    ("opleiding", "Opleiding", "Education or training"),
)
#: Every placement type (domain.fields.PLACEMENT_TYPE) mapped onto one kind.
KIND_OF_TYPE: dict[str, str] = {
    "betaald_werk": "betaald_werk",
    "proefplaatsing": "proefplaatsing",
    "proefweek": "proefplaatsing",
    "leerwerkplek": "leerwerkplek",
    "werkervaringsplaats": "leerwerkplek",
    "interne_werkplaats": "leerwerkplek",
    "taalstage": "leerwerkplek",
    "vrijwilligerswerk": "vrijwilligerswerk",
    "opleiding": "opleiding",
}
assert set(KIND_OF_TYPE) == {c.value for c in PLACEMENT_TYPE}, "map every placement type"

PAID_WORK = "betaald_werk"
RETENTION_MONTHS = (6, 12)
#: An aftercare contact moment counts for the mark when it was done this close to it.
WINDOW_DAYS = 45
UNKNOWN_REASON = "onbekend"
SMALL = 5  # counts below this (and above 0) are hidden when figures leave the team
HIDDEN = "<5"

AT_WORK, NOT_AT_WORK, UNKNOWN, NOT_DUE = "at_work", "not_at_work", "unknown", "not_due"

# ------------------------------------------------------------------ definitions

#: key -> (Dutch, English). Printed with every export; the user guide says the same.
DEFINITIONS: dict[str, tuple[str, str]] = {
    "scope": (
        "Deelnemers: 'caseload' is iedereen die niet gearchiveerd is; 'begeleider' is iedereen "
        "met die naam als trajectbegeleider; 'team' is iedereen in de database zoals die na "
        "het synchroniseren is (ook gearchiveerd). De periode loopt van de begindatum tot en "
        "met de einddatum.",
        "Participants: 'caseload' is everyone not archived; 'coach' is everyone with that name "
        "as their coach; 'team' is everyone in the database as synced (archived included). The "
        "period runs from the start date up to and including the end date.",
    ),
    "started": (
        "Gestarte trajecten: deelnemers met een startdatum traject in de periode.",
        "Trajectories started: participants whose trajectory start date lies in the period.",
    ),
    "ended": (
        "Beëindigde trajecten: deelnemers met status 'afgesloten' van wie de einddatum in de "
        "periode ligt. Einddatum is de datum van het eindgesprek, of anders de datum waarop "
        "de status 'afgesloten' werd.",
        "Trajectories ended: participants with status 'closed' whose end date lies in the "
        "period. The end date is the date of the closing conversation, or else the date the "
        "status became 'closed'.",
    ),
    "reasons": (
        "Reden einde: zoals de begeleider die bij het eindgesprek vastlegde; niet ingevuld "
        "telt als 'onbekend'.",
        "Reason for ending: as the coach recorded it at the closing conversation; not filled "
        "in counts as 'unknown'.",
    ),
    "placements": (
        "Plaatsingen naar soort: plaatsingen met een begindatum in de periode. Soorten: "
        "betaald werk; proefplaatsing (ook proefweek); leerwerkplek (ook "
        "werkervaringsplaats, interne werkplaats en taalstage); vrijwilligerswerk; "
        "opleiding. Een plaatsing zonder begindatum telt niet mee.",
        "Placements by kind: placements whose start date lies in the period. Kinds: paid "
        "work; trial placement (also trial week); learning work place (also work-experience "
        "place, internal workshop and language internship); volunteer work; education. A "
        "placement without a start date is not counted.",
    ),
    "retention": (
        "Nog aan het werk na 6 en 12 maanden: per deelnemer de eerste plaatsing in betaald "
        "werk die in de periode begon. Peildatum is die begindatum plus 6 (of 12) maanden. "
        "Aan het werk: een nazorgcontact gedaan binnen 45 dagen van de peildatum legde 'werkt "
        "nog' vast (het dichtstbijzijnde telt), of het traject werd op of na 45 dagen voor de "
        "peildatum afgesloten met reden 'aan het werk'. Niet meer aan het werk: zo'n contact "
        "legde 'werkt niet meer' vast, of de plaatsing eindigde voor de peildatum zonder "
        "andere betaalde plaatsing die de peildatum dekt. Anders: onbekend. Onbekend telt "
        "nooit als succes: het percentage is 'aan het werk' gedeeld door alle deelnemers van "
        "wie de peildatum voorbij is (onbekend inbegrepen). Ligt de peildatum na vandaag, dan "
        "telt de deelnemer als 'nog niet zover'.",
        "Still at work after 6 and 12 months: per participant the first paid-work placement "
        "that started in the period. The mark is that start date plus 6 (or 12) months. At "
        "work: an aftercare contact done within 45 days of the mark recorded 'still at work' "
        "(the nearest one counts), or the trajectory was closed on or after 45 days before the "
        "mark with reason 'in work'. No longer at work: such a contact recorded 'no longer at "
        "work', or the placement ended before the mark with no other paid placement covering "
        "the mark. Otherwise: unknown. Unknown never counts as success: the percentage is 'at "
        "work' divided by everyone whose mark has passed (unknown included). A mark after "
        "today counts as 'not yet due'.",
    ),
    "ladder": (
        "Participatieladder: voor de trajecten die in de periode eindigden, de trede bij de "
        "intake (de eerste waarde die in de intake werd vastgelegd) tegenover de trede bij het "
        "einde (vastgelegd bij het eindgesprek). Ontbreekt een van beide, dan telt het traject "
        "als onbekend.",
        "Participation ladder: for the trajectories that ended in the period, the step at "
        "intake (the first value recorded in the intake) against the step at the end "
        "(recorded at the closing conversation). When either is missing the trajectory "
        "counts as unknown.",
    ),
    "time_to_placement": (
        "Tijd tot eerste plaatsing: voor deelnemers van wie de eerste plaatsing (van elke "
        "soort) in de periode begon, de mediaan van het aantal dagen van de intakedatum (of "
        "anders de startdatum van het traject) tot de begindatum van die plaatsing. Zo ook "
        "tot het eerste betaalde werk. Een plaatsing die voor de intake begon telt niet mee.",
        "Time to first placement: for participants whose first placement (of any kind) "
        "started in the period, the median number of days from the intake date (or else the "
        "trajectory start) to that placement's start. Likewise to the first paid work. A "
        "placement that started before the intake is not counted.",
    ),
    "hours": (
        "Uren per fase: de uren die in het journaal in de periode zijn geschreven, per fase "
        "van het traject. Niet beschikbaar zolang het journaal er niet is.",
        "Hours per phase: the hours written in the journal in the period, per phase of the "
        "trajectory. Not available while there is no journal.",
    ),
    "small_numbers": (
        "Kleine aantallen: aantallen van 1 tot en met 4 staan er als '<5', zodat niemand te "
        "herkennen is. Kan zo'n verborgen aantal uit het totaal worden teruggerekend, dan is "
        "ook het kleinste andere aantal in die groep verborgen. Een mediaan of gemiddelde over "
        "minder dan 5 deelnemers wordt niet getoond.",
        "Small numbers: counts of 1 to 4 are shown as '<5', so nobody can be recognised. When "
        "such a hidden count could be worked out from the total, the smallest other count in "
        "that group is hidden too. A median or mean over fewer than 5 participants is not "
        "shown.",
    ),
}


def definition(key: str, language: str | None = None) -> str:
    nl, en = DEFINITIONS[key]
    return en if (language or get_language()) == "en" else nl


# ------------------------------------------------------------------ the figures

@dataclass(frozen=True)
class Scope:
    kind: str = TEAM
    coach: str = ""

    def label(self, language: str = "nl") -> str:
        en = language == "en"
        if self.kind == COACH:
            return (f"Coach: {self.coach}" if en else f"Begeleider: {self.coach}")
        if self.kind == CASELOAD:
            return "Caseload (not archived)" if en else "Caseload (niet gearchiveerd)"
        return "Whole team (as synced)" if en else "Hele team (zoals gesynchroniseerd)"


@dataclass
class Retention:
    months: int
    at_work: int = 0
    not_at_work: int = 0
    unknown: int = 0
    not_due: int = 0

    @property
    def due(self) -> int:
        return self.at_work + self.not_at_work + self.unknown

    @property
    def rate(self) -> float | None:
        return self.at_work / self.due if self.due else None


@dataclass
class LadderMovement:
    up: int = 0
    same: int = 0
    down: int = 0
    unknown: int = 0
    changes: list[int] = field(default_factory=list)
    start_steps: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, 7), 0))
    end_steps: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, 7), 0))

    @property
    def known(self) -> int:
        return self.up + self.same + self.down

    @property
    def mean_change(self) -> float | None:
        return statistics.fmean(self.changes) if self.changes else None


@dataclass
class Outcomes:
    start: date
    end: date
    scope: Scope
    today: date
    participants: int = 0
    started: int = 0
    ended: int = 0
    ended_by_reason: dict[str, int] = field(default_factory=dict)
    placements_by_kind: dict[str, int] = field(default_factory=dict)
    placed_people: int = 0
    retention: dict[int, Retention] = field(default_factory=dict)
    ladder: LadderMovement = field(default_factory=LadderMovement)
    days_to_first_placement: list[int] = field(default_factory=list)
    days_to_first_paid_work: list[int] = field(default_factory=list)
    hours_per_phase: dict[str, float] | None = None

    @property
    def median_days_to_first_placement(self) -> float | None:
        return statistics.median(self.days_to_first_placement) if self.days_to_first_placement else None

    @property
    def median_days_to_first_paid_work(self) -> float | None:
        return statistics.median(self.days_to_first_paid_work) if self.days_to_first_paid_work else None


#: ``provider(store, participant_ids, start, end)`` -> hours per phase name (the journal).
HoursProvider = Callable[[Store, list[str], date, date], dict[str, float]]


def coaches(store: Store) -> list[str]:
    """The coach names found on the participants (for choosing a coach)."""
    rows = store.db.execute(
        "SELECT DISTINCT trim(coach) FROM participant WHERE deleted = 0 AND "
        "coalesce(trim(coach), '') != '' ORDER BY lower(trim(coach))").fetchall()
    return [r[0] for r in rows]


def _d(text: Any) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _in(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def _people(store: Store, scope: Scope) -> list[dict[str, Any]]:
    sql = ("SELECT id, status, start_date, closing_date, end_reason, ladder_end, archived, coach "
           "FROM participant WHERE deleted = 0")
    params: list[Any] = []
    if scope.kind == CASELOAD:
        sql += " AND coalesce(archived, 0) = 0"
    elif scope.kind == COACH:
        sql += " AND lower(trim(coalesce(coach, ''))) = lower(trim(?))"
        params.append(scope.coach)
    return dict_rows(store.db.execute(sql, params))


def _by_participant(store: Store, sql: str, ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in dict_rows(store.db.execute(sql)):
        if row["participant_id"] in ids:
            out.setdefault(row["participant_id"], []).append(row)
    return out


def _end_dates(store: Store, people: list[dict[str, Any]]) -> dict[str, date]:
    """End date of every closed trajectory: the closing conversation, else the status change."""
    closed = {p["id"]: p for p in people if p["status"] == "afgesloten"}
    out = {pid: d for pid, p in closed.items() if (d := _d(p["closing_date"]))}
    missing = set(closed) - set(out)
    if missing:
        rows = store.db.execute(
            "SELECT participant_id, max(date) FROM status_change WHERE deleted = 0 AND "
            "to_status = 'afgesloten' GROUP BY participant_id").fetchall()
        for pid, day in rows:
            if pid in missing and _d(day):
                out[pid] = _d(day)  # type: ignore[assignment]
    return out


def _first_ladder_steps(store: Store, intakes: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Per participant the first participatieladder step recorded in the intake: the oldest
    version (history included) that has one, so a later edit does not move the start."""
    by_intake = {row["id"]: pid for pid, row in intakes.items()}
    best: dict[str, tuple[str, int]] = {}

    def offer(pid: str, stamp: str, value: Any) -> None:
        try:
            step = int(str(value))
        except (TypeError, ValueError):
            return
        if pid not in best or stamp < best[pid][0]:
            best[pid] = (stamp, step)

    for pid, row in intakes.items():
        offer(pid, row.get("updated_at") or "", row.get("participatieladder"))
    if by_intake:
        rows = store.db.execute(
            "SELECT row_id, json_extract(version, '$.participatieladder'), "
            "json_extract(version, '$.updated_at') FROM history WHERE table_name = 'intake' "
            "AND json_extract(version, '$.participatieladder') IS NOT NULL").fetchall()
        for row_id, value, stamp in rows:
            if row_id in by_intake:
                offer(by_intake[row_id], stamp or "", value)
    return {pid: step for pid, (_stamp, step) in best.items()}


def retention_state(
    placement: dict[str, Any], months: int, today: date, *,
    moments: Iterable[dict[str, Any]] = (), other_paid: Iterable[dict[str, Any]] = (),
    end_reason: str | None = None, end_date: date | None = None,
) -> str:
    """AT_WORK, NOT_AT_WORK, UNKNOWN or NOT_DUE for one paid-work placement at start + months
    (the rule in DEFINITIONS["retention"])."""
    start = _d(placement.get("start_date"))
    if start is None:
        return UNKNOWN
    mark = add_months(start, months)
    if mark > today:
        return NOT_DUE
    window = timedelta(days=WINDOW_DAYS)
    nearest: tuple[int, int, str] | None = None
    for m in moments:
        done = _d(m.get("done_date"))
        status = m.get("work_status")
        if done is None or status not in ("aan_het_werk", "niet_meer") or abs(done - mark) > window:
            continue
        # nearest to the mark; on a tie the later contact (it saw more)
        key = (abs((done - mark).days), -done.toordinal(), status)
        if nearest is None or key < nearest:
            nearest = key
    if nearest is not None:
        return AT_WORK if nearest[2] == "aan_het_werk" else NOT_AT_WORK
    ended = _d(placement.get("end_date"))
    if ended is not None and ended < mark:
        covered = False
        for other in other_paid:
            o_start, o_end = _d(other.get("start_date")), _d(other.get("end_date"))
            if other is not placement and o_start and o_start <= mark and (o_end is None or o_end >= mark):
                covered = True
        if not covered:
            return NOT_AT_WORK
    if end_reason == "werk" and end_date is not None and end_date >= mark - window:
        return AT_WORK
    return UNKNOWN


def compute(
    store: Store, start: date, end: date, scope: Scope | None = None, *,
    today: date | None = None, hours_provider: HoursProvider | None = None,
) -> Outcomes:
    """Every outcome figure for the period [start, end] and the scope (default: the team)."""
    scope = scope or Scope()
    today = today or date.today()
    result = Outcomes(start, end, scope, today)
    people = _people(store, scope)
    ids = {p["id"] for p in people}
    person = {p["id"]: p for p in people}
    result.participants = len(people)
    placements = _by_participant(
        store, "SELECT id, participant_id, type, start_date, end_date FROM placement "
        "WHERE deleted = 0", ids)
    moments = _by_participant(
        store, "SELECT participant_id, done_date, work_status FROM contact_moment "
        "WHERE deleted = 0 AND work_status IS NOT NULL AND done_date IS NOT NULL", ids)
    intakes: dict[str, dict[str, Any]] = {}
    for row in dict_rows(store.db.execute(
            "SELECT id, participant_id, intake_date, participatieladder, updated_at FROM intake "
            "WHERE deleted = 0 ORDER BY created_at")):
        if row["participant_id"] in ids:
            intakes.setdefault(row["participant_id"], row)
    end_dates = _end_dates(store, people)

    # started and ended, and why
    result.started = sum(1 for p in people if _in(_d(p["start_date"]), start, end))
    ended = [pid for pid, day in end_dates.items() if _in(day, start, end)]
    result.ended = len(ended)
    reasons = {c.value: 0 for c in END_REASON}
    reasons[UNKNOWN_REASON] = 0
    for pid in ended:
        reason = person[pid].get("end_reason")
        reasons[reason if reason in reasons else UNKNOWN_REASON] += 1
    result.ended_by_reason = reasons

    # placements by kind
    kinds = {key: 0 for key, _nl, _en in KINDS}
    placed = set()
    for pid, rows in placements.items():
        for row in rows:
            if _in(_d(row["start_date"]), start, end):
                kinds[KIND_OF_TYPE.get(row["type"], "leerwerkplek")] += 1
                placed.add(pid)
    result.placements_by_kind = kinds
    result.placed_people = len(placed)

    # still at work after 6 and 12 months
    result.retention = {m: Retention(m) for m in RETENTION_MONTHS}
    for pid, rows in placements.items():
        paid = sorted((r for r in rows if r["type"] == PAID_WORK and _d(r["start_date"])),
                      key=lambda r: r["start_date"])
        first = next((r for r in paid if _in(_d(r["start_date"]), start, end)), None)
        if first is None:
            continue
        for months, figure in result.retention.items():
            state = retention_state(first, months, today, moments=moments.get(pid, ()),
                                    other_paid=paid, end_reason=person[pid].get("end_reason"),
                                    end_date=end_dates.get(pid))
            setattr(figure, state, getattr(figure, state) + 1)

    # participatieladder from intake to end
    first_steps = _first_ladder_steps(store, {pid: intakes[pid] for pid in ended if pid in intakes})
    ladder = result.ladder
    for pid in ended:
        begin = first_steps.get(pid)
        try:
            finish = int(person[pid].get("ladder_end") or 0) or None
        except ValueError:
            finish = None
        if begin is None or finish is None:
            ladder.unknown += 1
            continue
        ladder.changes.append(finish - begin)
        ladder.start_steps[begin] = ladder.start_steps.get(begin, 0) + 1
        ladder.end_steps[finish] = ladder.end_steps.get(finish, 0) + 1
        if finish > begin:
            ladder.up += 1
        elif finish < begin:
            ladder.down += 1
        else:
            ladder.same += 1

    # median time from intake to the first placement (and to the first paid work)
    for pid, rows in placements.items():
        intake = intakes.get(pid) or {}
        begin = _d(intake.get("intake_date")) or _d(person[pid].get("start_date"))
        if begin is None:
            continue
        dated = sorted((r for r in rows if _d(r["start_date"])), key=lambda r: r["start_date"])
        for subset, target in ((dated, result.days_to_first_placement),
                               ([r for r in dated if r["type"] == PAID_WORK],
                                result.days_to_first_paid_work)):
            if subset and _in(_d(subset[0]["start_date"]), start, end):
                days = (_d(subset[0]["start_date"]) - begin).days  # type: ignore[operator]
                if days >= 0:
                    target.append(days)
    result.days_to_first_placement.sort()
    result.days_to_first_paid_work.sort()

    if hours_provider is not None:
        result.hours_per_phase = dict(hours_provider(store, sorted(ids), start, end))
    return result


# ------------------------------------------------------------------ presentation

@dataclass(frozen=True)
class Row:
    """One line of a figure group: a label, the number (None: nothing to count) and its text."""

    label: str
    value: float | None
    text: str
    hidden: bool = False
    bar: bool = False  # drawn as a bar in the outcomes view (a part of its group)
    muted: bool = False  # "unknown": drawn grey


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    rows: tuple[Row, ...]
    definition: str
    note: str = ""


_WORDS = {
    "participants": ("Deelnemers in de selectie", "Participants selected"),
    "started": ("Gestarte trajecten", "Trajectories started"),
    "ended": ("Beëindigde trajecten", "Trajectories ended"),
    "flow": ("Instroom en uitstroom", "Started and ended"),
    "reasons": ("Beëindigd, naar reden", "Ended, by reason"),
    "unknown": ("Onbekend", "Unknown"),
    "total": ("Totaal", "Total"),
    "placements": ("Plaatsingen naar soort", "Placements by kind"),
    "placed_people": ("Deelnemers met een plaatsing", "Participants with a placement"),
    "retention": ("Nog aan het werk na {m} maanden", "Still at work after {m} months"),
    "at_work": ("Aan het werk", "At work"),
    "not_at_work": ("Niet meer aan het werk", "No longer at work"),
    "unknown_work": ("Onbekend", "Unknown"),
    "due": ("Peildatum voorbij", "Mark passed"),
    "not_due": ("Nog niet zover (niet meegeteld)", "Not yet due (not counted)"),
    "share": ("Aandeel aan het werk", "Share at work"),
    "ladder": ("Participatieladder, intake tot einde", "Participation ladder, intake to end"),
    "up": ("Gestegen", "Moved up"),
    "same": ("Gelijk gebleven", "Stayed the same"),
    "down": ("Gedaald", "Moved down"),
    "mean_change": ("Gemiddelde verandering (treden)", "Mean change (steps)"),
    "time": ("Tijd van intake tot plaatsing", "Time from intake to placement"),
    "median_placement": ("Mediaan tot eerste plaatsing", "Median to first placement"),
    "median_paid": ("Mediaan tot eerste betaalde werk", "Median to first paid work"),
    "days": ("{n} dagen (over {k} deelnemers)", "{n} days (over {k} participants)"),
    "days_hidden": ("niet getoond (minder dan 5 deelnemers)", "not shown (fewer than 5 participants)"),
    "none": ("geen", "none"),
    "hours": ("Uren per fase", "Hours per phase"),
    "not_available": ("Niet beschikbaar (het journaal ontbreekt nog)",
                      "Not available (there is no journal yet)"),
}


def word(key: str, language: str) -> str:
    nl, en = _WORDS[key]
    return en if language == "en" else nl


def _suppress(counts: list[int], total: int | None, on: bool) -> tuple[list[bool], bool]:
    """Which counts (and the total) to hide: 1-4 are hidden; when exactly one hidden count
    could be worked out from a shown total, the smallest other non-zero count goes too."""
    if not on:
        return [False] * len(counts), False
    hide = [0 < c < SMALL for c in counts]
    hide_total = total is not None and 0 < total < SMALL
    if hide_total:
        return [c > 0 for c in counts], True
    if total is not None and sum(hide) == 1:
        others = [(c, i) for i, c in enumerate(counts) if c > 0 and not hide[i]]
        if others:
            hide[min(others)[1]] = True
    return hide, hide_total


def _count_rows(items: list[tuple[str, int]], total: tuple[str, int] | None,
                suppress: bool, *, bars: bool = True, muted: str = "") -> tuple[Row, ...]:
    counts = [c for _label, c in items]
    hide, hide_total = _suppress(counts, total[1] if total else None, suppress)
    rows = [Row(label, None if h else c, HIDDEN if h else str(c), h, bars, label == muted)
            for (label, c), h in zip(items, hide, strict=True)]
    if total is not None:
        rows.append(Row(total[0], None if hide_total else total[1],
                        HIDDEN if hide_total else str(total[1]), hide_total))
    return tuple(rows)


def _median_text(values: list[int], suppress: bool, language: str) -> tuple[float | None, str, bool]:
    if not values:
        return None, word("none", language), False
    if suppress and len(values) < SMALL:
        return None, word("days_hidden", language), True
    median = statistics.median(values)
    shown = f"{median:g}".replace(".", ",") if language != "en" else f"{median:g}"
    return median, word("days", language).format(n=shown, k=len(values)), False


def present(outcomes: Outcomes, *, suppress: bool = True, language: str | None = None) -> list[Group]:
    """The figures as labelled groups, with small numbers hidden when ``suppress``: what the
    outcomes view, the PDF and the xlsx all show."""
    lang = language or get_language()
    en = lang == "en"
    w = lambda key: word(key, lang)  # noqa: E731
    groups: list[Group] = []

    flow = _count_rows([(w("started"), outcomes.started), (w("ended"), outcomes.ended)],
                       None, suppress)
    groups.append(Group("flow", w("flow"), flow,
                        definition("started", lang) + " " + definition("ended", lang)))

    reason_items = [(c.label(lang), outcomes.ended_by_reason.get(c.value, 0)) for c in END_REASON]
    reason_items.append((w("unknown"), outcomes.ended_by_reason.get(UNKNOWN_REASON, 0)))
    groups.append(Group("reasons", w("reasons"),
                        _count_rows(reason_items, (w("total"), outcomes.ended), suppress,
                                    muted=w("unknown")),
                        definition("reasons", lang)))

    kind_items = [(en_label if en else nl_label, outcomes.placements_by_kind.get(key, 0))
                  for key, nl_label, en_label in KINDS]
    total_placements = sum(outcomes.placements_by_kind.values())
    rows = _count_rows(kind_items, (w("total"), total_placements), suppress)
    rows += _count_rows([(w("placed_people"), outcomes.placed_people)], None, suppress, bars=False)
    groups.append(Group("placements", w("placements"), rows, definition("placements", lang)))

    for months, figure in sorted(outcomes.retention.items()):
        items = [(w("at_work"), figure.at_work), (w("not_at_work"), figure.not_at_work),
                 (w("unknown_work"), figure.unknown)]
        rows = _count_rows(items, (w("due"), figure.due), suppress, muted=w("unknown_work"))
        hidden_share = rows[0].hidden or rows[-1].hidden
        if figure.rate is None:
            share = Row(w("share"), None, "-")
        elif hidden_share:
            share = Row(w("share"), None, HIDDEN, True)
        else:
            share = Row(w("share"), figure.rate, f"{round(figure.rate * 100)}%")
        not_due = _count_rows([(w("not_due"), figure.not_due)], None, suppress, bars=False)
        groups.append(Group(f"retention_{months}", w("retention").format(m=months),
                            (*rows, share, *not_due), definition("retention", lang)))

    ladder = outcomes.ladder
    items = [(w("up"), ladder.up), (w("same"), ladder.same), (w("down"), ladder.down),
             (w("unknown"), ladder.unknown)]
    rows = _count_rows(items, (w("total"), outcomes.ended), suppress, muted=w("unknown"))
    mean = ladder.mean_change
    if mean is None:
        mean_row = Row(w("mean_change"), None, "-")
    elif suppress and ladder.known < SMALL:
        mean_row = Row(w("mean_change"), None, HIDDEN, True)
    else:
        text = f"{mean:+.1f}"
        mean_row = Row(w("mean_change"), mean, text if en else text.replace(".", ","))
    groups.append(Group("ladder", w("ladder"), (*rows, mean_row), definition("ladder", lang)))

    rows = []
    for key, values in (("median_placement", outcomes.days_to_first_placement),
                        ("median_paid", outcomes.days_to_first_paid_work)):
        value, text, hidden = _median_text(values, suppress, lang)
        rows.append(Row(w(key), value, text, hidden))
    groups.append(Group("time", w("time"), tuple(rows), definition("time_to_placement", lang)))

    if outcomes.hours_per_phase is None:
        rows = [Row(w("hours"), None, w("not_available"))]
    else:
        rows = [Row(phase, hours, f"{hours:.1f}" if en else f"{hours:.1f}".replace(".", ","), bar=True)
                for phase, hours in outcomes.hours_per_phase.items()]
    groups.append(Group("hours", w("hours"), tuple(rows), definition("hours", lang)))
    return groups


def summary_facts(outcomes: Outcomes, *, suppress: bool, language: str | None = None
                  ) -> list[tuple[str, str]]:
    """Period, scope and the small-number rule: the head of every export."""
    lang = language or get_language()
    en = lang == "en"
    from ..domain.validation import format_date

    return [
        ("Period" if en else "Periode",
         f"{format_date(outcomes.start)} {'to' if en else 't/m'} {format_date(outcomes.end)}"),
        ("Participants" if en else "Deelnemers", outcomes.scope.label(lang)),
        ("Figures as of" if en else "Stand van", format_date(outcomes.today)),
        ("Small numbers" if en else "Kleine aantallen",
         ("hidden (<5)" if en else "verborgen (<5)") if suppress
         else ("shown (for the team only)" if en else "getoond (alleen voor het team)")),
    ]


def to_json(outcomes: Outcomes) -> str:
    """The raw figures (no suppression) as JSON, for tests and scripts."""
    data = {
        "start": outcomes.start.isoformat(), "end": outcomes.end.isoformat(),
        "scope": {"kind": outcomes.scope.kind, "coach": outcomes.scope.coach},
        "participants": outcomes.participants, "started": outcomes.started,
        "ended": outcomes.ended, "ended_by_reason": outcomes.ended_by_reason,
        "placements_by_kind": outcomes.placements_by_kind, "placed_people": outcomes.placed_people,
        "retention": {str(m): {"at_work": r.at_work, "not_at_work": r.not_at_work,
                               "unknown": r.unknown, "not_due": r.not_due}
                      for m, r in outcomes.retention.items()},
        "ladder": {"up": outcomes.ladder.up, "same": outcomes.ladder.same,
                   "down": outcomes.ladder.down, "unknown": outcomes.ladder.unknown,
                   "mean_change": outcomes.ladder.mean_change},
        "median_days_to_first_placement": outcomes.median_days_to_first_placement,
        "median_days_to_first_paid_work": outcomes.median_days_to_first_paid_work,
        "hours_per_phase": outcomes.hours_per_phase,
    }
    return json.dumps(data, indent=2, sort_keys=True)


def ladder_labels(language: str = "nl") -> list[str]:
    return [c.label(language) for c in LADDER]

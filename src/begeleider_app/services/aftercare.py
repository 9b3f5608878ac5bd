"""Aftercare (nazorg): the plan proposed at placement, contact moments, buddy, closing.

The organisation's template says which moments to plan, relative to the placement start
(``{"label", "unit": days|weeks|months, "amount", "with_whom", "mode", "closing"}``).
A proposal turns the template into dated moments; once the coach accepts it, the moments are
ordinary contact_moment rows with their own dates, so a later change of the template never
moves a moment that is already planned.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..domain.fields import MODE, WITH_WHOM
from ..domain.messages import UserError, msg
from ..domain.validation import ValidationFailed
from ..storage.repository import Record, Store
from . import participants as participants_svc
from .observations import PLACED_TYPES, get_org_setting, placements, set_org_setting

TEMPLATE_KEY = "aftercare_template"
UNITS = ("days", "weeks", "months")
UNIT_LABELS = {"days": ("dagen", "days"), "weeks": ("weken", "weeks"), "months": ("maanden", "months")}
PLACED_STATUSES = ("geplaatst", "nazorg")

DEFAULT_TEMPLATE: tuple[dict[str, Any], ...] = (
    {"label": "Week 1: hoe gaat de eerste week?", "unit": "weeks", "amount": 1,
     "with_whom": ["deelnemer"], "mode": "telefonisch", "closing": False},
    {"label": "Week 4: eerste maand bespreken", "unit": "weeks", "amount": 4,
     "with_whom": ["deelnemer", "werkgever"], "mode": "werkplek", "closing": False},
    {"label": "Maand 2: bezoek bij de werkgever", "unit": "months", "amount": 2,
     "with_whom": ["deelnemer", "werkgever", "collegas"], "mode": "werkplek", "closing": False},
    {"label": "Maand 4", "unit": "months", "amount": 4,
     "with_whom": ["deelnemer"], "mode": "wandelen", "closing": False},
    {"label": "Maand 6", "unit": "months", "amount": 6,
     "with_whom": ["deelnemer", "werkgever"], "mode": "werkplek", "closing": False},
    {"label": "Maand 9", "unit": "months", "amount": 9,
     "with_whom": ["deelnemer"], "mode": "telefonisch", "closing": False},
    {"label": "Maand 12: eindgesprek", "unit": "months", "amount": 12,
     "with_whom": ["deelnemer", "werkgever"], "mode": "werkplek", "closing": True},
)

DONE, OVERDUE, TODAY, PLANNED = "done", "overdue", "today", "planned"


# ------------------------------------------------------------------ dates

def add_months(start: date, months: int) -> date:
    """``start`` plus whole months; a day past the month's end clamps to its last day.

    31 January + 1 month = 28 February (29 in a leap year).
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def offset_date(start: date, unit: str, amount: int) -> date:
    if unit == "months":
        return add_months(start, amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "days":
        return start + timedelta(days=amount)
    raise ValueError(unit)


# ------------------------------------------------------------------ template

def check_template(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Normalise a template; ValidationFailed says which line is wrong."""
    if not entries:
        raise ValidationFailed({"template": msg("aftercare.empty_template")})
    out: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    whom_ok = {c.value for c in WITH_WHOM}
    mode_ok = {c.value for c in MODE}
    for n, entry in enumerate(entries, start=1):
        label = " ".join(str(entry.get("label") or "").split())
        unit = entry.get("unit")
        try:
            amount = int(entry.get("amount"))
        except (TypeError, ValueError):
            amount = -1
        problem = None
        if not label:
            problem = "geen omschrijving"
        elif unit not in UNITS:
            problem = f"onbekende eenheid '{unit}'"
        elif not 0 <= amount <= 1000:
            problem = "het aantal moet 0 of meer zijn"
        if problem:
            errors[f"line{n}"] = msg("aftercare.bad_template", n=n, detail=problem)
            continue
        out.append({
            "label": label, "unit": unit, "amount": amount,
            "with_whom": [w for w in (entry.get("with_whom") or []) if w in whom_ok],
            "mode": entry.get("mode") if entry.get("mode") in mode_ok else None,
            "closing": bool(entry.get("closing")),
        })
    if errors:
        raise ValidationFailed(errors)
    return out


def template(store: Store) -> list[dict[str, Any]]:
    raw = get_org_setting(store, TEMPLATE_KEY)
    if isinstance(raw, list) and raw:
        try:
            return check_template(raw)
        except ValidationFailed:
            pass
    return [dict(e) for e in DEFAULT_TEMPLATE]


def set_template(store: Store, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the organisation's template. Moments already planned are not touched."""
    clean = check_template(entries)
    set_org_setting(store, TEMPLATE_KEY, clean)
    return clean


# ------------------------------------------------------------------ proposal

@dataclass
class ProposedMoment:
    label: str
    planned_date: date
    with_whom: list[str] = field(default_factory=list)
    mode: str | None = None
    is_closing: bool = False


def propose_plan(start: date, entries: list[dict[str, Any]]) -> list[ProposedMoment]:
    out = [
        ProposedMoment(e["label"], offset_date(start, e["unit"], int(e["amount"])),
                       list(e.get("with_whom") or []), e.get("mode"), bool(e.get("closing")))
        for e in entries
    ]
    out.sort(key=lambda m: m.planned_date)
    return out


def placement_start(store: Store, participant_id: str) -> date | None:
    """When aftercare starts: the newest paid / trial placement, else the 'geplaatst' date."""
    for pl in placements(store, participant_id):
        if pl.get("type") in PLACED_TYPES and pl.get("start_date"):
            return date.fromisoformat(pl["start_date"])
    person = store.repo("participant").get(participant_id)
    if person and person.get("status") in PLACED_STATUSES:
        changes = store.repo("status_change").for_participant(
            participant_id, order_by="date desc, created_at desc")
        for change in changes:
            if change["to_status"] == "geplaatst" and change.get("date"):
                return date.fromisoformat(change["date"])
    return None


def plan_needed(store: Store, participant_id: str) -> date | None:
    """The placement start when the participant is placed but has no plan from that date on."""
    person = store.repo("participant").get(participant_id)
    if person is None or person.get("status") == "afgesloten":
        return None
    start = placement_start(store, participant_id)
    if start is None:
        return None
    existing = store.repo("contact_moment").find(
        "participant_id = ? AND coalesce(planned_date, done_date) >= ?",
        [participant_id, start.isoformat()], limit=1)
    return None if existing else start


def proposal_for(store: Store, participant_id: str, start: date | None = None) -> list[ProposedMoment]:
    start = start or placement_start(store, participant_id)
    if start is None:
        raise UserError("aftercare.no_start")
    return propose_plan(start, template(store))


def accept_plan(store: Store, participant_id: str, moments: list[ProposedMoment]) -> list[Record]:
    """Store the (possibly edited) proposal as planned contact moments."""
    repo = store.repo("contact_moment")
    out = []
    with store.transaction():
        for m in moments:
            out.append(repo.insert({
                "participant_id": participant_id, "label": m.label,
                "planned_date": m.planned_date, "with_whom": m.with_whom, "mode": m.mode,
                "is_closing": m.is_closing,
            }))
        store.audit("aftercare_plan", "participant", participant_id, detail=f"{len(out)} momenten")
    return out


# ------------------------------------------------------------------ moments and timeline

@dataclass
class TimelineEntry:
    record: Record
    state: str

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def when(self) -> date | None:
        text = self.record.get("done_date") or self.record.get("planned_date")
        return date.fromisoformat(text) if text else None


def moment_state(moment: Record, today: date) -> str:
    if moment.get("done_date"):
        return DONE
    planned = moment.get("planned_date")
    if not planned:
        return PLANNED
    day = date.fromisoformat(planned)
    if day < today:
        return OVERDUE
    return TODAY if day == today else PLANNED


def moments(store: Store, participant_id: str) -> list[Record]:
    rows = store.repo("contact_moment").for_participant(participant_id)
    rows.sort(key=lambda r: (r.get("planned_date") or r.get("done_date") or "9999",
                             r.get("created_at") or ""))
    return rows


def timeline(store: Store, participant_id: str, today: date) -> list[TimelineEntry]:
    return [TimelineEntry(m, moment_state(m, today)) for m in moments(store, participant_id)]


def save_moment(store: Store, participant_id: str, values: dict[str, Any],
                moment_id: str | None = None) -> Record:
    repo = store.repo("contact_moment")
    if moment_id is None:
        return repo.insert({**values, "participant_id": participant_id})
    return repo.update(moment_id, values)


def mark_done(store: Store, moment_id: str, on: date) -> Record:
    return store.repo("contact_moment").update(moment_id, {"done_date": on})


def delete_moment(store: Store, moment_id: str) -> None:
    store.repo("contact_moment").delete(moment_id)


# ------------------------------------------------------------------ buddy

def buddies(store: Store, participant_id: str) -> list[Record]:
    return store.repo("contact").find("participant_id = ? AND role = 'buddy'", [participant_id],
                                      order_by="period_start, created_at")


def save_buddy(store: Store, participant_id: str, values: dict[str, Any],
               contact_id: str | None = None) -> Record:
    repo = store.repo("contact")
    if contact_id is None:
        return repo.insert({**values, "participant_id": participant_id, "role": "buddy"})
    return repo.update(contact_id, values)


def delete_buddy(store: Store, contact_id: str) -> None:
    store.repo("contact").delete(contact_id)


# ------------------------------------------------------------------ closing conversation

def close_trajectory(
    store: Store, participant_id: str, *, on: date, evaluation: str, help_later: str,
) -> Record:
    """Record the eindgesprek and close the trajectory (status afgesloten)."""
    errors = {}
    if not (evaluation or "").strip():
        errors["closing_evaluation"] = msg("aftercare.closing_needs_evaluation")
    if not (help_later or "").strip():
        errors["closing_help_later"] = msg("aftercare.closing_needs_help_later")
    if errors:
        raise ValidationFailed(errors)
    with store.transaction():
        store.repo("participant").update(participant_id, {
            "closing_date": on, "closing_evaluation": evaluation, "closing_help_later": help_later,
        })
        repo = store.repo("contact_moment")
        open_closing = [m for m in moments(store, participant_id)
                        if m.get("is_closing") and not m.get("done_date")]
        if open_closing:
            repo.update(open_closing[0]["id"], {"done_date": on})
        elif not any(m.get("is_closing") for m in moments(store, participant_id)):
            repo.insert({"participant_id": participant_id, "label": "Eindgesprek",
                         "planned_date": on, "done_date": on, "is_closing": True})
        person = store.repo("participant").get(participant_id)
        if person and person["status"] != "afgesloten":
            person = participants_svc.change_status(store, participant_id, "afgesloten", on=on,
                                                    reason="eindgesprek")
    return person

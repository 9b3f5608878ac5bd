"""Status that follows what happened, with the coach in control.

When a paid-work or trial placement has started, the trajectory is "geplaatst"; once an
aftercare plan from that start on is accepted, it is in "nazorg". The status used to stay
"aanmelding" after both, so the weight suggestion said "fase aanmelding" and the handover
said "Binnenkort start ..." after the start. `suggestion()` says which change fits, from
which date and why; the window offers it with one click to accept and never applies it on
its own (ui/status_suggestion.py). A trajectory already placed, paused, closed or archived
gets none: the coach decided that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.fields import PLACEMENT
from ..domain.messages import get_language, msg
from ..domain.validation import format_date
from ..storage.repository import Store
from .observations import PLACED_TYPES, placements

# The phases before a placement, in their order. A suggestion moves a trajectory from one of
# them forward; from "geplaatst" on the coach decides (when aftercare begins is theirs to say).
BEFORE = ("aanmelding", "intake", "actief")
PLACED, AFTERCARE = "geplaatst", "nazorg"


@dataclass(frozen=True)
class StatusSuggestion:
    status: str  # the status that fits
    on: date  # from when: the placement's start
    organisation: str
    kind: str  # the placement's type (its label)
    planned: bool  # an aftercare plan was accepted

    def reason(self) -> str:
        """Why, in a sentence for the coach (and for the status change's history)."""
        key = "status.suggest_aftercare" if self.planned else "status.suggest_placed"
        return msg(key, kind=self.kind.lower(), organisation=self.organisation or "?",
                   date=format_date(self.on))


def suggestion(store: Store, participant_id: str, today: date) -> StatusSuggestion | None:
    """The status change that fits what happened, or None (nothing to change)."""
    person = store.repo("participant").get(participant_id)
    if person is None or person.get("archived") or person.get("status") not in BEFORE:
        return None  # placed, paused or closed: the coach decided
    started = next((p for p in placements(store, participant_id)
                    if p.get("type") in PLACED_TYPES and p.get("start_date")
                    and p["start_date"] <= today.isoformat()), None)
    if started is None:
        return None
    planned = bool(store.repo("contact_moment").find(
        "participant_id = ? AND coalesce(planned_date, done_date) >= ?",
        [participant_id, started["start_date"]], limit=1))
    target = AFTERCARE if planned else PLACED
    kind = PLACEMENT.field("type").choice_label(started["type"], get_language())
    return StatusSuggestion(target, date.fromisoformat(started["start_date"]),
                            started.get("organisation") or "", kind, planned)

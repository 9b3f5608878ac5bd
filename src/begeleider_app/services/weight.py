"""Caseload weight: how heavy each trajectory is (licht, middel, zwaar) and the total.

The coach sets the weight; the program suggests one from the phase (status) and the open
signals: signals (verzuim, conflict, motivatie, privé, ...) noted at contact moments in the
last ``SIGNAL_DAYS`` days, plus overdue contact moments, plus the time the journal and the
aftercare moments show for the last ``SIGNAL_DAYS`` days (``HEAVY_MINUTES`` or more, about an
hour a week, makes the case one step heavier). The caseload total counts
licht 1, middel 2, zwaar 3 points; closed and archived trajectories do not count.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain.fields import SIGNALS, STATUS, WEIGHT, Choice
from ..domain.messages import get_language, msg
from ..storage.repository import Record, Store
from . import hours

POINTS = {"licht": 1, "middel": 2, "zwaar": 3}
WEIGHTS = tuple(c.value for c in WEIGHT)
SIGNAL_DAYS = 90
# Base load of each phase: intake and active guidance take the most time.
PHASE_BASE = {"aanmelding": 1, "intake": 2, "actief": 2, "gepauzeerd": 0, "geplaatst": 2,
              "nazorg": 1, "afgesloten": 0}
#: time spent in the last SIGNAL_DAYS days from which a case counts one step heavier
HEAVY_MINUTES = 13 * 60


@dataclass
class Suggestion:
    weight: str
    score: int
    signals: list[str] = field(default_factory=list)
    overdue: int = 0
    status: str = ""
    minutes: int = 0  # time spent in the last SIGNAL_DAYS days

    def reason(self) -> str:
        """A short explanation in the current language, e.g. 'fase actief; signalen: verzuim'."""
        language = get_language()
        parts = [msg("weight.phase", phase=_label(STATUS, self.status, language))] if self.status else []
        if self.signals:
            parts.append(msg("weight.signals",
                             signals=", ".join(_label(SIGNALS, s, language) for s in self.signals)))
        if self.overdue:
            parts.append(msg("weight.overdue", n=self.overdue))
        if self.minutes >= HEAVY_MINUTES:
            parts.append(msg("weight.hours", hours=round(self.minutes / 60)))
        return "; ".join(parts)


def _label(choices: Sequence[Choice], value: str, language: str) -> str:
    found = next((c for c in choices if c.value == value), None)
    return found.label(language).lower() if found else value


def suggest(status: str | None, signals: list[str], overdue: int = 0, minutes: int = 0) -> Suggestion:
    score = (PHASE_BASE.get(status or "", 1) + min(len(set(signals)), 2) + (1 if overdue >= 2 else 0)
             + (1 if minutes >= HEAVY_MINUTES else 0))
    weight = "licht" if score <= 1 else "middel" if score == 2 else "zwaar"
    ordered = [s for s in (c.value for c in SIGNALS) if s in set(signals)]
    return Suggestion(weight, score, ordered, overdue, status or "", minutes)


# Above this, one pass over everyone's moments is quicker than a long IN list (and SQLite's
# limit on parameters stays far away).
MAX_ID_PARAMS = 500

_SIGNALS_SQL = """
SELECT participant_id, signals FROM contact_moment
WHERE deleted = 0 AND done_date IS NOT NULL AND done_date > ? AND done_date <= ?
  AND signals IS NOT NULL AND signals != '[]' {extra}
"""
_OVERDUE_SQL = """
SELECT participant_id, count(*) FROM contact_moment
WHERE deleted = 0 AND done_date IS NULL AND planned_date IS NOT NULL AND planned_date < ? {extra}
GROUP BY participant_id
"""


def _facts(store: Store, today: date, participant_ids: Sequence[str] | None = None
           ) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Open signals and overdue counts, of everyone or only of ``participant_ids``."""
    extra, params = "", []
    if participant_ids is not None:
        extra = f"AND participant_id IN ({','.join('?' * len(participant_ids))})"
        params = list(participant_ids)
    since = (today - timedelta(days=SIGNAL_DAYS)).isoformat()
    signals: dict[str, set[str]] = {}
    for pid, raw in store.db.execute(_SIGNALS_SQL.format(extra=extra),
                                     [since, today.isoformat(), *params]).fetchall():
        try:
            signals.setdefault(pid, set()).update(json.loads(raw))
        except (TypeError, ValueError):
            continue
    overdue = dict(store.db.execute(_OVERDUE_SQL.format(extra=extra),
                                    [today.isoformat(), *params]).fetchall())
    return signals, overdue


def suggestion_for(store: Store, participant_id: str, today: date) -> Suggestion:
    person = store.repo("participant").get(participant_id) or {}
    signals, overdue = _facts(store, today, [participant_id])
    spent = hours.total(store, participant_id, today - timedelta(days=SIGNAL_DAYS), today)
    return suggest(person.get("status"), sorted(signals.get(participant_id, set())),
                   overdue.get(participant_id, 0), spent)


def set_weight(store: Store, participant_id: str, weight: str | None) -> Record:
    return store.repo("participant").update(participant_id, {"weight": weight})


@dataclass
class CaseloadWeight:
    # per weight as it counts: the weight set, or the suggestion when none is set, so
    # licht + 2 x middel + 3 x zwaar is the total
    counts: Counter[str]
    total: int  # points
    participants: int
    suggested: int = 0  # how many of them count with a suggested weight (none set)

    def summary(self) -> str:
        parts = [f"{self.counts.get(w, 0)} {w}" for w in WEIGHTS]
        text = f"{self.total} punten ({', '.join(parts)})"
        return text + (f", {self.suggested} met voorgestelde zwaarte" if self.suggested else "")


def caseload_weight(store: Store, today: date, rows: list[dict] | None = None) -> CaseloadWeight:
    """Total weight of the open caseload (``rows`` as from participants.caseload)."""
    if rows is None:
        from ..storage import queries

        rows = queries.caseload(store.db)
    rows = [r for r in rows if r.get("status") != "afgesloten" and not r.get("archived")]
    # Only a participant without a weight set counts as its suggestion, so only they need
    # signals and overdue moments: reading those for a whole organisation's caseload took
    # 60 ms at every start and after every saved contact moment.
    unset = [r["id"] for r in rows if not r.get("weight")]
    signals, overdue = ({}, {}) if not unset else _facts(
        store, today, unset if len(unset) <= MAX_ID_PARAMS else None)
    spent = {} if not unset else hours.caseload_hours(
        store, today - timedelta(days=SIGNAL_DAYS), today)
    counts: Counter[str] = Counter()
    suggested = 0
    for row in rows:
        effective = row.get("weight")
        if not effective:
            suggested += 1
            effective = suggest(row.get("status"), sorted(signals.get(row["id"], set())),
                                overdue.get(row["id"], 0), spent.get(row["id"], 0)).weight
        counts[effective] += 1
    total = sum(POINTS[w] * n for w, n in counts.items())
    return CaseloadWeight(counts, total, len(rows), suggested)

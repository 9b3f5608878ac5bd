"""The coach's agenda as an iCalendar file (RFC 5545) for Outlook and other calendars.

What goes in: the planned contact moments (not done) and the open actions of the trajectory
plans, of trajectories that are not closed or archived, from 30 days ago on; optionally only
those of one coach (the participant's trajectbegeleider). An event carries the participant's
initials and the kind of contact only ("S.K. · Huisbezoek", "S.K. · Eindgesprek",
"S.K. · Actie"), never a name, a label, notes or any other text the coach typed: a calendar
is synced to phones and shared with colleagues. Events are all-day (moments have a date, not a
time), marked private and free.

Every event has a stable UID (the record's id), a SEQUENCE that grows with each edit of the
record (its version vector) and a DTSTAMP of its last change, so importing a newer export
updates the events instead of duplicating them, and an unchanged agenda gives the same bytes.

`write_subscription(store, settings)` writes the file into the folder chosen in the settings
(``settings.extra["calendar_folder"]``); Outlook can subscribe to it there, and the window
rewrites it after every successful sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..config import Settings
from ..domain.fields import MODE
from ..storage.queries import dict_rows
from ..storage.repository import Store
from .handover import write_file

FOLDER_KEY = "calendar_folder"
COACH_KEY = "calendar_coach"
FILE_NAME = "begeleider-agenda.ics"
PAST_DAYS = 30
UID_DOMAIN = "begeleider.invalid"
_PARTICLES = {"de", "den", "der", "van", "het", "ter", "ten", "te", "'t", "in", "op", "la", "le",
              "du", "da", "di", "von", "el", "al", "bin", "ben"}

_MOMENTS = """
SELECT cm.id, cm.planned_date AS day, cm.mode, cm.is_closing, cm.vv, cm.updated_at,
       p.first_name, p.last_name, p.coach
FROM contact_moment cm JOIN participant p ON p.id = cm.participant_id
WHERE cm.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
  AND p.status != 'afgesloten' AND cm.done_date IS NULL AND cm.planned_date >= ?
"""
_ACTIONS = """
SELECT a.id, a.due_date AS day, a.vv, a.updated_at, p.first_name, p.last_name, p.coach
FROM action a JOIN participant p ON p.id = a.participant_id
LEFT JOIN goal g ON g.id = a.goal_id
WHERE a.deleted = 0 AND p.deleted = 0 AND coalesce(p.archived, 0) = 0
  AND p.status != 'afgesloten' AND coalesce(a.done, 0) = 0 AND (g.id IS NULL OR g.deleted = 0)
  AND a.due_date >= ?
"""


def initials(first_name: str | None, last_name: str | None) -> str:
    """"Sanne" "van der Kok" -> "S.K."; particles (van, de, al, ...) are left out."""
    out = []
    if first_name and first_name.strip():
        out.append(first_name.strip()[0].upper())
    words = (last_name or "").replace("-", " ").split()
    main = [w for w in words if w.lower() not in _PARTICLES] or words
    if main:
        out.append(main[0][0].upper())
    return "".join(f"{c}." for c in out) or "?"


def _kind(row: dict[str, Any], language: str) -> str:
    en = language == "en"
    if "mode" not in row:
        return "Action" if en else "Actie"
    if row.get("is_closing"):
        return "Closing conversation" if en else "Eindgesprek"
    for choice in MODE:
        if choice.value == row.get("mode"):
            return choice.label(language)
    return "Contact moment" if en else "Contactmoment"


def _sequence(vv: str | None) -> int:
    try:
        return sum(int(v) for v in json.loads(vv or "{}").values())
    except (TypeError, ValueError, AttributeError):
        return 0


def _stamp(text: str | None) -> datetime:
    try:
        return datetime.strptime(str(text), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC,
                                                                             microsecond=0)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    sequence: int
    stamp: datetime


def events(store: Store, *, coach: str = "", today: date | None = None,
           language: str = "nl") -> list[CalendarEvent]:
    """The events of the agenda (see the module text), oldest first."""
    since = ((today or date.today()) - timedelta(days=PAST_DAYS)).isoformat()
    out = []
    for table, sql in (("contact_moment", _MOMENTS), ("action", _ACTIONS)):
        for row in dict_rows(store.db.execute(sql, [since])):
            if coach and (row.get("coach") or "").strip().lower() != coach.strip().lower():
                continue
            try:
                day = date.fromisoformat(row["day"])
            except (TypeError, ValueError):
                continue
            summary = f"{initials(row['first_name'], row['last_name'])} · {_kind(row, language)}"
            out.append(CalendarEvent(f"{table}-{row['id']}@{UID_DOMAIN}", day, summary,
                                     _sequence(row["vv"]), _stamp(row["updated_at"])))
    out.sort(key=lambda e: (e.day, e.uid))
    return out


def to_ical(items: list[CalendarEvent], *, name: str = "Begeleider") -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Begeleider//Agenda//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-published-ttl", "PT1H")
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", item.stamp)
        event.add("last-modified", item.stamp)
        event.add("sequence", item.sequence)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("class", "PRIVATE")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()


def calendar_bytes(store: Store, *, coach: str = "", today: date | None = None,
                   language: str = "nl") -> bytes:
    name = f"Begeleider - {coach}" if coach else "Begeleider"
    return to_ical(events(store, coach=coach, today=today, language=language), name=name)


def export(store: Store, path: str | Path, *, coach: str = "", today: date | None = None,
           language: str = "nl") -> int:
    """Write the agenda to ``path``; returns the number of events."""
    items = events(store, coach=coach, today=today, language=language)
    name = f"Begeleider - {coach}" if coach else "Begeleider"
    write_file(to_ical(items, name=name), Path(path))
    store.audit("export.calendar", "", "", f"{len(items)} events")
    return len(items)


def subscription_path(settings: Settings) -> Path | None:
    folder = settings.extra.get(FOLDER_KEY) if isinstance(settings.extra, dict) else None
    return Path(str(folder)) / FILE_NAME if folder else None


def write_subscription(store: Store, settings: Settings, *, today: date | None = None) -> Path | None:
    """Rewrite the subscribable file in the chosen folder (None when no folder is chosen).
    An unchanged agenda leaves the file as it is, so a calendar client sees no change."""
    path = subscription_path(settings)
    if path is None:
        return None
    coach = str(settings.extra.get(COACH_KEY) or "")
    data = calendar_bytes(store, coach=coach, today=today, language=settings.language)
    try:
        if path.read_bytes() == data:
            return path
    except OSError:
        pass
    write_file(data, path)
    return path


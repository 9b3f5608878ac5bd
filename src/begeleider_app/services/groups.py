"""Group sessions: a werkclub, a group training or a language class on the work floor, with
the participants who attended.

A session (domain.fields.GROUP_SESSION) is the team's record: its date, kind, theme and
report are about the group, not about one person, and it survives the erasure of a
participant. Attendance (GROUP_ATTENDANCE) belongs to the participant (``participant_id``):
erasure removes it, and the participant's own note about the session lives there.

The coach's time for a session is shared by those present: ``minutes_per_participant`` is the
duration divided by the number present, kept up to date here whenever either changes. The
journal's hours (issue 16) can read it as a "groepsbijeenkomst" entry per attendance.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.messages import UserError
from ..storage.repository import Record, Store
from .participants import full_name


def sessions(store: Store) -> list[Record]:
    """Every session, newest first."""
    return store.repo("group_session").find(order_by="date DESC, created_at DESC")


def get(store: Store, session_id: str | None) -> Record | None:
    return store.repo("group_session").get(session_id) if session_id else None


def add_session(store: Store, values: dict[str, Any],
                participant_ids: list[str] | tuple[str, ...] = ()) -> Record:
    """A new session, with the participants present (one transaction)."""
    with store.transaction():
        row = store.repo("group_session").insert(values)
        for pid in participant_ids:
            _insert_attendance(store, row["id"], pid, True)
        store.audit("group_session.add", "group_session", row["id"],
                    detail=f"present={len(participant_ids)}")
        row = share_time(store, row["id"]) or row
    return row


def save_session(store: Store, session_id: str, changes: dict[str, Any]) -> Record:
    with store.transaction():
        row = store.repo("group_session").update(session_id, changes)
        if "duration_minutes" in changes:
            row = share_time(store, session_id) or row
    return row


def remove_session(store: Store, session_id: str) -> None:
    """Tombstone the session and its attendance (kept in history, restorable, synced)."""
    with store.transaction():
        for a in store.repo("group_attendance").find("session_id = ?", [session_id]):
            store.repo("group_attendance").delete(a["id"], note="bijeenkomst verwijderd")
        store.repo("group_session").delete(session_id, note="verwijderd door begeleider")


def attendance(store: Store, session_id: str) -> list[tuple[Record, Record]]:
    """(attendance, participant) of a session, by name. Erased participants have no rows."""
    out = []
    people = store.repo("participant")
    for a in store.repo("group_attendance").find("session_id = ?", [session_id]):
        person = people.get(a["participant_id"])
        if person is not None:
            out.append((a, person))
    out.sort(key=lambda pair: full_name(pair[1]).casefold())
    return out


def get_attendance(store: Store, attendance_id: str | None) -> Record | None:
    return store.repo("group_attendance").get(attendance_id) if attendance_id else None


def _insert_attendance(store: Store, session_id: str, participant_id: str,
                       present: bool) -> Record:
    if store.repo("participant").get(participant_id) is None:
        raise UserError("val.not_found", entity="Deelnemer", id=participant_id)
    return store.repo("group_attendance").insert(
        {"session_id": session_id, "participant_id": participant_id, "present": present})


def add_attendee(store: Store, session_id: str, participant_id: str, *,
                 present: bool = True) -> Record:
    """Add a participant to a session (an existing entry is kept: no one is listed twice)."""
    if get(store, session_id) is None:
        raise UserError("network.session_missing")
    existing = store.repo("group_attendance").find(
        "session_id = ? AND participant_id = ?", [session_id, participant_id], limit=1)
    if existing:
        return existing[0]
    with store.transaction():
        row = _insert_attendance(store, session_id, participant_id, present)
        share_time(store, session_id)
    return row


def set_present(store: Store, attendance_id: str, present: bool) -> Record:
    with store.transaction():
        row = store.repo("group_attendance").update(attendance_id, {"present": present})
        share_time(store, row["session_id"])
    return row


def remove_attendee(store: Store, attendance_id: str) -> Record:
    with store.transaction():
        row = store.repo("group_attendance").delete(attendance_id, note="niet (meer) op de lijst")
        share_time(store, row["session_id"])
    return row


def share_time(store: Store, session_id: str) -> Record | None:
    """Set the session's minutes per participant: its duration divided by those present
    (rounded), or empty without a duration or without anyone present."""
    session = get(store, session_id)
    if session is None:
        return None
    present = sum(1 for a, _p in attendance(store, session_id) if a.get("present"))
    duration = session.get("duration_minutes")
    share = round(duration / present) if duration and present else None
    if session.get("minutes_per_participant") == share:
        return session
    return store.repo("group_session").update(session_id, {"minutes_per_participant": share})


def attended(store: Store, participant_id: str) -> list[tuple[Record, Record]]:
    """(session, attendance) of every session the participant is listed for, newest first."""
    out = []
    repo = store.repo("group_session")
    for a in store.repo("group_attendance").for_participant(participant_id):
        session = repo.get(a["session_id"])
        if session is not None:
            out.append((session, a))
    out.sort(key=lambda pair: (pair[0].get("date") or "", pair[0].get("created_at") or ""),
             reverse=True)
    return out


def minutes_for(store: Store, participant_id: str, since: date | None = None) -> int:
    """The participant's share of group time (minutes), for hours overviews."""
    total = 0
    for session, a in attended(store, participant_id):
        if not a.get("present"):
            continue
        if since and (session.get("date") or "") < since.isoformat():
            continue
        total += session.get("minutes_per_participant") or 0
    return total


def candidates(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every participant who can join a group: not archived, not closed."""
    rows = store.repo("participant").find(
        "coalesce(archived, 0) = 0 AND status != 'afgesloten'", order_by="first_name, last_name")
    return [(r["id"], full_name(r)) for r in rows]

"""The agenda as iCalendar: valid, stable UIDs (a second export after a change updates), and
no private text: markers planted in every text field never reach the file."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ENTITIES, FieldType
from begeleider_app.services import calendar as cal
from begeleider_app.services.participants import change_status, create_participant

TODAY = date(2026, 3, 10)
TEXT_TYPES = (FieldType.TEXT, FieldType.LONGTEXT)


def _marked(entity: str, **values):
    """Values with a marker in every free-text field of the entity."""
    out = {f.name: f"MARK-{entity}-{f.name}" for f in ENTITIES[entity].fields
           if f.type in TEXT_TYPES and f.name not in values}
    out.update(values)
    return out


def _events(data: bytes) -> dict[str, dict]:
    parsed = Calendar.from_ical(data)
    assert all(not c.errors for c in parsed.walk())
    return {str(e["uid"]): e for e in parsed.walk("VEVENT")}


def _caseload(store):
    sanne = create_participant(store, _marked(
        "participant", first_name="Sanne", last_name="van der Kok", coach="Anna", birth_date=None,
        status="actief"), today=date(2026, 1, 1))
    moment = store.repo("contact_moment").insert(_marked(
        "contact_moment", participant_id=sanne["id"], planned_date="2026-03-20", mode="huisbezoek",
        signals=["prive"], with_whom=["deelnemer"]))
    closing = store.repo("contact_moment").insert(_marked(
        "contact_moment", participant_id=sanne["id"], planned_date="2026-09-01", is_closing=True))
    goal = store.repo("goal").insert(_marked("goal", participant_id=sanne["id"], status="open"))
    action = store.repo("action").insert(_marked("action", participant_id=sanne["id"],
                                                 goal_id=goal["id"], due_date="2026-03-12"))
    # not in the agenda: done, long past, another coach's closed trajectory
    store.repo("contact_moment").insert({"participant_id": sanne["id"], "planned_date": "2026-03-01",
                                         "done_date": "2026-03-01"})
    store.repo("contact_moment").insert({"participant_id": sanne["id"], "planned_date": "2025-12-01"})
    bram = create_participant(store, {"first_name": "Bram", "last_name": "Bos", "coach": "Bert"})
    store.repo("contact_moment").insert({"participant_id": bram["id"], "planned_date": "2026-03-15",
                                         "mode": "telefonisch"})
    closed = create_participant(store, {"first_name": "Cor", "coach": "Anna"})
    store.repo("contact_moment").insert({"participant_id": closed["id"], "planned_date": "2026-03-15"})
    change_status(store, closed["id"], "afgesloten", on="2026-03-01")
    return moment, closing, action


def test_initials_leave_out_particles():
    assert cal.initials("Sanne", "van der Kok") == "S.K."
    assert cal.initials("Mohammed", "Al-Hassan") == "M.H."
    assert cal.initials("Zoë", "") == "Z."
    assert cal.initials("", None) == "?"


def test_export_twice_updates_and_holds_no_private_text(store, tmp_path):
    moment, closing, action = _caseload(store)
    path = tmp_path / "agenda.ics"
    assert cal.export(store, path, coach="anna", today=TODAY) == 3
    first = path.read_bytes()
    events = _events(first)
    summaries = sorted(str(e["summary"]) for e in events.values())
    assert summaries == ["S.K. · Actie", "S.K. · Eindgesprek", "S.K. · Huisbezoek"]
    assert b"MARK" not in first and b"Sanne" not in first and b"Kok" not in first
    uid = f"contact_moment-{moment['id']}@{cal.UID_DOMAIN}"
    assert events[uid]["dtstart"].dt == date(2026, 3, 20)
    assert str(events[uid]["class"]) == "PRIVATE"

    # the same data gives the same bytes; a changed moment keeps its UID with a higher SEQUENCE
    cal.export(store, path, coach="anna", today=TODAY)
    assert path.read_bytes() == first
    store.repo("contact_moment").update(moment["id"], {"planned_date": "2026-03-24",
                                                       "notes": "MARK-again"})
    cal.export(store, path, coach="anna", today=TODAY)
    second = _events(path.read_bytes())
    assert set(second) == set(events)
    assert second[uid]["dtstart"].dt == date(2026, 3, 24)
    assert int(second[uid]["sequence"]) > int(events[uid]["sequence"])
    assert b"MARK" not in path.read_bytes()

    # everyone's agenda holds the colleague's participant too
    assert len(cal.events(store, today=TODAY)) == 4


def test_subscription_file_in_the_chosen_folder(store, tmp_path):
    _caseload(store)
    settings = Settings()
    assert cal.write_subscription(store, settings, today=TODAY) is None
    settings.extra[cal.FOLDER_KEY] = str(tmp_path)
    settings.extra[cal.COACH_KEY] = "Bert"
    path = cal.write_subscription(store, settings, today=TODAY)
    assert path == tmp_path / cal.FILE_NAME
    assert [str(e["summary"]) for e in _events(path.read_bytes()).values()] == ["B.B. · Telefonisch"]
    before = path.stat().st_mtime_ns
    cal.write_subscription(store, settings, today=TODAY)  # nothing changed: file untouched
    assert path.stat().st_mtime_ns == before

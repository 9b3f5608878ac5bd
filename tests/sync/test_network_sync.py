"""The team's sociale kaart, referrals and group sessions travel between laptops; concurrent
edits of a service become a conflict; erasing a participant takes their referrals and
attendance everywhere and leaves the shared services and sessions alone."""

from __future__ import annotations

from datetime import date

from begeleider_app.services import groups, network, privacy, social_map
from begeleider_app.services.participants import create_participant
from begeleider_app.sync.conflicts import open_conflicts, resolve

from .conftest import sync_all

TODAY = date(2026, 11, 30)


def test_two_coaches_change_a_services_phone_offline_a_conflict_not_an_overwrite(team):
    a, b = team("Anna", "Bram")
    service = social_map.add(a.store, {"name": "Schuldhulp Zwolle", "kind": "schuldhulp",
                                       "phone": "038 111 11 11"})
    social_map.add_contact_person(a.store, service["id"], {"name": "Marloes Kuipers"})
    sync_all([a, b])
    assert social_map.get(b.store, service["id"])["phone"] == "038 111 11 11"
    assert [p["name"] for p in social_map.contact_persons(b.store, service["id"])] == ["Marloes Kuipers"]
    # both offline: each types the new number they heard
    social_map.save(a.store, service["id"], {"phone": "038 222 22 22"})
    social_map.save(b.store, service["id"], {"phone": "038 333 33 33", "region": "IJsselland"})
    sync_all([a, b])
    for laptop in (a, b):
        [conflict] = open_conflicts(laptop.store.db)
        assert (conflict.table, conflict.field) == ("service", "phone")
        assert conflict.participant_id is None  # the team's record, not a participant's
        assert {(v.coach_name, v.value) for v in conflict.versions} == {
            ("Anna", "038 222 22 22"), ("Bram", "038 333 33 33")}
        assert social_map.get(laptop.store, service["id"])["region"] == "IJsselland"  # merged
    assert a.data() == b.data()
    [conflict] = open_conflicts(b.store.db)
    resolve(b.store, conflict, "038 333 33 33")
    sync_all([a, b])
    assert social_map.get(a.store, service["id"])["phone"] == "038 333 33 33"
    assert open_conflicts(a.store.db) == []


def test_erasure_removes_referrals_and_attendance_everywhere_but_not_the_services(team):
    a, b = team("Anna", "Bram")
    keep = create_participant(a.store, {"first_name": "Daan", "status": "actief"})
    gone = create_participant(a.store, {"first_name": "Zoë", "last_name": "Geheim",
                                        "status": "actief"})
    service = social_map.add(a.store, {"name": "Wijkteam Zuid", "kind": "welzijn"})
    referral = network.refer(a.store, gone["id"], {"service_id": service["id"],
                                                   "notes": "GEHEIM-VERWIJZING-7731"}, today=TODAY)
    network.refer(a.store, keep["id"], {"service_id": service["id"]}, today=TODAY)
    session = groups.add_session(a.store, {"kind": "werkclub", "date": TODAY.isoformat(),
                                           "theme": "Netwerken", "duration_minutes": 120},
                                 [keep["id"], gone["id"]])
    sync_all([a, b])
    assert network.get_referral(b.store, referral["id"]) is not None
    assert len(groups.attendance(b.store, session["id"])) == 2

    removed = privacy.erase_participant(a.store, gone["id"], confirmed=True)
    assert removed >= 3  # the participant, the intake, the referral, the attendance ...
    sync_all([a, b])
    for laptop in (a, b):
        db = laptop.store.db
        assert db.execute("SELECT count(*) FROM referral WHERE participant_id = ?",
                          [gone["id"]]).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM group_attendance WHERE participant_id = ?",
                          [gone["id"]]).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM history WHERE row_id = ?",
                          [referral["id"]]).fetchone()[0] == 0
        # what the team shares stays: the service, the session, the other participant's rows
        assert social_map.get(laptop.store, service["id"]) is not None
        assert [p["first_name"] for _a, p in groups.attendance(laptop.store, session["id"])] == ["Daan"]
        assert len(network.referrals(laptop.store, keep["id"], TODAY)) == 1
        text = "\n".join(str(v) for t in ("referral", "group_attendance", "history")
                         for row in db.execute(f"SELECT * FROM {t}") for v in row)
        assert "GEHEIM-VERWIJZING-7731" not in text
    assert a.data() == b.data()

"""Organisation settings (one record per key), the audit log, history and erasure travel too."""

from __future__ import annotations

import json

from begeleider_app.services.participants import create_participant
from begeleider_app.storage import erasure
from begeleider_app.sync.conflicts import open_conflicts

from .conftest import TRANSPORTS, sync_all

# Every scenario through the shared folder and through a PostgreSQL hub.
pytestmark = TRANSPORTS


def test_org_setting_created_on_two_devices_is_one_record_per_key(team):
    a, b = team("Anna", "Bram")
    a.repo("org_setting").insert({"key": "observation_items", "value": json.dumps(["Op tijd"])})
    b.repo("org_setting").insert({"key": "observation_items", "value": json.dumps(["Op tijd"])})
    b.repo("org_setting").insert({"key": "aftercare_template", "value": json.dumps([2, 6])})
    sync_all([a, b])
    for laptop in (a, b):
        rows = laptop.repo("org_setting").find(order_by="key")
        assert [r["key"] for r in rows] == ["aftercare_template", "observation_items"]
    assert a.data() == b.data()
    # Different values for one key: both kept, a conflict for the team to settle.
    (item,) = a.repo("org_setting").find("key = ?", ["observation_items"])
    a.repo("org_setting").update(item["id"], {"value": json.dumps(["Op tijd", "Samenwerken"])})
    b.repo("org_setting").update(item["id"], {"value": json.dumps(["Op tijd", "Feedback"])})
    sync_all([a, b])
    [conflict] = open_conflicts(a.store.db)
    assert conflict.table == "org_setting" and conflict.field == "value"
    assert a.data() == b.data()


def test_audit_log_is_merged_by_id(team):
    a, b = team("Anna", "Bram")
    create_participant(a.store, {"first_name": "Sanne"})
    create_participant(b.store, {"first_name": "Bas"})
    sync_all([a, b])
    ids_a = {r[0] for r in a.store.db.execute("SELECT id FROM audit_log WHERE action = 'create'")}
    ids_b = {r[0] for r in b.store.db.execute("SELECT id FROM audit_log WHERE action = 'create'")}
    assert ids_a == ids_b and len(ids_a) == 2


def test_history_travels_so_a_colleague_sees_earlier_versions(team):
    a, b = team("Anna", "Bram")
    pid = create_participant(a.store, {"first_name": "Sanne"})["id"]
    a.repo("participant").update(pid, {"phone": "1"})
    a.repo("participant").update(pid, {"phone": "2"})  # "1" was never published as current
    sync_all([a, b])
    assert "1" in [v["phone"] for v in b.repo("participant").history(pid)]


def test_erasure_reaches_every_device_and_beats_a_concurrent_edit(team):
    a, b, c = team("Anna", "Bram", "Cem")
    pid = create_participant(a.store, {"first_name": "Zoë", "last_name": "Geheim"})["id"]
    sync_all([a, b, c], rounds=1)
    a.sync()
    b.repo("participant").update(pid, {"phone": "0699999999"})  # concurrent edit
    erasure.erase(a.store.db, pid, device_id=a.store.device_id, now=a.store.now(), reason="request")
    sync_all([a, b, c])
    for laptop in (a, b, c):
        db = laptop.store.db
        assert db.execute("SELECT count(*) FROM participant WHERE id = ?", [pid]).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM history WHERE version LIKE '%Geheim%'").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM sync_conflict WHERE row_id = ?", [pid]).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM intake WHERE participant_id = ?", [pid]).fetchone()[0] == 0
    assert a.data() == b.data() == c.data()

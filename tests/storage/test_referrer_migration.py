"""m010_referrer_reports: every consent recorded before it was recorded for an employer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from begeleider_app.storage.database import open_database

FIXTURE = Path(__file__).resolve().parent / "schema_fixtures" / "v7.sqlite"


def test_existing_consents_become_employer_consents(tmp_path):
    path = tmp_path / "v7.sqlite"
    shutil.copyfile(FIXTURE, path)  # never open the fixture itself
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT id, topics FROM consent ORDER BY id").fetchall()
    conn.close()
    assert before, "the fixture needs consents to show anything"
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        after = conn.execute("SELECT id, topics, recipient_kind FROM consent ORDER BY id").fetchall()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(participant)")}
    finally:
        conn.close()
    assert [(i, t) for i, t, _k in after] == before
    assert {k for _i, _t, k in after} == {"werkgever"}
    assert {"report_conclusion", "report_advice"} <= columns

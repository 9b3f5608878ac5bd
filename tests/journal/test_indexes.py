"""The journal's reads use covering indexes (m009): opening a participant and the caseload's
hours column never scan every journal entry or contact moment."""

from __future__ import annotations

from begeleider_app.services import hours, journal


def _plan(store, sql: str, params) -> str:
    return " | ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_caseload_hours_read_one_index_range_per_participant(store):
    plan = _plan(store, hours._CASELOAD_SQL, {"start": "2026-09-01", "end": "2026-11-30"})
    assert "COVERING INDEX idx_journal_entry_parent" in plan, plan
    assert "COVERING INDEX idx_contact_moment_open" in plan, plan
    assert "SCAN journal_entry" not in plan and "SCAN contact_moment" not in plan, plan


def test_a_participants_total_and_list_use_the_parent_index(store):
    plan = _plan(store, hours._TOTAL_SQL, {"pid": "x", "start": "", "end": "9999"})
    assert "COVERING INDEX idx_journal_entry_parent" in plan, plan
    plan = _plan(store, journal._ROWS_SQL.format(extra=""), ["x"])
    # in date order from the index; only entries of one day are sorted by their creation
    assert "idx_journal_entry_parent" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan

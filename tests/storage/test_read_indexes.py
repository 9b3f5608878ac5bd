"""The queries every start runs use their indexes (m007), not a scan of every contact moment."""

from __future__ import annotations

from begeleider_app.services.weight import _OVERDUE_SQL, _SIGNALS_SQL
from begeleider_app.storage.queries import CASELOAD_SQL


def _plan(store, sql: str, params: list) -> str:
    return " | ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_caseload_reads_the_next_moment_from_a_covering_index(store):
    plan = _plan(store, CASELOAD_SQL.format(extra="AND coalesce(p.archived, 0) = 0"), [])
    assert "COVERING INDEX idx_contact_moment_open" in plan, plan


def test_weight_signals_read_only_recent_moments(store):
    plan = _plan(store, _SIGNALS_SQL.format(extra=""), ["2026-09-01", "2026-11-29"])
    assert "idx_contact_moment_done" in plan and "SCAN contact_moment" not in plan, plan
    plan = _plan(store, _OVERDUE_SQL.format(extra=""), ["2026-11-29"])
    assert "SCAN contact_moment" not in plan, plan


def test_actions_have_a_due_date_index(store):
    names = {r[1] for r in store.db.execute("PRAGMA index_list(action)")}
    assert "idx_action_due" in names

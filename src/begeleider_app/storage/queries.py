"""Read-only queries across tables (caseload, agenda). Plain rows out; no Qt."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database


def dict_rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The rows of an executed query as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


CASELOAD_SQL = """
SELECT p.id, p.first_name, p.last_name, p.name_native, p.status, p.weight, p.archived,
       CASE WHEN p.status = 'afgesloten' THEN NULL ELSE
       (SELECT min(cm.planned_date) FROM contact_moment cm
         WHERE cm.participant_id = p.id AND cm.deleted = 0 AND cm.done_date IS NULL
           AND cm.planned_date IS NOT NULL) END AS next_moment
FROM participant p
WHERE p.deleted = 0 {extra}
ORDER BY lower(coalesce(p.first_name, '')), lower(coalesce(p.last_name, '')), p.id
"""


def caseload(
    db: Database, *, status: str | None = None, ids: list[str] | None = None,
    include_archived: bool = False,
) -> list[dict[str, Any]]:
    extra = []
    params: list[Any] = []
    if status:
        extra.append("AND p.status = ?")
        params.append(status)
    if not include_archived:
        extra.append("AND coalesce(p.archived, 0) = 0")
    if ids is not None:
        if not ids:
            return []
        extra.append(f"AND p.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    sql = CASELOAD_SQL.format(extra=" ".join(extra))
    return dict_rows(db.execute(sql, params))

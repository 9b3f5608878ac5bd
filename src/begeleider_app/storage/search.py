"""Full-text search over participants' names (FTS5, see migration m002_search)."""

from __future__ import annotations

import re
import unicodedata

from sqlite_utils import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Each word the coach typed becomes a prefix term; all must match ("moh ali" -> both).

    Quotes keep FTS5 syntax characters in names (O'Neil, Ge'ez punctuation) harmless.
    """
    normalised = unicodedata.normalize("NFKC", text or "")
    tokens = _TOKEN.findall(normalised)
    if not tokens:
        return None
    return " ".join('"{}"*'.format(t.replace('"', '""')) for t in tokens)


def search_participant_ids(
    db: Database, text: str, *, include_archived: bool = True, limit: int = 500
) -> list[str]:
    """Ids of live participants whose name matches ``text``, best match first."""
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        "SELECT p.id FROM participant_fts f JOIN participant p ON p.rowid = f.rowid "
        "WHERE participant_fts MATCH ? AND p.deleted = 0"
        + ("" if include_archived else " AND coalesce(p.archived, 0) = 0")
        + " ORDER BY rank LIMIT ?"
    )
    return [r[0] for r in db.execute(sql, [query, limit]).fetchall()]


def rebuild_index(db: Database) -> None:
    """Rebuild the index from the table, e.g. after a restore or a VACUUM changed rowids."""
    db["participant"].rebuild_fts()



"""Full-text search over participants' names (FTS5, migration m002_search) and journal text
(m012_journal)."""

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


def search_journal_ids(
    db: Database, text: str, *, participant_id: str | None = None, limit: int = 500
) -> list[tuple[str, str]]:
    """(entry id, participant id) of live journal entries whose text or follow-up matches
    ``text``, of one participant or of the whole caseload, best match first."""
    query = fts_query(text)
    if query is None:
        return []
    sql = ("SELECT j.id, j.participant_id FROM journal_entry_fts f "
           "JOIN journal_entry j ON j.rowid = f.rowid "
           "JOIN participant p ON p.id = j.participant_id "
           "WHERE journal_entry_fts MATCH ? AND j.deleted = 0 AND p.deleted = 0")
    params: list[object] = [query]
    if participant_id is not None:
        sql += " AND j.participant_id = ?"
        params.append(participant_id)
    sql += " ORDER BY rank LIMIT ?"
    return [(r[0], r[1]) for r in db.execute(sql, [*params, limit]).fetchall()]


#: Every full-text index and its content table (erasure merges them, restores rebuild them).
FTS_TABLES: tuple[tuple[str, str], ...] = (("participant_fts", "participant"),
                                           ("journal_entry_fts", "journal_entry"))


def rebuild_index(db: Database) -> None:
    """Rebuild the indexes from the tables, e.g. after a restore or a VACUUM changed rowids."""
    for fts, _table in FTS_TABLES:
        if db[fts].exists():
            db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES('rebuild')")



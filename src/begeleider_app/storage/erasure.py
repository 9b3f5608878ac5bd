"""Erasing one participant for good (AVG right to erasure, retention), and its tombstone.

This is the one audited exception to "rows are never removed": every row that belongs to the
participant (the participant row, every child row whose ``participant_id`` is theirs,
including their own contacts such as a buddy), every previous version of those rows in
``history`` and their entries in the search index are deleted; SQLite's ``secure_delete``
overwrites the freed bytes and the FTS index is merged, so the name is gone from the file
(and from the write-ahead log, which is checkpointed and truncated).

What stays: one row in ``erasure`` (id = the participant's id, when, which device, why; no
personal data) so sync can erase the participant on every other device, and refuse to bring
the rows back from older snapshots. Audit entries stay as well; they hold ids, never names.

The contract for sync (see docs/security.md, "Erasure and sync"):
* copy ``erasure`` rows like any other rows (insert if the id is not there; they never change);
* after merging, call ``apply_erasures(db)``: it erases every participant that has a tombstone
  and still has rows;
* never import a row whose ``id`` or ``participant_id`` is in ``erased_ids(db)``
  (``is_erased_row`` tells).
Every table that can hold something of a participant is declared below, in one place
(`owned_tables` for the entity tables, `ROW_ID_TABLES` for the tables storage keeps for sync):
what is erased never depends on which modules happen to have been imported.
No Qt, no services: sync may import this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from ..domain.fields import ENTITIES
from .repository import bump
from .search import FTS_TABLES

TABLE = "erasure"

#: Tables (schema: storage/migrations.py) that refer to a record by its id in ``row_id``:
#: versions waiting in a sync conflict, the change log that names what to publish next.
#: ``history`` is erased by (table_name, row_id); the full-text indexes (``search.FTS_TABLES``)
#: lose their entries through their triggers and are merged by ``scrub``.
ROW_ID_TABLES: tuple[str, ...] = ("sync_conflict", "sync_change")


def owned_tables() -> list[str]:
    """Entity tables whose rows can belong to a participant through ``participant_id``."""
    return [name for name, ent in ENTITIES.items()
            if name != "participant" and "participant_id" in ent.field_names]


def _has_table(db: Database, name: str) -> bool:
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [name]).fetchone() is not None


def participant_row_ids(db: Database, participant_id: str) -> dict[str, list[str]]:
    """{table: [row ids]} of every row that belongs to the participant (tombstones included)."""
    out: dict[str, list[str]] = {}
    if db.execute("SELECT 1 FROM participant WHERE id = ?", [participant_id]).fetchone():
        out["participant"] = [participant_id]
    for name in owned_tables():
        ids = [r[0] for r in db.execute(
            f"SELECT id FROM [{name}] WHERE participant_id = ?", [participant_id])]
        if ids:
            out[name] = ids
    return out


def erased_ids(db: Database) -> set[str]:
    if not _has_table(db, TABLE):
        return set()
    return {r[0] for r in db.execute(f"SELECT id FROM {TABLE}")}


def is_erased_row(row: dict[str, Any], erased: set[str]) -> bool:
    """Does this row (from any table or snapshot) belong to an erased participant?"""
    return row.get("id") in erased or row.get("participant_id") in erased


def tombstone(db: Database, participant_id: str, *, device_id: str, now: str,
              reason: str) -> dict[str, Any]:
    """The erasure marker (idempotent: an existing marker is kept as it is)."""
    existing = list(db[TABLE].rows_where("id = ?", [participant_id]))
    if existing:
        return existing[0]
    vv, dot = bump(None, device_id)
    row = {
        "id": participant_id, "created_at": now, "updated_at": now, "device_id": device_id,
        "deleted": 0, "vv": vv,
        "fdots": json.dumps({"erased_at": dot, "reason": dot, "deleted": dot}, sort_keys=True,
                            separators=(",", ":")),
        "erased_at": now, "reason": reason,
    }
    db[TABLE].insert(row)
    return row


def remove_rows(db: Database, participant_id: str) -> int:
    """Delete the participant's rows, their history and index entries. Returns rows removed.

    Runs inside the caller's transaction; call ``scrub(db)`` after the commit.
    """
    owned = participant_row_ids(db, participant_id)
    removed = 0
    all_ids: set[str] = set()
    for table, ids in owned.items():
        all_ids.update(ids)
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM history WHERE table_name = ? AND row_id IN ({marks})",
                       [table, *chunk])
            # The FTS triggers (participant, journal_entry) remove the index entries with the row.
            removed += db.execute(f"DELETE FROM [{table}] WHERE id IN ({marks})", chunk).rowcount
    _remove_row_id_entries(db, all_ids | {participant_id})
    return removed


def _remove_row_id_entries(db: Database, row_ids: set[str]) -> None:
    """Conflict versions and change-log entries of the erased records (see ROW_ID_TABLES).
    The tombstone's own log entry (by its rowid) stays: it is how the erasure reaches the team."""
    ids = sorted(row_ids)
    for table in ROW_ID_TABLES:
        if not _has_table(db, table):
            continue  # a database older than the sync migrations
        for chunk in _chunks(ids, 500):
            db.execute(f"DELETE FROM [{table}] WHERE row_id IN ({','.join('?' * len(chunk))})",
                       chunk)


def scrub(db: Database) -> None:
    """Make deleted content unrecoverable from the file: merge the FTS index (drops the old
    segments that still held the tokens) and fold the WAL into the file, truncating it.

    ``secure_delete`` (set by ``erase``) has already zeroed the freed pages.
    """
    for fts, _table in FTS_TABLES:
        if _has_table(db, fts):
            with db.atomic():
                db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase(db: Database, participant_id: str, *, device_id: str, now: str, reason: str) -> int:
    """Erase one participant locally and leave the tombstone. Returns rows removed.

    Then the copies this device keeps go too: every backup in the installation's backups
    folder is rewritten without the participant, and the next sync rewrites this device's
    files on the share (see ``reached_everywhere``)."""
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        tombstone(db, participant_id, device_id=device_id, now=now, reason=reason)
        removed = remove_rows(db, participant_id)
        _mark_share_rewrite(db)
    scrub(db)
    _erase_in_backups(db)
    return removed


#: sync_state key: erased records may be in files this device published; its next sync
#: rewrites them (sync/engine.py). Set in the transaction that erases.
REWRITE_KEY = "rewrite_share"


def _mark_share_rewrite(db: Database) -> None:
    if _has_table(db, "sync_state"):
        db.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, 'true')", [REWRITE_KEY])


def _erase_in_backups(db: Database) -> None:
    """Rewrite the backups of the folder ``db`` was opened with (storage/database.py)."""
    folder = getattr(db, "backups_dir", None)
    if folder is not None:
        from .backup import erase_in_backups

        erase_in_backups(db, folder)


def apply_erasures(db: Database) -> list[str]:
    """Erase every participant that has a tombstone but still has rows (after a sync import).

    Returns the ids that were erased here. Idempotent.
    """
    done = []
    for pid in sorted(erased_ids(db)):
        if participant_row_ids(db, pid) or history_mentions(db, pid):
            db.execute("PRAGMA secure_delete = ON")
            with db.atomic():
                remove_rows(db, pid)
                db.execute("DELETE FROM history WHERE table_name = 'participant' AND row_id = ?",
                           [pid])
                _mark_share_rewrite(db)
            done.append(pid)
    if done:
        scrub(db)
        _erase_in_backups(db)
    return done


def history_mentions(db: Database, participant_id: str) -> bool:
    return db.execute("SELECT 1 FROM history WHERE table_name = 'participant' AND row_id = ?",
                      [participant_id]).fetchone() is not None


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]

"""The two kinds of file a device publishes, made on local disk before they go to the share.

Both are SQLite databases with the tables of the working database (same columns), so merging
either is the same record-by-record merge (merge.py), and an encrypted team's files are
encrypted with the team key exactly like the database (SQLCipher).

* A **change set** holds only this device's own changes between two positions of its change
  log: the changed records (with their version information and waiting conflict versions),
  the history versions and audit entries written here, and erasure tombstones made here.
* A **snapshot** is the whole database (``VACUUM INTO``), for a colleague who joins or who
  missed change sets that are gone.

Each file names itself in its ``sync_state`` table (key ``sync_file``): kind, device, lineage,
team, publication number(s). The merge checks that record inside its transaction, so a file
that vanished or was swapped after its checks is never recorded as merged.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.fields import ENTITIES
from ..storage.repository import Store
from .merge import MergeRefused

META_KEY = "sync_file"
#: Tables a change set may hold besides the entity tables (each only when it has rows).
_SIDE_TABLES = ("sync_conflict", "history", "audit_log", "erasure")


def _create_like(conn: sqlite3.Connection, table: str) -> None:
    sql = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                       [table]).fetchone()[0]
    conn.execute(re.sub(r"^CREATE TABLE\s+", "CREATE TABLE cs.", sql, count=1))


def _where(table: str) -> str:
    """Which rows of ``table`` the change set holds, by the ids in ``temp.sync_out``."""
    if table == "sync_conflict":
        return "(table_name, row_id) IN (SELECT table_name, row_id FROM temp.sync_out)"
    if table == "history":
        return ("uid IS NOT NULL AND seq IN (SELECT CAST(row_id AS INTEGER) FROM temp.sync_out "
                "WHERE table_name = 'history')")
    if table == "erasure":  # logged by rowid (storage/migrations.py, m008)
        return ("rowid IN (SELECT CAST(row_id AS INTEGER) FROM temp.sync_out "
                "WHERE table_name = 'erasure')")
    return f"id IN (SELECT row_id FROM temp.sync_out WHERE table_name = '{table}')"


def write_changes(store: Store, dest: Path, *, lo: int, hi: int, meta: dict[str, Any],
                  key: str | None) -> dict[str, int]:
    """Write this device's changes logged after change-log position ``lo`` up to ``hi`` into a
    new file ``dest``. Returns rows per table. Reads the working database in one read
    transaction (the window's saves go on meanwhile: WAL)."""
    conn = store.db.conn
    if conn.in_transaction:
        conn.commit()
    dest.unlink(missing_ok=True)
    uri = dest.absolute().as_uri()
    if key is None:
        conn.execute("ATTACH DATABASE ? AS cs", [uri])
    else:
        conn.execute("ATTACH DATABASE ? AS cs KEY ?", [uri, key])
    counts: dict[str, int] = {}
    try:
        if key is None:
            conn.execute("PRAGMA cs.page_size = 1024")  # small files: less slack per table
        conn.execute("BEGIN")
        try:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_out (table_name TEXT NOT NULL, "
                         "row_id TEXT NOT NULL, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID")
            conn.execute("DELETE FROM temp.sync_out")
            conn.execute("INSERT OR IGNORE INTO temp.sync_out SELECT table_name, row_id "
                         "FROM main.sync_change WHERE seq > ? AND seq <= ?", [lo, hi])
            for table in ("sync_state", "_sqlite_migrations"):
                _create_like(conn, table)
            conn.execute("INSERT INTO cs.sync_state (key, value) VALUES (?, ?)",
                         [META_KEY, json.dumps(meta, sort_keys=True)])
            conn.execute("INSERT INTO cs._sqlite_migrations SELECT * FROM main._sqlite_migrations")
            present = {r[0] for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'")}
            for table in (*ENTITIES, *_SIDE_TABLES):
                if table not in present:
                    continue
                where = _where(table)
                if conn.execute(f"SELECT 1 FROM main.[{table}] WHERE {where} LIMIT 1").fetchone():
                    _create_like(conn, table)
                    counts[table] = conn.execute(
                        f"INSERT INTO cs.[{table}] SELECT * FROM main.[{table}] WHERE {where}"
                    ).rowcount
            _create_like(conn, "sync_peer")  # our coach name travels with our records
            conn.execute("INSERT INTO cs.sync_peer (device_id, coach_name) SELECT device_id, "
                         "coach_name FROM main.sync_peer WHERE device_id = ?", [meta["device"]])
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA cs.user_version = {version}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    finally:
        conn.execute("DETACH DATABASE cs")
    return counts


def write_snapshot(store: Store, dest: Path, *, meta: dict[str, Any]) -> None:
    """The whole working database into ``dest``, encrypted with the team key when the team is,
    without this device's secrets and change log, naming itself (``meta``)."""
    from ..storage import crypto

    dest.unlink(missing_ok=True)
    store.db.execute("VACUUM INTO ?", [str(dest)])
    crypto.prepare_snapshot(store.db, dest)
    key = crypto.snapshot_key(store.db)
    conn = crypto.connect(dest, key) if key is not None else sqlite3.connect(str(dest))
    try:
        conn.execute("DELETE FROM sync_change")  # which rows we changed when: nobody's business
        conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                     [META_KEY, json.dumps(meta, sort_keys=True)])
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def read_meta(conn: sqlite3.Connection, schema: str = "snap") -> dict[str, Any] | None:
    try:
        row = conn.execute(f"SELECT value FROM {schema}.sync_state WHERE key = ?",
                           [META_KEY]).fetchone()
    except sqlite3.Error:
        return None
    try:
        return json.loads(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def expect(meta: dict[str, Any]) -> Callable[[sqlite3.Connection], None]:
    """A merge check: the attached file names itself exactly as ``meta`` says."""

    def check(conn: sqlite3.Connection) -> None:
        found = read_meta(conn)
        if found is None or any(found.get(k) != v for k, v in meta.items()):
            raise MergeRefused(f"{found} != {meta}")

    return check


def _tables(conn: sqlite3.Connection) -> set[str]:
    """The attached file's tables; MergeRefused unless it is a database of ours."""
    tables = {r[0] for r in conn.execute("SELECT name FROM snap.sqlite_master WHERE type = 'table'")}
    if "participant" not in tables:
        raise MergeRefused("not a Begeleider database")
    return tables


def expect_legacy(device_id: str, instance: str) -> Callable[[sqlite3.Connection], None]:
    """A merge check for a format-1 snapshot, which names no file: a database of ours, and
    when it has sync tables, the database of that device (and lineage)."""

    def check(conn: sqlite3.Connection) -> None:
        if "sync_state" not in _tables(conn):
            return  # published before sync had tables of its own
        rows = dict(conn.execute("SELECT key, value FROM snap.sync_state WHERE key IN "
                                 "('device_id', 'db_instance')").fetchall())
        if json.loads(rows.get("device_id", "null")) != device_id or (
                instance and json.loads(rows.get("db_instance", "null")) != instance):
            raise MergeRefused(f"{rows}")

    return check


def expect_team(team_id: str) -> Callable[[sqlite3.Connection], None]:
    """A merge check for a file found outside any manifest (a sync client's second version of
    one): one of ours, and of our team when it says so."""

    def check(conn: sqlite3.Connection) -> None:
        meta = read_meta(conn)
        if meta is None:
            _tables(conn)
        elif team_id and meta.get("team") and meta["team"] != team_id:
            raise MergeRefused("another team")

    return check

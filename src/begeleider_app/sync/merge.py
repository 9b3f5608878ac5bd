"""Merge one verified snapshot into the working database, record by record, in one transaction.

Every field of a row is a multi-value register: the versions of the field that no write
has yet replaced. The row holds one of them; the others wait in ``sync_conflict``. Merging two
states keeps a version when both sides hold it, or when the other side has not seen the write
that made it (its dot is not covered by the other side's version vector). So:

* a newer version replaces an older one (the newer side has seen the older write);
* edits of different fields on two devices both survive;
* two concurrent edits of one field both survive: a conflict, shown to the coach;
* a delete is an edit of the field ``deleted``, and every edit of a live row also writes
  ``deleted = 0``: a delete concurrent with an edit is a conflict, never a silent delete.

This is the join of a lattice, so merging is idempotent, commutative and associative, and any
order of syncing converges. Clocks decide nothing: ``updated_at`` is only displayed (and is
itself joined by max, so it converges too).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.fields import ENTITIES
from .versions import (
    VV,
    covered,
    dump_fdots,
    dump_vv,
    join,
    leq,
    parse_fdots,
    parse_vv,
    pick,
    split_dot,
)

META = ("id", "created_at", "updated_at", "device_id", "deleted", "vv", "fdots")
Entries = dict[str, Any]  # dot -> value


@dataclass
class MergeStats:
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0  # fields that got a new open conflict
    history: int = 0
    audit: int = 0
    erased: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> int:
        return self.inserted + self.updated


# ---------------------------------------------------------------------------- helpers

def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info([{table}])")]


def canonical(version: str | dict[str, Any]) -> str:
    data = json.loads(version) if isinstance(version, str) else version
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def history_uid(table: str, row_id: str, version: str | dict[str, Any]) -> str:
    text = f"{table}\x1f{row_id}\x1f{canonical(version)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def fill_history_uids(conn: sqlite3.Connection) -> int:
    """Give local history rows their content id (so the same version is stored once)."""
    rows = conn.execute(
        "SELECT seq, table_name, row_id, version FROM history WHERE uid IS NULL").fetchall()
    if not rows:
        return 0
    conn.executemany("UPDATE OR IGNORE history SET uid = ? WHERE seq = ?",
                     [(history_uid(t, r, v), seq) for seq, t, r, v in rows])
    # A row left without uid is an exact duplicate of a version already kept.
    conn.execute("DELETE FROM history WHERE uid IS NULL AND seq <= ?", [max(r[0] for r in rows)])
    return len(rows)


# ---------------------------------------------------------------------------- change log

def change_mark(conn: sqlite3.Connection, schema: str = "main") -> int:
    """The highest position ever used in ``schema``'s change log (0 without a log)."""
    try:
        row = conn.execute(
            f"SELECT seq FROM {schema}.sqlite_sequence WHERE name = 'sync_change'").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row and row[0] is not None else 0


#: Fault-injection point for tests: called inside the merge's write transaction.
MERGE_HOOK: Callable[[str], None] | None = None


class MergeRefused(Exception):
    """The attached file is not the one that was checked (it vanished, or another file took
    its place): nothing was merged."""


def _siblings(conn: sqlite3.Connection, schema: str, table: str, row_id: str,
              has_table: bool = True) -> dict[str, dict[str, tuple[Any, str, str]]]:
    """{field: {dot: (value, device, at)}} of the versions waiting in ``sync_conflict``."""
    out: dict[str, dict[str, tuple[Any, str, str]]] = {}
    if not has_table:
        return out
    for fld, dot, value, device, at in conn.execute(
        f"SELECT field, dot, value, device_id, at FROM {schema}.sync_conflict "
        "WHERE table_name = ? AND row_id = ?", [table, row_id]
    ):
        out.setdefault(fld, {})[dot] = (json.loads(value), device, at)
    return out


def _write_at(row: dict[str, Any], dot: str) -> str:
    """When the write ``dot`` happened, as far as the row knows (exact for its newest write)."""
    return str(row.get("updated_at") or "")


def merge_rows(
    fields: list[str],
    local: dict[str, Any], local_sib: dict[str, dict[str, tuple[Any, str, str]]],
    remote: dict[str, Any], remote_sib: dict[str, dict[str, tuple[Any, str, str]]],
) -> tuple[dict[str, Any], dict[str, dict[str, tuple[Any, str, str]]], int]:
    """Join two versions of one row. Returns (row, waiting versions, new conflicts)."""
    vl, vr = parse_vv(local["vv"]), parse_vv(remote["vv"])
    fl, fr = parse_fdots(local["fdots"], local), parse_fdots(remote["fdots"], remote)
    row = dict(local)
    fdots: dict[str, str] = {}
    sibs: dict[str, dict[str, tuple[Any, str, str]]] = {}
    new_conflicts = 0
    for name in fields:
        el = _entries(name, local, fl, local_sib)
        er = _entries(name, remote, fr, remote_sib) if name in remote else {}
        keep: dict[str, tuple[Any, str, str]] = {}
        for dot, entry in el.items():
            if dot in er or not covered(dot, vr):
                keep[dot] = entry
        for dot, entry in er.items():
            if dot in el or not covered(dot, vl):
                keep[dot] = entry
        if not keep:
            keep = el or er
        if not keep:
            continue  # never written on either side: keep the default value
        chosen = pick(name, {d: e[0] for d, e in keep.items()})
        row[name] = keep[chosen][0]
        fdots[name] = chosen
        rest = {d: e for d, e in keep.items() if d != chosen}
        if rest:
            sibs[name] = rest
            values = {json.dumps(e[0]) for e in keep.values()}
            if len(values) > 1 and set(keep) != set(el):
                new_conflicts += 1
    # Keep dots of fields this schema does not know (a snapshot never adds columns we lack).
    for name, dot in fl.items():
        fdots.setdefault(name, dot)
    row["vv"] = dump_vv(join(vl, vr))
    newest = max((str(local["updated_at"]), str(local["device_id"])),
                 (str(remote["updated_at"]), str(remote["device_id"])))
    row["updated_at"], row["device_id"] = newest
    row["created_at"] = min(str(local["created_at"]), str(remote["created_at"]))
    row["fdots"] = dump_fdots(fdots, row)
    return row, sibs, new_conflicts


def _entries(name: str, row: dict[str, Any], fdots: dict[str, str],
             sib: dict[str, dict[str, tuple[Any, str, str]]]) -> dict[str, tuple[Any, str, str]]:
    out: dict[str, tuple[Any, str, str]] = dict(sib.get(name, {}))
    dot = fdots.get(name)
    if dot is not None:
        out[dot] = (row.get(name), split_dot(dot)[0], _write_at(row, dot))
    return out


# ---------------------------------------------------------------------------- the merge

class SnapshotMerger:
    """Merges a snapshot attached as schema ``snap`` into ``main``."""

    def __init__(self, db: Database, *, device_id: str, now: str, source: str) -> None:
        self.db = db
        self.conn = db.conn
        self.device_id = device_id
        self.now = now
        self.note = f"sync {source}"
        self.stats = MergeStats()

    def _tables(self, schema: str) -> set[str]:
        return {r[0] for r in self.conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table'")}

    def _snap_has(self, table: str) -> bool:
        return table in self.snap_tables

    def _main_has(self, table: str) -> bool:
        return table in self.main_tables

    def run(self) -> MergeStats:
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS sync_erased (id TEXT PRIMARY KEY)")
        c.execute("CREATE TEMP TABLE IF NOT EXISTS sync_new (id TEXT PRIMARY KEY)")
        c.execute("DELETE FROM temp.sync_erased")
        self.main_tables, self.snap_tables = self._tables("main"), self._tables("snap")
        self.snap_conflicts = self._snap_has("sync_conflict")
        fill_history_uids(c)
        self._merge_erasures()
        for name in ENTITIES:
            if self._main_has(name) and self._snap_has(name):
                self._merge_table(name)
        self._merge_history()
        self._merge_audit()
        self._merge_peers()
        return self.stats

    # -- erasure (contract: storage/erasure.py)
    def _merge_erasures(self) -> None:
        if not self._main_has("erasure"):
            return
        if self._snap_has("erasure"):
            cols = [col for col in _columns(self.conn, "main", "erasure")
                    if col in _columns(self.conn, "snap", "erasure")]
            col_sql = ",".join(f"[{col}]" for col in cols)
            self.conn.execute(f"INSERT OR IGNORE INTO main.erasure ({col_sql}) "
                              f"SELECT {col_sql} FROM snap.erasure")
        self.conn.execute("INSERT OR IGNORE INTO temp.sync_erased SELECT id FROM main.erasure")

    # -- entity tables
    def _merge_table(self, table: str) -> None:
        c = self.conn
        main_cols = _columns(c, "main", table)
        snap_cols = set(_columns(c, "snap", table))
        common = [col for col in main_cols if col in snap_cols]
        col_sql = ",".join(f"[{col}]" for col in common)
        fields = [f.name for f in ENTITIES[table].fields if f.name in main_cols] + ["deleted"]
        not_erased = "s.id NOT IN (SELECT id FROM temp.sync_erased)"
        if "participant_id" in common:
            not_erased += (" AND (s.participant_id IS NULL OR "
                           "s.participant_id NOT IN (SELECT id FROM temp.sync_erased))")
        changed = 0
        if table == "org_setting":
            changed += self._unify_keys()
        # One pass over the snapshot's table: records this device lacks, and records both
        # have in different versions.
        c.execute("DELETE FROM temp.sync_new")
        key_clash = (" AND NOT EXISTS (SELECT 1 FROM main.org_setting k WHERE k.key = s.key)"
                     if table == "org_setting" else "")
        differing: list[str] = []
        new_ids: list[tuple[str]] = []
        for row_id, missing in c.execute(
            f"SELECT s.id, m.id IS NULL FROM snap.[{table}] s LEFT JOIN main.[{table}] m "
            f"ON m.id = s.id WHERE (m.id IS NULL{key_clash} OR m.vv <> s.vv) AND {not_erased}",
        ).fetchall():
            (new_ids.append((row_id,)) if missing else differing.append(row_id))
        # 1. Records this device does not have yet: copied in bulk (triggers keep FTS current).
        inserted = 0
        if new_ids:
            c.executemany("INSERT INTO temp.sync_new VALUES (?)", new_ids)
            inserted = c.execute(
                f"INSERT INTO main.[{table}] ({col_sql}) SELECT {col_sql} FROM snap.[{table}] "
                "WHERE id IN (SELECT id FROM temp.sync_new)").rowcount
            if self.snap_conflicts:
                c.execute(
                    "INSERT OR IGNORE INTO main.sync_conflict SELECT * FROM snap.sync_conflict "
                    "WHERE table_name = ? AND row_id IN (SELECT id FROM temp.sync_new)", [table])
        self.stats.inserted += inserted
        # 2. Records both have, in different versions: joined field by field.
        for row_id in differing:
            cur = c.execute(f"SELECT * FROM snap.[{table}] WHERE id = ?", [row_id])
            names = [d[0] for d in cur.description]
            remote = dict(zip(names, cur.fetchone(), strict=True))
            changed += self._merge_row(table, fields, main_cols, remote)
        self.stats.updated += changed
        self.stats.tables[table] = inserted + changed

    def _merge_row(self, table: str, fields: list[str], main_cols: list[str],
                   remote: dict[str, Any], row_id: str | None = None) -> int:
        c = self.conn
        row_id = row_id or remote["id"]
        cur = c.execute(f"SELECT * FROM main.[{table}] WHERE id = ?", [row_id])
        names = [d[0] for d in cur.description]
        local = dict(zip(names, cur.fetchone(), strict=True))
        vl, vr = parse_vv(local["vv"]), parse_vv(remote["vv"])
        if leq(vr, vl):
            return 0  # this device has seen every write the snapshot holds
        local_sib = _siblings(c, "main", table, row_id)
        remote_sib = _siblings(c, "snap", table, remote["id"], self.snap_conflicts)
        row, sibs, conflicts = merge_rows(fields, local, local_sib, remote, remote_sib)
        row["id"] = row_id
        if row == local and sibs == local_sib:
            return 0
        self.stats.conflicts += conflicts
        # No history row for the version replaced here: every value it held that the join
        # drops was replaced by an edit that had seen it, and that edit's device kept the old
        # version in its history, which travels to every device (docs/sync.md, "The merge").
        sets = [col for col in main_cols if col != "id"]
        c.execute(
            f"UPDATE main.[{table}] SET " + ",".join(f"[{col}] = ?" for col in sets) + " WHERE id = ?",
            [row.get(col) for col in sets] + [row_id])
        c.execute("DELETE FROM main.sync_conflict WHERE table_name = ? AND row_id = ?",
                  [table, row_id])
        c.executemany(
            "INSERT INTO main.sync_conflict (table_name, row_id, field, dot, value, device_id, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(table, row_id, name, dot, json.dumps(value, ensure_ascii=False), device, at)
             for name, entries in sibs.items() for dot, (value, device, at) in entries.items()])
        return 1

    def _unify_keys(self) -> int:
        """Organisation settings are one record per key, even when two devices each created it:
        the lower id is kept everywhere and both versions are joined into it."""
        c = self.conn
        pairs = c.execute(
            "SELECT s.id, m.id FROM snap.org_setting s JOIN main.org_setting m "
            "ON m.key = s.key AND m.id <> s.id").fetchall()
        changed = 0
        main_cols = _columns(c, "main", "org_setting")
        fields = [f.name for f in ENTITIES["org_setting"].fields] + ["deleted"]
        for snap_id, main_id in pairs:
            if snap_id < main_id:
                c.execute("UPDATE main.org_setting SET id = ? WHERE id = ?", [snap_id, main_id])
                c.execute("UPDATE main.sync_conflict SET row_id = ? WHERE table_name = "
                          "'org_setting' AND row_id = ?", [snap_id, main_id])
                # Our own unpublished change of the setting is published under its new id.
                c.execute("UPDATE main.sync_change SET row_id = ? WHERE table_name = "
                          "'org_setting' AND row_id = ?", [snap_id, main_id])
                continue  # now the same id: merged by the normal path
            cur = c.execute("SELECT * FROM snap.org_setting WHERE id = ?", [snap_id])
            names = [d[0] for d in cur.description]
            remote = dict(zip(names, cur.fetchone(), strict=True))
            changed += self._merge_row("org_setting", fields, main_cols, remote, row_id=main_id)
        return changed

    # -- append-only tables
    def _merge_history(self) -> None:
        if not self._snap_has("history") or "uid" not in _columns(self.conn, "snap", "history"):
            return
        self.stats.history = self.conn.execute(
            "INSERT OR IGNORE INTO main.history (table_name, row_id, version, replaced_at, "
            "replaced_by, note, uid) SELECT table_name, row_id, version, replaced_at, replaced_by, "
            "note, uid FROM snap.history h WHERE uid IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM main.history m WHERE m.uid = h.uid) "
            "AND row_id NOT IN (SELECT id FROM temp.sync_erased) "
            "AND coalesce(json_extract(version, '$.participant_id'), '') "
            "NOT IN (SELECT id FROM temp.sync_erased)").rowcount

    def _merge_audit(self) -> None:
        if not self._snap_has("audit_log"):
            return
        cols = [col for col in _columns(self.conn, "main", "audit_log")
                if col in _columns(self.conn, "snap", "audit_log")]
        col_sql = ",".join(f"[{col}]" for col in cols)
        self.stats.audit = self.conn.execute(
            f"INSERT OR IGNORE INTO main.audit_log ({col_sql}) SELECT {col_sql} FROM snap.audit_log"
        ).rowcount

    def _merge_peers(self) -> None:
        if not self._snap_has("sync_peer"):
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO main.sync_peer (device_id, coach_name) "
            "SELECT device_id, coach_name FROM snap.sync_peer WHERE coalesce(coach_name, '') <> ''")
        self.conn.execute(
            "UPDATE main.sync_peer SET coach_name = (SELECT s.coach_name FROM snap.sync_peer s "
            "WHERE s.device_id = sync_peer.device_id) WHERE coalesce(coach_name, '') = '' AND "
            "EXISTS (SELECT 1 FROM snap.sync_peer s WHERE s.device_id = sync_peer.device_id "
            "AND coalesce(s.coach_name, '') <> '')")


def merge_snapshot(db: Database, snapshot: Path, *, device_id: str, now: str,
                   source: str = "", check: Callable[[sqlite3.Connection], None] | None = None,
                   record: Callable[[sqlite3.Connection], None] | None = None) -> MergeStats:
    """Merge the (verified, local) file into ``db`` in one transaction.

    The file is attached read-only, so a copy that vanished after its checks is an error, never
    an empty database. ``check`` runs inside the transaction after the merge and raises
    (MergeRefused) when the attached file is not the one that was verified: nothing is then
    merged. ``record`` remembers what was merged, in the same transaction.
    The merge writes nothing to the change log: what this device publishes are its own
    changes, each colleague's reach every device from that colleague (docs/sync.md).
    """
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    from ..storage.crypto import snapshot_key  # encrypted team: the file has its own key

    target = Path(snapshot).absolute()
    if not target.is_file():
        raise MergeRefused(str(target))
    uri = target.as_uri() + "?mode=ro"
    key = snapshot_key(db)
    if key is None:
        conn.execute("ATTACH DATABASE ? AS snap", [uri])
    else:
        conn.execute("ATTACH DATABASE ? AS snap KEY ?", [uri, key])
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            before = change_mark(conn)
            stats = SnapshotMerger(db, device_id=device_id, now=now, source=source).run()
            if MERGE_HOOK is not None:
                MERGE_HOOK("merging")
            if check is not None:
                check(conn)
            conn.execute("DELETE FROM main.sync_change WHERE seq > ?", [before])
            if record is not None:
                record(conn)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    finally:
        conn.execute("DETACH DATABASE snap")
    stats.erased = _apply_erasures(db)
    return stats


def _apply_erasures(db: Database) -> list[str]:
    from ..storage.erasure import apply_erasures

    return apply_erasures(db)


__all__ = ["MergeStats", "MergeRefused", "change_mark", "merge_snapshot", "merge_rows",
           "fill_history_uids", "history_uid", "VV"]

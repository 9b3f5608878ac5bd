"""All writes go through here.

Every write stamps a UUID id, created/updated times (UTC), the device, and a version: the
row's version vector ``vv`` ({device: counter}) and per field the dot (``device:counter``) of
the write that last set it (``fdots``). Before a row changes, its previous version is copied
into ``history``. Deleting sets the versioned tombstone ``deleted = 1``; rows that may be
synced are never removed with DELETE (erasure of a participant is the one, audited, exception).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.fields import ENTITIES, Entity, FieldType
from ..domain.validation import PERIODS, ValidationFailed, clean_values, decode, period_errors
from .dots import dump_fdots, parse_fdots
from .ids import new_id
from .queries import dict_rows

Record = dict[str, Any]
META = ("id", "created_at", "updated_at", "device_id", "deleted", "vv", "fdots")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def later(stamp: str) -> str:
    """The first time after ``stamp`` (one microsecond later), in the same ISO format."""
    ts = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return iso(ts + timedelta(microseconds=1))


def bump(vv_json: str | None, device: str) -> tuple[str, str]:
    """Increment ``device`` in a version vector; return (new vv JSON, the write's dot)."""
    vv = json.loads(vv_json or "{}")
    vv[device] = int(vv.get(device, 0)) + 1
    return json.dumps(vv, sort_keys=True, separators=(",", ":")), f"{device}:{vv[device]}"


class Store:
    """An open database plus who is writing (device) and the clock (injectable in tests)."""

    def __init__(
        self,
        db: Database,
        device_id: str,
        *,
        path: Path | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.device_id = device_id
        self.path = path
        self.clock = clock
        self._repos: dict[str, Repository] = {}
        self.listeners: list[Callable[[str, str], None]] = []
        # Whether the file's page check passed in this session (services/session.py):
        # "checked", "deferred" (left out at open, running in the background) or "failed".
        self.check_state = "checked"
        self.check_thread: threading.Thread | None = None
        self._closed = False

    def now(self) -> str:
        return iso(self.clock())

    def repo(self, entity_name: str) -> Repository:
        if entity_name not in self._repos:
            self._repos[entity_name] = Repository(self, ENTITIES[entity_name])
        return self._repos[entity_name]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction. It takes the write lock first (BEGIN IMMEDIATE): a save that
        read first and then wrote would fail at once with "database is locked" when another
        connection (a sync in the background) wrote in between; this way it waits for it
        (busy timeout) and then lands. Nested calls are savepoints."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def audit(self, action: str, entity: str = "", row_id: str = "", detail: str = "") -> None:
        """Append to the audit log. ``detail`` must not hold personal data."""
        self.db["audit_log"].insert(
            {
                "id": new_id(),
                "at": self.now(),
                "device_id": self.device_id,
                "action": action,
                "entity": entity,
                "row_id": row_id,
                "detail": detail,
            }
        )

    def _changed(self, entity: str, row_id: str) -> None:
        for listener in list(self.listeners):
            listener(entity, row_id)

    @property
    def closed(self) -> bool:
        """True once `close()` ran (a restore replaces the file): nothing may read it."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.db.close()


class Repository:
    """Reads and versioned writes for one entity table."""

    def __init__(self, store: Store, entity: Entity) -> None:
        self.store = store
        self.entity = entity
        self.table = store.db[entity.name]
        self._has_conflicts: bool | None = None
        # Only these fields differ from their stored form; the rest pass through as stored.
        self._decoded = tuple(f for f in entity.fields
                              if f.type in (FieldType.MULTI, FieldType.JSON, FieldType.BOOL))
        self._select = f'SELECT * FROM "{entity.name}"'

    def _rows(self, where: str | None, params: Iterable[Any] | dict[str, Any] = (), *,
              order_by: str | None = None, limit: int | None = None) -> list[Record]:
        """Raw rows as dicts. Not through sqlite-utils' rows_where: that asks sqlite_master
        whether the table exists before every query, which doubled the cost of each read
        (our tables always exist: the migrations made them before the store opened)."""
        sql = self._select
        if where:
            sql += " WHERE " + where
        if order_by:
            sql += " ORDER BY " + order_by
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        # Named parameters (":name") come as a dict, as rows_where took them.
        return dict_rows(self.store.db.execute(sql, params if isinstance(params, dict) else list(params)))

    # ------------------------------------------------------------------ reading
    def decode_row(self, row: Record) -> Record:
        out = dict(row)
        for fld in self._decoded:
            if fld.name in out:
                out[fld.name] = decode(fld, out[fld.name])
        out["deleted"] = bool(out.get("deleted"))
        return out

    def get(self, row_id: str, *, include_deleted: bool = False) -> Record | None:
        rows = self._rows("id = ?", [row_id])
        if not rows or (rows[0]["deleted"] and not include_deleted):
            return None
        return self.decode_row(rows[0])

    def find(
        self,
        where: str | None = None,
        params: Iterable[Any] | dict[str, Any] = (),
        *,
        order_by: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[Record]:
        clauses = [] if include_deleted else ["deleted = 0"]
        if where:
            clauses.append(f"({where})")
        return [self.decode_row(r) for r in self._rows(" AND ".join(clauses), params,
                                                        order_by=order_by, limit=limit)]

    def for_participant(self, participant_id: str, *, order_by: str | None = None) -> list[Record]:
        return self.find("participant_id = ?", [participant_id], order_by=order_by)

    def history(self, row_id: str) -> list[Record]:
        """Previous versions of a row, newest first, decoded, with `seq`, `replaced_at`, `note`."""
        out = []
        for h in self.store.db["history"].rows_where(
            "table_name = ? AND row_id = ?", [self.entity.name, row_id], order_by="seq desc"
        ):
            version = self.decode_row(json.loads(h["version"]))
            version["_seq"] = h["seq"]
            version["_replaced_at"] = h["replaced_at"]
            version["_replaced_by"] = h["replaced_by"]
            version["_note"] = h["note"]
            out.append(version)
        return out

    # ------------------------------------------------------------------ writing
    def insert(self, values: dict[str, Any], *, row_id: str | None = None) -> Record:
        good, errors = clean_values(self.entity, values, creating=True)
        errors = period_errors(self.entity, good) | errors
        if errors:
            raise ValidationFailed(errors)
        return self._insert_clean(good, row_id=row_id)

    def _insert_clean(self, good: dict[str, Any], *, row_id: str | None = None) -> Record:
        now = self.store.now()
        vv, dot = bump(None, self.store.device_id)
        fdots = {name: dot for name, value in good.items() if value not in (None, "", "[]", 0)}
        fdots["deleted"] = dot
        row: Record = {
            **{f.name: None for f in self.entity.fields},
            **good,
            "id": row_id or new_id(),
            "created_at": now,
            "updated_at": now,
            "device_id": self.store.device_id,
            "deleted": 0,
            "vv": vv,
        }
        for fld in self.entity.fields:
            if row[fld.name] is None and fld.type is FieldType.BOOL:
                row[fld.name] = 0
            elif row[fld.name] is None and fld.type is FieldType.MULTI:
                row[fld.name] = "[]"
        row["fdots"] = dump_fdots(fdots, row)
        with self.store.transaction():
            self.table.insert(row)
        self.store._changed(self.entity.name, row["id"])
        return self.decode_row(row)

    def update(self, row_id: str, changes: dict[str, Any], *, note: str | None = None) -> Record:
        """Change some fields; nothing is written when any value is wrong (ValidationFailed)."""
        good, errors = clean_values(self.entity, changes)
        if not errors and any(p[0] == self.entity.name for p in PERIODS):
            old = self.get(row_id) or {}
            errors = period_errors(self.entity, {**old, **good}, touched=set(good))
        if errors:
            raise ValidationFailed(errors)
        return self._write(row_id, good, note=note)

    def _write(
        self, row_id: str, good: dict[str, Any], *, note: str | None = None, deleted: int | None = None,
        force: bool = False,
    ) -> Record:
        with self.store.transaction():
            rows = self._rows("id = ?", [row_id])
            if not rows:
                from ..domain.messages import UserError

                raise UserError("val.not_found", entity=self.entity.label(), id=row_id)
            old = rows[0]
            # force: write even an unchanged value (a chosen sync-conflict version must win).
            changed = {k: v for k, v in good.items() if force or old.get(k) != v}
            if deleted is not None and (force or old["deleted"] != deleted):
                changed["deleted"] = deleted
            if not changed:
                return self.decode_row(old)
            now = self.store.now()
            if old["updated_at"] and now <= old["updated_at"]:
                # A row's times only grow, so (updated_at, device_id) of the newest write is
                # the same on every device after sync, even when a clock runs behind.
                now = later(old["updated_at"])
            self.store.db["history"].insert(
                {
                    "table_name": self.entity.name,
                    "row_id": row_id,
                    "version": json.dumps(old, ensure_ascii=False),
                    "replaced_at": now,
                    "replaced_by": self.store.device_id,
                    "note": note,
                }
            )
            vv, dot = bump(old["vv"], self.store.device_id)
            fdots = parse_fdots(old["fdots"], old)
            stamped = set(changed)
            if not old["deleted"]:
                # Every edit of a live row also says "keep it": a delete made concurrently on
                # another device then becomes a conflict in sync instead of a silent delete.
                stamped.add("deleted")
            for name in stamped:
                fdots[name] = dot
            self._supersede_conflicts(old, stamped, now, dot)
            update = {
                **changed,
                "updated_at": now,
                "device_id": self.store.device_id,
                "vv": vv,
            }
            update["fdots"] = dump_fdots(fdots, {**old, **update})
            self.table.update(row_id, update)
            new = {**old, **update}
        self.store._changed(self.entity.name, row_id)
        return self.decode_row(new)

    def _supersede_conflicts(self, old: Record, fields: set[str], now: str, dot: str) -> None:
        """This edit replaces every version of ``fields`` this device has seen, including the
        versions an open sync conflict holds (table ``sync_conflict``, see sync/merge.py).
        A replaced version that differs from the current value goes to history: nothing is lost.
        """
        if self._has_conflicts is None:
            self._has_conflicts = self.store.db["sync_conflict"].exists()
        if not self._has_conflicts:
            return
        where = "table_name = ? AND row_id = ? AND field IN ({})".format(",".join("?" * len(fields)))
        params = [self.entity.name, old["id"], *sorted(fields)]
        rows = self.store.db.execute(f"SELECT field, dot, value FROM sync_conflict WHERE {where}",
                                     params).fetchall()
        for field, sibling_dot, value in rows:
            if field == "deleted" and not json.loads(value):
                continue  # an edit's implicit "keep it" holds no data of its own
            fdots = parse_fdots(old["fdots"], old)
            fdots[field] = sibling_dot
            version = {**old, field: json.loads(value)}
            version["fdots"] = dump_fdots(fdots, version)
            self.store.db["history"].insert({
                "table_name": self.entity.name, "row_id": old["id"],
                "version": json.dumps(version, ensure_ascii=False), "replaced_at": now,
                "replaced_by": self.store.device_id, "note": f"sync-conflict {dot}",
            })
        if rows:
            self.store.db.execute(f"DELETE FROM sync_conflict WHERE {where}", params)

    def delete(self, row_id: str, *, note: str | None = None) -> Record:
        """Tombstone: hidden everywhere, kept (with history) for sync and audit."""
        return self._write(row_id, {}, note=note, deleted=1)

    def undelete(self, row_id: str, *, note: str | None = None) -> Record:
        return self._write(row_id, {}, note=note, deleted=0)

    def restore_version(self, row_id: str, seq: int) -> Record:
        """Make an earlier version current again, as a new edit (so it syncs and has history)."""
        for version in self.history(row_id):
            if version["_seq"] == seq:
                values = {f.name: version.get(f.name) for f in self.entity.fields}
                good, _ = clean_values(self.entity, values)
                return self._write(row_id, good, note=f"hersteld naar versie {seq}")
        from ..domain.messages import UserError

        raise UserError("val.not_found", entity=self.entity.label(), id=f"{row_id}@{seq}")

    def insert_many(self, rows: Iterable[dict[str, Any]], *, batch_size: int = 1000) -> int:
        """Bulk insert of already-identified rows (demo data, imports); validates each row."""
        now = self.store.now()
        prepared = []
        for values in rows:
            row_id = values.pop("id", None) or new_id()
            stamp = values.pop("created_at", None) or now
            good, errors = clean_values(self.entity, values, creating=True)
            if errors:
                raise ValidationFailed(errors)
            vv, dot = bump(None, self.store.device_id)
            fdots = {n: dot for n, v in good.items() if v not in (None, "", "[]", 0)}
            fdots["deleted"] = dot
            row = {f.name: None for f in self.entity.fields}
            for fld in self.entity.fields:
                if fld.type is FieldType.BOOL:
                    row[fld.name] = 0
                elif fld.type is FieldType.MULTI:
                    row[fld.name] = "[]"
            row.update(good)
            row.update(
                id=row_id, created_at=stamp, updated_at=stamp, device_id=self.store.device_id,
                deleted=0, vv=vv,
            )
            row["fdots"] = dump_fdots(fdots, row)
            prepared.append(row)
        with self.store.transaction():
            self.table.insert_all(prepared, batch_size=batch_size)
        return len(prepared)

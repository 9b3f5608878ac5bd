"""Open conflicts: a field two coaches changed at the same time, each version kept.

``open_conflicts`` lists them with who wrote each version and when; ``resolve`` saves the
version the coach chose (or a combination) as a new edit. That edit has seen every version,
so on every device it replaces all of them, and the replaced ones stay in history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.display import display
from ..domain.fields import ENTITIES
from ..domain.validation import ValidationFailed, clean_values
from ..storage.repository import Record, Store
from .versions import parse_fdots, split_dot


@dataclass
class Version:
    dot: str
    value: Any
    device_id: str
    coach_name: str
    at: str
    current: bool = False


@dataclass
class Conflict:
    table: str
    row_id: str
    field: str
    versions: list[Version] = field(default_factory=list)
    participant_id: str | None = None
    participant_name: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.table, self.row_id, self.field

    def entity_label(self, language: str = "nl") -> str:
        return ENTITIES[self.table].label(language)

    def field_label(self, language: str = "nl") -> str:
        if self.field == "deleted":
            return "Verwijderd" if language != "en" else "Deleted"
        return ENTITIES[self.table].field(self.field).label(language)

    def display(self, version: Version, language: str = "nl", *, empty: str = "") -> str:
        """A version's value as text; the ``deleted`` pseudo-field is the caller's to word."""
        return display(self.table, self.field, version.value, language, empty=empty)


def _coach_names(db: Database) -> dict[str, str]:
    if not db["sync_peer"].exists():
        return {}
    return {r[0]: r[1] or "" for r in db.execute("SELECT device_id, coach_name FROM sync_peer")}


def open_conflicts(db: Database, *, participant_id: str | None = None) -> list[Conflict]:
    """Fields with versions of different value, newest row first."""
    if not db["sync_conflict"].exists():
        return []
    names = _coach_names(db)
    groups: dict[tuple[str, str, str], list[tuple[str, Any, str, str]]] = {}
    for table, row_id, fld, dot, value, device, at in db.execute(
        "SELECT table_name, row_id, field, dot, value, device_id, at FROM sync_conflict "
        "ORDER BY table_name, row_id, field, dot"
    ):
        groups.setdefault((table, row_id, fld), []).append((dot, json.loads(value), device, at))
    out = []
    for (table, row_id, fld), siblings in groups.items():
        if table not in ENTITIES:
            continue
        cur = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        values = cur.fetchone()
        if values is None:
            continue
        row = dict(zip([d[0] for d in cur.description], values, strict=True))
        fdots = parse_fdots(row["fdots"], row)
        current_dot = fdots.get(fld, "")
        versions = [Version(current_dot, row.get(fld), split_dot(current_dot)[0] if current_dot else "",
                            "", str(row.get("updated_at") or ""), current=True)]
        versions += [Version(dot, value, device, "", at) for dot, value, device, at in siblings]
        if len({json.dumps(v.value) for v in versions}) < 2:
            continue  # the same value written twice is no conflict
        for v in versions:
            v.coach_name = names.get(v.device_id, "")
        pid = row.get("participant_id") if table != "participant" else row_id
        if participant_id is not None and pid != participant_id:
            continue
        conflict = Conflict(table, row_id, fld, versions, pid)
        if pid:
            p = db.execute("SELECT first_name, last_name FROM participant WHERE id = ?", [pid]).fetchone()
            if p:
                conflict.participant_name = " ".join(x for x in p if x)
        out.append(conflict)
    return out


def count_open(db: Database) -> int:
    return len(open_conflicts(db))


def resolve(store: Store, conflict: Conflict, value: Any, *, note: str = "conflict opgelost") -> Record:
    """Save ``value`` (one of the versions, or a combination) as a new edit that wins everywhere."""
    repo = store.repo(conflict.table)
    if conflict.field == "deleted":
        return repo._write(conflict.row_id, {}, note=note, deleted=1 if value else 0, force=True)
    if not any(value == v.value for v in conflict.versions):
        good, errors = clean_values(ENTITIES[conflict.table], {conflict.field: value})
        if errors:
            raise ValidationFailed(errors)
        value = good[conflict.field]
    return repo._write(conflict.row_id, {conflict.field: value}, note=note, force=True)

"""Does a database hold exactly the declared fields? The guard behind "no field without a
migration".

Migrations never read `domain.fields` (see storage/migrations.py), so a field declared there
without a migration that adds its column is missing from every coach's database, old or new;
`schema_problems` says so in words a developer can act on. tests/storage/test_schema_history.py
runs it on a database made by every released schema version.
"""

from __future__ import annotations

from sqlite_utils import Database

from ..domain import fields as domain_fields
from ..domain.fields import Field, FieldType
from .migrations import META_COLUMNS

# How a field type is stored; everything not listed is TEXT (dates as ISO text, JSON as text).
_INTEGER_TYPES = frozenset({FieldType.INT, FieldType.BOOL})


def column_type(field: Field) -> str:
    """The SQL type the column of ``field`` has: what a migration adding it writes out."""
    return "INTEGER" if field.type in _INTEGER_TYPES else "TEXT"


def schema_problems(db: Database) -> list[str]:
    """Every difference between the declared entities and the tables of ``db``; empty when
    each declared field has a column of its type and each column is a field or a meta column."""
    problems: list[str] = []
    # Read at call time, not import time: a test declares an extra field to see this fail.
    for entity in domain_fields.ENTITIES.values():
        columns = {
            row[1]: (row[2] or "").upper()
            for row in db.execute(f'PRAGMA table_info("{entity.name}")').fetchall()
        }
        if not columns:
            problems.append(f"table {entity.name}: declared in domain/fields.py, "
                            "but no migration creates it")
            continue
        for name, py_type in META_COLUMNS.items():
            want = "INTEGER" if py_type is int else "TEXT"
            if name not in columns:
                problems.append(f"{entity.name}.{name}: meta column missing")
            elif columns[name] != want:
                problems.append(f"{entity.name}.{name}: meta column is {columns[name]}, not {want}")
        for field in entity.fields:
            want = column_type(field)
            if field.name not in columns:
                problems.append(f"{entity.name}.{field.name}: declared in domain/fields.py, but no "
                                f"migration adds its column (add_columns: {{{field.name!r}: {want!r}}})")
            elif columns[field.name] != want:
                problems.append(f"{entity.name}.{field.name}: declared as {field.type.value}, "
                                f"so {want}, but its column is {columns[field.name]}")
        declared = set(entity.field_names) | set(META_COLUMNS)
        for name in columns:
            if name not in declared:
                problems.append(f"{entity.name}.{name}: column without a declared field "
                                "(nor a meta column)")
    return problems

"""Coaches' databases outlive releases: a database made by every released schema version
(schema_fixtures/vN.sqlite, made by make_schema_fixtures.py with the code that shipped it)
migrates to exactly the schema a new database gets, keeps its data, and has a column for
every declared field. And the guard can fail: a field declared without a migration is caught.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from begeleider_app.domain import fields
from begeleider_app.domain.fields import Field, FieldType
from begeleider_app.storage import migrations as migrations_module
from begeleider_app.storage.database import check_database, open_database
from begeleider_app.storage.migrations import (
    MIGRATION_NAMES,
    SCHEMA_VERSION,
    add_columns,
    migrations,
)
from begeleider_app.storage.schema_check import schema_problems

FIXTURE_DIR = Path(__file__).resolve().parent / "schema_fixtures"


def _version(path: Path) -> int:
    match = re.fullmatch(r"v(\d+)\.sqlite", path.name)
    assert match, f"{path.name}: schema fixtures are named vN.sqlite"
    return int(match.group(1))


FIXTURES = sorted(FIXTURE_DIR.glob("*.sqlite"), key=_version)
fixture_params = pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])


def _copy(fixture: Path, tmp_path: Path) -> Path:
    # Never open the fixture itself: opening migrates it, and fixtures never change.
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    return path


def _fresh(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.sqlite"
    open_database(path).close()
    return path


def _describe(path: Path) -> dict[str, Any]:
    """What the schema is, not how it is spelled: columns with types, NOT NULL, defaults and
    key; indexes with their columns; triggers and virtual tables by their SQL (whitespace
    folded). Spelling (quotes, layout of CREATE TABLE) depends on the sqlite-utils version
    that made the file, and does not matter."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_stat%'").fetchall()
        schema: dict[str, Any] = {}
        for kind, name, table, sql in objects:
            folded = " ".join((sql or "").split())
            if kind == "table":
                columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
                flags = {word for word in ("AUTOINCREMENT", "WITHOUT ROWID", "VIRTUAL")
                         if word in folded.upper()}
                schema[f"table {name}"] = {
                    "columns": [tuple(c[1:]) for c in columns],
                    "flags": sorted(flags),
                    "sql": folded if "VIRTUAL" in flags else None,
                }
            elif kind == "index":
                info = {row[1]: row for row in conn.execute(f'PRAGMA index_list("{table}")')}
                cols = [tuple(r[1:]) for r in conn.execute(f'PRAGMA index_xinfo("{name}")')]
                schema[f"index {name}"] = (table, info[name][2], info[name][3], info[name][4], cols)
            else:  # trigger, view
                schema[f"{kind} {name}"] = (table, folded)
        return schema
    finally:
        conn.close()


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


# ---------------------------------------------------------------- the fixtures themselves

def test_a_fixture_for_every_schema_version():
    versions = [_version(p) for p in FIXTURES]
    missing = [v for v in range(1, SCHEMA_VERSION + 1) if v not in versions]
    assert not missing, (
        f"No schema fixture for version(s) {missing}. Every schema version that ships gets a "
        "database made by its code, so later migrations are tested on it: run "
        "`.venv/bin/python tests/storage/make_schema_fixtures.py` and commit "
        "tests/storage/schema_fixtures/vN.sqlite with the migration.")
    assert max(versions) == SCHEMA_VERSION, f"a fixture is newer than the code: {versions}"


@fixture_params
def test_a_fixture_is_the_version_its_name_says(fixture):
    version = _version(fixture)
    conn = sqlite3.connect(fixture)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'begeleider' ORDER BY rowid")]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "one self-contained file"
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] > 0, "a fixture has data"
    finally:
        conn.close()
    # A shipped migration keeps its name (and place): the database records it by name.
    assert applied == list(MIGRATION_NAMES[:version])
    assert fixture.stat().st_size < 1_000_000


# ---------------------------------------------------------------- migrating each one

@fixture_params
def test_each_released_version_migrates_to_the_schema_of_a_new_database(fixture, tmp_path):
    path = _copy(fixture, tmp_path)
    version = _version(fixture)
    before = _row_counts(path)
    backups = tmp_path / "backups"

    db = open_database(path, backups_dir=backups)
    try:
        assert [m.name for m in migrations.applied(db)] == list(MIGRATION_NAMES)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # (a) a column for every declared field, (b) no column without a field or meta column.
        assert schema_problems(db) == []
        participants = db["participant"].count
        # Search (m002) indexes participants that existed before it ran.
        indexed = db.execute("SELECT count(*) FROM participant_fts").fetchone()[0]
    finally:
        db.close()

    # (c) the same tables, columns, types, indexes and triggers as a database made today.
    assert _describe(path) == _describe(_fresh(tmp_path))
    # (d) the data survived: every table that existed keeps its rows.
    after = _row_counts(path)
    assert participants == before["participant"] > 0
    assert indexed == participants
    assert {t: after[t] for t in before} == before

    copies = list(backups.glob("voor-migratie-*.sqlite"))
    if version < SCHEMA_VERSION:
        assert len(copies) == 1, "a copy of the file is taken before migrating"
        assert copies[0].name.startswith(f"voor-migratie-v{version}-")
        check_database(copies[0])
    else:
        assert copies == []


def test_the_schema_comparison_sees_a_difference(tmp_path):
    # Guard against a comparison that cannot fail.
    fresh = _fresh(tmp_path)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(fresh, other)
    conn = sqlite3.connect(other)
    conn.execute("DROP INDEX idx_action_due")
    conn.commit()
    conn.close()
    assert _describe(other) != _describe(fresh)


# ---------------------------------------------------------------- the guard can fail

def _declare(monkeypatch: pytest.MonkeyPatch, entity: str, *extra: Field, drop: str = "") -> None:
    ent = fields.ENTITIES[entity]
    kept = tuple(f for f in ent.fields if f.name != drop)
    monkeypatch.setitem(fields.ENTITIES, entity, dataclasses.replace(ent, fields=kept + extra))


def test_a_field_declared_without_a_migration_is_caught(tmp_path, monkeypatch):
    _declare(monkeypatch, "intake", Field("pronouns", "Voornaamwoorden", "Pronouns"))
    old = open_database(_copy(FIXTURES[0], tmp_path))
    new = open_database(tmp_path / "new.sqlite")
    try:
        for db in (old, new):
            # Migrations do not read the declarations: not even a new database gets the column.
            assert "pronouns" not in db["intake"].columns_dict
            problems = schema_problems(db)
            assert len(problems) == 1
            assert problems[0].startswith("intake.pronouns: declared in domain/fields.py, but no "
                                          "migration adds its column")
    finally:
        old.close()
        new.close()


def test_a_column_without_a_declared_field_is_caught(tmp_path, monkeypatch):
    _declare(monkeypatch, "intake", drop="zrm_justitie")
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert schema_problems(db) == [
            "intake.zrm_justitie: column without a declared field (nor a meta column)"]
    finally:
        db.close()


def test_a_field_whose_type_changed_without_a_migration_is_caught(tmp_path, monkeypatch):
    ent = fields.ENTITIES["intake"]
    changed = dataclasses.replace(ent.field("transport"), type=FieldType.INT)
    _declare(monkeypatch, "intake", changed, drop="transport")
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert schema_problems(db) == [
            "intake.transport: declared as int, so INTEGER, but its column is TEXT"]
    finally:
        db.close()


def test_a_migration_with_add_columns_satisfies_the_guard(tmp_path, monkeypatch):
    # The way to add a field: declare it and add a migration that spells its column out.
    _declare(monkeypatch, "intake", Field("pronouns", "Voornaamwoorden", "Pronouns"),
             Field("travel_minutes", "Reistijd", "Travel time", type=FieldType.INT))

    def m999_intake_pronouns(db: Database) -> None:
        add_columns(db, "intake", {"pronouns": "TEXT", "travel_minutes": "INTEGER"})

    step = Migrations._Migration("m999_intake_pronouns", m999_intake_pronouns)
    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations, step])
    for path in (*[_copy(f, tmp_path) for f in FIXTURES], tmp_path / "new.sqlite"):
        db = open_database(path)
        try:
            assert schema_problems(db) == [], path.name
            assert list(db["intake"].columns_dict)[-2:] == ["pronouns", "travel_minutes"]
        finally:
            db.close()


def test_add_columns_takes_sql_type_names_only(tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    try:
        with pytest.raises(ValueError, match="intake.pronouns"):
            add_columns(db, "intake", {"pronouns": str})  # type: ignore[dict-item]
        assert "pronouns" not in db["intake"].columns_dict
    finally:
        db.close()


def test_migrations_do_not_read_the_field_declarations():
    # The rule behind everything above, checked where it is written down.
    tree = ast.parse(Path(migrations_module.__file__).read_text(encoding="utf-8"))
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names}
    assert not [name for name in imported if "domain" in name.split(".")]

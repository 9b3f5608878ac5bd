"""Numbered schema migrations (sqlite-utils `Migrations`).

Rules: a migration never changes after it has shipped; a new field gets a new numbered
migration that adds its column. `test_every_declared_field_has_a_column` catches a field
declared in `domain.fields` without a migration. `open_database` copies the file before
applying pending migrations, and each migration runs in its own transaction.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..domain.fields import ENTITIES, FieldType

MIGRATION_SET = "begeleider"
migrations = Migrations(MIGRATION_SET)

# Columns every synced record carries. vv: version vector {device: counter} of the row;
# fdots: per field the "dot" (device:counter) of the write that last set it, which lets sync
# tell a newer edit from a concurrent one per field without trusting wall clocks.
META_COLUMNS: dict[str, type] = {
    "id": str,
    "created_at": str,
    "updated_at": str,
    "device_id": str,
    "deleted": int,
    "vv": str,
    "fdots": str,
}

SQL_TYPE = {FieldType.INT: int, FieldType.BOOL: int}

# The entity tables and their columns as of migration 1 (frozen on purpose).
_V1_TABLES = (
    "participant", "status_change", "intake", "work_history", "education", "goal",
    "goal_revision", "action", "contact", "placement", "observation", "contact_moment", "consent",
)


def entity_columns(name: str) -> dict[str, type]:
    cols: dict[str, type] = dict(META_COLUMNS)
    for fld in ENTITIES[name].fields:
        cols[fld.name] = SQL_TYPE.get(fld.type, str)
    return cols


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    for name in _V1_TABLES:
        ent = ENTITIES[name]
        db[name].create(
            entity_columns(name),
            pk="id",
            not_null={"id", "created_at", "updated_at", "device_id", "deleted", "vv"},
            defaults={"deleted": 0, "vv": "{}", "fdots": "{}"},
        )
        if ent.parent:
            db[name].create_index([ent.parent, "deleted"], index_name=f"idx_{name}_parent")
    db["participant"].create_index(["status", "deleted"], index_name="idx_participant_status")
    db["contact_moment"].create_index(["planned_date"], index_name="idx_contact_moment_planned")
    db["observation"].create_index(["placement_id"], index_name="idx_observation_placement")
    db["goal_revision"].create_index(["goal_id"], index_name="idx_goal_revision_goal")
    db["action"].create_index(["goal_id"], index_name="idx_action_goal")
    # Previous versions of every changed row: history, audit and sync input in one mechanism.
    db["history"].create(
        {
            "seq": int, "table_name": str, "row_id": str, "version": str,
            "replaced_at": str, "replaced_by": str, "note": str,
        },
        pk="seq",
    )
    db["history"].create_index(["table_name", "row_id"], index_name="idx_history_row")
    # Who did what, without personal data in the detail column.
    db["audit_log"].create(
        {"id": str, "at": str, "device_id": str, "action": str, "entity": str, "row_id": str,
         "detail": str},
        pk="id",
    )
    db["audit_log"].create_index(["at"], index_name="idx_audit_at")


@migrations(name="m002_search")
def m002_search(db: Database) -> None:
    # remove_diacritics 2 lets "Celik" find "Çelik" and "Zoe" find "Zoë"; unicode61 treats
    # Arabic and Ethiopic letters as word characters, so names in those scripts are indexed.
    db["participant"].enable_fts(
        ["first_name", "last_name", "name_native"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    # Organisation-wide lists (observation items, scale, aftercare template) travel with the
    # database so a whole team shares them through sync.
    db["org_setting"].create(
        {**META_COLUMNS, "key": str, "value": str},
        pk="id",
        not_null={"id", "created_at", "updated_at", "device_id", "deleted", "vv"},
        defaults={"deleted": 0, "vv": "{}", "fdots": "{}"},
    )
    db["org_setting"].create_index(["key"], unique=True, index_name="idx_org_setting_key")


@migrations(name="m003_erasure")
def m003_erasure(db: Database) -> None:
    # Erasure tombstones (AVG right to erasure, retention): one row per erased participant,
    # keyed by the participant's id and holding no personal data. Sync copies these rows to
    # every device, which then erases the participant too (contract: docs/security.md).
    db["erasure"].create(
        {**META_COLUMNS, "erased_at": str, "reason": str},
        pk="id",
        not_null={"id", "created_at", "updated_at", "device_id", "deleted", "vv"},
        defaults={"deleted": 0, "vv": "{}", "fdots": "{}"},
    )


@migrations(name="m004_sync")
def m004_sync(db: Database) -> None:
    # Team sync (sync/merge.py). A field written concurrently on two devices keeps every
    # version: the row holds one, the others wait here until a later edit supersedes them
    # (an open conflict when the values differ). Synced with the rows.
    db["sync_conflict"].create(
        {"table_name": str, "row_id": str, "field": str, "dot": str, "value": str,
         "device_id": str, "at": str},
        pk=("table_name", "row_id", "field", "dot"),
    )
    # This database's sync identity and publish sequence (local, never imported).
    db["sync_state"].create({"key": str, "value": str}, pk="key")
    # Devices seen on the share: coach name, newest imported snapshot (names are synced).
    db["sync_peer"].create(
        {"device_id": str, "coach_name": str, "last_seq": int, "last_sha": str,
         "last_sync_at": str},
        pk="device_id",
    )
    # History travels between devices as a grow-only set keyed by a content hash.
    db.execute("ALTER TABLE history ADD COLUMN uid TEXT")
    db["history"].create_index(["uid"], unique=True, index_name="idx_history_uid")


@migrations(name="m005_sync_index")
def m005_sync_index(db: Database) -> None:
    # Sync compares every record's (id, vv) with a colleague's snapshot. A covering index lets
    # that comparison read only the index, not the (wide) records: 5-8x faster on a large
    # caseload. Snapshots carry the index too.
    for name in (*_V1_TABLES, "org_setting"):
        db[name].create_index(["id", "vv"], index_name=f"idx_{name}_sync")


@migrations(name="m006_sync_changes")
def m006_sync_changes(db: Database) -> None:
    # Incremental sync (docs/sync.md, "Incremental import"): every insert or update of a synced
    # row appends (table, row id) here under a number that only grows (AUTOINCREMENT never
    # reuses one). A snapshot carries its log, so a colleague who merged our snapshot at log
    # position N reads only the rows logged after N instead of comparing every record.
    # Triggers, not the repository, so that every writer (edits, merges, conflicts) is logged.
    # Plain INSERTs without a uniqueness constraint: a trigger's own conflict policy would be
    # overridden by an outer INSERT OR IGNORE, so nothing here may ever conflict.
    # Only once the database takes part in sync (sync_state "published" exists, written before
    # the first publish reads its mark): before that no colleague can merge incrementally, so a
    # database that never syncs (or a demo being built) logs nothing.
    db.execute(
        "CREATE TABLE sync_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "table_name TEXT NOT NULL, row_id TEXT NOT NULL)")
    when = "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'published')"

    def log(trigger: str, event: str, table: str, entry: str) -> None:
        db.execute(f"CREATE TRIGGER {trigger} AFTER {event} ON [{table}] {when} "
                   f"BEGIN INSERT INTO sync_change (table_name, row_id) VALUES ({entry}); END")

    for name in (*_V1_TABLES, "org_setting"):
        for event in ("INSERT", "UPDATE"):
            log(f"sync_change_{name}_{event.lower()}", event, name, f"'{name}', new.id")
    # A waiting conflict version travels with its row.
    log("sync_change_sync_conflict_insert", "INSERT", "sync_conflict", "new.table_name, new.row_id")
    # History travels by content id (filled in when publishing) and is keyed here by seq.
    log("sync_change_history_insert", "INSERT", "history", "'history', new.seq")
    log("sync_change_history_uid", "UPDATE OF uid", "history", "'history', new.seq")
    log("sync_change_audit_log_insert", "INSERT", "audit_log", "'audit_log', new.id")


@migrations(name="m007_read_indexes")
def m007_read_indexes(db: Database) -> None:
    # Indexes for what every start and every participant reads (issue 9, docs/benchmarks.md):
    # the caseload's next open contact moment per participant (covering: the query reads only
    # the index), the weight's signals of moments done in the last 90 days (a range instead of
    # a scan of every moment) and the agenda's actions by due date. About 1 % of the file.
    db["contact_moment"].create_index(["participant_id", "deleted", "done_date", "planned_date"],
                                      index_name="idx_contact_moment_open")
    db["contact_moment"].create_index(["done_date"], index_name="idx_contact_moment_done")
    db["action"].create_index(["due_date"], index_name="idx_action_due")


MIGRATION_NAMES: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(MIGRATION_NAMES)

"""Numbered schema migrations (sqlite-utils `Migrations`).

The rule: a migration never changes once it has shipped, and never reads the field
declarations (`domain.fields`). Each one writes its tables, columns and SQL types out
literally, so a coach's database made by any earlier release migrates to exactly the schema a
new database gets. Declaring a field is therefore not enough: it needs a new numbered
migration that adds its column (`add_columns`). `tests/storage/test_schema_history.py` opens a
database made by every released schema version (`tests/storage/schema_fixtures/`) and fails
while a declared field has no column (`storage.schema_check.schema_problems`); when a new
migration ships, `tests/storage/make_schema_fixtures.py` adds the fixture of its version.

`open_database` copies the file before applying pending migrations, and each migration runs in
its own transaction.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "begeleider"
migrations = Migrations(MIGRATION_SET)

# Columns every synced record carries, as of today (the schema check reads it; migrations do
# not: a new meta column needs its own migration). vv: version vector {device: counter} of the
# row; fdots: per field the "dot" (device:counter) of the write that last set it, which lets
# sync tell a newer edit from a concurrent one per field without trusting wall clocks.
META_COLUMNS: dict[str, type] = {
    "id": str,
    "created_at": str,
    "updated_at": str,
    "device_id": str,
    "deleted": int,
    "vv": str,
    "fdots": str,
}

# Column types `add_columns` accepts: SQLite's own names, so a migration reads like its schema.
COLUMN_TYPES = frozenset({"TEXT", "INTEGER", "REAL", "BLOB"})


def add_columns(db: Database, table: str, columns: dict[str, str]) -> None:
    """Add ``columns`` ({name: SQL type}, e.g. ``{"pronouns": "TEXT"}``) to ``table`` in order.

    For new migrations: spell every name and type out in the migration, never take them from
    `domain.fields`, so the migration still does the same thing after the declarations change.
    Shipped migrations call this: never change what it writes.
    """
    for name, sql_type in columns.items():
        if sql_type not in COLUMN_TYPES:
            raise ValueError(f"{table}.{name}: SQL type {sql_type!r} is not one of {sorted(COLUMN_TYPES)}")
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type}')


# ---------------------------------------------------------------- shipped migrations
# Every migration below has shipped, and so will each one added after them: never edit one (a
# coach's database has run it already); fix a mistake with a new migration.

# The synced-record columns as m001-m003 created them.
_M001_META: dict[str, str] = {
    "id": "TEXT", "created_at": "TEXT", "updated_at": "TEXT", "device_id": "TEXT",
    "deleted": "INTEGER", "vv": "TEXT", "fdots": "TEXT",
}
_M001_NOT_NULL = {"id", "created_at", "updated_at", "device_id", "deleted", "vv"}
_M001_DEFAULTS = {"deleted": 0, "vv": "{}", "fdots": "{}"}

# The entity tables of migration 1 and their field columns (after the meta columns), in order.
_M001_TABLES: dict[str, dict[str, str]] = {
    "participant": {
        "first_name": "TEXT", "last_name": "TEXT", "name_native": "TEXT", "birth_date": "TEXT",
        "phone": "TEXT", "email": "TEXT", "address": "TEXT", "target_group": "TEXT",
        "status": "TEXT", "weight": "TEXT", "start_date": "TEXT", "referrer": "TEXT",
        "benefit": "TEXT", "coach": "TEXT", "approach": "TEXT", "plan_notes": "TEXT",
        "archived": "INTEGER", "closing_date": "TEXT", "closing_evaluation": "TEXT",
        "closing_help_later": "TEXT",
    },
    "status_change": {
        "participant_id": "TEXT", "from_status": "TEXT", "to_status": "TEXT", "date": "TEXT",
        "reason": "TEXT",
    },
    "intake": {
        "participant_id": "TEXT", "intake_date": "TEXT", "own_words": "TEXT",
        "can_and_want": "TEXT", "talents": "TEXT", "interests": "TEXT", "motivation": "TEXT",
        "work_meaning": "TEXT", "dutch_level": "TEXT", "first_language": "TEXT",
        "other_languages": "TEXT", "hours_available": "INTEGER", "transport": "TEXT",
        "childcare": "TEXT", "private_circumstances": "TEXT", "other_trajectories": "TEXT",
        "network": "TEXT", "health": "TEXT", "vitality": "TEXT", "support_needs": "TEXT",
        "instruction_tips": "TEXT", "participatieladder": "TEXT", "zrm_financien": "TEXT",
        "zrm_werk_opleiding": "TEXT", "zrm_tijdsbesteding": "TEXT", "zrm_huisvesting": "TEXT",
        "zrm_huiselijke_relaties": "TEXT", "zrm_geestelijke_gezondheid": "TEXT",
        "zrm_lichamelijke_gezondheid": "TEXT", "zrm_middelengebruik": "TEXT",
        "zrm_basale_adl": "TEXT", "zrm_instrumentele_adl": "TEXT", "zrm_sociaal_netwerk": "TEXT",
        "zrm_maatschappelijke_participatie": "TEXT", "zrm_justitie": "TEXT",
    },
    "work_history": {
        "participant_id": "TEXT", "employer": "TEXT", "role": "TEXT", "country": "TEXT",
        "start_year": "INTEGER", "end_year": "INTEGER", "description": "TEXT",
        "reason_left": "TEXT",
    },
    "education": {
        "participant_id": "TEXT", "course": "TEXT", "institution": "TEXT", "level": "TEXT",
        "country": "TEXT", "year": "INTEGER", "diploma": "INTEGER", "recognised": "INTEGER",
    },
    "goal": {
        "participant_id": "TEXT", "text": "TEXT", "term": "TEXT", "capital": "TEXT",
        "status": "TEXT", "sort_order": "INTEGER",
    },
    "goal_revision": {
        "participant_id": "TEXT", "goal_id": "TEXT", "revised_on": "TEXT", "previous_text": "TEXT",
        "new_text": "TEXT", "reason": "TEXT",
    },
    "action": {
        "participant_id": "TEXT", "goal_id": "TEXT", "description": "TEXT", "owner": "TEXT",
        "due_date": "TEXT", "done": "INTEGER", "done_on": "TEXT",
    },
    "contact": {
        "participant_id": "TEXT", "role": "TEXT", "name": "TEXT", "organisation": "TEXT",
        "phone": "TEXT", "email": "TEXT", "address": "TEXT", "period_start": "TEXT",
        "period_end": "TEXT", "notes": "TEXT",
    },
    "placement": {
        "participant_id": "TEXT", "type": "TEXT", "organisation": "TEXT", "contact_id": "TEXT",
        "contact_person": "TEXT", "start_date": "TEXT", "end_date": "TEXT",
        "hours_per_week": "INTEGER", "tasks": "TEXT", "arrangements": "TEXT", "notes": "TEXT",
    },
    "observation": {
        "participant_id": "TEXT", "placement_id": "TEXT", "date": "TEXT", "ratings": "TEXT",
        "what_happened": "TEXT", "learning_point": "TEXT", "why_important": "TEXT",
        "went_well": "TEXT",
    },
    "contact_moment": {
        "participant_id": "TEXT", "label": "TEXT", "planned_date": "TEXT", "done_date": "TEXT",
        "with_whom": "TEXT", "together": "TEXT", "mode": "TEXT", "notes": "TEXT",
        "signals": "TEXT", "follow_up": "TEXT", "is_closing": "INTEGER",
    },
    "consent": {
        "participant_id": "TEXT", "recipient_contact_id": "TEXT", "recipient_name": "TEXT",
        "topics": "TEXT", "given_on": "TEXT", "form": "TEXT", "expires_on": "TEXT",
        "withdrawn_on": "TEXT", "notes": "TEXT",
    },
}
_V1_TABLES: tuple[str, ...] = tuple(_M001_TABLES)
# Tables whose rows belong to a participant: an index on (participant_id, deleted).
_M001_PARENT_INDEXED = (
    "status_change", "intake", "work_history", "education", "goal", "goal_revision", "action",
    "placement", "observation", "contact_moment", "consent",
)


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    for name, columns in _M001_TABLES.items():
        db[name].create(
            {**_M001_META, **columns},
            pk="id",
            not_null=_M001_NOT_NULL,
            defaults=_M001_DEFAULTS,
        )
        if name in _M001_PARENT_INDEXED:
            db[name].create_index(["participant_id", "deleted"], index_name=f"idx_{name}_parent")
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
        {**_M001_META, "key": "TEXT", "value": "TEXT"},
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
        {**_M001_META, "erased_at": "TEXT", "reason": "TEXT"},
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



# The change-log triggers as m006 wrote them last (with the WHEN clause 7d65334 added after m006
# had shipped), written out again here: m008 recreates them so every database has the same ones.
_M008_LOG_WHEN = "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'published')"
_M008_LOG_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    *((f"sync_change_{name}_{event.lower()}", event, name, f"'{name}', new.id")
      for name in (*_V1_TABLES, "org_setting") for event in ("INSERT", "UPDATE")),
    ("sync_change_sync_conflict_insert", "INSERT", "sync_conflict", "new.table_name, new.row_id"),
    ("sync_change_history_insert", "INSERT", "history", "'history', new.seq"),
    ("sync_change_history_uid", "UPDATE OF uid", "history", "'history', new.seq"),
    ("sync_change_audit_log_insert", "INSERT", "audit_log", "'audit_log', new.id"),
    # New: an erasure tombstone travels in the change set of the device that wrote it. Logged
    # by rowid, not by the erased participant's id: no trace of that id in the log.
    ("sync_change_erasure_insert", "INSERT", "erasure", "'erasure', new.rowid"),
)
# m005's covering (id, vv) indexes: sync compared every record with a colleague's snapshot;
# change sets (docs/sync.md) read only the records that changed, so they cost 6 % of the file
# for a comparison only a first join still makes (on the primary key instead).
_M008_DROPPED_INDEXES: tuple[str, ...] = tuple(f"idx_{name}_sync" for name in (*_V1_TABLES, "org_setting"))


@migrations(name="m008_sync_v2")
def m008_sync_v2(db: Database) -> None:
    # Sync v2 (change sets, acknowledgements, team identity; docs/sync.md). Databases made by
    # 2d19647 have m006's triggers without the WHEN clause: drop every change-log trigger and
    # write them again, so every database ends up with the same schema.
    for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_change_%'"
    ).fetchall():
        db.execute(f"DROP TRIGGER [{name}]")
    for trigger, event, table, entry in _M008_LOG_TRIGGERS:
        db.execute(f"CREATE TRIGGER {trigger} AFTER {event} ON [{table}] {_M008_LOG_WHEN} "
                   f"BEGIN INSERT INTO sync_change (table_name, row_id) VALUES ({entry}); END")
    for index in _M008_DROPPED_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS [{index}]")
    # m007's idx_contact_moment_open starts with (participant_id, deleted): it serves every
    # query m001's idx_contact_moment_parent served, so that one only cost space.
    db.execute("DROP INDEX IF EXISTS idx_contact_moment_parent")
    # Per colleague: the lineage (database instance) its position refers to, and the last
    # change of its manifest this device saw with when (this device's own clock) it saw it
    # change: a colleague whose manifest stays the same for the silence period no longer
    # holds up the removal of our files.
    add_columns(db, "sync_peer", {"instance": "TEXT", "heartbeat": "INTEGER", "seen_at": "TEXT"})


@migrations(name="m009_outcomes")
def m009_outcomes(db: Database) -> None:
    # Outcome figures for the team and the funder (services/outcomes.py): why a trajectory
    # ended and the participatieladder step at its end, and what an aftercare contact moment
    # found about the work ("still at work" after 6 and 12 months).
    add_columns(db, "participant", {"end_reason": "TEXT", "ladder_end": "TEXT"})
    add_columns(db, "contact_moment", {"work_status": "TEXT"})


@migrations(name="m010_referrer_reports")
def m010_referrer_reports(db: Database) -> None:
    # Referrer reports (issue 17). A consent counts for one kind of recipient: werkgever,
    # verwijzer (gemeente, UWV) or anders. Every consent recorded before this migration was
    # recorded for the employer handover, the only report that needed one.
    add_columns(db, "consent", {"recipient_kind": "TEXT"})
    db.execute("UPDATE consent SET recipient_kind = 'werkgever' WHERE recipient_kind IS NULL")
    # The coach's conclusion and advice for the referrer, kept between reports.
    add_columns(db, "participant", {"report_conclusion": "TEXT", "report_advice": "TEXT"})


# The network around a participant (issue 19): the team's sociale kaart (service), referrals,
# group sessions and attendance. Buddies stay contacts (role buddy) and get their kind; a
# contact person of a service is a contact without participant whose service_id is set.
_M011_TABLES: dict[str, dict[str, str]] = {
    "service": {
        "name": "TEXT", "kind": "TEXT", "organisation": "TEXT", "offer": "TEXT",
        "region": "TEXT", "address": "TEXT", "phone": "TEXT", "email": "TEXT",
        "website": "TEXT", "notes": "TEXT",
    },
    "referral": {
        "participant_id": "TEXT", "service_id": "TEXT", "contact_id": "TEXT",
        "referred_on": "TEXT", "status": "TEXT", "goal_id": "TEXT", "reason": "TEXT",
        "tasks_participant": "TEXT", "tasks_coach": "TEXT", "tasks_partner": "TEXT",
        "follow_up_on": "TEXT", "last_news_on": "TEXT", "outcome": "TEXT", "notes": "TEXT",
    },
    "group_session": {
        "kind": "TEXT", "date": "TEXT", "theme": "TEXT", "location": "TEXT",
        "service_id": "TEXT", "duration_minutes": "INTEGER",
        "minutes_per_participant": "INTEGER", "notes": "TEXT",
    },
    "group_attendance": {
        "participant_id": "TEXT", "session_id": "TEXT", "present": "INTEGER", "note": "TEXT",
    },
}


@migrations(name="m011_network")
def m011_network(db: Database) -> None:
    add_columns(db, "contact", {"buddy_kind": "TEXT", "service_id": "TEXT"})
    db["contact"].create_index(["service_id"], index_name="idx_contact_service")
    # The header shows the buddies of every participant opened: read by the owner.
    db["contact"].create_index(["participant_id", "deleted"], index_name="idx_contact_parent")
    meta = {"id": "TEXT", "created_at": "TEXT", "updated_at": "TEXT", "device_id": "TEXT",
            "deleted": "INTEGER", "vv": "TEXT", "fdots": "TEXT"}
    for name, columns in _M011_TABLES.items():
        db[name].create(
            {**meta, **columns},
            pk="id",
            not_null={"id", "created_at", "updated_at", "device_id", "deleted", "vv"},
            defaults={"deleted": 0, "vv": "{}", "fdots": "{}"},
        )
    db["referral"].create_index(["participant_id", "deleted"], index_name="idx_referral_parent")
    db["referral"].create_index(["service_id"], index_name="idx_referral_service")
    db["referral"].create_index(["status", "deleted"], index_name="idx_referral_status")
    db["group_session"].create_index(["date"], index_name="idx_group_session_date")
    db["group_attendance"].create_index(["participant_id", "deleted"],
                                        index_name="idx_group_attendance_parent")
    db["group_attendance"].create_index(["session_id"], index_name="idx_group_attendance_session")
    # The change log that sync's change sets read, as m008 wrote it for every synced table.
    when = "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'published')"
    for name in _M011_TABLES:
        for event in ("INSERT", "UPDATE"):
            db.execute(f"CREATE TRIGGER sync_change_{name}_{event.lower()} AFTER {event} ON [{name}] "
                       f"{when} BEGIN INSERT INTO sync_change (table_name, row_id) "
                       f"VALUES ('{name}', new.id); END")


@migrations(name="m012_journal")
def m012_journal(db: Database) -> None:
    # The journal (issue 16): one row per contact with its time, and the hours granted for
    # coaching. Synced entity tables: meta columns, the parent index and the change-log
    # triggers (as m008 wrote them), all written out here.
    meta = {"id": "TEXT", "created_at": "TEXT", "updated_at": "TEXT", "device_id": "TEXT",
            "deleted": "INTEGER", "vv": "TEXT", "fdots": "TEXT"}
    not_null = {"id", "created_at", "updated_at", "device_id", "deleted", "vv"}
    defaults = {"deleted": 0, "vv": "{}", "fdots": "{}"}
    db["journal_entry"].create(
        {**meta, "participant_id": "TEXT", "date": "TEXT", "kind": "TEXT", "with_whom": "TEXT",
         "contact_id": "TEXT", "minutes": "INTEGER", "phase": "TEXT", "goal_ids": "TEXT",
         "text": "TEXT", "health": "INTEGER", "follow_up": "TEXT", "follow_up_owner": "TEXT",
         "follow_up_date": "TEXT", "follow_up_action_id": "TEXT"},
        pk="id", not_null=not_null, defaults=defaults)
    db["hours_budget"].create(
        {**meta, "participant_id": "TEXT", "granted_by": "TEXT", "basis": "TEXT",
         "hours": "INTEGER", "percentage": "INTEGER", "worked_hours_per_week": "INTEGER",
         "period_start": "TEXT", "period_end": "TEXT", "reference": "TEXT", "notes": "TEXT"},
        pk="id", not_null=not_null, defaults=defaults)
    # The journal's parent index also orders a participant's entries by date (the tab's list)
    # and covers their minutes: a participant's hours over a period, and the caseload's hours
    # column (one range per participant), read only the index.
    db["journal_entry"].create_index(["participant_id", "deleted", "date", "minutes"],
                                     index_name="idx_journal_entry_parent")
    db["hours_budget"].create_index(["participant_id", "deleted"], index_name="idx_hours_budget_parent")
    # Hours of the whole caseload per month (the chart) read only this index.
    db["journal_entry"].create_index(["date", "deleted", "minutes"], index_name="idx_journal_entry_date")
    when = "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'published')"
    for name in ("journal_entry", "hours_budget"):
        for event in ("INSERT", "UPDATE"):
            db.execute(f"CREATE TRIGGER sync_change_{name}_{event.lower()} AFTER {event} "
                       f"ON [{name}] {when} BEGIN INSERT INTO sync_change (table_name, row_id) "
                       f"VALUES ('{name}', new.id); END")
    # Aftercare contact moments count in the hours too (covered like the journal's).
    add_columns(db, "contact_moment", {"minutes": "INTEGER"})
    db["contact_moment"].create_index(["participant_id", "deleted", "done_date", "minutes"],
                                      index_name="idx_contact_moment_minutes")
    # Full-text search of journal text (within a participant and across the caseload), an
    # external-content FTS5 table kept current by triggers, like participant_fts (m002).
    db.execute(
        'CREATE VIRTUAL TABLE "journal_entry_fts" USING FTS5 ("text", "follow_up", '
        "tokenize='unicode61 remove_diacritics 2', content=\"journal_entry\")")
    db.execute(
        'CREATE TRIGGER "journal_entry_ai" AFTER INSERT ON "journal_entry" BEGIN '
        'INSERT INTO "journal_entry_fts" (rowid, "text", "follow_up") '
        'VALUES (new.rowid, new."text", new."follow_up"); END')
    db.execute(
        'CREATE TRIGGER "journal_entry_ad" AFTER DELETE ON "journal_entry" BEGIN '
        'INSERT INTO "journal_entry_fts" ("journal_entry_fts", rowid, "text", "follow_up") '
        "VALUES('delete', old.rowid, old.\"text\", old.\"follow_up\"); END")
    db.execute(
        'CREATE TRIGGER "journal_entry_au" AFTER UPDATE ON "journal_entry" BEGIN '
        'INSERT INTO "journal_entry_fts" ("journal_entry_fts", rowid, "text", "follow_up") '
        "VALUES('delete', old.rowid, old.\"text\", old.\"follow_up\"); "
        'INSERT INTO "journal_entry_fts" (rowid, "text", "follow_up") '
        'VALUES (new.rowid, new."text", new."follow_up"); END')



@migrations(name="m013_lean_indexes")
def m013_lean_indexes(db: Database) -> None:
    # Two pairs of indexes became one each (docs/benchmarks.md, size per participant):
    # - an observation is read by its participant (erasure, inzage, reports) and by its
    #   placement (the placement tab), and a placement has one participant: one index on
    #   (participant, placement) serves both (services/observations.py names the participant);
    # - the same for a goal's revisions and actions (read by participant and by goal);
    # - a contact moment's open-moment index (m007) and its hours index (m012) shared their
    #   first three columns: one index covering both queries.
    db.execute("DROP INDEX IF EXISTS idx_observation_placement")
    db.execute("DROP INDEX IF EXISTS idx_observation_parent")
    db["observation"].create_index(["participant_id", "placement_id", "deleted"],
                                   index_name="idx_observation_parent")
    for table in ("goal_revision", "action"):
        db.execute(f"DROP INDEX IF EXISTS idx_{table}_goal")
        db.execute(f"DROP INDEX IF EXISTS idx_{table}_parent")
        db[table].create_index(["participant_id", "goal_id", "deleted"],
                               index_name=f"idx_{table}_parent")
    db.execute("DROP INDEX IF EXISTS idx_contact_moment_minutes")
    db.execute("DROP INDEX IF EXISTS idx_contact_moment_open")
    db["contact_moment"].create_index(
        ["participant_id", "deleted", "done_date", "planned_date", "minutes"],
        index_name="idx_contact_moment_open")

MIGRATION_NAMES: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(MIGRATION_NAMES)

"""The organisation hub's schema in PostgreSQL, and what IT does with it.

The hub carries exactly what a shared folder carries (docs/sync.md): per device its manifest
and its immutable files (change sets and snapshots), which an encrypted team's laptops have
already encrypted with the team key (SQLCipher) before upload. So the hub, its administrators,
its backups and its replicas never hold readable participant data.

Access control lives in the database, not in our code:

* every laptop connects with a login role of its own, a member of ``begeleider_device``;
* ``begeleider.member`` says which team a role belongs to (IT adds and revokes members);
* row-level security lets a role read the streams of its own team and write only the streams
  it registered itself (``begeleider.stream.role_name = session_user``); a revoked member
  sees and writes nothing, and can no longer log in.

Migrations are numbered, literal and checked like the laptop's (storage/migrations.py): the
applied ones are listed in ``begeleider.hub_migration``; a hub with a migration this version
does not know is refused.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from ..domain.messages import UserError

SCHEMA = "begeleider"
DEVICE_GROUP = "begeleider_device"
ROLE_RE = re.compile(r"^[a-z][a-z0-9_]{2,62}$")

_M1 = """
CREATE SCHEMA IF NOT EXISTS begeleider;

CREATE TABLE begeleider.team (
    team        text PRIMARY KEY CHECK (team ~ '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- The laptops IT admitted: one login role each, in one team.
CREATE TABLE begeleider.member (
    role_name   text PRIMARY KEY,
    team        text NOT NULL REFERENCES begeleider.team (team),
    label       text NOT NULL DEFAULT '',
    added_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

-- A device's stream (its device id, as in a shared folder's device folder). A laptop
-- registers its own stream on its first publication, and a new one when it is re-keyed.
CREATE TABLE begeleider.stream (
    device_id   text PRIMARY KEY CHECK (device_id ~ '^[A-Za-z0-9_-]{8,64}$'),
    role_name   text NOT NULL REFERENCES begeleider.member (role_name),
    team        text NOT NULL REFERENCES begeleider.team (team),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE begeleider.manifest (
    device_id   text PRIMARY KEY REFERENCES begeleider.stream (device_id) ON DELETE CASCADE,
    body        jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- An immutable file of a stream, stored in chunks so a dropped upload resumes where it
-- stopped; readers see it only once it is complete.
CREATE TABLE begeleider.blob (
    device_id   text NOT NULL REFERENCES begeleider.stream (device_id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
    size        bigint NOT NULL CHECK (size >= 0),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    chunks      integer NOT NULL CHECK (chunks >= 0),
    complete    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, name)
);

CREATE TABLE begeleider.chunk (
    device_id   text NOT NULL,
    name        text NOT NULL,
    n           integer NOT NULL CHECK (n >= 0),
    data        bytea NOT NULL,
    PRIMARY KEY (device_id, name, n),
    FOREIGN KEY (device_id, name) REFERENCES begeleider.blob (device_id, name) ON DELETE CASCADE
);

-- Who the connected laptop is. SECURITY DEFINER: a device role may not read member itself.
CREATE FUNCTION begeleider.my_team() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = begeleider, pg_temp AS $$
    SELECT team FROM begeleider.member WHERE role_name = session_user AND revoked_at IS NULL
$$;

CREATE FUNCTION begeleider.my_stream(d text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = begeleider, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM begeleider.stream s JOIN begeleider.member m USING (role_name)
                   WHERE s.device_id = d AND m.role_name = session_user AND m.revoked_at IS NULL)
$$;

CREATE FUNCTION begeleider.team_stream(d text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = begeleider, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM begeleider.stream s
                   WHERE s.device_id = d AND s.team = begeleider.my_team())
$$;

REVOKE ALL ON FUNCTION begeleider.my_team(), begeleider.my_stream(text),
    begeleider.team_stream(text) FROM PUBLIC;

DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'begeleider_device') THEN
        CREATE ROLE begeleider_device NOLOGIN;
    END IF;
END $$;

GRANT USAGE ON SCHEMA begeleider TO begeleider_device;
GRANT SELECT ON begeleider.hub_migration TO begeleider_device;
GRANT EXECUTE ON FUNCTION begeleider.my_team(), begeleider.my_stream(text),
    begeleider.team_stream(text) TO begeleider_device;
GRANT SELECT, INSERT, DELETE ON begeleider.stream TO begeleider_device;
GRANT SELECT, INSERT, UPDATE, DELETE ON begeleider.manifest, begeleider.blob, begeleider.chunk
    TO begeleider_device;

ALTER TABLE begeleider.stream ENABLE ROW LEVEL SECURITY;
ALTER TABLE begeleider.manifest ENABLE ROW LEVEL SECURITY;
ALTER TABLE begeleider.blob ENABLE ROW LEVEL SECURITY;
ALTER TABLE begeleider.chunk ENABLE ROW LEVEL SECURITY;

CREATE POLICY stream_read ON begeleider.stream FOR SELECT TO begeleider_device
    USING (team = begeleider.my_team());
CREATE POLICY stream_add ON begeleider.stream FOR INSERT TO begeleider_device
    WITH CHECK (role_name = session_user AND team = begeleider.my_team());
CREATE POLICY stream_drop ON begeleider.stream FOR DELETE TO begeleider_device
    USING (begeleider.my_stream(device_id));

CREATE POLICY manifest_read ON begeleider.manifest FOR SELECT TO begeleider_device
    USING (begeleider.team_stream(device_id));
CREATE POLICY manifest_add ON begeleider.manifest FOR INSERT TO begeleider_device
    WITH CHECK (begeleider.my_stream(device_id));
CREATE POLICY manifest_change ON begeleider.manifest FOR UPDATE TO begeleider_device
    USING (begeleider.my_stream(device_id)) WITH CHECK (begeleider.my_stream(device_id));
CREATE POLICY manifest_drop ON begeleider.manifest FOR DELETE TO begeleider_device
    USING (begeleider.my_stream(device_id));

CREATE POLICY blob_read ON begeleider.blob FOR SELECT TO begeleider_device
    USING (begeleider.team_stream(device_id));
CREATE POLICY blob_add ON begeleider.blob FOR INSERT TO begeleider_device
    WITH CHECK (begeleider.my_stream(device_id));
CREATE POLICY blob_change ON begeleider.blob FOR UPDATE TO begeleider_device
    USING (begeleider.my_stream(device_id)) WITH CHECK (begeleider.my_stream(device_id));
CREATE POLICY blob_drop ON begeleider.blob FOR DELETE TO begeleider_device
    USING (begeleider.my_stream(device_id));

CREATE POLICY chunk_read ON begeleider.chunk FOR SELECT TO begeleider_device
    USING (begeleider.team_stream(device_id));
CREATE POLICY chunk_add ON begeleider.chunk FOR INSERT TO begeleider_device
    WITH CHECK (begeleider.my_stream(device_id));
CREATE POLICY chunk_drop ON begeleider.chunk FOR DELETE TO begeleider_device
    USING (begeleider.my_stream(device_id));
"""

#: (name, SQL). Never change one that has shipped; add the next.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("h001_initial", _M1),
)

_LEDGER = """
CREATE SCHEMA IF NOT EXISTS begeleider;
CREATE TABLE IF NOT EXISTS begeleider.hub_migration (
    name        text PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
"""


def _connect(dsn: str) -> Any:
    from .hub import connect

    return connect(dsn)


def applied(conn: Any) -> list[str]:
    exists = conn.execute("SELECT to_regclass('begeleider.hub_migration')").fetchone()[0]
    if exists is None:
        return []
    return [r[0] for r in conn.execute("SELECT name FROM begeleider.hub_migration ORDER BY name")]


def check_version(conn: Any) -> None:
    """Refuse a hub that is not set up, or set up by a newer version of Begeleider."""
    names = applied(conn)
    known = [name for name, _sql in MIGRATIONS]
    if not names:
        raise UserError("hub.not_initialised")
    if any(n not in known for n in names):
        raise UserError("hub.newer_schema")


def init(dsn: str) -> list[str]:
    """Create or bring up to date the hub's schema (run by IT with an owner role). Each
    migration runs in its own transaction. Returns the names applied now."""
    done: list[str] = []
    with _connect(dsn) as conn:
        with conn.transaction():
            conn.execute(_LEDGER)
        names = applied(conn)
        known = [name for name, _sql in MIGRATIONS]
        if any(n not in known for n in names):
            raise UserError("hub.newer_schema")
        for name, sql in MIGRATIONS:
            if name in names:
                continue
            with conn.transaction():
                conn.execute(sql)
                conn.execute("INSERT INTO begeleider.hub_migration (name) VALUES (%s)", [name])
            done.append(name)
    return done


@dataclass
class NewDevice:
    role: str
    password: str
    team: str


def add_device(dsn: str, *, team: str, role: str, label: str = "",
               password: str | None = None) -> NewDevice:
    """A login role for one laptop, in ``team`` (created when new). The password is made
    here unless given; IT hands it to the coach once (it is stored on the laptop only)."""
    from psycopg import sql

    if not ROLE_RE.match(role):
        raise UserError("hub.bad_role", role=role)
    password = password or secrets.token_urlsafe(18)
    with _connect(dsn) as conn:
        check_version(conn)
        with conn.transaction():
            conn.execute("INSERT INTO begeleider.team (team) VALUES (%s) ON CONFLICT DO NOTHING",
                         [team])
            if conn.execute("SELECT 1 FROM begeleider.member WHERE role_name = %s",
                            [role]).fetchone():
                raise UserError("hub.role_exists", role=role)
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(role), sql.Literal(password), sql.Identifier(DEVICE_GROUP)))
            else:
                conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)))
                conn.execute(sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(DEVICE_GROUP), sql.Identifier(role)))
            conn.execute("INSERT INTO begeleider.member (role_name, team, label) VALUES (%s, %s, %s)",
                         [role, team, label])
    return NewDevice(role, password, team)


def revoke_device(dsn: str, *, role: str) -> int:
    """Revoke a laptop (stolen, or its coach left): its role can no longer log in, its open
    connections end now, and row-level security hides and closes every stream to it. Its
    published files stay for the team (they are ciphertext). Returns connections ended."""
    from psycopg import sql

    with _connect(dsn) as conn:
        check_version(conn)
        with conn.transaction():
            found = conn.execute(
                "UPDATE begeleider.member SET revoked_at = coalesce(revoked_at, now()) "
                "WHERE role_name = %s RETURNING role_name", [role]).fetchone()
            if found is None:
                raise UserError("hub.unknown_role", role=role)
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
        ended = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = %s",
            [role]).fetchone()[0]
    return int(ended or 0)


def members(dsn: str) -> list[dict[str, Any]]:
    """Every laptop admitted, with its team, streams and whether it is revoked."""
    with _connect(dsn) as conn:
        check_version(conn)
        rows = conn.execute(
            "SELECT m.role_name, m.team, m.label, m.added_at, m.revoked_at, "
            "count(s.device_id), max(man.updated_at) FROM begeleider.member m "
            "LEFT JOIN begeleider.stream s USING (role_name) "
            "LEFT JOIN begeleider.manifest man ON man.device_id = s.device_id "
            "GROUP BY m.role_name ORDER BY m.team, m.role_name").fetchall()
    keys = ("role", "team", "label", "added_at", "revoked_at", "streams", "last_publication")
    return [dict(zip(keys, row, strict=True)) for row in rows]


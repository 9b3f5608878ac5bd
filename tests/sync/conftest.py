"""Simulated laptops: each its own installation folder and working database, one shared folder."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from begeleider_app.config import Device, resolve_paths
from begeleider_app.domain.fields import ENTITIES
from begeleider_app.services.session import open_store
from begeleider_app.storage.repository import utc_now
from begeleider_app.sync import share as sh
from begeleider_app.sync.engine import SyncReport, sync
from begeleider_app.sync.manifest import Manifest

from .pgserver import PgServer, find_binaries, start_server

#: Laptops that sync through a hub are encrypted (a hub takes ciphertext only), with these.
HUB_PASSPHRASE = "wachtwoord van deze laptop"
HUB_TEAM_PASSPHRASE = "het gezamenlijke teamwachtwoord"


class Laptop:
    """A simulated laptop. With ``hub`` (a `Hub`) it syncs through PostgreSQL as a device of
    ``hub_team``, with an encrypted database; otherwise through the shared folder ``share``."""

    def __init__(self, root: Path, name: str, share: Path,
                 clock: Callable[[], datetime] = utc_now, fast: bool = False,
                 hub: Hub | None = None, hub_team: str = "team-oost") -> None:
        self.name = name
        self.share = share
        self.hub = hub
        self.paths = resolve_paths(root / name)
        self.paths.ensure()
        self.device = Device.load_or_create(self.paths)
        self.device.coach_name = name
        self.device.save(self.paths)
        self.db_path = root / name / "work.sqlite"
        key = HUB_PASSPHRASE if hub is not None else None
        self.store = open_store(self.db_path, self.paths, device=self.device, clock=clock, key=key)
        if hub is not None:
            from begeleider_app.storage import crypto

            crypto.set_team_passphrase(self.store.db, HUB_TEAM_PASSPHRASE)
            role = f"{name}_{hub_team}".replace("-", "_")
            self.hub_dsn, self.hub_password = hub.add_device(role, team=hub_team)
        if fast:
            # Property tests run hundreds of syncs: skip waiting for the disk (durability is
            # not what they test; the fault tests keep every fsync).
            self.store.db.execute("PRAGMA synchronous = OFF")

    def sync(self, **kwargs: Any) -> SyncReport:
        if self.hub is not None:
            from begeleider_app.sync.hub import sync_with_hub

            return sync_with_hub(self.store, self.hub_dsn, self.paths, device=self.device,
                                 password=self.hub_password, coach_name=self.name, **kwargs)
        return sync(self.store, self.share, self.paths, device=self.device, coach_name=self.name,
                    **kwargs)

    def repo(self, entity: str):
        return self.store.repo(entity)

    def get(self, row_id: str, entity: str = "participant") -> dict[str, Any] | None:
        return self.repo(entity).get(row_id, include_deleted=True)

    def state(self) -> dict[str, Any]:
        """Everything that must be identical on every device after syncing."""
        db = self.store.db
        out: dict[str, Any] = {}
        for name in ENTITIES:
            out[name] = [tuple(r) for r in db.execute(f"SELECT * FROM [{name}] ORDER BY id")]
        out["sync_conflict"] = [tuple(r) for r in db.execute(
            "SELECT table_name, row_id, field, dot, value FROM sync_conflict ORDER BY 1, 2, 3, 4")]
        out["history"] = sorted(r[0] for r in db.execute("SELECT uid FROM history"))
        out["audit_log"] = sorted(r[0] for r in db.execute("SELECT id FROM audit_log"))
        return out

    def data(self) -> dict[str, Any]:
        """Entity rows and conflicts only (no history), to check a database was not touched."""
        state = self.state()
        state.pop("history")
        return state

    def close(self) -> None:
        self.store.close()


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sh, "sleep", lambda _s: None)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def team(request: pytest.FixtureRequest, tmp_path: Path, share: Path):
    """team("Anna", "Bram") -> laptops. Through the shared folder, or, for a test module that
    parametrises it indirectly (``TRANSPORTS``), through a real PostgreSQL hub as well."""
    kind = getattr(request, "param", "folder")
    hub = request.getfixturevalue("hub") if kind == "hub" else None
    made: list[Laptop] = []

    def make(*names: str, clock: Callable[[], datetime] = utc_now) -> list[Laptop]:
        for name in names:
            made.append(Laptop(tmp_path / "laptops", name, share, clock=clock, hub=hub))
        return made[-len(names):]

    yield make
    for laptop in made:
        laptop.close()
    if hub is not None:
        from begeleider_app.storage import crypto

        crypto.forget_session_keys()


#: ``pytestmark = TRANSPORTS`` runs a module's team tests through the folder and the hub.
TRANSPORTS = pytest.mark.parametrize("team", ["folder", "hub"], indirect=True)


def sync_all(laptops: list[Laptop], rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            laptop.sync()


def dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def manifest_of(laptop: Laptop) -> Manifest:
    """The manifest a laptop last published on the share."""
    path = sh.device_dir(laptop.share, laptop.store.device_id) / sh.MANIFEST
    return Manifest.from_dict(json.loads(path.read_text(encoding="utf-8")))


def write_manifest(laptop: Laptop, manifest: Manifest) -> None:
    path = sh.device_dir(laptop.share, laptop.store.device_id) / sh.MANIFEST
    path.write_text(json.dumps(manifest.to_dict()), encoding="utf-8")


def newest_file(laptop: Laptop, kind: str | None = None) -> Path:
    """The newest file (of ``kind``: "changes" or "snapshot") the laptop's manifest names."""
    entries = [f for f in manifest_of(laptop).files if kind is None or f.kind == kind]
    entry = max(entries, key=lambda f: (f.seq, f.kind == "changes"))
    return sh.device_dir(laptop.share, laptop.store.device_id) / entry.file


def snapshot_of(laptop: Laptop) -> Path:
    """The snapshot file the laptop's manifest names."""
    return newest_file(laptop, "snapshot")


def agree(laptop: Laptop, path: Path, **changes: Any) -> None:
    """Make the laptop's manifest agree with the file at ``path`` (size and checksum) as if its
    publisher had written it so; ``changes`` set other fields of the manifest."""
    m = manifest_of(laptop)
    for entry in m.files:
        if entry.file == path.name:
            entry.sha256, entry.size = sh.sha256_file(path), path.stat().st_size
    for key, value in changes.items():
        setattr(m, key, value)
    write_manifest(laptop, m)


def damage_published_file(laptop: Laptop, offset: int, kind: str | None = None) -> Path:
    """Overwrite 12 bytes of the laptop's newest published file at ``offset`` and make its
    manifest agree (size and checksum), so only a check of the pages can tell."""
    path = newest_file(laptop, kind)
    data = bytearray(path.read_bytes())
    data[offset:offset + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    agree(laptop, path)
    return path


def share_files(share: Path) -> list[Path]:
    return sorted(p for p in sh.root(share).rglob("*") if p.is_file())


# ---------------------------------------------------------------------------- the hub
# A real PostgreSQL server (one per test session, a fresh database per test). CI runs as root:
# the server then runs as an unprivileged user (pgserver.py). Where PostgreSQL is not installed
# the hub tests are skipped with that reason; `.ci/run` installs it, so CI always runs them.

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    if find_binaries() is None:
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    server = start_server()
    yield server
    server.remove()


@dataclass
class Hub:
    server: PgServer
    dbname: str
    devices: dict[str, str] = field(default_factory=dict)  # role -> password

    @property
    def admin_dsn(self) -> str:
        return self.server.dsn(self.dbname)

    def device_dsn(self, role: str) -> str:
        """What IT gives a laptop: host, port, database and role; the password apart."""
        return self.server.dsn(self.dbname, user=role, password="")

    def add_device(self, name: str, team: str = "team-oost") -> tuple[str, str]:
        """A login role for one laptop (unique on the server: roles are not per database).
        Returns (its DSN without password, its password)."""
        from begeleider_app.sync import hub_schema

        role = f"{name.lower()}_{self.dbname}"
        new = hub_schema.add_device(self.admin_dsn, team=team, role=role, label=name)
        self.devices[role] = new.password
        return self.device_dsn(role), new.password

    def admin(self):
        from begeleider_app.sync.hub import connect

        return connect(self.admin_dsn)


@pytest.fixture
def hub(pg_server):
    """A new, initialised hub database; its device roles are dropped afterwards."""
    import psycopg
    from psycopg import sql

    from begeleider_app.sync import hub_schema

    dbname = f"hub{next(_counter)}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    made = Hub(pg_server, dbname)
    hub_schema.init(made.admin_dsn)
    yield made
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                     [dbname])
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(dbname)))
        for role in made.devices:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))

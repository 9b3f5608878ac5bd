"""Sync through an organisation hub on PostgreSQL: the same protocol as a shared folder.

``HubTransport`` implements `transport.Transport` on the hub's schema (sync/hub_schema.py):
manifests as JSON, published files as chunked ``bytea``. The change sets, manifests,
acknowledgements, garbage collection and erasure rewriting are those of the shared folder,
decided above this module; the merge never knows which transport it got.

* **Ciphertext only.** A laptop syncs through a hub only when its database is encrypted: the
  files it publishes are then SQLCipher databases encrypted with the team key (the team
  passphrase an encrypted share uses), so the hub holds no readable participant data.
* **Nothing half-visible, resumable.** A file is uploaded in chunks, each committed on its
  own; it becomes visible (``complete``) in one last transaction that checks its size and
  chunk count. When the connection drops mid-upload or mid-download (a VPN that hiccups, a
  server restart), the transport connects again and goes on from the chunks already stored
  or read; only when the hub stays away does the sync end with "offline". A reader only ever
  sees complete files, and a manifest names only files that are complete.
* **Idempotent.** Putting a file that is already complete with the same checksum does
  nothing.
* **TLS outside this machine**: a hub on another host is only reached with ``sslmode``
  require (the default added here) or stricter.
* **Offline is normal.** A hub that cannot be reached raises ``UserError("hub.offline")``:
  the window says "offline, will sync later", never an error dialog.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..domain.messages import UserError
from . import share as sh
from .transport import BlobError, BlobInfo

CHUNK = 1 << 20  # 1 MiB per row: small enough to resume, large enough to be few
CONNECT_TIMEOUT = 10
#: Pauses before each new attempt after a dropped connection (then: offline).
RECONNECT_PAUSES = (0.2, 1.0, 3.0)
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
SAFE_SSLMODES = {"require", "verify-ca", "verify-full"}
#: The name under which a laptop keeps its hub password (storage/crypto.py local secrets).
PASSWORD_SECRET = "hub_password"
#: Fault-injection point for tests: called with the name of each step of an upload/download.
STEP_HOOK: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def connection_params(dsn: str) -> dict[str, str]:
    """The DSN's parameters, with TLS required for any host but this machine's own.

    Raises UserError("hub.needs_tls") for a remote host with a weaker sslmode."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {k: str(v) for k, v in conninfo_to_dict(dsn).items()}
    except Exception as err:  # noqa: BLE001 - psycopg's ProgrammingError: the DSN's own words
        raise UserError("hub.bad_dsn", detail=str(err).splitlines()[0]) from None
    hosts = [h.strip() for h in params.get("host", "").split(",")]
    remote = [h for h in hosts if h not in LOCAL_HOSTS and not h.startswith("/")]
    if remote:
        mode = params.get("sslmode")
        if mode is None:
            params["sslmode"] = "require"
        elif mode not in SAFE_SSLMODES:
            raise UserError("hub.needs_tls", host=remote[0], mode=mode)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    params.setdefault("application_name", "begeleider")
    return params


def describe_dsn(dsn: str) -> str:
    """How the coach and IT recognise a hub: host and database, never the password."""
    try:
        params = connection_params(dsn)
    except UserError:
        return "hub"
    host = params.get("host") or "localhost"
    port = params.get("port")
    where = f"{host}:{port}" if port else host
    return f"{where}/{params.get('dbname', '')}".rstrip("/")


def connect(dsn: str, *, password: str | None = None) -> Any:
    """A connection to the hub, or UserError: offline (unreachable), refused (revoked,
    wrong password), or not a hub."""
    import psycopg

    params = connection_params(dsn)
    if password is not None:
        params["password"] = password
    try:
        # Autocommit: a read is its own statement; writes that belong together run in an
        # explicit transaction (`conn.transaction()`), never in one left open by accident.
        return psycopg.connect(**params, autocommit=True)
    except psycopg.OperationalError as err:
        raise _connect_error(err, dsn) from None


def _connect_error(err: Exception, dsn: str) -> UserError:
    text = str(err)
    where = describe_dsn(dsn)
    if "not permitted to log in" in text or "password authentication failed" in text \
            or "no pg_hba.conf entry" in text or "role" in text and "does not exist" in text:
        return UserError("hub.refused", hub=where)
    if "database" in text and "does not exist" in text:
        return UserError("hub.no_database", hub=where)
    return UserError("hub.offline", hub=where)


class HubTransport:
    """The hub as the place a team shares (see the module docstring). One connection for
    the whole sync; every method is its own transaction."""

    def __init__(self, dsn: str, *, password: str | None = None) -> None:
        from . import hub_schema

        self.dsn = dsn
        self._password = password
        self.where = describe_dsn(dsn)
        self.conn = connect(dsn, password=password)
        try:
            self._checked(lambda: hub_schema.check_version(self.conn))
            self.team = self._checked(
                lambda: self.conn.execute("SELECT begeleider.my_team()").fetchone()[0])
        except BaseException:
            self.conn.close()
            raise
        if self.team is None:
            self.conn.close()
            raise UserError("hub.refused", hub=self.where)
        self.conn.commit()

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> HubTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _checked(self, action: Callable[[], Any]) -> Any:
        """Run ``action``; a connection that died or a refusal by row-level security becomes
        a message for the coach (and the transaction is rolled back)."""
        import psycopg

        try:
            return action()
        except UserError:
            raise
        except psycopg.errors.InsufficientPrivilege:
            self._rollback()
            raise UserError("hub.refused", hub=self.where) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as err:
            self._rollback()
            raise UserError("hub.offline", hub=self.where) from err
        except psycopg.errors.UndefinedTable:
            self._rollback()
            raise UserError("hub.not_initialised") from None

    def _reconnect(self) -> bool:
        """After a dropped connection: connect again, a few times with a pause. False when
        the hub stays away (the caller then says "offline")."""
        import time

        with contextlib.suppress(Exception):
            self.conn.close()
        for pause in RECONNECT_PAUSES:
            time.sleep(pause)
            try:
                self.conn = connect(self.dsn, password=self._password)
                return True
            except UserError as err:
                if err.key != "hub.offline":
                    raise
        return False

    def _persist(self, action: Callable[[], Any]) -> Any:
        """Run one step of a transfer; if the connection drops, connect again and run it
        again (every step can be repeated: it inserts what is missing, reads by number)."""
        import psycopg

        while True:
            try:
                return action()
            except (psycopg.OperationalError, psycopg.InterfaceError):
                if not self._reconnect():
                    raise

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):  # a dead connection has nothing to roll back
            self.conn.rollback()

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self.conn.transaction():
            yield self.conn

    # ------------------------------------------------------------------ the protocol
    def describe(self, device_id: str, name: str = "") -> str:
        return f"hub {self.where}: {device_id}" + (f"/{name}" if name else "")

    def devices(self) -> list[str]:
        rows = self._checked(lambda: self.conn.execute(
            "SELECT device_id FROM begeleider.stream ORDER BY device_id").fetchall())
        self.conn.commit()
        return [r[0] for r in rows]

    def read_manifest(self, device_id: str) -> dict[str, Any] | None:
        row = self._checked(lambda: self.conn.execute(
            "SELECT body FROM begeleider.manifest WHERE device_id = %s", [device_id]).fetchone())
        self.conn.commit()
        if row is None:
            return None
        body = row[0]
        if isinstance(body, str):
            body = json.loads(body)
        if not isinstance(body, dict):
            raise ValueError("not an object")
        return body

    def _register(self, device_id: str) -> None:
        """Our stream exists before anything is written to it (row-level security checks
        that it is ours; another device's id is refused by the database)."""
        self.conn.execute(
            "INSERT INTO begeleider.stream (device_id, role_name, team) "
            "VALUES (%s, session_user, begeleider.my_team()) ON CONFLICT (device_id) DO NOTHING",
            [device_id])

    def write_manifest(self, device_id: str, manifest: dict[str, Any],
                       before_rename: Callable[[], None] | None = None) -> None:
        from psycopg.types.json import Jsonb

        def write() -> None:
            with self._tx():
                self._register(device_id)
                self._must_own(device_id)
                self.conn.execute(
                    "INSERT INTO begeleider.manifest (device_id, body) VALUES (%s, %s) "
                    "ON CONFLICT (device_id) DO UPDATE SET body = excluded.body, updated_at = now()",
                    [device_id, Jsonb(manifest)])
                if before_rename is not None:
                    before_rename()  # the last moment before the new manifest counts

        self._checked(write)

    def _must_own(self, device_id: str) -> None:
        if not self.conn.execute("SELECT begeleider.my_stream(%s)", [device_id]).fetchone()[0]:
            raise UserError("hub.not_own_stream", device=device_id, hub=self.where)

    def list_blobs(self, device_id: str) -> list[BlobInfo]:
        rows = self._checked(lambda: self.conn.execute(
            "SELECT name, size FROM begeleider.blob WHERE device_id = %s AND complete "
            "ORDER BY name", [device_id]).fetchall())
        self.conn.commit()
        return [BlobInfo(name, int(size)) for name, size in rows if sh.BLOB_RE.match(name)]

    def put(self, device_id: str, name: str, local: Path,
            on_half: Callable[[], None] | None = None) -> tuple[str, int]:
        sha, size = _digest(local)
        chunks = (size + CHUNK - 1) // CHUNK
        return self._checked(lambda: self._upload(device_id, name, local, sha, size, chunks, on_half))

    def _upload(self, device_id: str, name: str, local: Path, sha: str, size: int, chunks: int,
                on_half: Callable[[], None] | None) -> tuple[str, int]:
        with self._tx():
            self._register(device_id)
            self._must_own(device_id)
            row = self.conn.execute(
                "SELECT sha256, size, complete FROM begeleider.blob WHERE device_id = %s "
                "AND name = %s", [device_id, name]).fetchone()
            if row is not None and row[2]:
                if row[0] == sha and int(row[1]) == size:
                    return sha, size  # put again after a dropped connection: nothing to do
                raise UserError("hub.blob_exists", name=name, hub=self.where)
            if row is not None and (row[0] != sha or int(row[1]) != size):
                # An unfinished upload of other bytes under this name: start afresh.
                self.conn.execute("DELETE FROM begeleider.blob WHERE device_id = %s AND name = %s",
                                  [device_id, name])
                row = None
            if row is None:
                self.conn.execute(
                    "INSERT INTO begeleider.blob (device_id, name, size, sha256, chunks) "
                    "VALUES (%s, %s, %s, %s, %s)", [device_id, name, size, sha, chunks])
        have = {r[0] for r in self.conn.execute(
            "SELECT n FROM begeleider.chunk WHERE device_id = %s AND name = %s",
            [device_id, name]).fetchall()}
        self.conn.commit()
        half = chunks // 2
        with open(local, "rb") as fh:
            for n in range(chunks):
                data = fh.read(CHUNK)
                if n in have:
                    continue

                def insert(n: int = n, data: bytes = data) -> None:
                    with self._tx():
                        self.conn.execute(
                            "INSERT INTO begeleider.chunk (device_id, name, n, data) "
                            "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                            [device_id, name, n, data])

                self._persist(insert)
                _step("chunk")
                if n + 1 == max(half, 1) and on_half is not None:
                    on_half()
        with self._tx():
            stored = self.conn.execute(
                "SELECT count(*), coalesce(sum(length(data)), 0) FROM begeleider.chunk "
                "WHERE device_id = %s AND name = %s", [device_id, name]).fetchone()
            if int(stored[0]) != chunks or int(stored[1]) != size:
                raise UserError("sync.verify_failed", detail=self.describe(device_id, name))
            self.conn.execute("UPDATE begeleider.blob SET complete = true WHERE device_id = %s "
                              "AND name = %s", [device_id, name])
        _step("complete")
        return sha, size

    def get(self, device_id: str, name: str, dest: Path, *, size: int, sha256: str) -> None:
        self._checked(lambda: self._download(device_id, name, dest, size, sha256))

    def _download(self, device_id: str, name: str, dest: Path, size: int, sha256: str) -> None:
        row = self.conn.execute(
            "SELECT size, chunks FROM begeleider.blob WHERE device_id = %s AND name = %s "
            "AND complete", [device_id, name]).fetchone()
        if row is None:
            self.conn.commit()
            raise BlobError("sync.why_missing")
        if int(row[0]) != size:
            self.conn.commit()
            from ..domain.messages import msg

            raise BlobError("sync.why_size", msg("sync.n_of_bytes", found=int(row[0]), size=size))
        digest = hashlib.sha256()
        written = 0
        with open(dest, "wb") as out:
            # One chunk at a time: a snapshot of hundreds of MB never sits in memory whole.
            for n in range(int(row[1])):
                chunk = self._persist(lambda n=n: self.conn.execute(
                    "SELECT data FROM begeleider.chunk WHERE device_id = %s AND name = %s "
                    "AND n = %s", [device_id, name, n]).fetchone())
                if chunk is None:
                    self.conn.commit()
                    raise BlobError("sync.why_missing")
                data = bytes(chunk[0])
                digest.update(data)
                out.write(data)
                written += len(data)
                _step("download_chunk")
        self.conn.commit()
        if written != size:
            from ..domain.messages import msg

            raise BlobError("sync.why_size", msg("sync.n_of_bytes", found=written, size=size))
        if digest.hexdigest() != sha256:
            raise BlobError("sync.why_checksum")

    def delete(self, device_id: str, name: str) -> None:
        def drop() -> None:
            with self._tx():
                self.conn.execute("DELETE FROM begeleider.blob WHERE device_id = %s AND name = %s",
                                  [device_id, name])

        self._checked(drop)

    def remove_device(self, device_id: str) -> None:
        def drop() -> None:
            with self._tx():
                self.conn.execute("DELETE FROM begeleider.stream WHERE device_id = %s", [device_id])

        self._checked(drop)

    def leftovers(self, device_id: str) -> list[str]:
        """Uploads that never completed (a dropped connection): removed once our own
        publication is done, as a share's temporary files are."""
        rows = self._checked(lambda: self.conn.execute(
            "SELECT name FROM begeleider.blob WHERE device_id = %s AND NOT complete ORDER BY name",
            [device_id]).fetchall())
        self.conn.commit()
        return [r[0] for r in rows]

    def conflicted_copies(self, device_id: str) -> list[Path]:
        return []  # a database has no sync client making second versions of a file


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def sync_with_hub(store: Any, dsn: str, paths: Any, *, device: Any, password: str | None = None,
                  **kwargs: Any) -> Any:
    """One sync through the hub (see `engine.sync` for what a sync does). Only an encrypted
    database may use a hub: its published files are then ciphertext (the team key)."""
    from ..storage.crypto import local_secret, snapshot_key
    from .engine import sync

    if snapshot_key(store.db) is None:
        raise UserError("hub.needs_encryption")
    if password is None:
        password = local_secret(store.db, PASSWORD_SECRET)
    with HubTransport(dsn, password=password) as transport:
        return sync(store, None, paths, device=device, transport=transport,
                    label=f"hub {transport.where}", **kwargs)

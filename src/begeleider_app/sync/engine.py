"""One sync: check identity, merge what colleagues published, publish our own changes.

The working database never lives on the share. Each device writes only its own folder there
(through a ``transport.Transport``): immutable change sets with its own changes since its
previous publication, a snapshot only when the team needs one, and a manifest naming them
with what it has merged of every colleague. Files leave the share when every active colleague
has acknowledged them; no decision compares a laptop's clock with a file's time. See
docs/sync.md for the format and the reasoning.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..config import Device, Paths, Settings
from ..domain.messages import UserError, msg
from ..storage.repository import Store
from . import share as sh
from .conflicts import count_open
from .identity import local_seq, remember_published
from .manifest import Manifest
from .transport import FolderTransport, Transport

Progress = Callable[[float, str], None]
#: Fault-injection point for tests: called with the name of each publish step.
STEP_HOOK: Callable[[str], None] | None = None
#: A colleague whose manifest has not changed for this many days (measured with this device's
#: own clock, from when it saw the manifest change last) no longer holds up removing our files.
SILENT_DAYS = 30


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


@dataclass
class PeerResult:
    device_id: str
    coach_name: str = ""
    seq: int | None = None
    status: str = "unchanged"  # merged | unchanged | skipped | refused
    changes: int = 0
    conflicts: int = 0
    message: str = ""
    source: str = ""  # file name when it came from a conflicted copy
    via: str = ""  # changes | snapshot | legacy: what was merged
    files: int = 0  # files merged from this colleague

    @property
    def incremental(self) -> bool:
        """Merged from change sets only (no snapshot)."""
        return self.via == "changes"

    @property
    def who(self) -> str:
        return self.coach_name or f"{msg('sync.unknown_coach')} ({self.device_id[:8]})"


@dataclass
class SyncReport:
    share: str
    device_id: str = ""
    published_seq: int | None = None
    published_size: int = 0
    publish_error: str = ""
    peers: list[PeerResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflicted_copies: list[str] = field(default_factory=list)
    rekeyed_to: str = ""
    open_conflicts: int = 0
    finished_at: str = ""
    team_id: str = ""
    bytes_read: int = 0  # from the share
    bytes_written: int = 0  # to the share
    published_files: list[str] = field(default_factory=list)
    removed_files: list[str] = field(default_factory=list)
    snapshot_published: bool = False

    @property
    def changes(self) -> int:
        return sum(p.changes for p in self.peers)

    @property
    def new_conflicts(self) -> int:
        return sum(p.conflicts for p in self.peers)

    @property
    def ok(self) -> bool:
        return not self.publish_error

    def lines(self) -> list[str]:
        out = [msg("sync.summary_head", share=self.share)]
        if self.rekeyed_to:
            out.append(msg("sync.rekeyed", new=self.rekeyed_to))
        if self.published_seq is not None:
            out.append(msg("sync.summary_published", seq=self.published_seq, size=self.published_size))
        elif self.publish_error:
            out.append(msg("sync.summary_not_published", reason=self.publish_error))
        merged = [p for p in self.peers if p.status == "merged"]
        for p in merged:
            out.append(msg("sync.summary_peer", who=p.who, changes=_count("changes", p.changes),
                           conflicts=_count("conflicts", p.conflicts)))
        if not merged:
            out.append(msg("sync.summary_nothing"))
        out.extend(msg("sync.warning", text=w) for w in self.warnings)
        out.append(msg("sync.summary_total", changes=_count("changes", self.changes),
                       conflicts=self.open_conflicts))
        return out

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SyncReport:
        raw = json.loads(text)
        known = set(PeerResult.__dataclass_fields__)
        raw["peers"] = [PeerResult(**{k: v for k, v in p.items() if k in known})
                        for p in raw.get("peers", [])]
        return cls(**{k: v for k, v in raw.items() if k in cls.__dataclass_fields__})


def _count(what: str, n: int) -> str:
    return msg(f"sync.n_{what}_1") if n == 1 else msg(f"sync.n_{what}", n=n)


# ---------------------------------------------------------------------------- local state

class SyncState:
    """Key/value rows in ``sync_state``: this database's sync identity and publications."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, **values: Any) -> None:
        with self.db.atomic():
            for key, value in values.items():
                if value is None:
                    self.db.execute("DELETE FROM sync_state WHERE key = ?", [key])
                else:
                    self.db.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                                    [key, json.dumps(value)])

    def reset(self, device_id: str) -> None:
        """A new lineage: this database now publishes as ``device_id`` from the start, with
        a snapshot first (its records may be in nobody's change set under this id)."""
        self.set(device_id=device_id, db_instance=uuid.uuid4().hex, own=None, pending=None,
                 heartbeat=None, heartbeat_pending=None, last=None, joined_empty=None)

    def own_seq(self) -> int:
        """The newest publication number this database used (a reserved one included, and a
        format-1 snapshot's number from before this version)."""
        return local_seq({key: self.get(key) for key in ("own", "pending", "last")})


def last_sync(store: Store) -> SyncReport | None:
    """The report of the last completed sync of this database, if any."""
    try:
        text = SyncState(store).get("last_report")
    except Exception:  # noqa: BLE001 - a database without the sync tables has no report
        return None
    return SyncReport.from_json(text) if text else None


# ---------------------------------------------------------------------------- identity

def check_identity(store: Store, transport: Transport | Path, paths: Paths, device: Device) -> str:
    """Make sure no other installation or database publishes under our device id.

    A database copied from another installation starts a new lineage under our id. When the
    share's manifest for our id was not written from this database (a copied installation),
    this installation takes a new device id: two writers must never share one. Returns the new
    id, or "" when nothing changed.
    """
    if isinstance(transport, Path):
        transport = FolderTransport(transport)
    state = SyncState(store)
    if state.get("device_id") != store.device_id:
        state.reset(store.device_id)
    try:
        raw = transport.read_manifest(store.device_id)
        manifest = Manifest.from_dict(raw) if raw is not None else None
    except (OSError, ValueError, KeyError, TypeError, UserError):
        return ""  # unreadable: our next publish replaces it
    if manifest is None or _wrote_it(state, manifest):
        return ""
    new_id = uuid.uuid4().hex
    device.device_id = new_id
    device.save(paths)
    store.device_id = new_id
    state.reset(new_id)
    store.audit("sync-rekey", detail=f"new device id {new_id}")
    return new_id


def _wrote_it(state: SyncState, manifest: Manifest) -> bool:
    """Was the share's manifest for our id written from this database?"""
    if manifest.db_instance != state.get("db_instance"):
        return False
    if manifest.legacy:  # written by this installation before it used change sets
        return manifest.seq in {int(s["seq"]) for s in (state.get("last"), state.get("pending"))
                                if isinstance(s, dict)}
    return manifest.heartbeat in {state.get("heartbeat"), state.get("heartbeat_pending")}


# ---------------------------------------------------------------------------- one sync

def sync(store: Store, share: str | Path | None, paths: Paths, *, device: Device,
         coach_name: str = "", progress: Progress | None = None, do_publish: bool = True,
         wait: float = 0, transport: Transport | None = None, silent_days: float | None = None,
         label: str | None = None) -> SyncReport:
    """Merge what colleagues published that this database has not merged yet, then publish
    our own changes (and rewrite our files after an erasure), then remove what is no longer
    needed.

    One sync at a time per installation: a second one raises UserError("sync.already_running")
    (or waits ``wait`` seconds for the first). Raises UserError when the share cannot be used
    at all (nothing changed then); problems with single files are warnings in the report, and
    the local database is untouched by them.
    """
    from filelock import FileLock, Timeout

    if transport is None:
        if share is None:
            raise UserError("sync.no_share")
        share = Path(share)
        if store.path is not None and sh.inside(store.path, share):
            raise UserError("sync.db_in_share", path=store.path)
        transport = FolderTransport(share)
    where = label or str(share)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(paths.data_dir / "sync.lock"))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise UserError("sync.already_running") from None
    try:
        return _sync(store, where, paths, device=device, coach_name=coach_name,
                     progress=progress, do_publish=do_publish, transport=transport,
                     silent_days=silent_days)
    finally:
        lock.release()


def _sync(store: Store, where: str, paths: Paths, *, device: Device, coach_name: str,
          progress: Progress | None, do_publish: bool, transport: Transport,
          silent_days: float | None) -> SyncReport:
    from .importer import Importer
    from .publisher import Publisher

    notify = progress or (lambda _f, _t: None)
    if isinstance(transport, FolderTransport):
        sh.check_reachable(transport.share)
    report = SyncReport(share=where)
    report.rekeyed_to = check_identity(store, transport, paths, device)
    report.device_id = store.device_id
    coach_name = coach_name or device.coach_name
    if silent_days is None:
        silent_days = _silent_days(paths)
    tmp_dir = paths.data_dir / "sync-tmp"
    shutil.rmtree(tmp_dir, ignore_errors=True)  # what a killed sync left (we hold the lock)
    tmp_dir.mkdir(parents=True, exist_ok=True)
    state = SyncState(store)
    _start_log(store, state)
    try:
        importer = Importer(store, transport, report, state, tmp_dir, device=device,
                            silent_days=silent_days, notify=notify)
        importer.run()
        report.team_id = importer.team_id
        if do_publish:
            notify(0.9, "publish")
            try:
                publisher = Publisher(store, transport, report, state, tmp_dir, importer,
                                      device=device, paths=paths, coach_name=coach_name, step=_step)
                publisher.run()
                if report.published_seq is not None:
                    remember_published(device, paths, state.get("db_instance"), report.published_seq)
            except UserError as err:
                report.publish_error = err.message()
            except OSError as err:
                report.publish_error = msg("sync.unreachable", path=where, detail=err.strerror or err)
        report.open_conflicts = count_open(store.db)
        report.finished_at = store.now()
        state.set(last_report=report.to_json(), last_sync_at=report.finished_at)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    notify(1.0, "done")
    return report


def _start_log(store: Store, state: SyncState) -> None:
    """From the first sync on, every change is logged (the change-log triggers wait for the
    ``published`` key); whether the database held records before is remembered then: such a
    database publishes a snapshot first, an empty one only change sets."""
    conn = store.db.conn
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM sync_state WHERE key = 'published'").fetchone() is None:
            from ..domain.fields import ENTITIES

            had_records = any(conn.execute(f"SELECT 1 FROM [{name}] LIMIT 1").fetchone()
                              for name in ENTITIES)
            conn.execute("INSERT INTO sync_state (key, value) VALUES ('published', '[]')")
            conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES "
                         "('joined_empty', ?)", [json.dumps(not had_records)])
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _silent_days(paths: Paths) -> float:
    try:
        return float(Settings.load(paths).extra.get("sync_silent_days", SILENT_DAYS))
    except (TypeError, ValueError):
        return float(SILENT_DAYS)

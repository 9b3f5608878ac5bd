"""One sync: check identity, import colleagues' snapshots, publish our own, prune.

The working database never lives on the share. Each device writes only its own folder there:
a consistent copy (``VACUUM INTO`` a local temp file, fsync, integrity check), copied to a
temporary name on the share, fsynced and renamed, and then a manifest naming it (sequence,
checksum, size, schema version, device, coach). A reader takes only what a manifest names and
what matches it, so a publisher that dies at any step leaves nothing another device accepts.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..config import Device, Paths
from ..domain.messages import UserError, msg
from ..storage.database import DatabaseOpenError, inspect_file
from ..storage.migrations import SCHEMA_VERSION
from ..storage.repository import Store
from . import share as sh
from .conflicts import count_open
from .identity import remember_published
from .merge import change_mark, fill_history_uids, incremental_plan, merge_snapshot

GRACE_SECONDS = 24 * 3600
#: Publications remembered in the log our snapshots carry; a colleague who last merged an older
#: one than these merges our next snapshot in full (correct, only slower).
PUBLISHED_LOG = 50
Progress = Callable[[float, str], None]
#: Fault-injection point for tests: called with the name of each publish step.
STEP_HOOK: Callable[[str], None] | None = None


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
    incremental: bool = False  # merged only what changed since the snapshot merged before

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
        raw["peers"] = [PeerResult(**p) for p in raw.get("peers", [])]
        return cls(**raw)


def _count(what: str, n: int) -> str:
    return msg(f"sync.n_{what}_1") if n == 1 else msg(f"sync.n_{what}", n=n)


# ---------------------------------------------------------------------------- local state

class SyncState:
    """Key/value rows in ``sync_state``: this database's sync identity and publish sequence."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, **values: Any) -> None:
        with self.db.atomic():
            for key, value in values.items():
                self.db.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                                [key, json.dumps(value)])

    def reset(self, device_id: str) -> None:
        """A new lineage: this database now publishes as ``device_id`` from sequence 1."""
        self.set(device_id=device_id, db_instance=uuid.uuid4().hex, last=None, pending=None,
                 published=[])

    def next_seq(self) -> int:
        seqs = [int(s["seq"]) for s in (self.get("last"), self.get("pending")) if s]
        return max(seqs, default=0) + 1


def last_sync(store: Store) -> SyncReport | None:
    """The report of the last completed sync of this database, if any."""
    try:
        text = SyncState(store).get("last_report")
    except Exception:  # noqa: BLE001 - a database without the sync tables has no report
        return None
    return SyncReport.from_json(text) if text else None


# ---------------------------------------------------------------------------- identity

def check_identity(store: Store, share: Path, paths: Paths, device: Device) -> str:
    """Make sure no other installation or database publishes under our device id.

    A database copied from another installation starts a new lineage under our id. When the
    share's manifest for our id was not written from this database (a copied installation,
    or a restored older backup), this installation takes a new device id: two writers must
    never share one. Returns the new id, or "" when nothing changed.
    """
    state = SyncState(store)
    if state.get("device_id") != store.device_id:
        state.reset(store.device_id)
    path = sh.device_dir(share, store.device_id) / sh.MANIFEST
    if not path.exists():
        return ""
    try:
        manifest = sh.read_manifest(path)
    except (OSError, ValueError, KeyError):
        return ""  # unreadable: our next publish replaces it
    mine = {(s["seq"], s["sha"]) for s in (state.get("last"), state.get("pending")) if s}
    if manifest.db_instance == state.get("db_instance") and (manifest.seq, manifest.sha256) in mine:
        if state.get("pending"):
            state.set(last={"seq": manifest.seq, "sha": manifest.sha256}, pending=None)
        return ""
    new_id = uuid.uuid4().hex
    device.device_id = new_id
    device.save(paths)
    store.device_id = new_id
    state.reset(new_id)
    store.audit("sync-rekey", detail=f"new device id {new_id}")
    return new_id


# ---------------------------------------------------------------------------- publish

def publish(store: Store, share: Path, paths: Paths, *, coach_name: str = "",
            grace_seconds: float = GRACE_SECONDS) -> sh.Manifest:
    state = SyncState(store)
    seq = state.next_seq()
    tmp_dir = paths.data_dir / "sync-tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    local = tmp_dir / f"publish-{seq}.sqlite"
    local.unlink(missing_ok=True)
    conn = store.db.conn
    if conn.in_transaction:
        conn.commit()
    # IMMEDIATE: take the write lock first, so the window's own saves wait for us instead of
    # making this read-then-write transaction fail half-way.
    conn.execute("BEGIN IMMEDIATE")
    try:
        # From here on every change is logged (the change-log triggers wait for this key), so
        # nothing written after the mark below can be missing from the log.
        conn.execute("INSERT OR IGNORE INTO sync_state (key, value) VALUES ('published', '[]')")
        fill_history_uids(conn)
        conn.execute(
            "INSERT INTO sync_peer (device_id, coach_name) VALUES (?, ?) ON CONFLICT(device_id) "
            "DO UPDATE SET coach_name = excluded.coach_name", [store.device_id, coach_name])
        # Every change logged up to here is in the copy below (taken after this commit);
        # later ones may be too, and are read again next time: a low mark is always safe.
        mark = change_mark(conn)
        # An incremental import of this snapshot starts after the mark of a publication in
        # its log, never before the oldest one: older entries will never be read again. With
        # an empty log no import of it is incremental, and the next one starts after ``mark``.
        log = state.get("published", [])
        conn.execute("DELETE FROM sync_change WHERE seq <= ?",
                     [int(log[0]["mark"]) if log else mark])
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    # A consistent, compact copy of the live database (readers and the WAL are no problem).
    store.db.execute("VACUUM INTO ?", [str(local)])
    from ..storage import crypto  # encryption hook (docs/security.md): team key, no secrets

    crypto.prepare_snapshot(store.db, local)
    _step("copied")
    sh.fsync_file(local)
    size = local.stat().st_size
    folder = sh.device_dir(share, store.device_id)
    folder.mkdir(parents=True, exist_ok=True)
    name = sh.snapshot_name(seq)
    part = folder / f".{name}.part"
    # The full integrity check of the copy runs while the copy goes to the share under a
    # temporary name no reader takes; only a copy that passed is renamed and named in a
    # manifest (a failed check removes the temporary file). Nothing published is unchecked,
    # and on two cores the check no longer waits for the share, nor the share for the check.
    key = crypto.snapshot_key(store.db)
    # Imported here: concurrent.futures (and logging with it) costs 40 ms of every start,
    # where this module is loaded for the sync menu but nothing is published yet.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        checking = pool.submit(inspect_file, local, quick=False, key=key)
        try:
            sh.retrying(lambda: part.unlink(missing_ok=True), part)
            # The checksum of the bytes written, computed while copying (one read of the copy).
            sha = sh.retrying(
                lambda: sh.copy_file(local, part, on_half=lambda: _step("copy_half")), part)
        finally:
            try:
                version = checking.result()
            except DatabaseOpenError as err:
                local.unlink(missing_ok=True)
                part.unlink(missing_ok=True)
                raise UserError("sync.verify_failed", detail=err.message()) from None
    _step("verified")
    written = part.stat().st_size
    if written != size:  # the share accepted fewer bytes than it was given
        part.unlink(missing_ok=True)
        raise UserError("sync.verify_failed", detail=f"{part.name}: {written} != {size}")
    _step("copied_to_share")
    sh.retrying(lambda: os.replace(part, folder / name), folder / name)
    sh.fsync_dir(folder)
    _step("renamed")
    # The publication log travels in our next snapshots: a colleague who merged this one can
    # then merge only what changed after ``mark`` (docs/sync.md, "Incremental import").
    entry = {"seq": seq, "sha": sha, "mark": mark}
    state.set(pending=entry, published=[*state.get("published", [])[-(PUBLISHED_LOG - 1):], entry])
    _step("pending")
    manifest = sh.Manifest(
        device_id=store.device_id, coach_name=coach_name, seq=seq, file=name, sha256=sha,
        size=size, schema_version=version, db_instance=state.get("db_instance"),
        published_at=store.now())
    sh.atomic_write_text(folder / sh.MANIFEST, manifest.to_json(),
                         before_rename=lambda: _step("manifest_temp"))
    _step("manifest_written")
    state.set(last=entry, pending=None)
    local.unlink(missing_ok=True)
    prune(folder, keep=name, grace_seconds=grace_seconds)
    return manifest


def prune(folder: Path, *, keep: str, grace_seconds: float, now: float | None = None) -> list[Path]:
    """Remove our older snapshots and leftovers once no reader can still be copying them."""
    now = time.time() if now is None else now
    removed = []
    for path in folder.iterdir():
        if path.name in (keep, sh.MANIFEST) or sh.is_conflicted_name(path.name):
            continue
        if not (sh.SNAPSHOT_RE.match(path.name) or path.name.endswith(".part")):
            continue
        try:
            if now - path.stat().st_mtime >= grace_seconds:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


# ---------------------------------------------------------------------------- import

class Importer:
    def __init__(self, store: Store, paths: Paths, report: SyncReport) -> None:
        self.store = store
        self.report = report
        self.tmp_dir = paths.data_dir / "sync-tmp"
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def peer_row(self, device_id: str) -> dict[str, Any]:
        rows = list(self.store.db["sync_peer"].rows_where("device_id = ?", [device_id]))
        return rows[0] if rows else {}

    def import_peer(self, folder: Path) -> PeerResult | None:
        device_id = folder.name
        path = folder / sh.MANIFEST
        if not path.exists():
            return None
        known = self.peer_row(device_id)
        result = PeerResult(device_id, coach_name=known.get("coach_name") or "")
        try:
            manifest = sh.retrying(lambda: sh.read_manifest(path), path)
            if manifest.device_id != device_id:
                raise ValueError(f"device {manifest.device_id} in folder {device_id}")
        except UserError as err:  # held by a sync client even after the retries
            return self._skip(result, "skipped", err.message())
        except (OSError, ValueError, KeyError, TypeError) as err:
            return self._skip(result, "skipped", msg("sync.skip_manifest", who=result.who, detail=err))
        result.coach_name = manifest.coach_name or result.coach_name
        result.seq = manifest.seq
        if manifest.schema_version > SCHEMA_VERSION:
            return self._skip(result, "refused", msg(
                "sync.skip_newer", who=result.who, found=manifest.schema_version, known=SCHEMA_VERSION))
        last_seq = known.get("last_seq") or 0
        if manifest.seq < last_seq:
            return self._skip(result, "skipped", msg(
                "sync.skip_stale", who=result.who, seq=manifest.seq, known=last_seq))
        if manifest.seq == last_seq and manifest.sha256 == known.get("last_sha"):
            return result  # nothing new
        if not sh.SNAPSHOT_RE.match(manifest.file):
            return self._skip(result, "skipped", msg("sync.skip_bad", who=result.who, detail=manifest.file))
        since = (int(last_seq), str(known["last_sha"])) if last_seq and known.get("last_sha") else None
        self._merge_file(result, folder / manifest.file, manifest, since=since)
        if result.status == "merged":
            self._remember(device_id, result.coach_name, manifest.seq, manifest.sha256)
        return result

    def _merge_file(self, result: PeerResult, source: Path, manifest: sh.Manifest | None,
                    since: tuple[int, str] | None = None) -> None:
        """Verify a snapshot on a local copy and merge it; on any doubt skip with a warning.

        ``since``: (sequence, checksum) of the snapshot of this device folder merged last.
        """
        local = self.tmp_dir / f"import-{result.device_id}-{uuid.uuid4().hex[:8]}.sqlite"
        try:
            try:
                size = source.stat().st_size
                if manifest is not None and size != manifest.size:
                    raise _Skip(msg("sync.skip_incomplete", who=result.who,
                                    detail=f"{size} van {manifest.size} bytes"))
                digest = sh.retrying(lambda: sh.copy_and_hash(source, local), source)
            except OSError as err:
                raise _Skip(msg("sync.skip_incomplete", who=result.who, detail=err.strerror or err)) from None
            except UserError as err:
                raise _Skip(err.message()) from None
            if manifest is not None:
                if local.stat().st_size != manifest.size:
                    raise _Skip(msg("sync.skip_incomplete", who=result.who,
                                    detail=f"{local.stat().st_size} van {manifest.size} bytes"))
                if digest != manifest.sha256:
                    raise _Skip(msg("sync.skip_checksum", who=result.who))
            from ..storage.crypto import snapshot_key

            key = snapshot_key(self.store.db)
            plan = None
            if manifest is not None and since is not None:
                # A snapshot that descends from the one we merged last: only the b-trees the
                # incremental merge reads are checked (docs/sync.md, "Incremental import").
                plan = incremental_plan(local, since, key=key)
            try:
                # With a matching checksum these are the very bytes the publisher checked in
                # full (integrity_check), so a quick check suffices; a conflicted copy has no
                # checksum and is checked in full.
                if plan is None:
                    inspect_file(local, quick=manifest is not None, key=key)
            except DatabaseOpenError as err:
                if err.key == "db.newer_schema":
                    raise _Skip(msg("sync.skip_newer", who=result.who, found=err.kwargs.get("found"),
                                    known=SCHEMA_VERSION), "refused") from None
                raise _Skip(msg("sync.skip_bad", who=result.who, detail=err.message())) from None
            stats = merge_snapshot(self.store.db, local, device_id=self.store.device_id,
                                   now=self.store.now(), source=result.who, plan=plan)
            result.incremental = stats.incremental
            result.status = "merged"
            result.changes += stats.changes
            result.conflicts += stats.conflicts
        except _Skip as skip:
            self._skip(result, skip.status, skip.text)
        finally:
            local.unlink(missing_ok=True)

    def _skip(self, result: PeerResult, status: str, text: str) -> PeerResult:
        result.status = status
        result.message = text
        self.report.warnings.append(text)
        return result

    def _remember(self, device_id: str, coach: str, seq: int, sha: str) -> None:
        self.store.db.execute(
            "INSERT INTO sync_peer (device_id, coach_name, last_seq, last_sha, last_sync_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET "
            "coach_name = coalesce(nullif(excluded.coach_name, ''), coach_name), "
            "last_seq = excluded.last_seq, last_sha = excluded.last_sha, "
            "last_sync_at = excluded.last_sync_at",
            [device_id, coach, seq, sha, self.store.now()])
        self.store.db.conn.commit()

    def conflicted_copies(self, folder: Path, seen: set[str]) -> list[PeerResult]:
        """Second versions a sync client made of a file: merged when valid, always reported."""
        results = []
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or not sh.is_conflicted_name(path.name):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            key = f"{folder.name}/{path.name}:{st.st_size}:{st.st_mtime_ns}"
            if key in seen:
                continue
            seen.add(key)
            result = PeerResult(folder.name, source=path.name)
            result.coach_name = self.peer_row(folder.name).get("coach_name") or ""
            manifest = None
            source = path
            if path.suffix == ".json":
                try:
                    manifest = sh.read_manifest(path)
                    source = folder / manifest.file
                    if not sh.SNAPSHOT_RE.match(manifest.file) and not sh.is_conflicted_name(manifest.file):
                        raise ValueError(manifest.file)
                except (OSError, ValueError, KeyError, TypeError):
                    manifest = None
                    source = None  # type: ignore[assignment]
            elif path.suffix != ".sqlite":
                continue
            if source is not None:
                self._merge_file(result, source, manifest)
            else:
                result.status = "skipped"
            what = msg("sync.copy_merged") if result.status == "merged" else msg("sync.copy_invalid")
            self.report.conflicted_copies.append(msg("sync.conflicted_copy", name=path.name, what=what))
            results.append(result)
        return results


class _Skip(Exception):
    def __init__(self, text: str, status: str = "skipped") -> None:
        super().__init__(text)
        self.text = text
        self.status = status


# ---------------------------------------------------------------------------- one sync

def sync(store: Store, share: str | Path, paths: Paths, *, device: Device, coach_name: str = "",
         progress: Progress | None = None, do_publish: bool = True,
         grace_seconds: float = GRACE_SECONDS) -> SyncReport:
    """Import every colleague's newest complete snapshot, then publish ours.

    Raises UserError when the share cannot be used at all (nothing changed then); problems
    with single snapshots are warnings in the report, and the local database is untouched.
    """
    share = Path(share)
    notify = progress or (lambda _f, _t: None)
    if store.path is not None and sh.inside(store.path, share):
        raise UserError("sync.db_in_share", path=store.path)
    sh.check_reachable(share)
    report = SyncReport(share=str(share))
    report.rekeyed_to = check_identity(store, share, paths, device)
    report.device_id = store.device_id
    coach_name = coach_name or device.coach_name
    tmp_dir = paths.data_dir / "sync-tmp"
    shutil.rmtree(tmp_dir, ignore_errors=True)
    importer = Importer(store, paths, report)
    state = SyncState(store)
    seen = set(state.get("seen_copies", []))
    folders = sh.device_folders(share)
    for i, folder in enumerate(folders):
        notify(i / (len(folders) + 1), folder.name)
        if folder.name != store.device_id:
            result = importer.import_peer(folder)
            if result is not None:
                report.peers.append(result)
        report.peers.extend(importer.conflicted_copies(folder, seen))
    state.set(seen_copies=sorted(seen))
    if do_publish:
        notify(len(folders) / (len(folders) + 1), "publish")
        try:
            manifest = publish(store, share, paths, coach_name=coach_name, grace_seconds=grace_seconds)
            report.published_seq, report.published_size = manifest.seq, manifest.size
            remember_published(device, paths, manifest.db_instance, manifest.seq)
        except UserError as err:
            report.publish_error = err.message()
        except OSError as err:
            report.publish_error = msg("sync.unreachable", path=share, detail=err.strerror or err)
    report.open_conflicts = count_open(store.db)
    report.finished_at = store.now()
    state.set(last_report=report.to_json(), last_sync_at=report.finished_at)
    shutil.rmtree(tmp_dir, ignore_errors=True)
    notify(1.0, "done")
    return report

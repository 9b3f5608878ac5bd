"""Merging what colleagues published: their change sets in order, a snapshot when needed.

Per colleague this database knows a *position*: up to which of that colleague's publications
(of one database lineage) it has merged everything. A change set covers the colleague's own
changes after publication ``base`` up to ``seq``; it may be merged from any position between
the two (merging is idempotent). When no chain of change sets leads from our position to the
colleague's newest publication (we are new, or were silent while its files were removed, or a
file is damaged), a snapshot is merged: the whole database of one device, which also tells up
to where it had merged every other device (``coverage``), so one snapshot lets us continue
every colleague's chain from there. Every file is checked (size, SHA-256, integrity, schema)
on a local copy, attached read-only, and re-identified inside the merge's transaction before
the new position is recorded in that same transaction.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..config import Device
from ..domain.messages import UserError, msg
from ..storage.database import DatabaseOpenError, inspect_file
from ..storage.migrations import SCHEMA_VERSION
from ..storage.repository import Store
from . import files as fl
from . import share as sh
from .engine import PeerResult, SyncReport, SyncState
from .manifest import CHANGES, LEGACY, FileEntry, Manifest
from .merge import MergeRefused, merge_snapshot
from .transport import BlobError, FolderTransport, Transport


@dataclass
class Peer:
    """What this database knows of one colleague (table ``sync_peer``)."""

    device_id: str
    coach_name: str = ""
    seq: int = 0  # position: merged everything up to this publication
    instance: str = ""  # of this lineage
    sha: str = ""  # format 1: the checksum of the snapshot merged
    heartbeat: int | None = None
    seen_at: str = ""


def load_peers(store: Store) -> dict[str, Peer]:
    rows = store.db.execute("SELECT device_id, coalesce(coach_name, ''), coalesce(last_seq, 0), "
                            "coalesce(instance, ''), coalesce(last_sha, ''), heartbeat, "
                            "coalesce(seen_at, '') FROM sync_peer").fetchall()
    return {r[0]: Peer(*r) for r in rows}


class _Skip(Exception):
    def __init__(self, text: str, status: str = "skipped") -> None:
        super().__init__(text)
        self.text = text
        self.status = status


class Importer:
    """Reads every colleague's manifest and merges what is new (see the module docstring)."""

    def __init__(self, store: Store, transport: Transport, report: SyncReport, state: SyncState,
                 tmp_dir: Path, *, device: Device, silent_days: float,
                 notify: Callable[[float, str], None]) -> None:
        self.store = store
        self.transport = transport
        self.report = report
        self.state = state
        self.tmp_dir = tmp_dir
        self.device = device
        self.silent_days = silent_days
        self.notify = notify
        self.manifests: dict[str, Manifest] = {}  # accepted colleagues (ours excluded)
        self.results: dict[str, PeerResult] = {}
        self.peers = load_peers(store)
        self.needs: dict[str, int] = {}  # colleague -> position we are stuck at
        self.stale: set[str] = set()  # manifests older than what we merged (a restored copy)
        self.team_id: str = state.get("team_id") or ""

    # ------------------------------------------------------------------ manifests
    def run(self) -> None:
        me = self.store.device_id
        devices = [d for d in self.transport.devices() if d != me]
        read: dict[str, Manifest] = {}
        for device_id in devices:
            manifest = self._read(device_id)
            if manifest is not None:
                read[device_id] = manifest
        self._choose_team(read)
        for device_id, manifest in read.items():
            if self._accept(device_id, manifest):
                self.manifests[device_id] = manifest
        self._import()
        self._conflicted_copies()

    def result(self, device_id: str) -> PeerResult:
        if device_id not in self.results:
            peer = self.peers.get(device_id)
            self.results[device_id] = PeerResult(device_id, coach_name=peer.coach_name if peer else "")
            self.report.peers.append(self.results[device_id])
        return self.results[device_id]

    def _warn(self, result: PeerResult, status: str, text: str) -> None:
        result.status = status
        result.message = text
        self.report.warnings.append(text)

    def _read(self, device_id: str) -> Manifest | None:
        where = self.transport.describe(device_id)
        try:
            raw = self.transport.read_manifest(device_id)
            if raw is None:
                if self.transport.list_blobs(device_id):
                    # Data files without a manifest: being copied by a sync client, or damaged.
                    self.report.warnings.append(msg("sync.no_manifest", path=where))
                return None
            manifest = Manifest.from_dict(raw)
            if manifest.device_id != device_id:
                raise ValueError(msg("sync.manifest_other_device", found=manifest.device_id))
        except UserError as err:  # held by a sync client even after the retries
            self._warn(self.result(device_id), "skipped", err.message())
            return None
        except (OSError, ValueError, KeyError, TypeError, IndexError) as err:
            self._warn(self.result(device_id), "skipped",
                       msg("sync.skip_manifest", who=self.result(device_id).who, path=where, detail=err))
            return None
        return manifest

    def _choose_team(self, read: dict[str, Manifest]) -> None:
        """A device without a team takes the team of the share (the one most colleagues'
        manifests name); the first device to publish on an empty share starts one."""
        if self.team_id:
            return
        teams = Counter(m.team_id for m in read.values()
                        if not m.legacy and m.team_id and not m.retired)
        if teams:
            best = max(teams.items(), key=lambda kv: (kv[1], kv[0]))[0]
            self.team_id = best
            self.state.set(team_id=best)

    def _accept(self, device_id: str, manifest: Manifest) -> bool:
        result = self.result(device_id)
        result.coach_name = manifest.coach_name or result.coach_name
        result.seq = manifest.seq
        where = self.transport.describe(device_id)
        if not manifest.legacy and manifest.team_id and manifest.team_id != self.team_id:
            self._warn(result, "refused", msg("sync.other_team", who=result.who, path=where))
            return False
        if manifest.schema_version > SCHEMA_VERSION:
            self._warn(result, "refused", msg("sync.skip_newer", who=result.who,
                                               found=manifest.schema_version, known=SCHEMA_VERSION))
            return False
        self._seen(device_id, manifest)
        return True

    def _seen(self, device_id: str, manifest: Manifest) -> None:
        """Remember when (this device's clock) the colleague's manifest last changed."""
        peer = self.peers.setdefault(device_id, Peer(device_id))
        if manifest.legacy or peer.heartbeat == manifest.heartbeat:
            return
        peer.heartbeat, peer.seen_at = manifest.heartbeat, self.store.now()
        self.store.db.execute(
            "INSERT INTO sync_peer (device_id, coach_name, heartbeat, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET heartbeat = excluded.heartbeat, "
            "seen_at = excluded.seen_at", [device_id, manifest.coach_name, peer.heartbeat, peer.seen_at])
        self.store.db.conn.commit()

    def silent(self, device_id: str) -> bool:
        """Has this colleague's manifest stayed the same for the silence period?"""
        peer = self.peers.get(device_id)
        if peer is None or not peer.seen_at:
            return False
        try:
            seen = datetime.strptime(peer.seen_at, "%Y-%m-%dT%H:%M:%S.%fZ")
            now = datetime.strptime(self.store.now(), "%Y-%m-%dT%H:%M:%S.%fZ")
        except ValueError:
            return False
        return now - seen >= timedelta(days=self.silent_days)

    # ------------------------------------------------------------------ positions
    def position(self, device_id: str) -> int:
        peer = self.peers.get(device_id)
        manifest = self.manifests.get(device_id)
        if peer is None or manifest is None or peer.instance != manifest.db_instance:
            return 0  # another lineage under this id starts from nothing
        return peer.seq

    @staticmethod
    def chain(manifest: Manifest, position: int) -> list[FileEntry] | None:
        """The change sets that lead from ``position`` to the newest publication, or None."""
        steps: list[FileEntry] = []
        at = position
        changes = manifest.changes()
        while at < manifest.seq:
            fitting = [f for f in changes if f.base <= at < f.seq]
            if not fitting:
                return None
            step = max(fitting, key=lambda f: f.seq)
            steps.append(step)
            at = step.seq
        return steps

    def _record(self, device_id: str, instance: str, seq: int, sha: str = "") -> Callable[[Any], None]:
        coach = self.manifests[device_id].coach_name if device_id in self.manifests else ""
        now = self.store.now()

        def record(conn: Any) -> None:
            conn.execute(
                "INSERT INTO main.sync_peer (device_id, coach_name, last_seq, last_sha, "
                "last_sync_at, instance) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE "
                "SET coach_name = coalesce(nullif(excluded.coach_name, ''), coach_name), "
                "last_seq = excluded.last_seq, last_sha = excluded.last_sha, "
                "last_sync_at = excluded.last_sync_at, instance = excluded.instance",
                [device_id, coach, seq, sha, now, instance])

        return record

    def _moved(self, device_id: str, instance: str, seq: int, sha: str = "") -> None:
        peer = self.peers.setdefault(device_id, Peer(device_id))
        peer.instance, peer.seq, peer.sha = instance, seq, sha

    # ------------------------------------------------------------------ merging
    def _import(self) -> None:
        legacy = {d: m for d, m in self.manifests.items() if m.legacy}
        for device_id, manifest in legacy.items():
            self._import_legacy(device_id, manifest)
        current = {d: m for d, m in self.manifests.items() if not m.legacy}
        for device_id, manifest in current.items():
            peer = self.peers.get(device_id)
            if peer and peer.instance == manifest.db_instance and manifest.seq < peer.seq:
                self.stale.add(device_id)
                result = self.result(device_id)
                self._warn(result, "skipped", msg("sync.skip_stale", who=result.who,
                                                   seq=manifest.seq, known=peer.seq))
        for _round in range(3):  # each snapshot merged lets chains continue from its coverage
            gaps = {d for d, m in current.items()
                    if self.position(d) < m.seq and self.chain(m, self.position(d)) is None
                    and not self._stale(d)}
            if not gaps:
                break
            snapshot = self._best_snapshot(gaps)
            if snapshot is None:
                break
            owner, entry = snapshot
            if not self._merge_snapshot(owner, entry):
                break
        total = max(1, len(current))
        for i, (device_id, manifest) in enumerate(sorted(current.items())):
            self.notify(0.1 + 0.8 * i / total, device_id)
            if self._stale(device_id):
                continue
            steps = self.chain(manifest, self.position(device_id))
            if steps is None:
                position = self.position(device_id)
                self.needs[device_id] = position
                result = self.result(device_id)
                if result.status != "skipped":
                    self._warn(result, "skipped", msg("sync.gap", who=result.who))
                continue
            for step in steps:
                if not self._merge_changes(device_id, manifest, step):
                    self.needs[device_id] = self.position(device_id)
                    break

    def _stale(self, device_id: str) -> bool:
        return device_id in self.stale

    def _best_snapshot(self, gaps: set[str]) -> tuple[str, FileEntry] | None:
        best: tuple[tuple[int, int, str], str, FileEntry] | None = None
        for owner, manifest in self.manifests.items():
            entry = manifest.snapshot()
            if entry is None or manifest.legacy:
                continue
            helps = 0
            for device_id in gaps:
                target = self.manifests[device_id]
                covered = entry.covers(device_id, target.db_instance)
                if covered > self.position(device_id) and self.chain(target, covered) is not None:
                    helps += 1
            rank = (helps, entry.generation, owner)
            if helps and (best is None or rank > best[0]):
                best = (rank, owner, entry)
        return (best[1], best[2]) if best else None

    def _fetch(self, device_id: str, entry: FileEntry, result: PeerResult) -> Path:
        local = self.tmp_dir / f"import-{uuid.uuid4().hex[:12]}.sqlite"
        where = self.transport.describe(device_id, entry.file)
        try:
            self.transport.get(device_id, entry.file, local, size=entry.size, sha256=entry.sha256)
        except BlobError as err:
            local.unlink(missing_ok=True)
            if err.reason == "sync.why_missing":
                raise _Skip(msg("sync.skip_missing", who=result.who, path=where)) from None
            reason = msg(err.reason, detail=err.detail) if err.detail else msg(err.reason)
            key = "sync.skip_checksum" if err.reason == "sync.why_checksum" else "sync.skip_incomplete"
            raise _Skip(msg(key, who=result.who, path=where, detail=reason)) from None
        except UserError as err:
            local.unlink(missing_ok=True)
            raise _Skip(err.message()) from None
        self.report.bytes_read += entry.size
        return local

    def _check(self, local: Path, entry: FileEntry, result: PeerResult, where: str) -> None:
        from ..storage.crypto import snapshot_key

        try:
            # A change set is small: checked in full. A snapshot's checksum proves these are
            # the bytes its publisher checked in full, so a quick check suffices.
            inspect_file(local, quick=entry.kind != CHANGES, key=snapshot_key(self.store.db))
        except DatabaseOpenError as err:
            if err.key == "db.newer_schema":
                raise _Skip(msg("sync.skip_newer", who=result.who, found=err.kwargs.get("found"),
                                known=SCHEMA_VERSION), "refused") from None
            # The file's own fault in a few words; not db.* messages, which speak of the
            # coach's own database ("restore a backup").
            detail = str(err.kwargs.get("detail") or err.key)
            raise _Skip(msg("sync.skip_bad", who=result.who, path=where, detail=detail)) from None

    def _merge(self, device_id: str, entry: FileEntry, check: Callable[[Any], None],
               record: Callable[[Any], None]) -> bool:
        result = self.result(device_id)
        where = self.transport.describe(device_id, entry.file)
        local = None
        try:
            local = self._fetch(device_id, entry, result)
            self._check(local, entry, result, where)
            try:
                stats = merge_snapshot(self.store.db, local, device_id=self.store.device_id,
                                       now=self.store.now(), source=result.who, check=check,
                                       record=record)
            except (MergeRefused, OSError) as err:
                raise _Skip(msg("sync.skip_vanished", who=result.who, path=where,
                                detail=type(err).__name__)) from None
        except _Skip as skip:
            self._warn(result, skip.status, skip.text)
            return False
        finally:
            if local is not None:
                local.unlink(missing_ok=True)
        result.status = "merged"
        result.changes += stats.changes
        result.conflicts += stats.conflicts
        result.files += 1
        return True

    def _merge_changes(self, device_id: str, manifest: Manifest, entry: FileEntry) -> bool:
        meta = {"kind": CHANGES, "device": device_id, "instance": manifest.db_instance,
                "seq": entry.seq, "base": entry.base}
        ok = self._merge(device_id, entry, fl.expect(meta),
                         self._record(device_id, manifest.db_instance, entry.seq))
        if ok:
            self._moved(device_id, manifest.db_instance, entry.seq)
            result = self.result(device_id)
            result.via = result.via or "changes"
        return ok

    def _merge_snapshot(self, owner: str, entry: FileEntry) -> bool:
        manifest = self.manifests[owner]
        meta = {"kind": entry.kind, "device": owner, "instance": manifest.db_instance,
                "generation": entry.generation, "seq": entry.seq}
        me = self.store.device_id
        moves = []
        for device_id, (instance, seq) in entry.coverage.items():
            if device_id == me:
                continue
            peer = self.peers.get(device_id)
            if peer is not None and peer.instance and peer.instance != instance:
                continue  # what it had of another lineage of that device tells us nothing
            if peer is None or seq > (peer.seq if peer.instance == instance else 0):
                moves.append((device_id, instance, seq))
        records = [self._record(d, i, s) for d, i, s in moves]

        def record(conn: Any) -> None:
            for one in records:
                one(conn)

        ok = self._merge(owner, entry, fl.expect(meta), record)
        if ok:
            for device_id, instance, seq in moves:
                self._moved(device_id, instance, seq)
            self.result(owner).via = "snapshot"
        return ok

    def _import_legacy(self, device_id: str, manifest: Manifest) -> None:
        """A colleague on a version before change sets: its newest full snapshot, when new."""
        peer = self.peers.get(device_id)
        entry = manifest.files[0]
        if peer is not None and peer.instance in ("", manifest.db_instance):
            if manifest.seq < peer.seq:
                result = self.result(device_id)
                self._warn(result, "skipped", msg("sync.skip_stale", who=result.who,
                                                   seq=manifest.seq, known=peer.seq))
                return
            if manifest.seq == peer.seq and entry.sha256 == peer.sha:
                return  # nothing new
        if not sh.SNAPSHOT_RE.match(entry.file):
            result = self.result(device_id)
            self._warn(result, "skipped", msg("sync.skip_bad", who=result.who,
                                               path=self.transport.describe(device_id, entry.file),
                                               detail=entry.file))
            return
        if self._merge(device_id, entry, fl.expect_legacy(device_id, manifest.db_instance),
                       self._record(device_id, manifest.db_instance, manifest.seq, entry.sha256)):
            self._moved(device_id, manifest.db_instance, manifest.seq, entry.sha256)
            self.result(device_id).via = LEGACY

    # ------------------------------------------------------------------ conflicted copies
    def _conflicted_copies(self) -> None:
        """Second versions a sync client made of a file: merged when valid (merging is
        idempotent), always reported once."""
        if not isinstance(self.transport, FolderTransport):
            return
        seen = set(self.state.get("seen_copies", []))
        for device_id in self.transport.devices():
            for path in self.transport.conflicted_copies(device_id):
                try:
                    st = path.stat()
                except OSError:
                    continue
                mark = f"{device_id}/{path.name}:{st.st_size}:{st.st_mtime_ns}"
                if mark in seen:
                    continue
                seen.add(mark)
                what = self._conflicted_copy(device_id, path)
                self.report.conflicted_copies.append(
                    msg("sync.conflicted_copy", name=path.name, what=msg(what)))
        self.state.set(seen_copies=sorted(seen))

    def _conflicted_copy(self, device_id: str, path: Path) -> str:
        if device_id == self.store.device_id:
            return "sync.copy_ignored"  # our own: removed when we publish
        if path.suffix == ".json":
            try:
                Manifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError, IndexError):
                return "sync.copy_invalid"
            return "sync.copy_ignored"  # the device's own manifest is the one that counts
        if path.suffix != ".sqlite":
            return "sync.copy_invalid"
        from ..storage.crypto import snapshot_key

        local = self.tmp_dir / f"copy-{uuid.uuid4().hex[:12]}.sqlite"
        try:
            sh.copy_and_hash(path, local)
            inspect_file(local, quick=False, key=snapshot_key(self.store.db))
            result = self.result(device_id)
            stats = merge_snapshot(self.store.db, local, device_id=self.store.device_id,
                                   now=self.store.now(), source=result.who,
                                   check=fl.expect_team(self.team_id))
            copy = PeerResult(device_id, coach_name=result.coach_name, source=path.name,
                              status="merged", changes=stats.changes, conflicts=stats.conflicts)
            self.report.peers.append(copy)
            return "sync.copy_merged"
        except (OSError, UserError, MergeRefused):
            return "sync.copy_invalid"
        finally:
            local.unlink(missing_ok=True)

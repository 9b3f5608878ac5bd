"""Publishing: this device's own folder on the share (change sets, a snapshot when needed, the
manifest) and removing what no colleague needs any more.

What is published:

* a **change set** with the changes logged since the previous publication (``sync_change``
  between two marks), numbered ``seq`` and chained to the previous one (``base``);
* a **snapshot** when the team has none, when this database held records before it first
  synced (they are in no change set), when the change sets not covered by the team's current
  snapshot outgrow ``COMPACT_SHARE`` of it (compaction), when a colleague needs what no change
  set can give it any more, or when an erasure must leave the current snapshot;
* after an **erasure** (or when a colleague is stuck in our chain), the change sets we keep
  are replaced by one rebuilt from the change log: the erased records are gone from the
  database, so they are in no rebuilt file, and the old files are deleted.

What is removed: a change set once every active colleague has acknowledged it and the team's
current snapshot holds it (so a newcomer still finds everything); a snapshot once another is
the team's current one; anything of ours no manifest names. A colleague silent for the
silence period (engine.SILENT_DAYS, measured from when this device saw its manifest change
last, on this device's clock) no longer counts as active: it joins again from a snapshot.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import Device, Paths
from ..domain.messages import UserError
from ..storage.database import DatabaseOpenError, inspect_file
from ..storage.erasure import REWRITE_KEY
from ..storage.migrations import SCHEMA_VERSION
from ..storage.repository import Store
from . import files as fl
from . import share as sh
from .engine import SyncReport, SyncState
from .importer import Importer
from .manifest import CHANGES, SNAPSHOT, FileEntry, Manifest
from .merge import change_mark, fill_history_uids
from .transport import Transport

#: A new snapshot is published when the change sets on the share that the team's current
#: snapshot does not hold add up to more than this share of its size (compaction).
COMPACT_SHARE = 0.5


def _entry(raw: dict[str, Any]) -> FileEntry:
    return FileEntry.from_dict(raw)


class Publisher:
    def __init__(self, store: Store, transport: Transport, report: SyncReport, state: SyncState,
                 tmp_dir: Path, importer: Importer, *, device: Device, paths: Paths,
                 coach_name: str, step: Callable[[str], None]) -> None:
        self.store = store
        self.transport = transport
        self.report = report
        self.state = state
        self.tmp_dir = tmp_dir
        self.importer = importer
        self.device = device
        self.paths = paths
        self.coach_name = coach_name
        self.step = step
        self.me = store.device_id
        self.instance = str(state.get("db_instance"))
        self.own: dict[str, Any] = state.get("own") or {"seq": 0, "mark": 0, "files": []}

    # ------------------------------------------------------------------ the team's view
    def colleagues(self) -> dict[str, Manifest]:
        """Colleagues whose acknowledgements count: of our team, not retired, not silent, and
        not ids this installation used itself before."""
        return {d: m for d, m in self.importer.manifests.items()
                if not m.legacy and not m.retired and d not in self.device.retired
                and not self.importer.silent(d)}

    def snapshots(self, own_files: list[FileEntry]) -> list[tuple[str, FileEntry]]:
        out = [(d, s) for d, m in self.importer.manifests.items() if not m.legacy
               for s in [m.snapshot()] if s is not None]
        out += [(self.me, f) for f in own_files if f.kind == SNAPSHOT]
        return out

    def current_snapshot(self, own_files: list[FileEntry]) -> tuple[str, FileEntry] | None:
        snaps = self.snapshots(own_files)
        return max(snaps, key=lambda ds: (ds[1].generation, ds[0])) if snaps else None

    def covered(self, current: tuple[str, FileEntry] | None, device_id: str, instance: str) -> int:
        if current is None:
            return 0
        return current[1].covers(device_id, instance)

    def uncovered_bytes(self, own_files: list[FileEntry]) -> int:
        current = self.current_snapshot(own_files)
        total = sum(f.size for f in own_files if f.kind == CHANGES
                    and f.seq > self.covered(current, self.me, self.instance))
        for device_id, m in self.importer.manifests.items():
            if not m.legacy:
                total += sum(f.size for f in m.changes()
                             if f.seq > self.covered(current, device_id, m.db_instance))
        return total

    # ------------------------------------------------------------------ publishing
    def run(self) -> None:
        conn = self.store.db.conn
        if conn.in_transaction:
            conn.commit()
        # IMMEDIATE: take the write lock first, so the window's own saves wait for us.
        conn.execute("BEGIN IMMEDIATE")
        try:
            fill_history_uids(conn)
            conn.execute(
                "INSERT INTO sync_peer (device_id, coach_name) VALUES (?, ?) ON CONFLICT(device_id) "
                "DO UPDATE SET coach_name = excluded.coach_name", [self.me, self.coach_name])
            # Every change logged up to here goes into this publication; later ones into the next.
            mark = change_mark(conn)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        if not self.importer.team_id:
            self.importer.team_id = uuid.uuid4().hex  # the first device to publish starts the team
            self.state.set(team_id=self.importer.team_id)
            self.report.team_id = self.importer.team_id
        files = [_entry(f) for f in self.own["files"]]
        new_files, superseded = self._publish(files, mark)
        kept = [f for f in files if f.file not in superseded] + new_files
        self._write_manifest(kept)
        self._collect(kept, superseded)
        self.state.set(**{REWRITE_KEY: None})
        self._retire_old_ids()

    def _publish(self, files: list[FileEntry], mark: int) -> tuple[list[FileEntry], set[str]]:
        """Write this sync's new files; return them and the names of files they replace."""
        own_seq, own_mark = int(self.own["seq"]), int(self.own["mark"])
        changed = self.store.db.execute("SELECT 1 FROM sync_change WHERE seq > ? AND seq <= ? "
                                        "LIMIT 1", [own_mark, mark]).fetchone() is not None
        rewrite = bool(self.state.get(REWRITE_KEY)) and bool(files)
        needs = [m.needs[self.me] for m in self.colleagues().values()
                 if self.me in m.needs and m.needs[self.me] < own_seq]
        marks = self._marks()
        # A database that held records before it first synced: they are in no change set.
        bootstrap = own_seq == 0 and not files and not self.state.get("joined_empty", False)
        changes = [f for f in files if f.kind == CHANGES]
        base = own_seq
        lo = own_mark
        rebuild = False
        if rewrite and changes:
            base = min(f.base for f in changes)
            rebuild = True
        if needs:
            base = min([base, *needs])
            rebuild = True
        unrebuildable = False
        if rebuild:
            if base in marks:
                lo = marks[base]
            else:
                # What is needed is in no change log any more: a snapshot instead (after an
                # erasure, the change sets we keep go anyway: they may hold the person).
                rebuild, unrebuildable = False, True
                base, lo = own_seq, own_mark
        new: list[FileEntry] = []
        superseded: set[str] = set()
        seq = own_seq
        if (changed or rebuild) and not bootstrap:
            seq = self.state.own_seq() + 1
            self.state.set(pending=seq)
            entry = self._changes(seq, base, lo, mark)
            new.append(entry)
            superseded |= {f.file for f in changes if f.base >= base and f.seq <= seq}
        elif bootstrap:
            seq = self.state.own_seq() + 1  # the snapshot is this lineage's first publication
            self.state.set(pending=seq)
        if unrebuildable and rewrite:
            superseded |= {f.file for f in changes}
        after = [f for f in files if f.file not in superseded] + new
        if bootstrap or unrebuildable or self._snapshot_wanted(after, rewrite):
            new.append(self._snapshot(seq))
            superseded |= {f.file for f in files if f.kind == SNAPSHOT}
        self.own = {"seq": seq, "mark": mark,
                    "files": [self._with_marks(f, lo, mark) for f in files + new
                              if f.file not in superseded]}
        if new:
            self.report.published_seq = seq
            self.report.published_size = sum(f.size for f in new)
        return new, superseded

    def _marks(self) -> dict[int, int]:
        """Change-log positions of our publications that the log still reaches: the ends of
        the change sets we keep, and our newest publication."""
        marks = {int(self.own["seq"]): int(self.own["mark"])}
        for raw in self.own["files"]:
            if raw.get("marks"):
                marks.setdefault(int(raw["base"]), int(raw["marks"][0]))
                marks.setdefault(int(raw["seq"]), int(raw["marks"][1]))
        return marks

    def _with_marks(self, entry: FileEntry, lo: int, hi: int) -> dict[str, Any]:
        out = entry.to_dict()
        old = next((f for f in self.own["files"] if f["file"] == entry.file), None)
        if old is not None and "marks" in old:
            out["marks"] = old["marks"]
        elif entry.kind == CHANGES:
            out["marks"] = [lo, hi]
        return out

    def _snapshot_wanted(self, files: list[FileEntry], rewrite: bool) -> bool:
        current = self.current_snapshot(files)
        if current is None:
            return True  # a newcomer must find the team's records somewhere
        owner, snap = current
        if owner == self.me and rewrite:
            return True  # the team's snapshot must not keep what was erased
        if owner in self.device.retired:
            return True  # our old id's snapshot goes with its folder
        return self.uncovered_bytes(files) > COMPACT_SHARE * snap.size

    def _key(self) -> str | None:
        from ..storage.crypto import snapshot_key

        return snapshot_key(self.store.db)

    def _put(self, local: Path, name: str, kind: str) -> tuple[str, int]:
        try:
            inspect_file(local, quick=False, key=self._key())
        except DatabaseOpenError as err:
            local.unlink(missing_ok=True)
            raise UserError("sync.verify_failed", detail=err.kwargs.get("detail") or err.key) from None
        self.step("verified")
        sha, size = self.transport.put(self.me, name, local,
                                       on_half=lambda: self.step("copy_half"))
        self.step("renamed")
        local.unlink(missing_ok=True)
        self.report.bytes_written += size
        self.report.published_files.append(name)
        if kind == SNAPSHOT:
            self.report.snapshot_published = True
        return sha, size

    def _changes(self, seq: int, base: int, lo: int, hi: int) -> FileEntry:
        name = sh.changes_name(seq)
        local = self.tmp_dir / f"publish-{name}"
        meta = {"kind": CHANGES, "device": self.me, "instance": self.instance,
                "team": self.importer.team_id, "seq": seq, "base": base, "format": 2}
        fl.write_changes(self.store, local, lo=lo, hi=hi, meta=meta, key=self._key())
        self.step("copied")
        sha, size = self._put(local, name, CHANGES)
        return FileEntry(CHANGES, seq, name, sha, size, base=base)

    def _snapshot(self, seq: int) -> FileEntry:
        generation = 1 + max((s.generation for _d, s in self.snapshots([])), default=0)
        generation = max(generation, 1 + max(
            (_entry(f).generation for f in self.own["files"] if f["kind"] == SNAPSHOT), default=0))
        coverage = {p.device_id: [p.instance, p.seq] for p in self.importer.peers.values()
                    if p.instance and p.seq and p.device_id != self.me}
        coverage[self.me] = [self.instance, seq]
        name = sh.snapshot_name(generation)
        local = self.tmp_dir / f"publish-{name}"
        meta = {"kind": SNAPSHOT, "device": self.me, "instance": self.instance,
                "team": self.importer.team_id, "seq": seq, "generation": generation, "format": 2}
        fl.write_snapshot(self.store, local, meta=meta)
        self.step("copied")
        sha, size = self._put(local, name, SNAPSHOT)
        return FileEntry(SNAPSHOT, seq, name, sha, size, generation=generation, coverage=coverage)

    # ------------------------------------------------------------------ manifest
    def _manifest(self, files: list[FileEntry]) -> Manifest:
        acks = {p.device_id: [p.instance, p.seq] for p in self.importer.peers.values()
                if p.instance and p.device_id != self.me}
        return Manifest(
            device_id=self.me, db_instance=self.instance, team_id=self.importer.team_id,
            coach_name=self.coach_name, schema_version=SCHEMA_VERSION, seq=int(self.own["seq"]),
            heartbeat=int(self.state.get("heartbeat") or 0) + 1, files=files, acks=acks,
            needs=dict(self.importer.needs), published_at=self.store.now())

    def _write_manifest(self, files: list[FileEntry]) -> None:
        manifest = self._manifest(files)
        self.step("pending")
        # Before the manifest: a crash after writing it must not look like another
        # installation's manifest at our next sync (engine.check_identity).
        self.state.set(heartbeat_pending=manifest.heartbeat)
        self.transport.write_manifest(self.me, manifest.to_dict(),
                                      before_rename=lambda: self.step("manifest_temp"))
        self.step("manifest_written")
        self.own["files"] = [f for f in self.own["files"] if f["file"] in {e.file for e in files}]
        self.state.set(own=self.own, pending=None, heartbeat=manifest.heartbeat,
                       heartbeat_pending=None)

    # ------------------------------------------------------------------ removing
    def _collect(self, kept: list[FileEntry], superseded: set[str]) -> None:
        """Remove our files no colleague needs; trim the change log to what can be needed."""
        current = self.current_snapshot(kept)
        colleagues = self.colleagues()
        held = self.covered(current, self.me, self.instance)
        drop = set()
        for f in kept:
            if f.kind == CHANGES:
                acked = all(m.ack(self.me, self.instance) >= f.seq for m in colleagues.values())
                if acked and held >= f.seq:
                    drop.add(f.file)
            elif current is not None and not (current[0] == self.me and current[1].file == f.file):
                drop.add(f.file)  # another device's snapshot is the team's current one
        if drop:
            self._write_manifest([f for f in kept if f.file not in drop])
        gone = superseded | drop
        names = {b.name for b in self.transport.list_blobs(self.me)}
        named = {f["file"] for f in self.own["files"]}
        for name in sorted((names - named) | (gone & names)):
            self.transport.delete(self.me, name)
            self.report.removed_files.append(name)
        for leftover in self.transport.leftovers(self.me):
            self.transport.delete(self.me, leftover)  # temporary files, sync clients' copies
        # The change log keeps what a rebuilt change set of the files we keep may need.
        lows = [int(f["marks"][0]) for f in self.own["files"] if f.get("marks")]
        floor = min([int(self.own["mark"]), *lows])
        self.store.db.execute("DELETE FROM sync_change WHERE seq <= ?", [floor])
        self.store.db.conn.commit()

    def _retire_old_ids(self) -> None:
        """Folders of ids this installation used before (a restored older backup took a new
        id): marked retired, emptied once colleagues have what they hold, then removed."""
        changed = False
        for old in list(self.device.retired):
            try:
                raw = self.transport.read_manifest(old)
            except (OSError, ValueError, UserError):
                continue
            if raw is None:
                self.transport.remove_device(old)
                self.device.retired.remove(old)
                changed = True
                continue
            manifest = Manifest.from_dict(raw)
            if manifest.legacy:
                keep: list[FileEntry] = []
            else:
                current = self.current_snapshot([_entry(f) for f in self.own["files"]])
                held = self.covered(current, old, manifest.db_instance)
                keep = [f for f in manifest.files if f.kind == CHANGES and not (
                    held >= f.seq and all(m.ack(old, manifest.db_instance) >= f.seq
                                          for m in self.colleagues().values()))]
            if not keep:
                self.transport.remove_device(old)
                self.device.retired.remove(old)
                changed = True
                continue
            manifest.files, manifest.retired, manifest.successor = keep, True, self.me
            manifest.heartbeat += 1
            self.transport.write_manifest(old, manifest.to_dict())
            for blob in self.transport.list_blobs(old):
                if blob.name not in {f.file for f in keep}:
                    self.transport.delete(old, blob.name)
        if changed:
            self.device.save(self.paths)

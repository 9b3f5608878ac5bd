"""The manifest: the one file a device rewrites, describing everything it has published.

Format 2 (docs/sync.md, "File format"): the device, its database lineage (``db_instance``) and
team, its newest publication number, the immutable files it keeps on the share (change sets
and at most one snapshot, each with size and SHA-256), and what it has merged of every
colleague (``acks``). Format 1 (a full snapshot per publication) is still read, so a colleague
who has not updated yet keeps sending its records; its top-level ``file``/``sha256``/``size``
are still written, naming our newest file, so such a colleague refuses it with "update
Begeleider" (the schema version) instead of failing on an unknown layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = 2
CHANGES, SNAPSHOT, LEGACY = "changes", "snapshot", "legacy"


@dataclass
class FileEntry:
    """One immutable file. A change set holds the device's own changes after its publication
    ``base`` up to ``seq``; a snapshot its whole database at publication ``seq``, with what it
    had merged of every device then (``coverage``) and its place among the team's snapshots
    (``generation``; the highest (generation, device) is the team's current snapshot)."""

    kind: str
    seq: int
    file: str
    sha256: str
    size: int
    base: int = 0
    generation: int = 0
    coverage: dict[str, list[Any]] = field(default_factory=dict)  # device -> [instance, seq]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "seq": self.seq, "file": self.file,
                               "sha256": self.sha256, "size": self.size}
        if self.kind == CHANGES:
            out["base"] = self.base
        if self.kind == SNAPSHOT:
            out["generation"] = self.generation
            out["coverage"] = self.coverage
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> FileEntry:
        coverage = raw.get("coverage") or {}
        if not isinstance(coverage, dict):
            raise ValueError("coverage")
        return cls(kind=str(raw["kind"]), seq=int(raw["seq"]), file=str(raw["file"]),
                   sha256=str(raw["sha256"]), size=int(raw["size"]), base=int(raw.get("base", 0)),
                   generation=int(raw.get("generation", 0)),
                   coverage={str(k): [str(v[0]), int(v[1])] for k, v in coverage.items()})

    def covers(self, device_id: str, instance: str) -> int:
        """Up to which publication of ``device_id`` (lineage ``instance``) this snapshot holds
        that device's records (0: none known)."""
        entry = self.coverage.get(device_id)
        return int(entry[1]) if entry and entry[0] == instance else 0


@dataclass
class Manifest:
    device_id: str
    db_instance: str
    team_id: str = ""
    coach_name: str = ""
    schema_version: int = 0
    seq: int = 0
    heartbeat: int = 0
    files: list[FileEntry] = field(default_factory=list)
    acks: dict[str, list[Any]] = field(default_factory=dict)  # device -> [instance, seq]
    needs: dict[str, int] = field(default_factory=dict)  # device -> position we are stuck at
    retired: bool = False
    successor: str = ""
    published_at: str = ""  # for people only: no decision reads it
    format: int = FORMAT

    @property
    def legacy(self) -> bool:
        return self.format < 2

    def changes(self) -> list[FileEntry]:
        return [f for f in self.files if f.kind == CHANGES]

    def snapshot(self) -> FileEntry | None:
        snaps = [f for f in self.files if f.kind in (SNAPSHOT, LEGACY)]
        return max(snaps, key=lambda f: f.seq) if snaps else None

    def ack(self, device_id: str, instance: str) -> int:
        entry = self.acks.get(device_id)
        return int(entry[1]) if entry and entry[0] == instance else 0

    def to_dict(self) -> dict[str, Any]:
        newest = max(self.files, key=lambda f: f.seq, default=None)
        return {
            "format": self.format, "device_id": self.device_id, "db_instance": self.db_instance,
            "team_id": self.team_id, "coach_name": self.coach_name,
            "schema_version": self.schema_version, "seq": self.seq, "heartbeat": self.heartbeat,
            "files": [f.to_dict() for f in self.files], "acks": self.acks, "needs": self.needs,
            "retired": self.retired, "successor": self.successor, "published_at": self.published_at,
            # Read by format-1 readers only (see the module docstring).
            "file": newest.file if newest else "", "sha256": newest.sha256 if newest else "",
            "size": newest.size if newest else 0,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Manifest:
        fmt = int(raw.get("format", 1))
        common = {"device_id": str(raw["device_id"]), "db_instance": str(raw.get("db_instance", "")),
                  "coach_name": str(raw.get("coach_name", "")),
                  "schema_version": int(raw["schema_version"]), "seq": int(raw["seq"]),
                  "published_at": str(raw.get("published_at", "")), "format": fmt}
        if fmt < 2:  # one full snapshot, named at the top level
            snap = FileEntry(LEGACY, int(raw["seq"]), str(raw["file"]), str(raw["sha256"]),
                             int(raw["size"]))
            return cls(**common, files=[snap])
        acks = raw.get("acks") or {}
        needs = raw.get("needs") or {}
        if not isinstance(acks, dict) or not isinstance(needs, dict):
            raise ValueError("acks")
        return cls(**common, team_id=str(raw.get("team_id", "")),
                   heartbeat=int(raw.get("heartbeat", 0)),
                   files=[FileEntry.from_dict(f) for f in raw.get("files") or []],
                   acks={str(k): [str(v[0]), int(v[1])] for k, v in acks.items()},
                   needs={str(k): int(v) for k, v in needs.items()},
                   retired=bool(raw.get("retired", False)), successor=str(raw.get("successor", "")))

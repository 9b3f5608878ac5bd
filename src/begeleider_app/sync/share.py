"""The share folder: one folder per device, immutable change sets and snapshots, a manifest.

Layout (one writer per path, so a sync client never has two versions of a file to reconcile)::

    <share>/begeleider-sync/<device_id>/manifest.json
    <share>/begeleider-sync/<device_id>/changes-000012.sqlite
    <share>/begeleider-sync/<device_id>/snapshot-000009.sqlite

Files are written to a temporary name, fsynced and renamed; Windows and sync clients can hold
a file for a moment (PermissionError), so renames are retried with backoff.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..domain.messages import UserError, msg

ROOT_NAME = "begeleider-sync"
MANIFEST = "manifest.json"
FORMAT = 1
SNAPSHOT_RE = re.compile(r"^snapshot-(\d{6,})\.sqlite$")
#: Every immutable file a manifest can name (docs/sync.md, "File format").
BLOB_RE = re.compile(r"^(changes|snapshot)-(\d{6,})\.sqlite$")
# Names sync clients give a second version of one file ("conflicted copies"):
# Dropbox "x (Ann's conflicted copy 2026-01-02).sqlite", Nextcloud/ownCloud "x (conflicted copy
# 2026-01-02 101112).sqlite", OneDrive "x-LAPTOP-AB12.sqlite", Google Drive/SharePoint
# "x (1).sqlite", Syncthing "x.sync-conflict-20260102-101112-ABCDEFG.sqlite", iCloud "x 2.sqlite".
CONFLICTED_RE = re.compile(
    r"(conflict|\(\d+\)|\.sync-conflict-|-(desktop|laptop|pc)-[a-z0-9]+|"
    r"^((changes|snapshot)-\d+|manifest) \d+\.)", re.IGNORECASE)

RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
T = TypeVar("T")
sleep: Callable[[float], None] = time.sleep  # tests replace this to run without waiting


@dataclass
class Manifest:
    device_id: str
    coach_name: str
    seq: int
    file: str
    sha256: str
    size: int
    schema_version: int
    db_instance: str
    published_at: str
    format: int = FORMAT

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Manifest:
        return cls(
            device_id=str(raw["device_id"]), coach_name=str(raw.get("coach_name", "")),
            seq=int(raw["seq"]), file=str(raw["file"]), sha256=str(raw["sha256"]),
            size=int(raw["size"]), schema_version=int(raw["schema_version"]),
            db_instance=str(raw.get("db_instance", "")), published_at=str(raw.get("published_at", "")),
            format=int(raw.get("format", FORMAT)),
        )


def root(share: Path) -> Path:
    return Path(share) / ROOT_NAME


def device_dir(share: Path, device_id: str) -> Path:
    return root(share) / device_id


def snapshot_name(seq: int) -> str:
    return f"snapshot-{seq:06d}.sqlite"


def changes_name(seq: int) -> str:
    return f"changes-{seq:06d}.sqlite"


def check_reachable(share: Path) -> Path:
    """The sync root on the share, created if needed; UserError when the share is unusable."""
    share = Path(share)
    if not str(share).strip() or str(share) == ".":
        raise UserError("sync.no_share")
    try:
        if not share.is_dir():
            raise UserError("sync.unreachable", path=share, detail=msg("sync.no_folder"))
        base = root(share)
        base.mkdir(exist_ok=True)
        probe = base / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except UserError:
        raise
    except OSError as err:
        raise UserError("sync.unreachable", path=share, detail=err.strerror or err) from None
    return base


def inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True


def read_manifest(path: Path) -> Manifest:
    """Raise ValueError/OSError/KeyError for a manifest that cannot be used."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    return Manifest.from_dict(raw)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def copy_and_hash(src: Path, dest: Path) -> str:
    """Copy ``src`` to ``dest`` and return the SHA-256 of the bytes written (one read)."""
    h = hashlib.sha256()
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        for chunk in iter(lambda: fin.read(1 << 20), b""):
            h.update(chunk)
            fout.write(chunk)
    return h.hexdigest()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def retrying(action: Callable[[], T], what: Path) -> T:
    """Run ``action``; on PermissionError (file held by Windows or a sync client) retry with
    backoff, then raise UserError("sync.busy")."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return action()
        except PermissionError as err:
            if delay is None:
                raise UserError("sync.busy", path=what, detail=err.strerror or err) from None
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def copy_file(src: Path, dest: Path, *, on_half: Callable[[], None] | None = None) -> str:
    """Copy bytes, fsync ``dest``, and return the SHA-256 of the bytes written."""
    h = hashlib.sha256()
    size = src.stat().st_size
    written = 0
    half_done = False
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        while True:
            chunk = fin.read(min(1 << 20, max(1, size // 2)) if not half_done else 1 << 20)
            if not chunk:
                break
            h.update(chunk)
            fout.write(chunk)
            written += len(chunk)
            if not half_done and written >= size // 2:
                half_done = True
                if on_half is not None:
                    fout.flush()
                    on_half()
        fout.flush()
        os.fsync(fout.fileno())
    return h.hexdigest()


def atomic_write_text(path: Path, text: str, *, before_rename: Callable[[], None] | None = None) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    if before_rename is not None:
        before_rename()
    retrying(lambda: os.replace(tmp, path), path)
    fsync_dir(path.parent)


def is_conflicted_name(name: str) -> bool:
    return bool(CONFLICTED_RE.search(name))


def device_folders(share: Path) -> list[Path]:
    base = root(share)
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))

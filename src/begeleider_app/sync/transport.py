"""Where published files live: the seam between sync and the place a team shares.

Sync needs very little from a transport: the devices present, each device's manifest (small,
rewritten by its owner only), and immutable blobs put, fetched (checked against size and
checksum), listed and deleted by name. ``FolderTransport`` is the shared folder (an SMB share,
a OneDrive or SharePoint folder); a hub holding the same blobs and manifests can implement the
same protocol, and nothing above this module knows which one it got.

One writer per path: a device writes only under its own id (and under ids it used itself
before, when it retires them), so a sync client never has two versions of a blob to reconcile.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..domain.messages import UserError, msg
from . import share as sh


class BlobError(Exception):
    """A blob could not be fetched as named (missing, short, other checksum); ``reason`` is a
    message key of the sync catalogue (``sync.why_*``), ``detail`` its one variable."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class BlobInfo:
    name: str
    size: int


class Transport(Protocol):
    """What sync asks of the place the team shares (see the module docstring)."""

    def describe(self, device_id: str, name: str = "") -> str:
        """How a person finds a device's folder or one of its blobs (for messages)."""

    def devices(self) -> list[str]:
        """Ids of the devices that have published anything."""

    def read_manifest(self, device_id: str) -> dict[str, Any] | None:
        """The device's manifest; None when it has none. Raises ValueError/OSError when it
        cannot be read."""

    def write_manifest(self, device_id: str, manifest: dict[str, Any],
                       before_rename: Callable[[], None] | None = None) -> None: ...

    def list_blobs(self, device_id: str) -> list[BlobInfo]: ...

    def put(self, device_id: str, name: str, local: Path,
            on_half: Callable[[], None] | None = None) -> tuple[str, int]:
        """Store the local file under ``name`` (never replacing a blob); return (SHA-256,
        size) of what was stored. Nothing under ``name`` is visible before it is complete."""

    def get(self, device_id: str, name: str, dest: Path, *, size: int, sha256: str) -> None:
        """Copy the blob to ``dest``; BlobError unless it has exactly that size and checksum."""

    def delete(self, device_id: str, name: str) -> None: ...

    def remove_device(self, device_id: str) -> None:
        """Forget a device that has nothing left (a retired id whose files are gone)."""

    def leftovers(self, device_id: str) -> list[str]:
        """Names in the device's place that are neither its manifest nor a blob a manifest
        could name (temporary files, second versions a sync client made)."""


class FolderTransport:
    """The shared folder: ``<share>/begeleider-sync/<device_id>/`` per device.

    Blobs are written to a temporary name, fsynced, checked for size and renamed; Windows and
    sync clients can hold a file for a moment (PermissionError), so every step is retried
    with backoff (``share.retrying``).
    """

    def __init__(self, share: Path) -> None:
        self.share = Path(share)
        self.root = sh.root(self.share)

    def folder(self, device_id: str) -> Path:
        return self.root / device_id

    def describe(self, device_id: str, name: str = "") -> str:
        path = self.folder(device_id)
        return str(path / name if name else path)

    def devices(self) -> list[str]:
        return [p.name for p in sh.device_folders(self.share)]

    def read_manifest(self, device_id: str) -> dict[str, Any] | None:
        path = self.folder(device_id) / sh.MANIFEST
        if not path.exists():
            return None
        raw = sh.retrying(lambda: json.loads(path.read_text(encoding="utf-8")), path)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        return raw

    def write_manifest(self, device_id: str, manifest: dict[str, Any],
                       before_rename: Callable[[], None] | None = None) -> None:
        folder = self.folder(device_id)
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
        sh.atomic_write_text(folder / sh.MANIFEST, text, before_rename=before_rename)

    def list_blobs(self, device_id: str) -> list[BlobInfo]:
        out = []
        folder = self.folder(device_id)
        try:
            entries = list(folder.iterdir())
        except OSError:
            return []
        for path in entries:
            if sh.BLOB_RE.match(path.name):
                try:
                    out.append(BlobInfo(path.name, path.stat().st_size))
                except OSError:
                    continue
        return sorted(out, key=lambda b: b.name)

    def put(self, device_id: str, name: str, local: Path,
            on_half: Callable[[], None] | None = None) -> tuple[str, int]:
        folder = self.folder(device_id)
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / name
        part = folder / f".{name}.part"
        size = local.stat().st_size
        try:
            sh.retrying(lambda: part.unlink(missing_ok=True), part)
            sha = sh.retrying(lambda: sh.copy_file(local, part, on_half=on_half), part)
            written = part.stat().st_size
            if written != size:  # the share accepted fewer bytes than it was given
                raise UserError("sync.verify_failed",
                                detail=msg("sync.short_write", path=final, written=written, size=size))
            sh.retrying(lambda: os.replace(part, final), final)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        sh.fsync_dir(folder)
        return sha, size

    def get(self, device_id: str, name: str, dest: Path, *, size: int, sha256: str) -> None:
        source = self.folder(device_id) / name
        try:
            found = source.stat().st_size
        except FileNotFoundError:
            raise BlobError("sync.why_missing") from None
        except OSError as err:
            raise BlobError("sync.why_unreadable", str(err.strerror or err)) from None
        if found != size:
            raise BlobError("sync.why_size", msg("sync.n_of_bytes", found=found, size=size))
        try:
            digest = sh.retrying(lambda: sh.copy_and_hash(source, dest), source)
        except FileNotFoundError:
            raise BlobError("sync.why_missing") from None
        except OSError as err:
            raise BlobError("sync.why_unreadable", str(err.strerror or err)) from None
        copied = dest.stat().st_size
        if copied != size:
            raise BlobError("sync.why_size", msg("sync.n_of_bytes", found=copied, size=size))
        if digest != sha256:
            raise BlobError("sync.why_checksum")

    def delete(self, device_id: str, name: str) -> None:
        path = self.folder(device_id) / name
        with contextlib.suppress(UserError):  # held by a sync client: removed next time
            sh.retrying(lambda: path.unlink(missing_ok=True), path)

    def remove_device(self, device_id: str) -> None:
        folder = self.folder(device_id)
        for leftover in self.leftovers(device_id):
            self.delete(device_id, leftover)
        self.delete(device_id, sh.MANIFEST)
        shutil.rmtree(folder, ignore_errors=True)

    def leftovers(self, device_id: str) -> list[str]:
        try:
            names = [p.name for p in self.folder(device_id).iterdir() if p.is_file()]
        except OSError:
            return []
        return sorted(n for n in names if n != sh.MANIFEST and not sh.BLOB_RE.match(n))

    def conflicted_copies(self, device_id: str) -> list[Path]:
        """Second versions of files a sync client made in the device's folder."""
        try:
            entries = sorted(self.folder(device_id).iterdir())
        except OSError:
            return []
        return [p for p in entries
                if not p.name.startswith(".") and p.is_file() and sh.is_conflicted_name(p.name)]

"""Is a path safe for a live SQLite database? Network shares and cloud-synced folders are not.

SQLite's locking and fsync are unreliable on SMB/NFS and in folders that OneDrive, Dropbox or
Google Drive synchronise (they copy -wal files separately and make "conflicted copies").
"""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "cifs", "smb", "smbfs", "smb2", "smb3", "nfs", "nfs4", "afs", "9p", "davfs", "fuse.sshfs",
    "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs", "ncpfs", "coda", "ceph",
    "glusterfs", "fuse.glusterfs", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}

CLOUD_FOLDER_MARKERS = (
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "mijn drive", "icloud drive",
    "icloud~", "mobile documents", "sharepoint", "nextcloud", "owncloud", "box sync", "pcloud",
    "stack", "sync.com", "megasync",
)


def _mounts() -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs on Linux; empty elsewhere."""
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            rows = [line.split() for line in fh]
    except OSError:
        return []
    return [(r[1].replace("\\040", " "), r[2]) for r in rows if len(r) >= 3]


def network_reason(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` is on a network or cloud-synced folder, or None when it looks local."""
    raw = os.fspath(path)
    if raw.startswith("\\\\") or raw.startswith("//"):
        return "UNC-pad"
    resolved = Path(raw).expanduser().absolute()
    lowered_parts = [part.lower() for part in resolved.parts]
    for part in lowered_parts:
        for marker in CLOUD_FOLDER_MARKERS:
            if marker == "stack":
                if part == "stack":
                    return "cloudmap 'Stack'"
                continue
            if part.startswith(marker) or part == marker:
                return f"cloudmap '{part}'"
    if os.name == "nt":
        drive = resolved.drive
        if drive:
            try:
                import ctypes

                drive_remote = 4
                if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
                    return f"netwerkschijf {drive}"
            except (AttributeError, OSError):
                pass
        return None
    best = ("", "")
    text = str(resolved)
    for mount_point, fstype in _mounts():
        if (text == mount_point or text.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best[0]):
            best = (mount_point, fstype)
    if best[1].lower() in NETWORK_FILESYSTEMS:
        return f"netwerkbestandssysteem {best[1]} op {best[0]}"
    return None

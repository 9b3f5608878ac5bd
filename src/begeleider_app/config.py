"""Every path the program uses, resolved once when the program starts.

Nothing here runs at import time: `resolve_paths()` is called from `main()` (GUI or CLI)
and from test fixtures, so tests can point the whole program at a temporary folder with
`--data-dir` or the environment variable ``BEGELEIDER_DATA_DIR``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from . import APP_NAME

ENV_DATA_DIR = "BEGELEIDER_DATA_DIR"
DB_FILENAME = "begeleider.sqlite"
CLEAN_CLOSE_FILENAME = "clean-close.json"
ENV_ORG_DEFAULTS = "BEGELEIDER_ORG_DEFAULTS"
ORG_DEFAULTS_FILENAME = "organisatie.json"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one installation."""

    data_dir: Path
    backups_dir: Path
    logs_dir: Path
    settings_file: Path
    device_file: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def clean_close_file(self) -> Path:
        """Which database files this installation closed cleanly after a passed check, and
        how they looked then (storage/database.py, "clean close")."""
        return self.data_dir / CLEAN_CLOSE_FILENAME

    def ensure(self) -> None:
        for folder in (self.data_dir, self.backups_dir, self.logs_dir, self.settings_file.parent):
            folder.mkdir(parents=True, exist_ok=True)


def secure_umask() -> None:
    """Files we create are readable by the coach only (POSIX); call before writing anything."""
    if os.name == "posix":
        os.umask(0o077)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Resolve the installation's folders.

    An explicit ``data_dir`` (from ``--data-dir``) wins, then ``BEGELEIDER_DATA_DIR``; both put
    every folder under that one directory. Otherwise platformdirs gives the per-OS folders.
    """
    override = data_dir or os.environ.get(ENV_DATA_DIR)
    if override:
        root = Path(override).expanduser().resolve()
        return Paths(
            data_dir=root,
            backups_dir=root / "backups",
            logs_dir=root / "logs",
            settings_file=root / "settings.json",
            device_file=root / "device.json",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return Paths(
        data_dir=data,
        backups_dir=data / "backups",
        logs_dir=Path(dirs.user_log_dir),
        settings_file=Path(dirs.user_config_dir) / "settings.json",
        device_file=data / "device.json",
    )


@dataclass
class Device:
    """The identity of one installation; written once, never copied with a database."""

    device_id: str
    created_at: str
    coach_name: str = ""
    # Sync: the machine this id belongs to (a copied installation gets a new id on another
    # machine) and the last sequence published per database lineage (a restored older backup
    # must not write under this id again). See docs/sync.md, "Identity".
    host: str = ""
    published: dict[str, int] = field(default_factory=dict)
    # Ids this installation published under before it took a new one (a restored older
    # backup): its next syncs retire their folders on the share (docs/sync.md, "Identity").
    retired: list[str] = field(default_factory=list)

    @classmethod
    def load_or_create(cls, paths: Paths) -> Device:
        paths.ensure()
        if paths.device_file.exists():
            try:
                raw = json.loads(paths.device_file.read_text(encoding="utf-8"))
                device = cls(
                    device_id=str(raw["device_id"]),
                    created_at=str(raw.get("created_at", "")),
                    coach_name=str(raw.get("coach_name", "")),
                    host=str(raw.get("host", "")),
                    published={str(k): int(v) for k, v in dict(raw.get("published", {})).items()},
                    retired=[str(r) for r in list(raw.get("retired", []))],
                )
                if device.host and device.host != machine_id():
                    # The installation folder was copied from another machine: that machine
                    # keeps the id, this one takes a new one (before writing anything).
                    device = cls(device_id=uuid.uuid4().hex, created_at=datetime.now(UTC).isoformat(),
                                 coach_name=device.coach_name)
                    device.save(paths)
                return device
            except (ValueError, KeyError, OSError, TypeError, AttributeError):
                # A damaged device file must not stop the coach; a new id is safe
                # because sync treats it as a new device that already knows everything.
                pass
        device = cls(device_id=uuid.uuid4().hex, created_at=datetime.now(UTC).isoformat())
        device.save(paths)
        return device

    def save(self, paths: Paths) -> None:
        _atomic_write_json(
            paths.device_file,
            {"device_id": self.device_id, "created_at": self.created_at, "coach_name": self.coach_name,
             "host": machine_id(), "published": self.published, "retired": self.retired},
        )


def machine_id() -> str:
    """A stable name for this machine (host name plus the OS's machine id where there is one)."""
    import platform

    parts = [platform.node()]
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            parts.append(Path(candidate).read_text(encoding="utf-8").strip())
            break
        except OSError:
            continue
    if os.name == "nt":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                parts.append(str(winreg.QueryValueEx(key, "MachineGuid")[0]))
        except OSError:
            pass
    return "/".join(p for p in parts if p)


@dataclass
class Settings:
    """Per-installation preferences; organisation lists live in the database."""

    language: str = "nl"
    coach_name: str = ""
    organisation_name: str = ""
    organisation_address: str = ""
    organisation_phone: str = ""
    organisation_email: str = ""
    coach_phone: str = ""
    coach_email: str = ""
    organisation_logo: str = ""  # a PNG in the installation folder (the wizard copies it there)
    backup_count: int = 14
    share_folder: str = ""
    # An organisation hub (PostgreSQL connection string without password, docs/it-beheer.md):
    # when set, the team syncs through it instead of the shared folder.
    hub_dsn: str = ""
    last_db: str = ""
    # the first-start wizard ran (or was put off): it is not shown again (ui/dialogs/setup_wizard.py)
    setup_done: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def missing_details(self) -> list[str]:
        """What reports and letters are signed with and is still empty: the coach's name, a
        phone number or e-mail address to reach the coach, the organisation's name."""
        missing = [] if self.coach_name.strip() else ["coach_name"]
        if not (self.coach_phone.strip() or self.coach_email.strip()):
            missing.append("coach_phone")
        if not self.organisation_name.strip():
            missing.append("organisation_name")
        return missing

    @classmethod
    def load(cls, paths: Paths) -> Settings:
        raw = load_org_defaults()  # organisation presets first; the coach's own values win
        try:
            user = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            user = {}
        if isinstance(user, dict):
            raw.update({k: v for k, v in user.items() if v not in ("", None)})
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__ and k != "extra"}
        settings = cls(**known)
        settings.extra = {k: v for k, v in raw.items() if k not in cls.__dataclass_fields__}
        settings.extra.update(raw.get("extra", {}) if isinstance(raw.get("extra"), dict) else {})
        if settings.language not in ("nl", "en"):
            settings.language = "nl"
        try:
            settings.backup_count = max(1, int(settings.backup_count))
        except (TypeError, ValueError):
            settings.backup_count = 14
        return settings

    def save(self, paths: Paths) -> None:
        org = load_org_defaults()  # a value equal to the preset is not stored: it follows IT's file
        data = {k: getattr(self, k) for k in self.__dataclass_fields__
                if k not in org or org[k] != getattr(self, k)}
        data["extra"] = {k: v for k, v in self.extra.items() if k not in org or org[k] != v}
        _atomic_write_json(paths.settings_file, data)


def org_defaults_files() -> list[Path]:
    """Organisation presets (docs/it-beheer.md), lowest priority first: the system-wide config
    folder, the program folder (frozen builds only), then the file named in BEGELEIDER_ORG_DEFAULTS."""
    files = [Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / ORG_DEFAULTS_FILENAME]
    if getattr(sys, "frozen", False):
        files.append(Path(sys.executable).resolve().parent / ORG_DEFAULTS_FILENAME)
    if os.environ.get(ENV_ORG_DEFAULTS):
        files.append(Path(os.environ[ENV_ORG_DEFAULTS]).expanduser())
    return files


def load_org_defaults() -> dict[str, object]:
    """Merge the organisation presets; a missing file is normal, a broken one is logged and skipped."""
    merged: dict[str, object] = {}
    for path in org_defaults_files():
        try:
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as err:
            logging.getLogger(__name__).warning("organisation defaults %s ignored: %s", path, err)
            continue
        if isinstance(raw, dict):
            merged.update(raw)
    if isinstance(merged.get("share_folder"), str):  # e.g. "%OneDriveCommercial%\\Team" per coach
        merged["share_folder"] = os.path.expandvars(os.path.expanduser(merged["share_folder"]))
    return merged


def _atomic_write_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)

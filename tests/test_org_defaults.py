"""Organisation presets (docs/it-beheer.md): IT sets the share folder and organisation details
for every coach; the coach's own choices win; presets are not copied into the coach's file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from begeleider_app import config
from begeleider_app.config import ORG_DEFAULTS_FILENAME, Settings


@pytest.fixture
def site_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system-wide config folder (C:\\ProgramData\\Begeleider, /etc/xdg/Begeleider, ...)."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setattr(config.platformdirs, "site_config_dir", lambda *a, **k: str(folder))
    monkeypatch.delenv(config.ENV_ORG_DEFAULTS, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    return folder


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


ORG = {"share_folder": "S:/Team/Begeleider", "organisation_name": "Werkpunt Oost (demo)",
       "backup_count": 30, "retention_years": 2}


def test_without_presets_nothing_changes(site_dir, paths):
    assert Settings.load(paths) == Settings()
    Settings(coach_name="Coach A").save(paths)
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["coach_name"] == "Coach A"
    assert set(saved) == set(Settings.__dataclass_fields__)


def test_system_wide_presets_apply_and_the_coach_wins(site_dir, paths):
    write(site_dir / ORG_DEFAULTS_FILENAME, ORG)
    s = Settings.load(paths)
    assert s.share_folder == "S:/Team/Begeleider"
    assert s.organisation_name == "Werkpunt Oost (demo)"
    assert s.backup_count == 30
    assert s.extra["retention_years"] == 2

    # The coach's own non-empty value wins; an empty value falls back to the preset.
    write(paths.settings_file, {"organisation_name": "Eigen naam", "share_folder": ""})
    s = Settings.load(paths)
    assert s.organisation_name == "Eigen naam"
    assert s.share_folder == "S:/Team/Begeleider"


def test_presets_are_not_copied_into_the_coachs_file(site_dir, paths):
    preset = write(site_dir / ORG_DEFAULTS_FILENAME, ORG)
    s = Settings.load(paths)
    s.coach_name = "Coach B"
    s.save(paths)
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["coach_name"] == "Coach B"
    assert "share_folder" not in saved and "backup_count" not in saved
    assert "retention_years" not in saved.get("extra", {})

    # IT moves the share: every coach follows on the next start.
    write(preset, {**ORG, "share_folder": "T:/Nieuw/Begeleider"})
    s = Settings.load(paths)
    assert s.share_folder == "T:/Nieuw/Begeleider"
    assert s.coach_name == "Coach B"


def test_environment_file_overrides_system_wide(site_dir, paths, tmp_path, monkeypatch):
    write(site_dir / ORG_DEFAULTS_FILENAME, ORG)
    special = write(tmp_path / "gpo" / "team-west.json", {"share_folder": "W:/West"})
    monkeypatch.setenv(config.ENV_ORG_DEFAULTS, str(special))
    s = Settings.load(paths)
    assert s.share_folder == "W:/West"
    assert s.organisation_name == "Werkpunt Oost (demo)"


def test_file_next_to_the_frozen_program(site_dir, paths, tmp_path, monkeypatch):
    program = tmp_path / "Programs" / "Begeleider"
    program.mkdir(parents=True)
    write(program / ORG_DEFAULTS_FILENAME, {"organisation_phone": "010-0000000"})
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "begeleider-app.exe"))
    assert Settings.load(paths).organisation_phone == "010-0000000"
    # Not frozen (development, tests): the interpreter's folder is never searched.
    monkeypatch.delattr(sys, "frozen")
    assert Settings.load(paths).organisation_phone == ""


def test_share_folder_expands_per_coach_variables(site_dir, paths, monkeypatch):
    monkeypatch.setenv("BEGELEIDER_TEST_ONEDRIVE", "/home/coach/OneDrive - Demo")
    write(site_dir / ORG_DEFAULTS_FILENAME, {"share_folder": "${BEGELEIDER_TEST_ONEDRIVE}/Team"})
    assert Settings.load(paths).share_folder == "/home/coach/OneDrive - Demo/Team"


def test_broken_preset_file_is_skipped_with_a_log_line(site_dir, paths, tmp_path, monkeypatch, caplog):
    (site_dir / ORG_DEFAULTS_FILENAME).write_text('{"share_folder": "S:\\Team"}', encoding="utf-8")
    good = write(tmp_path / "good.json", {"organisation_name": "Goed"})
    monkeypatch.setenv(config.ENV_ORG_DEFAULTS, str(good))
    s = Settings.load(paths)
    assert s.organisation_name == "Goed"
    assert s.share_folder == ""
    assert "organisation defaults" in caplog.text


def test_bom_written_by_notepad_is_accepted(site_dir, paths):
    (site_dir / ORG_DEFAULTS_FILENAME).write_text(json.dumps(ORG), encoding="utf-8-sig")
    assert Settings.load(paths).share_folder == "S:/Team/Begeleider"

"""Every test gets a fresh installation folder; nothing touches the real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen, on a virtual 1366x768 screen: the most common coach laptop. Dialogs size
# themselves from the screen, so tests see what a coach sees (tests/ui/test_fit_1366.py).
SCREEN_CONFIG = Path(__file__).resolve().with_name("offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen" and ":" not in str(SCREEN_CONFIG):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"


@pytest.fixture(autouse=True)
def _dutch_messages():
    """Messages default to Dutch in every test, whatever an earlier test switched to."""
    from begeleider_app.domain.messages import set_language

    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from begeleider_app.config import resolve_paths

    data = tmp_path / "install"
    monkeypatch.setenv("BEGELEIDER_DATA_DIR", str(data))
    p = resolve_paths()
    p.ensure()
    return p


@pytest.fixture
def store(paths, tmp_path: Path):
    from begeleider_app.services.session import open_store

    s = open_store(tmp_path / "work.sqlite", paths)
    yield s
    s.close()

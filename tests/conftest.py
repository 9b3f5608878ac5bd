"""Every test gets a fresh installation folder; nothing touches the real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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

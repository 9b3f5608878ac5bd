"""Where the shipped resources (fonts, translations, icons) are.

The top-level `resources/` folder is found next to the source tree in development, inside the
bundle when frozen by PyInstaller, or wherever BEGELEIDER_RESOURCES points.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    override = os.environ.get("BEGELEIDER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

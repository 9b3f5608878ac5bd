"""Where the main window opens: as the coach left it, or maximised the first time.

The size, position, maximised state and the caseload's splitter are kept in the settings
(`extra["window"]`) when the window closes. The first time (nothing kept, or a value that
no longer reads) the window opens maximised: a fixed 1280x740 was too tall for a 1366x768
laptop and left most of a 1920x1080 screen unused.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from ..config import Paths, Settings

KEY = "window"


def restore(window: QMainWindow, settings: Settings) -> bool:
    """Put back the kept size, position and splitter; False when there was nothing to keep."""
    saved = settings.extra.get(KEY) if isinstance(settings.extra, dict) else None
    if not isinstance(saved, dict):
        return False
    with contextlib.suppress(Exception):  # a damaged value must never stop the program
        ok = window.restoreGeometry(QByteArray.fromBase64(str(saved["geometry"]).encode()))
        window.centralWidget().restoreState(QByteArray.fromBase64(str(saved["splitter"]).encode()))
        return bool(ok)
    return False


def save(window: QMainWindow, settings: Settings, paths: Paths) -> None:
    settings.extra[KEY] = {
        "geometry": bytes(window.saveGeometry().toBase64()).decode(),
        "splitter": bytes(window.centralWidget().saveState().toBase64()).decode(),
    }
    with contextlib.suppress(OSError):
        settings.save(paths)


def show(window: QMainWindow, restored: bool) -> None:
    """Show the window as kept, or maximised when nothing was kept."""
    if restored:
        window.show()
    else:
        window.showMaximized()

"""Painting stays on the UI thread: Qt's fill helper threads are switched off at start-up.

Qt decides once per process, at its first big fill, whether to use its pool of fill threads,
so each case runs in a fresh process. The plain-Qt case shows that the check can see the
pool's threads on this platform; the Begeleider case shows that `build()` keeps them away.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")

CHILD = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication, QTabWidget, QTextEdit

def qt_pool_threads():
    names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
    return sum(name == "Thread (pooled)" for name in names)

app = QApplication(sys.argv[:1])
if sys.argv[1] == "plain":
    window = QTabWidget()
    window.addTab(QTextEdit("Doel 1"), "Doelen")
    window.resize(900, 700)
    window.show()
else:
    from begeleider_app.ui.app import build
    _app, window, code = build(["begeleider-app", "--data-dir", sys.argv[2], "--db", sys.argv[3],
                                "--no-demo", "--no-backup", "--lang", "nl"])
    assert code == 0 and window is not None
for _ in range(3):
    app.processEvents()
    window.grab()  # a full repaint of the window, as when a participant is opened
print(json.dumps({"pool_threads": qt_pool_threads(),
                  "setting": os.environ.get("QT_NO_GUI_THREADPOOL")}))
"""


def _run(tmp_path: Path, mode: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_NO_GUI_THREADPOOL", None)
    env.pop("BEGELEIDER_DATA_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(tmp_path / "inst"), str(tmp_path / "leeg.sqlite")],
        capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_window_paints_without_qt_fill_threads(tmp_path):
    plain = _run(tmp_path, "plain")
    assert plain["pool_threads"] > 0, "plain Qt no longer uses fill threads here: the check sees nothing"
    ours = _run(tmp_path, "begeleider")
    assert ours["setting"] == "1"
    assert ours["pool_threads"] == 0

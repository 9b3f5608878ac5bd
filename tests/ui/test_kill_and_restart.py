"""The battery dies: the program is killed (SIGKILL) after typing; the text is there after a restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store

HARNESS = Path(__file__).with_name("harness_typing.py")
TEXT = "Wil graag in de groenvoorziening werken"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BEGELEIDER_DATA_DIR", None)
    return env


def _wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                break
            continue
        if line.startswith(prefix):
            return line.strip()
    proc.kill()
    raise AssertionError(f"no {prefix!r} from the program; stderr: {proc.stderr.read() if proc.stderr else ''}")


def test_typed_text_survives_sigkill(tmp_path, paths):
    data = tmp_path / "install2"
    db = tmp_path / "x.sqlite"
    store = open_store(db, paths)
    person = psvc.create_participant(store, {"first_name": "Yonas", "last_name": "Haile"})
    store.close()
    program = ["--data-dir", str(data), "--db", str(db), "--no-demo"]

    proc = subprocess.Popen(
        [sys.executable, str(HARNESS), "--select", person["id"], "--type", "own_words", TEXT, "--", *program],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        _wait_for_line(proc, "TYPED")
        time.sleep(1.5)  # past the 500 ms debounce; no focus change, no close: only the timer saves
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    # Restart the program on the same file: the field shows the text.
    proc2 = subprocess.run(
        [sys.executable, str(HARNESS), "--select", person["id"], "--print", "own_words", "--", *program],
        capture_output=True, text=True, env=_env(), timeout=120)
    values = [line for line in proc2.stdout.splitlines() if line.startswith("VALUE ")]
    assert values, proc2.stderr
    assert json.loads(values[0][6:]) == TEXT
    store = open_store(db, paths)
    try:
        assert psvc.intake_for(store, person["id"])["own_words"] == TEXT
    finally:
        store.close()


def test_real_entry_point_starts_and_survives_a_kill(tmp_path):
    data = tmp_path / "install3"
    db = tmp_path / "y.sqlite"
    cmd = [sys.executable, "-m", "begeleider_app", "--data-dir", str(data), "--db", str(db), "--no-demo"]
    log = data / "logs" / "begeleider.log"
    for _round in range(2):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
        try:
            deadline = time.monotonic() + 60
            started = 0 if _round == 0 else log.read_text(encoding="utf-8").count("Gestart met")
            while time.monotonic() < deadline:
                if log.exists() and log.read_text(encoding="utf-8").count("Gestart met") > started:
                    break
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.1)
            else:
                raise AssertionError("the program did not start")
            time.sleep(0.5)
            assert proc.poll() is None  # still running: a window, no crash
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert db.exists()

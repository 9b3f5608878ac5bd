"""The battery dies 1 s after the coach typed a journal entry: the text is there after a restart."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from begeleider_app.services import journal
from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store

from .test_kill_and_restart import _env, _wait_for_line, pytestmark  # noqa: F401 (same marks)

HARNESS = Path(__file__).with_name("harness_journal.py")
TEXT = "Op de werkplek geweest, gaat goed met het rooster"


def test_journal_text_survives_sigkill_one_second_after_typing(tmp_path, paths):
    data = tmp_path / "install2"
    db = tmp_path / "x.sqlite"
    store = open_store(db, paths)
    person = psvc.create_participant(store, {"first_name": "Abel", "last_name": "Berhane"})
    store.close()
    program = ["--data-dir", str(data), "--db", str(db), "--no-demo"]
    proc = subprocess.Popen(
        [sys.executable, str(HARNESS), "--select", person["id"], "--type", TEXT, "--", *program],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        _wait_for_line(proc, "TYPED")
        time.sleep(1.0)  # the second: past the 500 ms debounce, no focus change, no close
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    again = subprocess.run(
        [sys.executable, str(HARNESS), "--select", person["id"], "--print", "--", *program],
        capture_output=True, text=True, env=_env(), timeout=120)
    values = [line for line in again.stdout.splitlines() if line.startswith("VALUE ")]
    assert values, again.stderr
    assert json.loads(values[0][6:]) == TEXT
    store = open_store(db, paths)
    try:
        [row] = journal.entry_rows(store, person["id"])
        assert row.text == TEXT
    finally:
        store.close()

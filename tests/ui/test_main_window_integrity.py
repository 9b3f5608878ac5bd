"""The file check that start-up left out runs behind the shown window; damage is said plainly
and leads to restoring a backup (docs/design.md, "Opening a database")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from begeleider_app.services import participants as psvc
from begeleider_app.services.session import CHECKED, DEFERRED, FAILED, close_store, open_store
from begeleider_app.storage.database import record_clean_close


def _flip_bits(path: Path, paths, *, from_fraction: float = 1.0, pages: tuple[int, ...] = ()) -> None:
    """Bits flipped under an unchanged fingerprint (taken after the damage): only the page
    check can see it. ``from_fraction``: every page from there to the end; ``pages``: these."""
    data = bytearray(path.read_bytes())
    offsets = [*range(int(len(data) * from_fraction) // 4096 * 4096, len(data), 4096),
               *((n - 1) * 4096 for n in pages)]
    for offset in offsets:
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    assert record_clean_close(path, paths.clean_close_file)


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0])
    finally:
        conn.close()


def _fill(paths, path: Path) -> None:
    store = open_store(path, paths)
    people = [psvc.create_participant(store, {"first_name": f"Naam{i}", "last_name": "Achternaam"})
              for i in range(200)]
    # Earlier versions fill the pages at the end of the file (history: not read at start-up).
    for i in range(400):
        store.repo("participant").update(people[i % 20]["id"], {"last_name": f"Achternaam {i} " * 12})
    assert close_store(store, paths)


def _deferred_store(paths, path: Path, *, damage: bool):
    _fill(paths, path)
    if damage:
        _flip_bits(path, paths, from_fraction=0.75)
    store = open_store(path, paths, trust_clean_close=True)
    assert store.check_state == DEFERRED
    return store


def _record_boxes(monkeypatch, click_restore: bool) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box):
        shown.append(box)
        button = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole) if click_restore \
            else box.button(QMessageBox.StandardButton.Close)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_a_healthy_file_is_checked_behind_the_window_without_a_word(
        qtbot, make_window, paths, tmp_path, monkeypatch):
    shown = _record_boxes(monkeypatch, click_restore=False)
    store = _deferred_store(paths, tmp_path / "werk.sqlite", damage=False)
    window = make_window(store)
    window.start_integrity_check()
    qtbot.waitUntil(lambda: store.check_state != DEFERRED, timeout=20000)
    assert store.check_state == CHECKED and not shown
    assert window.caseload.model.rowCount() == 200
    window.close()
    assert close_store(store, paths)


def test_damage_found_behind_the_window_is_said_and_offers_the_backups(
        qtbot, make_window, paths, tmp_path, monkeypatch):
    shown = _record_boxes(monkeypatch, click_restore=True)
    store = _deferred_store(paths, tmp_path / "werk.sqlite", damage=True)
    window = make_window(store)
    restores: list[bool] = []
    monkeypatch.setattr(window.document, "restore_backup", lambda: restores.append(True) or False)
    window.start_integrity_check()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert store.check_state == FAILED
    box = shown[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "beschadiging" in box.text() and "back-up terug" in box.text()
    assert "niet verder" in box.text()  # found while working in it: stop, do not trust it
    assert restores == [True]  # the coach chose the restore button
    window.close()
    assert not close_store(store, paths)


def test_damage_that_stops_the_window_gets_the_refusal_a_check_at_open_gives(
        qapp, paths, tmp_path, monkeypatch):
    """The caseload itself is damaged: reading it fails before the window shows. Start-up
    then runs the check it left out and refuses the file in plain Dutch, as before."""
    from begeleider_app.ui.app import build

    path = tmp_path / "werk.sqlite"
    _fill(paths, path)
    _flip_bits(path, paths, pages=(_root_page(path, "participant"),))
    probe = open_store(path, paths, trust_clean_close=True)  # opening itself does not see it
    assert probe.check_state == DEFERRED
    probe.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    _app, window, code = build(["begeleider-app", "--data-dir", str(paths.data_dir), "--db", str(path),
                                "--no-demo", "--no-backup"])
    assert window is None and code == 2
    assert shown and "beschadigd" in shown[0]
    with pytest.raises(Exception, match="beschadigd"):
        open_store(path, paths, trust_clean_close=True)  # the record is gone: checked at open

"""Start-up through ui.app.build: arguments, the demo offer, the last opened file."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from begeleider_app.services import participants as psvc


def _close(window) -> None:
    store = window.store
    window.close()
    window.deleteLater()
    store.close()


def test_empty_database_offers_the_demo(qapp, tmp_path, monkeypatch, qtbot):
    from begeleider_app.ui.app import build

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    monkeypatch.delenv("BEGELEIDER_DATA_DIR", raising=False)
    db = tmp_path / "leeg.sqlite"
    _app, window, code = build(["begeleider-app", "--data-dir", str(tmp_path / "inst"), "--db", str(db),
                                "--no-backup", "--lang", "nl"])
    assert code == 0 and window is not None
    assert asked and "demo-caseload" in asked[0]
    assert window.caseload.model.rowCount() > 30  # 40 invented people, a few closed/archived
    assert not psvc.is_empty(window.store)
    # Right after the first paint, what start-up made is moved out of the collector's reach.
    import gc

    gc.unfreeze()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)
    gc.unfreeze()  # the rest of the test session collects as usual
    _close(window)


def test_no_demo_flag_and_a_refused_file(qapp, tmp_path, monkeypatch):
    from begeleider_app.ui.app import build

    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no question with --no-demo"))))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    monkeypatch.delenv("BEGELEIDER_DATA_DIR", raising=False)
    data = tmp_path / "inst"
    _app, window, code = build(["begeleider-app", "--data-dir", str(data), "--db", str(tmp_path / "a.sqlite"),
                                "--no-demo", "--no-backup"])
    assert window is not None and window.caseload.model.rowCount() == 0
    _close(window)
    bad = tmp_path / "leeg-bestand.sqlite"
    bad.write_bytes(b"")
    _app, window, code = build(["begeleider-app", "--data-dir", str(data), "--db", str(bad), "--no-demo"])
    assert window is None and code == 2
    assert shown and "0 bytes" in shown[0]
    assert (data / "logs" / "begeleider.log").exists()

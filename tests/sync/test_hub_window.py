"""The window with an organisation hub: it says which way it syncs, syncs through the hub, and
an unreachable hub is "offline", never an error dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from begeleider_app.config import Settings
from begeleider_app.services.participants import create_participant
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto

from .conftest import HUB_PASSPHRASE, HUB_TEAM_PASSPHRASE


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


@pytest.fixture
def window(qtbot, tmp_path, paths):
    from begeleider_app.ui.main_window import MainWindow

    store = open_store(tmp_path / "werk.sqlite", paths, key=HUB_PASSPHRASE)
    crypto.set_team_passphrase(store.db, HUB_TEAM_PASSPHRASE)
    win = MainWindow(store, paths, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    store.close()
    crypto.forget_session_keys()


def test_the_window_syncs_through_the_hub_and_says_so(window, hub, qtbot, boxes):
    dsn, password = hub.add_device("venster")
    controller = window.sync_controller
    controller.show_summary = False
    assert controller.choose_hub(dsn, password)
    assert "via hub 127.0.0.1" in controller.status.text()
    person = create_participant(window.store, {"first_name": "Vensterina"})
    assert controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=60_000)
    assert not boxes and controller.last_report is not None
    assert controller.last_report.published_seq is not None
    assert controller.last_report.share.startswith("hub ")
    with hub.admin() as conn:
        assert conn.execute("SELECT count(*) FROM begeleider.manifest").fetchone()[0] == 1
    # The password is a local secret of this laptop: never in the settings file.
    assert password not in window.paths.settings_file.read_text(encoding="utf-8")
    assert person["id"]


def test_an_unreachable_hub_is_offline_in_the_status_bar_not_a_dialog(window, qtbot, boxes):
    controller = window.sync_controller
    assert controller.choose_hub("host=127.0.0.1 port=1 dbname=hub user=laptop connect_timeout=2",
                                 "geheim")
    assert controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=60_000)
    assert boxes == []
    assert "Offline" in window.statusBar().currentMessage()
    assert controller.offline and "niet bereikbaar" in controller.offline


def test_a_plain_database_cannot_choose_a_hub(qtbot, tmp_path, paths, boxes):
    from begeleider_app.ui.main_window import MainWindow

    store = open_store(tmp_path / "plain.sqlite", paths)
    win = MainWindow(store, paths, Settings())
    qtbot.addWidget(win)
    try:
        assert not win.sync_controller.choose_hub("host=127.0.0.1 dbname=h user=x", "pw")
        assert boxes and "versleutelde database" in boxes[0]
        assert win.settings.hub_dsn == ""
    finally:
        win.close()
        store.close()


def test_the_menu_item_opens_the_hub_dialog(window, monkeypatch, boxes):
    """Extra > Organisatiehub... asks for the hub (the menu's 'checked' argument once took
    the dialog's place: nothing opened and the settings held hub_dsn false)."""
    from begeleider_app.ui.dialogs.hub_dialog import HubDialog

    dsn = "host=127.0.0.1 port=1 dbname=hub user=laptop connect_timeout=2"
    opened: list[HubDialog] = []
    monkeypatch.setattr(HubDialog, "exec", lambda self: opened.append(self) or HubDialog.DialogCode.Accepted)
    monkeypatch.setattr(HubDialog, "values", lambda self: (dsn, "geheim wachtwoord"))
    window.sync_controller.hub_action.trigger()
    assert len(opened) == 1 and not boxes
    assert window.settings.hub_dsn == dsn
    assert '"hub_dsn": "host=127.0.0.1' in window.paths.settings_file.read_text(encoding="utf-8")

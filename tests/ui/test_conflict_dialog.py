"""The conflicts view and the Sync button, on real databases synced through a temporary share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from begeleider_app.config import Device, Settings, resolve_paths
from begeleider_app.services.participants import create_participant
from begeleider_app.services.session import open_store
from begeleider_app.sync.conflicts import open_conflicts
from begeleider_app.sync.engine import sync
from begeleider_app.ui.dialogs.conflict_dialog import ConflictDialog


@pytest.fixture
def team(tmp_path: Path, paths, store):
    """The test's own store ("Anna") and a colleague's laptop ("Bram"), one shared folder."""
    share = tmp_path / "share"
    share.mkdir()
    anna = Device.load_or_create(paths)
    bram_paths = resolve_paths(tmp_path / "bram")
    bram_paths.ensure()
    bram = Device.load_or_create(bram_paths)
    bram_store = open_store(tmp_path / "bram" / "work.sqlite", bram_paths, device=bram)

    def sync_a():
        return sync(store, share, paths, device=anna, coach_name="Anna")

    def sync_b():
        return sync(bram_store, share, bram_paths, device=bram, coach_name="Bram")

    yield share, sync_a, sync_b, bram_store
    bram_store.close()


def make_conflict(store, team, field="phone", a_value="0600000001", b_value="0600000002"):
    _share, sync_a, sync_b, bram_store = team
    pid = create_participant(store, {"first_name": "Sanne", "last_name": "Visser"})["id"]
    sync_a()
    sync_b()
    store.repo("participant").update(pid, {field: a_value})
    bram_store.repo("participant").update(pid, {field: b_value})
    sync_b()
    sync_a()
    return pid


def test_conflict_view_shows_both_versions_side_by_side_and_keeps_the_chosen_one(
        qtbot, nl_app, store, team):
    pid = make_conflict(store, team)
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert "Sanne Visser" in dialog.list.item(0).text()
    values = {dialog.side_texts[i].toPlainText(): dialog.side_labels[i].text() for i in range(2)}
    assert set(values) == {"0600000001", "0600000002"}
    assert "Anna" in values["0600000001"] and "Bram" in values["0600000002"]
    assert all(any(ch.isdigit() for ch in label) for label in values.values())  # when
    assert dialog.side_texts[0].isVisible() and dialog.side_texts[1].isVisible()
    assert not dialog.side_texts[2].isVisible()
    bram_side = next(i for i in range(2) if dialog.side_texts[i].toPlainText() == "0600000002")
    with qtbot.waitSignal(dialog.resolved):
        dialog.keep_buttons[bram_side].click()
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    assert store.repo("participant").get(pid)["phone"] == "0600000002"
    # The choice is a new edit that wins on the colleague's laptop too.
    _share, sync_a, sync_b, bram_store = team
    sync_a()
    sync_b()
    assert bram_store.repo("participant").get(pid)["phone"] == "0600000002"
    assert open_conflicts(bram_store.db) == []


def test_combined_text_is_saved_as_new_version(qtbot, nl_app, store, team):
    pid = make_conflict(store, team, "address", "Dorpsstraat 1", "Kerkweg 2")
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.combined.isVisible()
    assert "Dorpsstraat 1" in dialog.combined.toPlainText() and "Kerkweg 2" in dialog.combined.toPlainText()
    dialog.combined.setPlainText("Dorpsstraat 1 (post: Kerkweg 2)")
    dialog.combine_button.click()
    assert store.repo("participant").get(pid)["address"] == "Dorpsstraat 1 (post: Kerkweg 2)"
    assert open_conflicts(store.db) == []


def test_delete_versus_edit_is_shown_as_such(qtbot, nl_app, store, team):
    _share, sync_a, sync_b, bram_store = team
    pid = create_participant(store, {"first_name": "Sanne"})["id"]
    sync_a()
    sync_b()
    store.repo("participant").delete(pid)
    bram_store.repo("participant").update(pid, {"phone": "0611111111"})
    sync_b()
    sync_a()
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    texts = {dialog.side_texts[i].toPlainText() for i in range(2)}
    assert len(texts) == 2 and not dialog.combined.isVisible()
    deleted_side = next(i for i in range(2) if dialog.conflicts[0].versions[i].value)
    dialog.keep(deleted_side)
    assert store.repo("participant").get(pid) is None


def test_sync_button_runs_off_the_ui_thread_and_shows_a_summary(
        qtbot, make_window, store, team, monkeypatch, tmp_path):
    share, _sync_a, sync_b, bram_store = team
    create_participant(bram_store, {"first_name": "Bram's deelnemer"})
    sync_b()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = make_window(store, Settings(share_folder=str(share), coach_name="Anna"))
    controller = window.sync_controller
    before = controller.status.text()
    assert before == "Laatst gesynchroniseerd: nog nooit · via gedeelde map"
    assert window.toolbar.widgetForAction(controller.sync_action).text() == "Synchroniseren"
    with qtbot.waitSignal(controller.synced, timeout=20000) as blocker:
        assert controller.sync_now()
        assert not controller.sync_action.isEnabled()  # busy while the worker runs
    report = blocker.args[0]
    # Anna's database was empty: she has nothing of her own to publish yet (sync v2).
    assert not report.publish_error and report.changes > 0
    assert controller.sync_action.isEnabled() and not controller.progress.isVisible()
    assert controller.status.text().startswith("Laatst gesynchroniseerd: ")
    assert controller.status.text() != before
    assert shown and "Bram" in shown[0]
    assert any(r["first_name"] == "Bram's deelnemer" for r in store.repo("participant").find())


def test_share_folder_holding_the_working_database_is_refused(make_window, store, no_message_boxes):
    window = make_window(store, Settings())
    assert not window.sync_controller.set_share_folder(store.path.parent)
    assert no_message_boxes and window.settings.share_folder == ""
    assert window.sync_controller.set_share_folder(store.path.parent / "elders")
    assert window.settings.share_folder.endswith("elders")


def test_participant_with_a_conflict_is_pointed_out(make_window, store, team):
    pid = make_conflict(store, team)
    window = make_window(store, Settings())
    assert window.sync_controller.point_out_conflicts(pid) == 1
    assert "conflict" in window.statusBar().currentMessage()
    other = create_participant(store, {"first_name": "Zonder"})["id"]
    assert window.sync_controller.point_out_conflicts(other) == 0


def test_unreachable_share_is_reported_and_the_window_keeps_working(
        qtbot, make_window, store, tmp_path, no_message_boxes):
    window = make_window(store, Settings(share_folder=str(tmp_path / "niet-aangekoppeld")))
    controller = window.sync_controller
    assert controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)  # the worker reported back
    assert controller.sync_action.isEnabled() and not controller.progress.isVisible()
    assert any("niet bereikbaar" in text for text in no_message_boxes)
    assert controller.status.text().startswith("Laatst gesynchroniseerd: nog nooit")
    pid = create_participant(store, {"first_name": "Offline"})["id"]  # work goes on
    assert store.repo("participant").get(pid)["first_name"] == "Offline"

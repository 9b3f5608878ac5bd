"""Menu commands around the file: history restore, backups, another file, settings, errors."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store
from begeleider_app.storage.backup import list_backups


@pytest.fixture
def person(store):
    return psvc.create_participant(store, {"first_name": "Rania", "last_name": "Saleh"},
                                   today=date(2026, 10, 1))


def _type_and_store(qtbot, window, field: str, text: str) -> None:
    editor = window.participant_tabs[0].intake.editors[field].input
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    window.flush()


def test_restore_an_earlier_version_from_history(qtbot, window, store, person, answer_yes):
    from begeleider_app.ui.dialogs.history_dialog import HistoryDialog

    window.select_participant(person["id"])
    _type_and_store(qtbot, window, "first_language", "Arabisch")
    _type_and_store(qtbot, window, "first_language", "Koerdisch")
    tab = window.participant_tabs[0]
    dialog = HistoryDialog(store, tab.history_targets(), window)
    qtbot.addWidget(dialog)
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findText("Intake"))
    assert dialog.table.rowCount() == 2  # empty -> Arabisch -> Koerdisch
    assert "Eerste taal" in dialog.table.item(0, 1).text()
    assert "Eerste taal: Arabisch" in dialog.preview.toPlainText()
    dialog.restore_selected()
    assert dialog.restored and answer_yes
    assert psvc.intake_for(store, person["id"])["first_language"] == "Arabisch"
    window.refresh_participant()
    assert tab.intake.editors["first_language"].raw_value() == "Arabisch"
    # The restore is itself a version: Koerdisch can come back too.
    assert len(store.repo("intake").history(tab.intake_id)) == 3


def test_backup_then_restore_brings_the_data_back(qtbot, window, store, person, paths, answer_yes,
                                                  no_message_boxes):
    window.select_participant(person["id"])
    _type_and_store(qtbot, window, "talents", "Zorgvuldig")
    assert window.document.make_backup()  # in the background
    assert window.ctx.ops.wait()
    backup = window.document.last_backup
    assert backup is not None and backup in list_backups(paths.backups_dir)
    _type_and_store(qtbot, window, "talents", "Overschreven")
    assert window.document.restore_backup(backup)
    assert window.ctx.ops.wait() and window.document.restored
    assert window.store is not store  # closed and reopened
    assert psvc.intake_for(window.store, person["id"])["talents"] == "Zorgvuldig"
    assert window.select_participant(person["id"])
    assert window.participant_tabs[0].intake.editors["talents"].raw_value() == "Zorgvuldig"
    # The data before the restore was kept as a copy.
    assert any(p.name.startswith("voor-terugzetten-") for p in list_backups(paths.backups_dir))
    assert not no_message_boxes
    window.store.close()


def test_open_another_database_file(qtbot, window, store, person, paths, tmp_path):
    other_path = tmp_path / "ander.sqlite"
    other = open_store(other_path, paths)
    other_person = psvc.create_participant(other, {"first_name": "Bram", "last_name": "Bos"})
    other.close()
    changed = []
    window.store_changed.connect(changed.append)
    assert window.document.open_database(other_path)
    assert [r["id"] for r in window.caseload.model.rows] == [other_person["id"]]
    assert window.current_participant_id() is None
    assert "ander.sqlite" in window.windowTitle()
    assert changed == [window.store]
    assert window.settings.last_db == str(other_path)
    window.store.close()


def test_refused_file_leaves_the_open_database_in_place(window, store, person, tmp_path, no_message_boxes):
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(b"dit is geen database")
    assert not window.document.open_database(bad)
    assert window.store is store
    assert no_message_boxes and "geen SQLite-database" in no_message_boxes[0]
    assert bad.read_bytes() == b"dit is geen database"


def test_daily_backup_runs_in_the_background(qtbot, window, paths):
    window.start_daily_backup()
    qtbot.waitUntil(lambda: bool(list_backups(paths.backups_dir)), timeout=10_000)
    window.document.backup_thread.join(10)
    assert len(list_backups(paths.backups_dir)) == 1
    window.start_daily_backup()  # once a day
    window.document.backup_thread.join(10)
    assert len(list_backups(paths.backups_dir)) == 1


def test_settings_are_saved_and_a_language_change_is_announced(
    qtbot, window, paths, fill_dialog, no_message_boxes
):
    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.settings_dialog import SettingsDialog

    def fill(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.edits["coach_name"].setText("Demo Begeleider")
        dialog.edits["organisation_name"].setText("Werkpunt Oost")
        dialog.backup_count.setValue(30)
    fill_dialog(SettingsDialog, fill)
    window.act_settings.trigger()
    saved = Settings.load(paths)
    assert (saved.language, saved.coach_name, saved.organisation_name, saved.backup_count) == (
        "en", "Demo Begeleider", "Werkpunt Oost", 30)
    assert no_message_boxes and "opnieuw start" in no_message_boxes[0]


def test_exception_hook_logs_saves_and_explains(qtbot, window, store, person, paths, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from begeleider_app.ui.app import ExceptionHook, setup_logging

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    window.select_participant(person["id"])
    editor = window.participant_tabs[0].intake.editors["motivation"].input
    editor.setFocus()
    qtbot.keyClicks(editor, "Wil voor het gezin zorgen")  # still waiting for the debounce
    log_file = setup_logging(paths)
    hook = ExceptionHook(log_file, flush=window.flush)
    typed = "kapotte " + "knop"  # as if it came from a field (not in the source line)
    try:
        raise RuntimeError(typed)
    except RuntimeError as err:
        hook(type(err), err, err.__traceback__)
    for handler in logging.getLogger("begeleider").handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in logged and "test_exception_hook_logs_saves_and_explains" in logged
    assert "kapotte knop" not in logged  # messages may hold personal data: never logged
    assert psvc.intake_for(store, person["id"])["motivation"] == "Wil voor het gezin zorgen"
    assert shown and shown[0].startswith("Er ging iets mis") and "is bewaard" in shown[0]
    assert str(log_file) in shown[0]
    assert editor.toPlainText() == "Wil voor het gezin zorgen"
    QApplication.processEvents()


def test_archive_hides_and_brings_back(window, store, person, answer_yes):
    window.select_participant(person["id"])
    window.commands.act_archive.trigger()
    assert store.repo("participant").get(person["id"])["archived"]
    assert window.caseload.model.row_of(person["id"]) < 0 or window.caseload.status_filter.currentData() == "__archived__"
    window.caseload.status_filter.setCurrentIndex(window.caseload.status_filter.findData("__archived__"))
    assert window.caseload.model.row_of(person["id"]) >= 0
    window.select_participant(person["id"])
    window.commands.act_archive.trigger()
    assert not store.repo("participant").get(person["id"])["archived"]


def test_new_empty_database_file(window, store, person, paths, tmp_path, no_message_boxes):
    target = tmp_path / "echt.sqlite"
    assert window.document.new_database(target)
    assert target.exists() and window.caseload.model.rowCount() == 0
    assert not window.document.new_database(target)  # never over an existing file
    assert no_message_boxes
    window.store.close()


def test_window_layout_is_remembered(qtbot, make_window, store, paths):
    from begeleider_app.config import Settings
    from begeleider_app.ui.main_window import MainWindow

    first = make_window(store, Settings())
    first.centralWidget().setSizes([300, 1000])
    sizes = first.centralWidget().sizes()
    first.close()
    saved = Settings.load(paths)
    assert set(saved.extra["window"]) == {"geometry", "splitter"}
    second = MainWindow(store, paths, saved)
    qtbot.addWidget(second)
    second.resize(first.size())
    second.show()
    assert second.centralWidget().sizes() == sizes
    # A damaged value is ignored, never fatal.
    saved.extra["window"] = {"geometry": "!!", "splitter": 12}
    third = MainWindow(store, paths, saved)
    qtbot.addWidget(third)

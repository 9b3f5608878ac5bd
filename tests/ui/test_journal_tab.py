"""The Journaal tab by keyboard only: Ctrl+J, two goals, a follow-up in the agenda."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from begeleider_app.services import journal
from begeleider_app.services.agenda import agenda
from begeleider_app.services.participants import create_participant


@pytest.fixture
def person(store):
    pid = create_participant(store, {"first_name": "Selam", "last_name": "Tesfamariam"})["id"]
    goals = [store.repo("goal").insert({"participant_id": pid, "text": t, "status": "open", "sort_order": i})["id"]
             for i, t in enumerate(("Op tijd komen", "Zelf met de bus", "Taal A2"))]
    return pid, goals


def _tab_to(window, widget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus (keyboard only)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_add_an_entry_with_the_keyboard_only(qtbot, window, store, person):
    pid, goals = person
    assert window.select_participant(pid)
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    tab = window.tabs.currentWidget()
    assert tab.objectName() == "journalTab"
    date_input = tab.binding.editors["date"].input
    assert QApplication.focusWidget() is date_input
    assert date_input.text() == date.today().strftime("%d-%m-%Y")
    entry_id = tab.entry_id

    _tab_to(window, tab.binding.editors["minutes"].input)
    QTest.keyClicks(QApplication.focusWidget(), "45")
    _tab_to(window, tab.goal_list)
    QTest.keyClick(tab.goal_list, Qt.Key.Key_Space)  # first goal
    QTest.keyClick(tab.goal_list, Qt.Key.Key_Down)
    QTest.keyClick(tab.goal_list, Qt.Key.Key_Down)
    QTest.keyClick(tab.goal_list, Qt.Key.Key_Space)  # third goal
    text_input = tab.binding.editors["text"].input
    _tab_to(window, text_input)
    QTest.keyClicks(text_input, "Huisbezoek: rooster besproken")
    follow = tab.binding.editors["follow_up"].input
    _tab_to(window, follow)
    QTest.keyClicks(follow, "Werkgever bellen")
    owner = tab.binding.editors["follow_up_owner"].input
    _tab_to(window, owner)
    QTest.keyClicks(owner, "Beg")
    due = tab.binding.editors["follow_up_date"].input
    _tab_to(window, due)
    when = date.today() + timedelta(days=2)
    QTest.keyClicks(due, when.strftime("%d-%m-%Y"))
    QTest.keyClick(due, Qt.Key.Key_Tab)  # leaving the field stores at once
    tab.flush()

    entry = journal.get(store, entry_id)
    assert entry["minutes"] == 45 and entry["text"] == "Huisbezoek: rooster besproken"
    assert entry["goal_ids"] == [goals[0], goals[2]]
    assert entry["kind"] == "huisbezoek" and entry["phase"] == "intake"
    assert entry["follow_up_owner"] == "coach"
    action = store.repo("action").get(entry["follow_up_action_id"])
    assert action["goal_id"] == goals[0] and action["due_date"] == when.isoformat()
    assert [e.label for e in agenda(store, date.today())] == ["Werkgever bellen"]
    assert tab.table.rowCount() == 1 and tab.table.text(0, 2) == "45"
    # The plan shows the new action the next time the goals tab is in front.
    goals_tab = window.participant_tabs[1]
    assert not goals_tab.is_loaded()
    window.show_tab_named("GoalsTab")
    assert goals_tab.is_loaded()
    from PySide6.QtWidgets import QLineEdit
    assert "Werkgever bellen" in [e.text() for e in goals_tab.findChildren(QLineEdit) if e.isVisible()]
    window.show_tab_named("journalTab")
    assert "0,8" in tab.hours_label.text()  # 45 minutes this month

    # The next entry remembers the kind used last.
    journal.get(store, entry_id)
    store.repo("journal_entry").update(entry_id, {"kind": "telefoon"})
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert tab.binding.editors["kind"].raw_value() == "telefoon"
    assert tab.table.rowCount() == 2


def test_search_and_follow_up_without_goal_says_what_to_do(qtbot, window, store, person):
    pid, _goals = person
    journal.new_entry(store, pid, values={"text": "Gesprek over de fiets", "minutes": 20})
    journal.new_entry(store, pid, values={"text": "Belafspraak met de klantmanager", "minutes": 10})
    window.select_participant(pid)
    assert window.show_tab_named("journalTab")
    tab = window.tabs.currentWidget()
    assert tab.table.rowCount() == 2
    tab.search.setText("fiets")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.set_current_row(0)
    follow = tab.binding.editors["follow_up"].input
    follow.setFocus()
    QTest.keyClicks(follow, "Fiets laten maken")
    tab.flush()
    assert "Koppel eerst een doel" in tab.follow_state.text()


def test_search_across_the_caseload_opens_the_participants_journal(qtbot, window, store, person):
    pid, _goals = person
    other = create_participant(store, {"first_name": "Kees", "last_name": "Bos"})["id"]
    journal.new_entry(store, other, values={"text": "Gesprek over de taalschool"})
    journal.new_entry(store, pid, values={"text": "Taalschool gebeld", "minutes": 5})
    journal.new_entry(store, pid, values={"text": "Taalschool en huisarts", "health": True})
    window.select_participant(other)
    dialog = window.journal.search_journals()
    qtbot.keyClicks(dialog.query, "taalsch")
    assert dialog.results.rowCount() == 3
    assert {dialog.results.text(i, 0) for i in range(3)} == {"Selam Tesfamariam", "Kees Bos"}
    assert "huisarts" not in " ".join(dialog.results.text(i, 2) for i in range(3))
    dialog.results.set_current_row(next(i for i in range(3) if dialog.results.text(i, 0) == "Selam Tesfamariam"))
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_participant_id() == pid
    assert window.tabs.currentWidget().objectName() == "journalTab"


def test_caseload_shows_hours_of_the_last_three_months(qtbot, window, store, person):
    pid, _goals = person
    journal.new_entry(store, pid, values={"minutes": 90})
    journal.new_entry(store, pid, on=date.today() - timedelta(days=200), values={"minutes": 600})
    window.caseload.refresh()
    model = window.caseload.model
    row = model.row_of(pid)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Uren (3 mnd)"
    assert model.index(row, 4).data() == "1,5"


def test_caseload_hours_chart_is_read_off_the_ui_thread(qtbot, window, store, person):
    pid, _goals = person
    journal.new_entry(store, pid, values={"minutes": 120})
    assert window.journal.show_caseload_hours()
    window.ctx.ops.wait()
    qtbot.waitUntil(lambda: window.journal.dialog is not None and window.journal.dialog.isVisible())
    months = window.journal.dialog.chart.months
    assert len(months) == 12 and months[-1][1] == 120
    window.journal.dialog.close()


def test_hours_log_export_from_the_window_runs_as_an_operation(qtbot, window, store, person, tmp_path):
    from begeleider_app.ui.dialogs.hours_dialog import HoursExportDialog

    pid, _goals = person
    journal.new_entry(store, pid, values={"minutes": 30, "text": "PRIVE-tekst-xq"})
    window.select_participant(pid)
    dialog = HoursExportDialog(store, pid, date.today(), window)
    dialog.start.setText("01-01-2000")
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.accept()
    out = tmp_path / "uren.csv"
    assert window.journal.export_hours(out, dialog)
    window.ctx.ops.wait()
    text = out.read_text(encoding="utf-8-sig")
    assert "Totaal;;;30;0:30" in text and "PRIVE-tekst-xq" not in text


def test_granted_hours_are_added_shown_and_removed_in_the_hours_overview(
        qtbot, window, store, person, fill_dialog, answer_yes):
    from begeleider_app.ui.dialogs.hours_dialog import HoursDialog
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    from .conftest import set_editor

    pid, goals = person
    e = journal.new_entry(store, pid, values={"minutes": 240})
    journal.set_goals(store, e["id"], goals[:2])
    dialog = HoursDialog(store, pid, date.today(), window)
    qtbot.addWidget(dialog)
    assert dialog.goal_table.rowCount() == 2 and dialog.goal_table.text(0, 1) == "2"
    assert dialog.week_table.rowCount() == 8 and dialog.week_table.text(0, 1) == "4"
    fill_dialog(RecordDialog, lambda d: set_editor(d.editor("hours"), "5"))
    assert dialog.add_budget()
    assert dialog.budget_table.rowCount() == 1 and dialog.budget_table.text(0, 3) == "4 (80%)"
    assert "Let op" in dialog.budget_label.text()
    assert dialog.remove_budget() and answer_yes
    assert dialog.budget_table.rowCount() == 0


def test_typing_an_earlier_date_moves_the_proposed_phase(qtbot, window, store, person):
    from begeleider_app.services.participants import change_status

    pid, _goals = person
    change_status(store, pid, "intake", on=date.today() - timedelta(days=60))
    change_status(store, pid, "actief", on=date.today())
    window.select_participant(pid)
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    tab = window.tabs.currentWidget()
    assert tab.binding.editors["phase"].raw_value() == "plan"
    date_input = tab.binding.editors["date"].input
    date_input.selectAll()
    QTest.keyClicks(date_input, (date.today() - timedelta(days=30)).strftime("%d-%m-%Y"))
    QTest.keyClick(date_input, Qt.Key.Key_Tab)
    tab.flush()
    assert tab.binding.editors["phase"].raw_value() == "intake"
    assert journal.get(store, tab.entry_id)["phase"] == "intake"


def test_ctrl_j_without_a_participant_says_why_nothing_opened(qtbot, window):
    assert window.ctx.current_participant_id() is None
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert "Kies eerst een deelnemer" in window.statusBar().currentMessage()


def test_the_menus_have_no_empty_groups_and_file_ends_with_quit(window):
    for menu in window.menuBar().findChildren(type(window.ctx.menus["file"])):
        actions = [a for a in menu.actions() if a.isVisible()]
        kinds = [a.isSeparator() for a in actions]
        assert not any(a and b for a, b in pairwise(kinds)), f"two separators in {menu.title()}"
        assert not (kinds and (kinds[0] or kinds[-1])), f"{menu.title()} starts or ends with a separator"
    file_actions = window.ctx.menus["file"].actions()
    assert file_actions[-1].objectName() == "actQuit"
    names = [a.objectName() for a in file_actions]
    assert names.index("actLock") < names.index("actQuit")

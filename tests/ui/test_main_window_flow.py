"""A coach's day on real widgets and a real SQLite file, then the file reopened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from begeleider_app.domain.validation import format_date
from begeleider_app.services import goals as gsvc
from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store
from begeleider_app.ui.dialogs.goal_dialogs import ReviseGoalDialog
from begeleider_app.ui.dialogs.record_dialog import RecordDialog
from begeleider_app.ui.dialogs.status_dialog import StatusDialog

from .conftest import set_editor


def _new_participant(dialog: RecordDialog) -> None:
    set_editor(dialog.editor("first_name"), "Samira")
    set_editor(dialog.editor("last_name"), "Testpersoon")
    set_editor(dialog.editor("name_native"), "سميرة")
    set_editor(dialog.editor("birth_date"), "01-02-1990")
    set_editor(dialog.editor("weight"), "middel")


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_a_day_of_work_is_all_there_after_reopening(
    qtbot, make_window, paths, tmp_path, fill_dialog, answer_yes, nl_app
):
    db_path = tmp_path / "dag.sqlite"
    store = open_store(db_path, paths)
    window = make_window(store)

    # New participant (Ctrl+N opens the dialog; its validation runs for real).
    fill_dialog(RecordDialog, _new_participant)
    window.commands.act_new.trigger()
    pid = window.current_participant_id()
    assert pid is not None
    assert "Samira Testpersoon" in window.header.title.text()
    assert window.caseload.model.rowCount() == 1

    # Intake answers, typed.
    intake = window.participant_tabs[0]
    eds = intake.intake.editors
    _type(qtbot, eds["own_words"].input, "Ik werk graag met mijn handen.")
    _type(qtbot, eds["first_language"].input, "Arabisch")
    _type(qtbot, eds["hours_available"].input, "24")
    _type(qtbot, eds["intake_date"].input, "15-11-2026")
    eds["dutch_level"].input.setFocus()
    eds["dutch_level"].input.setCurrentIndex(eds["dutch_level"].input.findData("A2"))
    qtbot.mouseClick(eds["transport"].checks["fiets"], Qt.MouseButton.LeftButton)
    eds["participatieladder"].input.setCurrentIndex(eds["participatieladder"].input.findData("3"))
    # Stored within a second without any save button.
    qtbot.waitUntil(lambda: psvc.intake_for(store, pid)["intake_date"] == "2026-11-15", timeout=1500)
    assert window.save_label.text().startswith("Opgeslagen om")

    # A work-history entry.
    def work(dialog: RecordDialog) -> None:
        set_editor(dialog.editor("role"), "Kok")
        set_editor(dialog.editor("employer"), "Restaurant Damascus")
        set_editor(dialog.editor("start_year"), "2010")
    fill_dialog(RecordDialog, work)
    intake.work_history.add_button.click()
    assert len(store.repo("work_history").for_participant(pid)) == 1

    # Goals: add, revise with a reason, add an action and tick it off.
    window.show_tab(1)
    goals_tab = window.participant_tabs[1]
    fill_dialog(RecordDialog, lambda d: (set_editor(d.editor("text"), "Ik kom op tijd op mijn werk."),
                                         set_editor(d.editor("term"), "kort")))
    goals_tab.add_goal_button.click()
    box = goals_tab.findChild(QLabel, "goal_0_text")
    assert box is not None and box.text() == "Ik kom op tijd op mijn werk."

    def revise(dialog: ReviseGoalDialog) -> None:
        dialog.text_edit.setPlainText("Ik kom elke werkdag om 8 uur op mijn werk.")
        dialog.reason_edit.setPlainText("Het doel was te vaag")
    fill_dialog(ReviseGoalDialog, revise)
    goals_tab.findChild(QPushButton, "goal_0_revise").click()
    history = goals_tab.findChild(QLabel, "goal_0_revision_0")
    assert history is not None
    assert history.text() == f"bijgesteld op {format_date(date.today())} omdat het doel was te vaag"

    _type(qtbot, goals_tab.findChild(QLineEdit, "goal_0_new_action"), "Busroute oefenen\r")
    qtbot.waitUntil(lambda: goals_tab.findChild(QCheckBox, "goal0_action0_done") is not None)
    qtbot.mouseClick(goals_tab.findChild(QCheckBox, "goal0_action0_done"), Qt.MouseButton.LeftButton)
    action = gsvc.plan(store, pid)[0].actions[0]
    assert action["done"] and action["done_on"] == date.today().isoformat()

    # Pause with a reason (required), then resume.
    def pause_without_reason(dialog: StatusDialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("gepauzeerd"))
    fill_dialog(StatusDialog, pause_without_reason)
    window.commands.act_pause.trigger()
    assert store.repo("participant").get(pid)["status"] == "aanmelding"  # refused: no reason

    def pause(dialog: StatusDialog) -> None:
        dialog.reason_edit.setPlainText("Verhuizing naar een andere gemeente")
    fill_dialog(StatusDialog, pause)
    window.commands.act_pause.trigger()
    assert store.repo("participant").get(pid)["status"] == "gepauzeerd"
    assert "Verhuizing" in window.header.subtitle.text()
    assert window.commands.act_resume.isEnabled()
    window.commands.act_resume.trigger()
    assert store.repo("participant").get(pid)["status"] == "aanmelding"

    # A last keystroke, then close: the close flushes what the debounce has not stored yet.
    window.show_tab(0)
    _type(qtbot, eds["talents"].input, "Koken")
    window.close()
    store.close()

    # Reopen the file in a new window: everything is there.
    store2 = open_store(db_path, paths)
    window2 = make_window(store2)
    assert window2.select_participant(pid)
    eds2 = window2.participant_tabs[0].intake.editors
    assert eds2["own_words"].raw_value() == "Ik werk graag met mijn handen."
    assert eds2["talents"].raw_value() == "Koken"
    assert eds2["first_language"].raw_value() == "Arabisch"
    assert eds2["hours_available"].raw_value() == "24"
    assert eds2["intake_date"].raw_value() == "15-11-2026"
    assert eds2["dutch_level"].raw_value() == "A2"
    assert eds2["transport"].raw_value() == ["fiets"]
    assert eds2["participatieladder"].raw_value() == "3"
    person2 = window2.participant_tabs[0].person.editors
    assert person2["name_native"].raw_value() == "سميرة"
    assert person2["birth_date"].raw_value() == "01-02-1990"
    assert window2.participant_tabs[0].work_history.bindings[0].editors["role"].raw_value() == "Kok"
    window2.show_tab(1)  # the Goals tab builds its widgets when it is shown
    goals2 = window2.participant_tabs[1]
    assert goals2.findChild(QLabel, "goal_0_text").text() == "Ik kom elke werkdag om 8 uur op mijn werk."
    assert goals2.findChild(QLabel, "goal_0_revision_0").text().endswith("omdat het doel was te vaag")
    assert "Ik kom op tijd" in goals2.findChild(QLabel, "goal_0_revision_0").toolTip()
    assert goals2.findChild(QCheckBox, "goal0_action0_done").isChecked()
    statuses = [(c["to_status"], c["reason"]) for c in psvc.status_history(store2, pid)]
    assert ("gepauzeerd", "Verhuizing naar een andere gemeente") in statuses
    assert statuses[-1][0] == "aanmelding"
    window2.close()
    store2.close()

"""A coach's first day on a 1366x768 laptop (issue 20): one test per problem found, numbered
as in the issue. The screen is the 1366x768 virtual screen of tests/conftest.py."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from tests.ui.conftest import MAX_H, TASKBAR, set_editor

from begeleider_app.services import goals as gsvc
from begeleider_app.services import participants as psvc


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _person(store, **values) -> dict:
    return psvc.create_participant(store, {"first_name": "Samira", "last_name": "Testpersoon", **values})


def _open(window, store, **values) -> str:
    pid = _person(store, **values)["id"]
    window.refresh_caseload()
    assert window.select_participant(pid)
    return pid


def _consent(store, pid: str) -> str:
    """The employer Bakkerij De Korenschoof may receive the profile; returns its contact id."""
    from begeleider_app.services import consent

    employer = store.repo("contact").insert({"role": "werkgever", "name": "Els Bakker",
                                             "organisation": "Bakkerij De Korenschoof"})
    consent.add_consent(store, pid, {"recipient_contact_id": employer["id"],
                                     "recipient_name": "Bakkerij De Korenschoof",
                                     "topics": ["profiel", "afspraken"],
                                     "given_on": date.today().isoformat(), "form": "schriftelijk"})
    return employer["id"]


def _whole_text_shown(label: QLabel) -> bool:
    """A wrapped label is at least as tall as its text needs at its width."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


# ---------------------------------------------------------------------- 1
def test_1_the_composer_buttons_are_on_a_1366x768_screen(window, store):
    pid = _open(window, store)
    _consent(store, pid)
    dialog = window.handover.open_handover()
    _settle()
    screen = QRect(0, 0, 1366, 768 - TASKBAR)
    for button in (dialog.save_button, dialog.print_button, dialog.close_button):
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        assert screen.contains(corner), f"{button.text()} at {corner} is below the screen edge"
    assert dialog.height() <= MAX_H
    dialog.close()


# ---------------------------------------------------------------------- 3
def test_3_enter_twice_adds_an_action_once(window, store, qtbot):
    pid = _open(window, store)
    gsvc.add_goal(store, pid, {"text": "Ik kom op tijd op mijn werk."})
    window.show_tab(1)
    goals = window.participant_tabs[1]
    goals.reload()
    edit = goals.findChild(QLineEdit, "goal_0_new_action")
    edit.setFocus()
    qtbot.keyClicks(edit, "Busroute oefenen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the empty field adds nothing
    goals.findChild(QPushButton, "goal_0_add_action").click()
    actions = gsvc.plan(store, pid)[0].actions
    assert [a["description"] for a in actions] == ["Busroute oefenen"]


# ---------------------------------------------------------------------- 7
def test_7_a_work_period_that_ends_before_it_starts_is_refused(window, store, fill_dialog):
    from begeleider_app.domain.validation import ValidationFailed
    from begeleider_app.services import records
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    pid = _open(window, store)
    with pytest.raises(ValidationFailed) as err:
        records.add(store, "work_history", {"participant_id": pid, "role": "Kok",
                                            "start_year": 2015, "end_year": 2010})
    assert "2010" in err.value.errors["end_year"] and "2015" in err.value.errors["end_year"]

    # In the dialog: the message under "Tot (jaar)", the dialog stays open.
    dialogs = []

    def impossible(dialog: RecordDialog) -> None:
        dialogs.append(dialog)
        set_editor(dialog.editor("role"), "Kok")
        set_editor(dialog.editor("start_year"), "2015")
        set_editor(dialog.editor("end_year"), "2010")
    fill_dialog(RecordDialog, impossible)
    intake = window.participant_tabs[0]
    intake.work_history.add_button.click()
    assert records.for_participant(store, "work_history", pid) == []
    assert "ligt vóór" in dialogs[0].editor("end_year").error()

    # In the form of a stored entry: refused as typed, stored once it is right.
    records.add(store, "work_history", {"participant_id": pid, "role": "Kok", "start_year": 2015})
    intake.work_history.load(pid)
    editors = intake.work_history.bindings[0].editors
    set_editor(editors["end_year"], "2010")
    intake.saver.flush()
    assert records.for_participant(store, "work_history", pid)[0]["end_year"] is None
    assert "ligt vóór" in editors["end_year"].error()
    set_editor(editors["start_year"], "2008")
    intake.saver.flush()
    row = records.for_participant(store, "work_history", pid)[0]
    assert (row["start_year"], row["end_year"]) == (2008, 2010)
    assert editors["end_year"].error() == ""


# ---------------------------------------------------------------------- 8
def test_8_the_new_participant_dialog_grows_for_its_messages(window, fill_dialog):
    dialog = window.commands.new_participant_dialog()
    dialog.show()
    _settle()
    height = dialog.height()
    set_editor(dialog.editor("birth_date"), "31-02-1990")
    dialog.accept()  # refused: no first name, no such date
    _settle()
    first, birth = dialog.editor("first_name"), dialog.editor("birth_date")
    assert first.error() == "Voornaam is verplicht."
    assert dialog.height() > height
    assert _whole_text_shown(birth.error_label), "the birth-date message is cut off"
    assert dialog.height() <= MAX_H
    # Typing a name takes its message away at once.
    set_editor(first, "Samira")
    assert first.error() == "" and not first.error_label.isVisible()
    dialog.close()


def test_8_the_passphrase_dialog_shows_its_warning_whole(qapp):
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("new")
    dialog.show()
    _settle()
    dialog.passphrase.setText("kort")
    dialog.repeat.setText("kort")
    dialog._check()
    _settle()
    intro = dialog.findChild(QLabel, "passphraseIntro")
    assert _whole_text_shown(intro) and _whole_text_shown(dialog.error)
    assert intro.geometry().bottom() < dialog.passphrase.geometry().top()
    dialog.close()


def test_8_the_lock_screen_message_does_not_overlap(window, store):
    window.privacy.set_lock_passphrase("een lange zin voor het slot")
    window.privacy.lock()
    _settle()
    screen = window.privacy.lock_screen
    assert not window.privacy.try_unlock("fout")
    _settle()
    parts = [screen.info, screen.passphrase, screen.error, screen.button]
    for label in (screen.info, screen.error):
        assert _whole_text_shown(label)
    for a, b in zip(parts, parts[1:], strict=False):
        assert a.geometry().bottom() < b.geometry().top(), f"{a.objectName()} overlaps {b.objectName()}"
    window.privacy.try_unlock("een lange zin voor het slot")


# ---------------------------------------------------------------------- 9
def test_9_keyboard_mnemonics_and_focus(window, store, fill_dialog):
    from begeleider_app.ui.dialogs.observation_dialog import ObservationDialog
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog
    from begeleider_app.ui.widgets.mnemonics import mnemonic, mnemonic_problems

    # Alt+N is the Nazorg tab only, also with the placement tab in front.
    _open(window, store)
    window.show_tab(2)
    _settle()
    assert not [p for p in mnemonic_problems(window) if "Alt+N" in p]
    assert mnemonic(window.participant_tabs[2].add_button.text()) != "n"
    # "Doorgaan zonder versleuteling..." has its letter.
    dialog = PassphraseDialog("new")
    assert mnemonic(dialog.plain_button.text()) is not None
    # The observation dialog opens in its date field.
    observation = ObservationDialog([("op_tijd", "Op tijd komen")], (1, 5), lambda _d: None, window)
    observation.show()
    _settle()
    assert observation.focusWidget() is observation.date_edit
    observation.close()

    # After making a participant the focus is in the form (the first name).
    def new(d: RecordDialog) -> None:
        set_editor(d.editor("first_name"), "Yonas")
    fill_dialog(RecordDialog, new)
    window.commands.act_new.trigger()
    _settle()
    intake = window.participant_tabs[0]
    assert window.focusWidget() is intake.person.editors["first_name"].input

    # After removing an action the focus stays in the plan, on the next action.
    pid = window.current_participant_id()
    goal = gsvc.add_goal(store, pid, {"text": "Ik haal mijn rijbewijs."})
    for text in ("Theorie leren", "Lessen plannen"):
        gsvc.add_action(store, goal["id"], {"description": text, "owner": "deelnemer"})
    window.show_tab(1)
    goals = window.participant_tabs[1]
    goals.reload()
    _settle()
    remove = goals.findChild(QPushButton, "goal0_action0_remove")
    remove.setFocus()
    remove.click()
    _settle()
    focus = window.focusWidget()
    assert focus is goals.findChild(QLineEdit, "goal0_action0_description")
    assert focus.text() == "Lessen plannen"

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services.participants import change_status, create_participant
from begeleider_app.ui.dialogs.aftercare_plan_dialog import AftercarePlanDialog
from begeleider_app.ui.dialogs.record_dialog import RecordDialog
from begeleider_app.ui.tabs.aftercare import AftercareTab

TODAY = date(2027, 3, 15)


@pytest.fixture
def person(store):
    p = create_participant(store, {"first_name": "Mebrat", "last_name": "Kidane"}, today=date(2027, 1, 4))
    change_status(store, p["id"], "actief", on=date(2027, 1, 10))
    return p


@pytest.fixture
def tab(qtbot, store, person):
    t = AftercareTab(store)
    t.today = lambda: TODAY
    qtbot.addWidget(t)
    t.resize(1100, 720)
    t.show()
    t.set_participant(person["id"])
    return t


def _accept(dialog):
    dialog.accept()
    return dialog.result()


def _states(tab):
    """The State column, mapped back to state names (whatever language is installed)."""
    names = {tab.tr("Done"): "done", tab.tr("Overdue"): "overdue", tab.tr("Today"): "today",
             tab.tr("Planned"): "planned"}
    return [names[tab.table.text(r, 2)] for r in range(tab.table.rowCount())]


def test_place_participant_plan_from_placement_date_with_month_ends(tab, store, person, monkeypatch):
    assert not tab.banner.isVisible()
    obs.save_placement(store, person["id"], {"type": "proefplaatsing", "organisation": "Metaal Oost",
                                             "start_date": "2027-01-31"})
    tab.load()
    assert tab.banner.isVisible()
    monkeypatch.setattr(AftercarePlanDialog, "exec", _accept)
    tab.plan_button.click()
    assert not tab.banner.isVisible()
    dates = [tab.table.text(r, 0) for r in range(tab.table.rowCount())]
    assert dates == ["07-02-2027", "28-02-2027", "31-03-2027", "31-05-2027", "31-07-2027",
                     "31-10-2027", "31-01-2028"]
    # today is 15-03-2027: the first two moments are overdue, the rest planned
    assert _states(tab) == ["overdue", "overdue", "planned", "planned", "planned", "planned", "planned"]
    assert tab.timeline.state_counts() == {"done": 0, "overdue": 2, "planned": 5, "today": 0}
    assert tab.tr("Closing conversation").lower() in tab.table.text(6, 1)


def test_status_geplaatst_offers_plan_too(tab, store, person, monkeypatch):
    change_status(store, person["id"], "geplaatst", on=date(2027, 1, 31))
    tab.load()
    assert tab.banner.isVisible() and "31-01-2027" in tab.banner_label.text()
    monkeypatch.setattr(AftercarePlanDialog, "exec", lambda d: d.reject() or d.result())
    assert not tab.plan_aftercare()  # cancelled: nothing stored
    assert ac.moments(store, person["id"]) == []


def test_mark_moments_done_and_overdue_with_injected_today(tab, store, person):
    ac.accept_plan(store, person["id"], [ac.ProposedMoment("Week 1", date(2027, 3, 1)),
                                         ac.ProposedMoment("Week 4", date(2027, 3, 15)),
                                         ac.ProposedMoment("Maand 2", date(2027, 4, 30))])
    tab.load()
    assert _states(tab) == ["overdue", "today", "planned"]
    # the first open moment is selected; the coach marks it done today
    assert tab.table.currentRow() == 0
    tab.done_button.click()
    assert _states(tab) == ["done", "today", "planned"]
    assert ac.moments(store, person["id"])[0]["done_date"] == TODAY.isoformat()
    assert not tab.done_button.isEnabled()
    # a week later, without anything done, two moments are overdue
    tab.today = lambda: date(2027, 5, 1)
    tab.load()
    assert _states(tab) == ["done", "overdue", "overdue"]
    assert tab.timeline.state_counts()["overdue"] == 2


def test_moment_record_is_saved_as_you_type(tab, store, person, qtbot):
    tab.add_moment_button.click()
    assert tab.table.rowCount() == 1
    editors = tab.moment_binding.editors
    editors["together"].input.setCurrentIndex(editors["together"].input.findData("apart"))
    editors["mode"].input.setCurrentIndex(editors["mode"].input.findData("wandelen"))
    editors["with_whom"].checks["buddy"].setChecked(True)
    editors["signals"].checks["verzuim"].setChecked(True)
    qtbot.keyClicks(editors["notes"].input, "Vindt het rooster zwaar")
    qtbot.keyClicks(editors["follow_up"].input, "Uren bespreken met werkgever")
    tab.flush()
    m = ac.moments(store, person["id"])[0]
    assert (m["together"], m["mode"]) == ("apart", "wandelen")
    assert m["with_whom"] == ["deelnemer", "buddy"] and m["signals"] == ["verzuim"]
    assert m["notes"] == "Vindt het rooster zwaar" and m["follow_up"] == "Uren bespreken met werkgever"
    assert tab.table.text(0, 3) == "Wandelen / koffie"


def test_weight_suggestion_and_choice(tab, store, person):
    assert "Middel" in tab.suggestion_label.text()
    ac.save_moment(store, person["id"], {"planned_date": "2027-03-10", "done_date": "2027-03-10",
                                         "signals": ["conflict"]})
    tab.load()
    assert "Zwaar" in tab.suggestion_label.text() and "conflict" in tab.suggestion_label.text().lower()
    tab.use_suggestion.click()
    assert store.repo("participant").get(person["id"])["weight"] == "zwaar"
    tab.weight_combo.setCurrentIndex(tab.weight_combo.findData("licht"))
    assert store.repo("participant").get(person["id"])["weight"] == "licht"


def test_buddy_registration(tab, store, person, monkeypatch):
    def fill(dialog):
        dialog.editor("name").input.setText("Kees Bakker")
        dialog.editor("phone").input.setText("0612345678")
        dialog.editor("period_start").input.setText("01-03-2027")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    tab.add_buddy_button.click()
    assert tab.buddy_list.count() == 1 and "Kees Bakker" in tab.buddy_list.item(0).text()
    tab.buddy_binding.editors["period_end"].input.setText("01-09-2027")
    tab.buddy_binding.editors["period_end"].input.textEdited.emit("01-09-2027")
    tab.flush()
    buddy = ac.buddies(store, person["id"])[0]
    assert (buddy["role"], buddy["period_start"], buddy["period_end"]) == ("buddy", "2027-03-01", "2027-09-01")
    assert "01-09-2027" in tab.buddy_list.item(0).text()


def test_closing_conversation_sets_status_afgesloten(tab, store, person, monkeypatch):
    ac.accept_plan(store, person["id"], [ac.ProposedMoment("Maand 12: eindgesprek", TODAY,
                                                           is_closing=True)])
    tab.load()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.side.setCurrentIndex(2)
    assert not tab.close_trajectory()  # evaluation and help-later are required
    assert tab.closing_error.isVisible() and "evaluatie" in tab.closing_error.text().lower()
    assert store.repo("participant").get(person["id"])["status"] == "actief"

    tab.closing_evaluation.setPlainText("Werkt zelfstandig 24 uur per week.")
    tab.closing_help.setPlainText("Wijkteam Zuid, 038-1234567")
    tab.close_button.click()
    person_now = store.repo("participant").get(person["id"])
    assert person_now["status"] == "afgesloten"
    assert person_now["closing_date"] == TODAY.isoformat()
    assert person_now["closing_help_later"] == "Wijkteam Zuid, 038-1234567"
    assert _states(tab) == ["done"]
    assert not tab.close_button.isEnabled() and tab.closing_evaluation.isReadOnly()
    assert "15-03-2027" in tab.closing_state.text()


def test_timeline_click_selects_the_moment(tab, store, person, qtbot):
    rows = ac.accept_plan(store, person["id"], [ac.ProposedMoment("A", date(2027, 2, 1)),
                                                ac.ProposedMoment("B", date(2027, 6, 1))])
    tab.load()
    tab.timeline.repaint()
    center = tab.timeline.marker_center(rows[1]["id"])
    assert center is not None
    qtbot.mouseClick(tab.timeline, Qt.MouseButton.LeftButton, pos=center.toPoint())
    assert tab.moment_id == rows[1]["id"] and tab.table.currentRow() == 1


def test_clicking_a_row_shows_that_moment_and_keeps_the_overdue_state_red(tab, store, person, qtbot):
    rows = ac.accept_plan(store, person["id"], [ac.ProposedMoment("Eerste gesprek", date(2027, 2, 1)),
                                                ac.ProposedMoment("Tweede gesprek", date(2027, 6, 1))])
    tab.load()
    tab.show()
    qtbot.waitExposed(tab)
    table = tab.table
    rect = table.visualRect(table.model().index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.moment_id == rows[1]["id"]
    assert tab.moment_binding.editors["label"].raw_value() == "Tweede gesprek"
    state = table.model().index(0, 2)  # 01-02-2027 is before the injected today: overdue
    assert state.data(Qt.ItemDataRole.FontRole).bold()
    assert state.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert table.model().index(1, 2).data(Qt.ItemDataRole.FontRole) is None

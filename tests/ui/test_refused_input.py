"""Closing the program with a value that could not be stored asks first and goes back to it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from begeleider_app.services.participants import create_participant


def _answer(button_text: str, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "").startswith(button_text):
                button.click()
                return
        seen.append(f"no button {button_text!r} among {[b.text() for b in box.buttons()]}")
        box.reject()  # never leave the test waiting on the box

    QTimer.singleShot(0, press)


def test_close_with_an_impossible_birth_date_goes_back_to_it(qtbot, window, store):
    pid = create_participant(store, {"first_name": "Selam", "last_name": "Tesfay"})["id"]
    assert window.select_participant(pid)
    window.show_tab_named("IntakeTab")
    intake = window.tab_named("IntakeTab")
    intake.ensure_loaded()
    birth = intake.person.editors["birth_date"]
    birth.input.setFocus()
    QTest.keyClicks(birth.input, "31-02-1990")
    assert "31-02-1990" in birth.error()

    seen: list[str] = []
    _answer("Terug naar het veld", seen)
    assert window.close() is False
    assert window.isVisible()
    assert "Geboortedatum: '31-02-1990' is geen bestaande datum" in seen[0]
    assert window.focusWidget() is birth.input  # the field gets the focus back
    assert birth.input.text() == "31-02-1990"

    _answer("Afsluiten zonder", seen)
    assert window.close() is True


def test_close_with_only_right_values_asks_nothing(qtbot, window, store):
    pid = create_participant(store, {"first_name": "Selam", "last_name": "Tesfay"})["id"]
    assert window.select_participant(pid)
    assert window.close() is True


def test_a_refused_value_survives_switching_participant(qtbot, window, store):
    selam = create_participant(store, {"first_name": "Selam", "last_name": "Tesfay"})["id"]
    yonas = create_participant(store, {"first_name": "Yonas", "last_name": "Haile",
                                       "birth_date": "1991-05-02"})["id"]
    window.refresh_caseload()
    assert window.select_participant(selam)
    window.show_tab_named("IntakeTab")
    intake = window.tab_named("IntakeTab")
    birth = intake.person.editors["birth_date"]
    birth.input.setFocus()
    QTest.keyClicks(birth.input, "31-02-1990")

    assert window.select_participant(yonas)
    assert birth.input.text() == "02-05-1991" and birth.error() == ""  # Yonas's own date
    seen: list[str] = []
    _answer("Terug naar het veld", seen)
    assert window.close() is False  # Selam's refused date is not forgotten
    assert "31-02-1990" in seen[0] and "(bij een andere deelnemer)" in seen[0]

    assert window.select_participant(selam)
    assert birth.input.text() == "31-02-1990"
    assert "geen bestaande datum" in birth.error()
    birth.input.clear()
    QTest.keyClicks(birth.input, "28-02-1990")
    assert window.flush()
    assert store.repo("participant").get(selam)["birth_date"] == "1990-02-28"
    assert window.close() is True  # nothing refused any more: no question

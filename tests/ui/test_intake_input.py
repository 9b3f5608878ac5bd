"""Bad and unusual input in the intake: no crash, a Dutch message, other fields keep values."""

from __future__ import annotations

from datetime import date

import pytest

from begeleider_app.services import participants as psvc

from .conftest import type_text


@pytest.fixture
def person(store):
    return psvc.create_participant(store, {"first_name": "Tesfaye", "last_name": "Gebremedhin"},
                                   today=date(2026, 11, 2))


LONG = ("Een lange tekst met een zin die zich herhaalt. " * 250)[:10_000]
EMOJI = "Werkt graag buiten 🌳🚲 en houdt van koken 🍲👍"
ARABIC = "يحب العمل في المطبخ ويتعلم اللغة الهولندية"
GEEZ = "ተስፋየ ገብረመድህን ሥራ ይወዳል።"


def test_long_texts_scripts_and_a_wrong_date(qtbot, window, store, person, nl_app):
    assert window.select_participant(person["id"])
    tab = window.participant_tabs[0]
    eds = tab.intake.editors
    eds["own_words"].input.setFocus()
    eds["own_words"].input.insertPlainText(LONG)  # as if pasted
    type_text(eds["talents"].input, EMOJI)
    type_text(eds["interests"].input, ARABIC)
    type_text(eds["motivation"].input, GEEZ)
    type_text(tab.person.editors["name_native"].input, GEEZ[:15])
    qtbot.keyClicks(eds["intake_date"].input, "31-02-2026")
    qtbot.keyClicks(eds["hours_available"].input, "80")
    # Too long for the field: refused with a message, the text stays for the coach to shorten.
    eds["network"].input.setPlainText("x" * 20_001)
    window.flush()

    date_error = eds["intake_date"].error_label
    assert date_error.isVisibleTo(window)
    assert "31-02-2026" in date_error.text() and "geen bestaande datum" in date_error.text()
    assert eds["intake_date"].raw_value() == "31-02-2026"  # the typed text stays
    assert "niet tussen 0 en 60" in eds["hours_available"].error_label.text()
    assert "te lang" in eds["network"].error_label.text()
    assert len(eds["network"].raw_value()) == 20_001
    assert not eds["own_words"].error_label.isVisibleTo(window)

    stored = psvc.intake_for(store, person["id"])
    assert stored["own_words"] == LONG
    assert stored["talents"] == EMOJI
    assert stored["interests"] == ARABIC
    assert stored["motivation"] == GEEZ
    assert stored["intake_date"] is None
    assert stored["hours_available"] is None
    assert stored["network"] is None
    assert store.repo("participant").get(person["id"])["name_native"] == GEEZ[:15]

    # Correcting the date clears the message and stores it.
    eds["intake_date"].input.clear()
    qtbot.keyClicks(eds["intake_date"].input, "28-02-2026")
    window.flush()
    assert not eds["intake_date"].error_label.isVisibleTo(window)
    assert psvc.intake_for(store, person["id"])["intake_date"] == "2026-02-28"
    # Everything else still shows what was typed.
    assert eds["talents"].raw_value() == EMOJI
    assert eds["own_words"].raw_value() == LONG


def test_required_first_name_cannot_be_emptied(qtbot, window, store, person, nl_app):
    assert window.select_participant(person["id"])
    first = window.participant_tabs[0].person.editors["first_name"]
    first.input.selectAll()
    qtbot.keyClick(first.input, "\b")
    first.input.textEdited.emit(first.input.text())
    window.flush()
    assert "Voornaam is verplicht" in first.error_label.text()
    assert store.repo("participant").get(person["id"])["first_name"] == "Tesfaye"


def test_undo_in_a_field(qtbot, window, store, person):
    from PySide6.QtCore import Qt

    assert window.select_participant(person["id"])
    own = window.participant_tabs[0].intake.editors["own_words"].input
    own.setFocus()
    qtbot.keyClicks(own, "Eerste versie")
    qtbot.keyClick(own, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert own.toPlainText() == ""
    window.flush()
    assert not psvc.intake_for(store, person["id"])["own_words"]


def test_confidential_fields_are_marked(window, person, nl_app):
    from PySide6.QtWidgets import QLabel

    assert window.select_participant(person["id"])
    tab = window.participant_tabs[0]
    health = tab.findChild(QLabel, "confidential_health")
    private = tab.findChild(QLabel, "confidential_private_circumstances")
    assert health is not None and health.toolTip() == "Gezondheid: wordt nooit met een werkgever gedeeld"
    assert private is not None
    assert private.toolTip() == "Privé: wordt nooit zonder toestemming met een werkgever gedeeld"
    assert not health.pixmap().isNull()
    # Work fields carry no mark.
    assert tab.findChild(QLabel, "confidential_talents") is None


def test_undo_never_brings_back_the_previous_participants_text(qtbot, window, store, person, nl_app):
    """The editors are reused for the next participant. Where the next one's field shows the
    same text (often empty), the undo history typed for the previous one must be gone:
    Ctrl+Z would otherwise put participant A's words into participant B's record."""
    from PySide6.QtCore import Qt

    other = psvc.create_participant(store, {"first_name": "Bram", "last_name": "Dekker"},
                                    today=date(2026, 11, 2))
    assert window.select_participant(person["id"])
    eds = window.participant_tabs[0].intake.editors
    own_words, hours = eds["own_words"].input, eds["hours_available"].input
    type_text(own_words, "Alleen van Tesfaye")
    qtbot.keyClicks(hours, "24")
    # ... and cleared again: the stored value is empty, like the next participant's.
    own_words.selectAll()
    qtbot.keyClick(own_words, Qt.Key.Key_Delete)
    hours.selectAll()
    qtbot.keyClick(hours, Qt.Key.Key_Delete)
    window.flush()
    assert own_words.toPlainText() == "" and hours.text() == ""

    assert window.select_participant(other["id"])
    for widget in (own_words, hours):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert own_words.toPlainText() == ""
    assert hours.text() == ""
    window.flush()
    intake = psvc.intake_for(store, other["id"])
    assert not intake.get("own_words") and intake.get("hours_available") is None


def test_tab_shows_each_field_whole_in_the_scrolled_form(qtbot, window, store, person):
    """Tab out of a multi-line field used to leave the next one half below the edge (Qt
    scrolls only to a text field's cursor line)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    assert window.select_participant(person["id"])
    window.show_tab_named("IntakeTab")
    intake = window.tab_named("IntakeTab")
    viewport = intake.scroll.viewport()
    intake.person.editors["first_name"].input.setFocus()
    seen = 0
    for _ in range(80):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        field = window.focusWidget()
        if not isinstance(field, QLineEdit | QPlainTextEdit) or not intake.scroll.widget().isAncestorOf(field):
            continue
        seen += 1
        shown = QRect(field.mapTo(viewport, field.rect().topLeft()), field.size()).intersected(viewport.rect())
        assert shown.height() == field.height(), f"{field.objectName()}: {shown.height()} of {field.height()} px shown"
    assert seen >= 20  # the walk went through the whole intake, its multi-line fields included


def test_tab_walks_work_history_entries_in_their_place(qtbot, window, store, person):
    """Entry forms are made when first needed: Tab must reach them between the section before
    them and their add button, not after everything else in the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from begeleider_app.services import records

    for org in ("Kringloop De Zuid", "Bakkerij Oost"):
        records.add(store, "work_history", {"participant_id": person["id"], "role": "Medewerker", "employer": org})
    assert window.select_participant(person["id"])
    window.show_tab_named("IntakeTab")
    qtbot.wait(20)
    history = window.tab_named("IntakeTab").work_history
    first = history.bindings[0].editors["role"].input
    first.setFocus()
    walked = []
    for _ in range(40):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        walked.append(window.focusWidget())
        if walked[-1] is history.add_button:
            break
    assert walked[-1] is history.add_button, [w.objectName() for w in walked]
    second = history.bindings[1].editors["role"].input
    assert second in walked  # the second entry comes before the add button
    assert all(history.isAncestorOf(w) for w in walked)  # and nothing from elsewhere between


def test_the_self_reliance_scores_come_after_their_button(qtbot, window, store, person):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert window.select_participant(person["id"])
    window.show_tab_named("IntakeTab")
    intake = window.tab_named("IntakeTab")
    assert "&" not in intake.work_history.add_button.accessibleName()
    intake.zrm_button.setFocus()
    QTest.keyClick(intake.zrm_button, Qt.Key.Key_Space)  # open the scores
    qtbot.wait(20)
    section = intake.sections["zrm"]
    assert section.isVisible()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert section.isAncestorOf(window.focusWidget()), window.focusWidget().objectName()
    viewport = intake.scroll.viewport()
    assert section.mapTo(viewport, section.rect().topLeft()).y() >= 0  # its top is in view

"""A coach's first day on a 1366x768 laptop (issue 20): one test per problem found, numbered
as in the issue. The screen is the 1366x768 virtual screen of tests/conftest.py."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from tests.ui.conftest import MAX_H, MAXIMISED, TASKBAR, set_editor

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


# ---------------------------------------------------------------------- 4
def _place_with_plan(window, fill_dialog, start: date) -> None:
    """On the placement tab: a new paid-work placement, then accept the proposed plan."""
    from begeleider_app.ui.dialogs.aftercare_plan_dialog import AftercarePlanDialog
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    def placement(d: RecordDialog) -> None:
        set_editor(d.editor("type"), "betaald_werk")
        set_editor(d.editor("organisation"), "Bakkerij De Korenschoof")
        set_editor(d.editor("start_date"), start.strftime("%d-%m-%Y"))
    fill_dialog(RecordDialog, placement)
    plans = fill_dialog(AftercarePlanDialog, lambda _d: None)
    window.show_tab(2)
    window.participant_tabs[2].add_button.click()
    assert plans, "the plan was proposed"


@pytest.mark.parametrize("way", ["tab", "agenda"])
def test_4_the_aftercare_tab_shows_the_plan_just_accepted(window, store, fill_dialog, way):
    from begeleider_app.services import aftercare as ac

    pid = _open(window, store)
    window.show_tab(3)  # the coach looked at Nazorg first: nothing planned yet
    aftercare = window.participant_tabs[3]
    assert aftercare.entries == [] and aftercare.empty_label.isVisible()
    _place_with_plan(window, fill_dialog, date.today())
    planned = ac.timeline(store, pid, date.today())
    assert planned
    if way == "tab":
        window.show_tab(3)
    else:
        window.agenda.open_entry(pid, "moment")
    assert window.current_tab_index() == 3
    assert [e.id for e in aftercare.entries] == [e.id for e in planned]
    assert not aftercare.empty_label.isVisible()


def test_4_a_tab_never_reloads_over_what_the_coach_types(window, store, qtbot):
    from begeleider_app.services import records
    from begeleider_app.ui.ops import Changes

    pid = _open(window, store)
    window.show_tab(0)
    intake = window.participant_tabs[0]
    field = intake.intake.editors["own_words"].input
    field.setFocus()
    qtbot.keyClicks(field, "Ik werk graag")
    cursor = field.textCursor().position()
    intake.saver.flush()  # its own autosave: no reload
    # Another part of the window changes this participant's record meanwhile.
    records.save(store, "participant", pid, {"last_name": "Bakker"})
    window.ctx.notify(Changes.of(["participant"], [pid]))
    qtbot.keyClicks(field, " met mijn handen")
    assert field.toPlainText() == "Ik werk graag met mijn handen"
    assert field.textCursor().position() == cursor + len(" met mijn handen")
    assert intake.person.editors["last_name"].raw_value() == "Bakker"
    # In a one-line field too, with the cursor in the middle of what was typed.
    line = intake.intake.editors["first_language"].input
    line.setFocus()
    qtbot.keyClicks(line, "Arbisch")
    line.setCursorPosition(2)
    qtbot.keyClicks(line, "a")
    records.save(store, "participant", pid, {"last_name": "de Bakker"})
    window.ctx.notify(Changes.of(["participant"], [pid]))
    qtbot.keyClicks(line, "b")
    assert line.text() == "Arabbisch" and line.cursorPosition() == 4
    assert window.focusWidget() is line


# ---------------------------------------------------------------------- 10
def test_10_the_caseload_totals_add_up(window, store):
    import re

    _open(window, store)  # no weight set: its suggestion counts, and is counted
    text = window.caseload.weight_label.text()
    assert "1 lopend traject," in text, text
    total, light, medium, heavy = (int(n) for n in re.search(
        r"zwaarte (\d+) \(licht (\d+), middel (\d+), zwaar (\d+)\)", text).groups())
    assert total == light + 2 * medium + 3 * heavy and light + medium + heavy == 1
    _person(store, first_name="Yonas", weight="zwaar")
    window.refresh_caseload()
    assert "2 lopende trajecten" in window.caseload.weight_label.text()


def test_10_saved_at_follows_every_stored_change(window, store, fill_dialog, monkeypatch):
    from begeleider_app.ui import main_window
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    _open(window, store)
    window.save_label.setText("")

    class Clock:
        @staticmethod
        def now():
            from datetime import datetime
            return datetime(2026, 11, 30, 14, 5, 9)
    monkeypatch.setattr(main_window, "datetime", Clock)
    fill_dialog(RecordDialog, lambda d: set_editor(d.editor("role"), "Kok"))
    window.participant_tabs[0].work_history.add_button.click()
    assert window.save_label.text() == "Opgeslagen om 14:05:09"


def test_10_the_file_dialog_speaks_dutch(nl_app, tmp_path, qtbot):
    from PySide6.QtWidgets import QFileDialog, QTreeView

    (tmp_path / "back-ups").mkdir()
    dialog = QFileDialog(None, "Databasebestand openen", str(tmp_path), "Alle bestanden (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert "&Zoeken in:" in labels and "Bestands&type:" in labels, labels
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=3000)
    assert model.index(0, 2, view.rootIndex()).data() == "Map"
    dialog.close()


def test_10_the_consent_list_never_scrolls_sideways(window, store):
    from begeleider_app.services import consent
    from begeleider_app.ui.dialogs.consent_dialog import ConsentDialog

    pid = _open(window, store)
    consent.add_consent(store, pid, {
        "recipient_name": "Stichting Werkgeversservicepunt Regio Zwolle en omstreken, afdeling "
                          "Leren en Werken (Jan-Willem van den Berg-Oosterhuis)",
        "topics": ["profiel", "observaties", "ondersteuning", "afspraken"],
        "given_on": date.today().isoformat(), "expires_on": "2030-12-31", "form": "schriftelijk"})
    dialog = ConsentDialog(store, pid, window)
    dialog.show()
    _settle()
    table = dialog.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    status = next(c for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c).text() == "Status")
    assert table.item(0, status).text() == "Geldig"
    assert table.item(0, last).text() == "Werkgever"  # the kind of recipient, in view too
    dialog.close()


# ---------------------------------------------------------------------- 2
PASSPHRASE = "een lange zin voor het slot"


def test_2_a_real_first_start_asks_for_the_details_once(qapp, tmp_path, monkeypatch, fill_dialog):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QMessageBox

    from begeleider_app.config import Settings, resolve_paths
    from begeleider_app.ui.app import build
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog
    from begeleider_app.ui.dialogs.setup_wizard import SetupWizard

    monkeypatch.delenv("BEGELEIDER_DATA_DIR", raising=False)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.No))  # no demo caseload
    logo = tmp_path / "logo.png"
    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(0x1F4E79)
    image.save(str(logo))
    fill_dialog(PassphraseDialog, lambda d: (d.passphrase.setText(PASSPHRASE), d.repeat.setText(PASSPHRASE)))

    def details(wizard: SetupWizard) -> None:
        edits = wizard.form.edits
        edits["coach_name"].setText("Fatima Demir")
        edits["coach_phone"].setText("06 12 34 56 78")
        edits["organisation_name"].setText("Stichting Werkpad")
        edits["organisation_address"].setPlainText("Stationsweg 12\n8011 CZ Zwolle")
        wizard.form.choose_logo(str(logo))
    asked = fill_dialog(SetupWizard, details)
    data = tmp_path / "installatie"
    argv = ["begeleider-app", "--data-dir", str(data), "--no-backup"]
    _app, window, code = build(argv)
    assert code == 0 and window is not None and len(asked) == 1
    settings = Settings.load(resolve_paths(data))
    assert (settings.coach_name, settings.organisation_name, settings.setup_done) == (
        "Fatima Demir", "Stichting Werkpad", True)
    assert settings.organisation_address == "Stationsweg 12\n8011 CZ Zwolle"
    stored_logo = QImage(settings.organisation_logo)
    assert settings.organisation_logo.startswith(str(data)) and stored_logo.width() == 600
    # A new participant gets the coach as their Trajectbegeleider.
    from begeleider_app.ui.dialogs.record_dialog import RecordDialog

    fill_dialog(RecordDialog, lambda d: set_editor(d.editor("first_name"), "Yonas"))
    pid = window.commands.new_participant()
    assert psvc.get_participant(window.store, pid)["coach"] == "Fatima Demir"
    # The first start maximises the window; nothing was kept yet.
    assert window.isMaximized()
    store = window.store
    window.close()
    store.close()

    # The next start asks nothing, and opens the window as it was left.
    _app, window, code = build(argv)
    assert code == 0 and window is not None and len(asked) == 1
    window.close()
    window.store.close()


def test_2_exports_say_what_is_missing_and_offer_to_fill_it_in(window, store, fill_dialog, tmp_path):
    from begeleider_app.services import handover
    from begeleider_app.ui.dialogs.settings_dialog import SettingsDialog

    pid = _open(window, store)
    employer = _consent(store, pid)
    dialog = window.handover.open_handover()
    _settle()
    assert dialog.details_bar.isVisible()
    assert "uw naam" in dialog.details_label.text()
    assert "de naam van uw organisatie" in dialog.details_label.text()

    def fill(d: SettingsDialog) -> None:
        d.edits["coach_name"].setText("Fatima Demir")
        d.edits["coach_email"].setText("f.demir@werkpad.example")
        d.edits["organisation_name"].setText("Stichting Werkpad")
    fill_dialog(SettingsDialog, fill)
    dialog.details_button.click()
    _settle()
    assert not dialog.details_bar.isVisible()
    assert "Fatima Demir" in dialog.preview_text() and "f.demir@werkpad.example" in dialog.preview_text()
    dialog.close()

    letter = window.handover.open_letter()
    _settle()
    assert not letter.details_bar.isVisible()
    assert "bij Stichting Werkpad" in letter.editor.toPlainText()
    letter.close()

    # The logo goes at the top of the PDF.
    from PySide6.QtGui import QImage

    logo = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(0x1F4E79)
    image.save(str(logo))
    window.settings.organisation_logo = str(logo)
    report = handover.compose(store, pid, employer, window.settings)
    from pypdf import PdfReader

    page = PdfReader(handover.export_pdf(report, tmp_path / "overdracht.pdf").path).pages[0]
    assert len(page.images) == 1


# ---------------------------------------------------------------------- 6
def test_6_status_follows_the_placement_and_the_plan_when_the_coach_agrees(window, store, fill_dialog):
    from datetime import timedelta

    from begeleider_app.services import handover
    from begeleider_app.services import weight as wt

    pid = _open(window, store)
    employer = _consent(store, pid)
    start = date.today() - timedelta(days=3)
    _place_with_plan(window, fill_dialog, start)
    _settle()
    bar = window.status_suggestion
    assert bar.isVisible() and bar.suggestion.status == "nazorg"
    assert "Bakkerij De Korenschoof" in bar.label.text() and start.strftime("%d-%m-%Y") in bar.label.text()
    assert bar.accept_button.text() == "&Wijzig naar Nazorg"
    assert psvc.get_participant(store, pid)["status"] == "aanmelding"  # never silently
    # "Niet nu" hides it for this participant; nothing changes.
    bar.later_button.click()
    assert not bar.isVisible() and psvc.get_participant(store, pid)["status"] == "aanmelding"
    window.clear_participant()
    window.select_participant(pid)
    assert not bar.isVisible()
    bar._dismissed.clear()
    bar.show_for(pid)
    # One click: the status changes from the placement's start, with the reason kept.
    bar.accept_button.click()
    _settle()
    assert not bar.isVisible()
    person = psvc.get_participant(store, pid)
    assert person["status"] == "nazorg"
    change = next(c for c in psvc.status_history(store, pid) if c["to_status"] == "nazorg")
    assert change["date"] == start.isoformat() and "Bakkerij De Korenschoof" in change["reason"]
    assert "Nazorg" in window.header.subtitle.text()
    assert "fase nazorg" in wt.suggestion_for(store, pid, date.today()).reason()
    # The handover follows the dates: the participant already works there.
    opening = handover.compose(store, pid, employer, window.settings).sections[0].blocks[0].text
    assert "Binnenkort" not in opening
    assert f"werkt sinds {start.strftime('%d-%m-%Y')} bij u" in opening


def test_6_the_handover_names_the_start_date_ahead(store):
    from datetime import timedelta

    from begeleider_app.config import Settings
    from begeleider_app.services import handover, observations

    pid = _person(store)["id"]
    employer = _consent(store, pid)
    start = date.today() + timedelta(days=10)
    observations.save_placement(store, pid, {"type": "betaald_werk", "organisation": "Bakkerij De Korenschoof",
                                             "start_date": start.isoformat()})
    opening = handover.compose(store, pid, employer, Settings()).sections[0].blocks[0].text
    assert f"Samira begint op {start.strftime('%d-%m-%Y')} bij u." in opening


def test_10_the_last_page_never_holds_only_the_consent(store, tmp_path):
    """On a first day (no contact details yet) the consent paragraph ended up alone on the
    last page of demo reports; now it stays with the contact section."""
    from pypdf import PdfReader

    from begeleider_app.config import Settings
    from begeleider_app.services import handover
    from begeleider_app.services.demo import DEMO_TODAY, generate_demo

    generate_demo(store, 40, seed=1)
    pid, recipient = store.db.execute(
        "SELECT participant_id, recipient_contact_id FROM consent WHERE deleted = 0 "
        "AND withdrawn_on IS NULL AND given_on <= ? AND (expires_on IS NULL OR expires_on > ?) "
        "ORDER BY rowid LIMIT 1", [DEMO_TODAY.isoformat()] * 2).fetchone()
    report = handover.compose(store, pid, recipient, Settings(), on=DEMO_TODAY)
    pages = PdfReader(handover.export_pdf(report, tmp_path / "overdracht.pdf").path).pages
    assert len(pages) > 1
    last = pages[-1].extract_text()
    assert "Toestemming" in last and "Contact met de begeleider" in last


def test_10_beside_the_agenda_nothing_scrolls_sideways(window, store, fill_dialog):
    from PySide6.QtWidgets import QScrollArea

    _open(window, store)
    _place_with_plan(window, fill_dialog, date.today())
    window.resize(*MAXIMISED)
    window.agenda.dock.show()
    window.show_tab(3)
    _settle()
    page = window.participant_tabs[3].findChild(QScrollArea, "momentPage")
    assert page.widget().width() <= page.viewport().width(), "the contact-moment form scrolls sideways"
    assert not page.horizontalScrollBar().isVisible()
    view = window.caseload.view
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(3) + header.sectionSize(3) <= view.viewport().width(), \
        "the agenda squeezed the caseload"
    window.agenda.dock.hide()


# ---------------------------------------------------------------------- search within a frame
def test_search_answers_on_the_keystroke_itself(window, store, qtbot):
    from begeleider_app.ui.caseload_panel import FRAME_BUDGET_MS

    for first, last in (("Samira", "Haddad"), ("Sami", "Yilmaz"), ("Yonas", "Tesfay")):
        _person(store, first_name=first, last_name=last)
    panel = window.caseload
    panel.refresh()
    search = panel.search
    search.setFocus()
    qtbot.keyClicks(search, "sam")  # no waiting: the list answered each key at once
    assert not panel._search_timer.isActive()
    assert sorted(r["first_name"] for r in panel.model.rows) == ["Sami", "Samira"]
    assert 0 < panel.search_ms <= FRAME_BUDGET_MS
    # On a machine where a search took longer than a frame, the next waits for a pause.
    panel.search_ms = FRAME_BUDGET_MS * 3
    qtbot.keyClick(search, "u")
    assert panel._search_timer.isActive() and len(panel.model.rows) == 2
    qtbot.waitUntil(lambda: len(panel.model.rows) == 0, timeout=2000)


def test_10_the_window_opens_maximised_the_first_time_then_as_left(nl_app, store, paths):
    from begeleider_app.config import Settings
    from begeleider_app.ui import window_state
    from begeleider_app.ui.main_window import MainWindow

    settings = Settings()
    first = MainWindow(store, paths, settings)
    assert not first.geometry_restored
    window_state.show(first, first.geometry_restored)
    _settle()
    assert first.isMaximized()
    first.showNormal()
    first.resize(1100, 640)
    _settle()
    first.close()  # keeps its size and place
    again = MainWindow(store, paths, settings)
    assert again.geometry_restored
    window_state.show(again, again.geometry_restored)
    _settle()
    assert not again.isMaximized() and again.size().toTuple() == (1100, 640)
    again.close()

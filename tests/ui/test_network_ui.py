"""The network in the window: the sociale kaart, a referral made with the keyboard alone, its
status, the stale warning in the agenda, a buddy in the header, a group session of three, the
network map drawn and saved, and a CSV import through the operation layer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from begeleider_app.services import groups, network, social_map
from begeleider_app.services.participants import create_participant
from begeleider_app.ui.dialogs.record_dialog import RecordDialog

from .conftest import set_editor, type_text

TODAY = date.today()


def _person(store, first, last="Tesfamariam", **extra):
    return create_participant(store, {"first_name": first, "last_name": last, "status": "actief",
                                      **extra})


def _network_tab(window, pid):
    window.select_participant(pid)
    window.show_tab_named("NetworkTab")
    tab = window.tab_named("NetworkTab")
    assert type(tab).__name__ == "NetworkTab" and tab.is_loaded()
    return tab


def _filler(**values):
    """A fill_dialog filler that types ``values`` into the dialog's fields."""
    return lambda d: [set_editor(d.editor(name), value) for name, value in values.items()]


def _activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_create_a_service_and_edit_it_as_you_type(qtbot, window, store, fill_dialog):
    dialog = window.network.open_social_map()
    qtbot.waitExposed(dialog)

    fill_dialog(RecordDialog, _filler(name="Taalhuis Vechtdal", kind="taal", region="Vechtdal"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    [row] = social_map.search(store, "taalhuis")
    assert (row["kind"], row["region"]) == ("taal", "Vechtdal")
    assert dialog.service_id == row["id"] and dialog.table.rowCount() == 1
    # the form saves as the coach types; a wrong e-mail gets its message, the rest is stored
    set_editor(dialog.binding.editors["phone"], "0523 123 456")
    set_editor(dialog.binding.editors["email"], "taalhuis(at)vechtdal")
    dialog.saver.flush()
    row = social_map.get(store, row["id"])
    assert row["phone"] == "0523 123 456" and row["email"] is None
    assert "geen e-mailadres" in dialog.binding.editors["email"].error()
    # search as you type
    qtbot.keyClicks(dialog.search, "xyz")
    assert dialog.table.rowCount() == 0
    dialog.search.clear()
    assert dialog.table.rowCount() == 1
    dialog.close()


def test_refer_a_participant_with_the_keyboard_only(qtbot, window, store):
    person = _person(store, "Selam")
    social_map.add(store, {"name": "Geldmaatjes IJsselland", "kind": "schuldhulp"})
    social_map.add(store, {"name": "Geldzorg Kampen", "kind": "schuldhulp"})
    social_map.add(store, {"name": "Taalhuis", "kind": "taal"})
    tab = _network_tab(window, person["id"])
    _activate(qtbot, window)
    seen = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            # a mnemonic "animates" the click: the dialog comes (and gets the keyboard) later
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        except BaseException as err:  # never leave a modal dialog open: report after it
            errors.append(err)
            dialog.reject()

    def steps(dialog):
        focus = QApplication.focusWidget()
        assert focus is dialog.search  # the focus starts in the search field
        qtbot.keyClicks(focus, "geld")  # two services match; the first is chosen
        assert dialog.services.count() == 2
        qtbot.keyClick(focus, Qt.Key.Key_Down)  # the second, without leaving the field
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reason = QApplication.focusWidget()
        assert reason is dialog.editors["reason"].input
        qtbot.keyClicks(reason, "Achterstand bij de energie")
        qtbot.keyClick(reason, Qt.Key.Key_Tab)
        status = QApplication.focusWidget()
        assert status is dialog.editors["status"].input
        qtbot.keyClick(status, Qt.Key.Key_Down)  # aangemeld -> in behandeling
        qtbot.keyClick(status, Qt.Key.Key_Return)  # OK
        if dialog.isVisible():
            dialog.reject()
            raise AssertionError("Enter did not accept the dialog")

    errors: list[BaseException] = []
    QTimer.singleShot(0, drive)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Nieuwe doorver&wijzing
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=3000)
    if errors:
        raise errors[0]
    [view] = network.referrals(store, person["id"])
    assert view.service["name"] == "Geldzorg Kampen"
    assert view.record["reason"] == "Achterstand bij de energie"
    assert (view.record["status"], view.record["referred_on"]) == ("in_behandeling", TODAY.isoformat())
    assert tab.table.rowCount() == 1 and tab.referral_id == view.id


def test_update_a_referrals_status_from_the_form(qtbot, window, store):
    person = _person(store, "Daan", "de Vries")
    service = social_map.add(store, {"name": "Wijkteam Zuid", "kind": "welzijn"})
    old = TODAY - timedelta(days=20)
    row = network.refer(store, person["id"], {"service_id": service["id"]}, today=old)
    tab = _network_tab(window, person["id"])
    assert tab.referral_id == row["id"]
    combo = tab.binding.editors["status"].input
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    tab.saver.flush()
    row = network.get_referral(store, row["id"])
    assert (row["status"], row["last_news_on"]) == ("in_behandeling", TODAY.isoformat())
    assert tab.binding.editors["last_news_on"].raw_value() == TODAY.strftime("%d-%m-%Y")
    assert tab.table.text(0, 1) == "In behandeling"


def test_a_stale_referral_warns_in_the_agenda_and_opens_the_network_tab(qtbot, window, store):
    person = _person(store, "Fatima", "Haddad")
    service = social_map.add(store, {"name": "Schuldhulp Zwolle", "kind": "schuldhulp"})
    long_ago = TODAY - timedelta(days=50)
    clock = store.clock
    store.clock = lambda: datetime(long_ago.year, long_ago.month, long_ago.day, 9, tzinfo=UTC)
    network.refer(store, person["id"], {"service_id": service["id"]}, today=long_ago)
    store.clock = clock
    window.agenda.action.trigger()
    panel = window.agenda.panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=2000)
    panel.refresh()
    overdue = [item for item in panel.items("overdue")
               if item.text(2).startswith("Geen nieuws van doorverwijzing")]
    assert [i.text(2) for i in overdue] == [
        f"Geen nieuws van doorverwijzing: Schuldhulp Zwolle (sinds {long_ago.strftime('%d-%m-%Y')})"]
    assert overdue[0].text(1) == "Fatima Haddad"
    panel.tree.itemActivated.emit(overdue[0], 0)
    assert window.current_participant_id() == person["id"]
    assert type(window.tabs.currentWidget()).__name__ == "NetworkTab"
    tab = window.tab_named("NetworkTab")
    assert tab.stale_label.isVisible() and "Geen nieuws sinds" in tab.stale_label.text()
    # news today: the warning goes
    qtbot.mouseClick(tab.news_button, Qt.MouseButton.LeftButton)
    panel.refresh()
    assert not [i for i in panel.items("overdue") if i.text(2).startswith("Geen nieuws")]


def test_add_a_buddy_shown_in_the_header_and_the_aftercare_tab(qtbot, window, store, fill_dialog):
    person = _person(store, "Yonas", "Haile")
    window.select_participant(person["id"])
    assert not window.header.buddies.isVisible()
    window.show_tab_named("AftercareTab")
    tab = window.participant_tabs[3]

    fill_dialog(RecordDialog, _filler(name="Ilse de Boer", buddy_kind="werkvloer",
                                      period_start="01-02-2024"))
    tab.add_buddy()
    assert tab.buddy_list.count() == 1
    assert "Op de werkvloer" in tab.buddy_list.item(0).text()
    assert tab.buddy_binding.editors["buddy_kind"].raw_value() == "werkvloer"
    window.refresh_participant()
    assert window.header.buddies.isVisible()
    assert window.header.buddies.text() == "Buddy: Ilse de Boer (op de werkvloer, sinds 01-02-2024)"


def test_record_a_group_session_with_three_participants(qtbot, window, store, fill_dialog):
    people = [_person(store, first, last) for first, last in
              (("Amina", "Abdi"), ("Bram", "Visser"), ("Chloë", "Jansen"))]
    _person(store, "Daan", "Smit")
    dialog = window.network.open_group_sessions()
    qtbot.waitExposed(dialog)

    fill_dialog(RecordDialog, _filler(kind="werkclub", theme="Solliciteren met je netwerk",
                                      duration_minutes="90"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.session_id is not None
    for name in ("Amina Abdi", "bram visser", "Chloë"):
        type_text(dialog.person_input, name)  # as a keyboard delivers it (ë too)
        qtbot.keyClick(dialog.person_input, Qt.Key.Key_Return)
    assert not dialog.people_error.isVisible()
    assert dialog.attendee_names() == ["Amina Abdi", "Bram Visser", "Chloë Jansen"]
    session = groups.get(store, dialog.session_id)
    assert session["minutes_per_participant"] == 30
    assert "30 minuten" in dialog.share_label.text()
    assert dialog.table.text(0, 3) == "3"
    # someone not in the caseload is refused with a message, nothing added
    qtbot.keyClicks(dialog.person_input, "Niemand Bestaat")
    qtbot.keyClick(dialog.person_input, Qt.Key.Key_Return)
    assert dialog.people_error.isVisible() and len(dialog.attendee_names()) == 3
    dialog.close()
    for p in people:
        tab = _network_tab(window, p["id"])
        assert tab.sessions.rowCount() == 1
        assert tab.sessions.text(0, 1) == "Werkclub - Solliciteren met je netwerk"
        assert tab.sessions.text(0, 2) == "30"


def test_the_network_map_highlights_what_is_active_and_saves_a_pdf(qtbot, store, tmp_path, nl_app):
    import subprocess

    from begeleider_app.services import aftercare
    from begeleider_app.ui.dialogs.network_map_dialog import NetworkMapDialog
    from begeleider_app.ui.widgets.network_map import HIGHLIGHT, NODE_FILL

    person = _person(store, "Selam", coach="Demo Begeleider")
    network.refer(store, person["id"], {"service_id": social_map.add(
        store, {"name": "Schuldhulp Zwolle", "kind": "schuldhulp"})["id"]})
    network.refer(store, person["id"], {"service_id": social_map.add(
        store, {"name": "Taalhuis", "kind": "taal"})["id"], "status": "afgerond"})
    aftercare.save_buddy(store, person["id"], {"name": "Ilse de Boer", "buddy_kind": "werkvloer"})
    dialog = NetworkMapDialog(store, person["id"])
    qtbot.addWidget(dialog)
    image = dialog.map.to_image(1200, 800)
    rects = dialog.map.node_rects
    assert {n.label: n.active for n, _r in rects} == {
        "Schuldhulp Zwolle": True, "Taalhuis": False, "Ilse de Boer": True, "Demo Begeleider": True}
    for node, rect in rects:
        pixel = QColor(image.pixel(int(rect.left()) + 4, int(rect.center().y())))
        assert pixel == (HIGHLIGHT if node.active else NODE_FILL), node.label
    assert dialog.map.title == "Netwerkkaart van Selam Tesfamariam"
    out = dialog.write_pdf(tmp_path / "kaart.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Netwerkkaart van Selam Tesfamariam" in text and "Schuldhulp Zwolle" in text
    assert not list(tmp_path.glob("*.part"))


def test_csv_import_runs_through_the_operation_layer_and_reports_lines(qtbot, window, store,
                                                                          tmp_path):
    from tests.services.make_sociale_kaart import write

    written = write(tmp_path / "kaart.csv", 130)
    dialog = window.network.open_social_map()
    assert dialog.import_csv(written.path)
    assert window.ctx.ops.wait()
    assert dialog.last_import.added == 130
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.isVisible(), timeout=3000)
    lines = dialog.report.problems.toPlainText().splitlines()
    assert [int(line.split()[1].rstrip(":")) for line in lines] == sorted(written.bad_lines)
    assert dialog.count_label.text() == "130 van 130"
    dialog.report.close()
    dialog.close()


def test_the_referral_form_shows_each_message_once_and_drops_it_when_fixed(qtbot, store, nl_app):
    from begeleider_app.services import social_map
    from begeleider_app.ui.dialogs.referral_dialog import NewReferralDialog

    pid = _person(store, "Selam")["id"]
    dialog = NewReferralDialog(store, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.service_id() is None  # an empty map: nothing to choose yet
    date_input = dialog.editors["referred_on"].input
    date_input.clear()
    qtbot.keyClicks(date_input, "31-02-2027")
    dialog.accept()
    assert dialog.isVisible()
    date_error = dialog.editors["referred_on"].error()
    assert "31-02-2027" in date_error
    # The date's message stands under the date only; the footer says what no field shows.
    assert date_error not in dialog.error.text()
    assert "Kies een dienst" in dialog.error.text()
    social_map.add(store, {"name": "Schuldhulp Oost", "kind": "schuldhulp"})
    dialog.filter("")  # the service is on the map now and gets chosen
    assert dialog.service_id() is not None
    assert not dialog.error.isVisible(), "a stale 'choose a service' stays"
    date_input.clear()
    qtbot.keyClicks(date_input, "03-02-2027")
    assert dialog.editors["referred_on"].error() == ""
    dialog.accept()
    assert dialog.result() == 1 and dialog.result_values["referred_on"] == "2027-02-03"

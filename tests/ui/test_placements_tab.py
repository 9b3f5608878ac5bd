from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services.participants import create_participant
from begeleider_app.ui.dialogs.aftercare_plan_dialog import AftercarePlanDialog
from begeleider_app.ui.dialogs.observation_dialog import ObservationDialog
from begeleider_app.ui.dialogs.record_dialog import RecordDialog
from begeleider_app.ui.tabs.placements import PlacementTab


@pytest.fixture
def person(store):
    return create_participant(store, {"first_name": "Selam", "last_name": "Tesfamariam"},
                              today=date(2027, 1, 4))


@pytest.fixture
def tab(qtbot, store, person):
    t = PlacementTab(store)
    t.today = lambda: date(2027, 2, 1)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    t.set_participant(person["id"])
    return t


def _fill_new_placement(values):
    def fake_exec(dialog: RecordDialog):
        for name, text in values.items():
            editor = dialog.editor(name)
            if name == "type":
                editor.input.setCurrentIndex(editor.input.findData(text))
            else:
                editor.input.setText(text)
        dialog.accept()
        return dialog.result()
    return fake_exec


def _rate(day, ratings, narrative):
    def fake_exec(dialog: ObservationDialog):
        dialog.date_edit.setText(day)
        for key, value in ratings.items():
            dialog.set_rating(key, value)
        for name, text in narrative.items():
            dialog.texts[name].setPlainText(text)
        dialog.accept()
        return dialog.result()
    return fake_exec


def test_placement_and_three_observations_give_three_points_per_rated_item(
        tab, store, person, monkeypatch):
    monkeypatch.setattr(RecordDialog, "exec", _fill_new_placement(
        {"type": "leerwerkplek", "organisation": "Kringloop De Zuid", "start_date": "04-01-2027",
         "hours_per_week": "16"}))
    tab.add_button.click()
    assert tab.list.count() == 1
    assert "Kringloop De Zuid" in tab.list.item(0).text()
    assert tab.placement_id is not None
    assert not tab.banner.isVisible()  # a learning place is not a placement with aftercare

    for day, value in (("11-01-2027", 2), ("18-01-2027", 3), ("25-01-2027", 4)):
        monkeypatch.setattr(ObservationDialog, "exec", _rate(
            day, {"op_tijd": value, "instructies": value + 1, "werktempo": value},
            {"what_happened": "Kwam te laat door een lekke band", "learning_point": "Op tijd bellen",
             "why_important": "Het team wacht", "went_well": f"Week {value}: hielp een collega"}))
        assert tab.add_obs_button.isEnabled()
        tab.add_obs_button.click()

    assert tab.obs_table.rowCount() == 3
    assert tab.obs_table.text(0, 0) == "25-01-2027"  # newest on top
    assert tab.obs_table.text(0, 2) == "Week 4: hielp een collega"
    for key in ("op_tijd", "instructies", "werktempo"):
        assert tab.chart.point_count(key) == 3
    assert tab.chart.point_count("taal") == 0  # not seen: no point
    assert [v for _, v in tab.chart.data.by_key("instructies").points] == [3, 4, 5]
    assert "Kringloop De Zuid" in tab.chart.title
    # Renaming the organisation in the form renames the printed chart at once.
    editor = tab.binding.editors["organisation"]
    editor.input.setText("Kringloop Noord")
    editor.input.textEdited.emit("Kringloop Noord")
    tab.flush()
    assert "Kringloop Noord" in tab.chart.title and "De Zuid" not in tab.chart.title
    stored = obs.observations(store, tab.placement_id)
    assert stored[0]["learning_point"] == "Op tijd bellen"
    assert "Op tijd komen: 2, 3, 4" in tab.chart.accessibleDescription()

    # the chart renders to an image (and so to a printer) and draws something in each panel
    image: QImage = tab.chart.to_image(900)
    assert image.width() == 900 and image.height() > 300
    assert len({image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, image.height(), 7)}) > 5


def test_edit_observation_keeps_its_items_after_the_list_changes(tab, store, person, monkeypatch):
    placement = obs.save_placement(store, person["id"], {"type": "taalstage", "organisation": "Bieb"})
    obs.add_observation(store, placement["id"], "2027-01-11", {"klantcontact": 3, "op_tijd": 5})
    obs.set_org_items(store, [obs.Item("op_tijd", "Punctualiteit"), obs.Item("", "Veilig werken")],
                      scale=(1, 4))
    tab.load()
    seen = {}

    def fake_exec(dialog: ObservationDialog):
        seen["items"] = dialog.items
        seen["scale"] = dialog.scale
        dialog.set_rating("klantcontact", 4)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ObservationDialog, "exec", fake_exec)
    assert tab.edit_observation()
    assert seen["scale"] == (1, 5)
    assert ("klantcontact", "Contact met klanten") in seen["items"]
    assert ("op_tijd", "Op tijd komen") in seen["items"]
    ratings = obs.observation_ratings(store, obs.observations(store, placement["id"])[0])
    assert ratings.value("klantcontact") == 4 and ratings.value("op_tijd") == 5


def test_wrong_rating_date_keeps_dialog_open_with_message(qtbot, store, person):
    placement = obs.save_placement(store, person["id"], {"type": "taalstage", "organisation": "Bieb"})
    calls = []

    def save(d):
        calls.append(1)
        obs.add_observation(store, placement["id"], d.date_value(), d.values(), d.narrative())

    dialog = ObservationDialog([(i.key, i.label) for i in obs.org_items(store)], (1, 5), save)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("31-02-2027")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "geen bestaande datum" in dialog.error_label.text()
    assert obs.observations(store, placement["id"]) == []
    dialog.date_edit.setText("28-02-2027")
    dialog.set_rating("op_tijd", 3)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert obs.observations(store, placement["id"])[0]["date"] == "2027-02-28"


def test_paid_placement_offers_the_aftercare_plan(tab, store, person, monkeypatch):
    monkeypatch.setattr(RecordDialog, "exec", _fill_new_placement(
        {"type": "leerwerkplek", "organisation": "Hotel De Linde", "start_date": "31-01-2027"}))
    tab.add_button.click()
    assert not tab.banner.isVisible()
    # The coach changes the type to paid work in the form: saved as they type.
    type_editor = tab.binding.editors["type"]
    type_editor.input.setCurrentIndex(type_editor.input.findData("betaald_werk"))
    tab.flush()
    assert store.repo("placement").get(tab.placement_id)["type"] == "betaald_werk"
    assert tab.banner.isVisible()
    assert "31-01-2027" in tab.banner_label.text()

    def accept_with_edit(dialog: AftercarePlanDialog):
        assert dialog.table.item(0, 0).text() == "07-02-2027"
        dialog.set_date(0, "08-02-2027")  # the coach moves week 1 by a day
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AftercarePlanDialog, "exec", accept_with_edit)
    tab.plan_button.click()
    assert not tab.banner.isVisible()
    dates = [m["planned_date"] for m in ac.moments(store, person["id"])]
    assert dates == ["2027-02-08", "2027-02-28", "2027-03-31", "2027-05-31", "2027-07-31",
                     "2027-10-31", "2028-01-31"]


def test_remove_placement_asks_first(tab, store, person, monkeypatch):
    obs.save_placement(store, person["id"], {"type": "proefweek", "organisation": "Bakkerij"})
    tab.load()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.remove_button.click()
    assert tab.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.remove_button.click()
    assert tab.list.count() == 0 and obs.placements(store, person["id"]) == []


def test_chart_prints_to_a_one_page_pdf(tab, store, person, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    placement = obs.save_placement(store, person["id"], {"type": "leerwerkplek", "organisation": "Bieb"})
    for day, v in (("2027-01-11", 2), ("2027-01-18", 4)):
        obs.add_observation(store, placement["id"], day, {"op_tijd": v, "samenwerken": v})
    tab.load()
    pdf = tmp_path / "grafiek.pdf"

    def fake_exec(dialog: QPrintDialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert tab.print_chart()
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Selam Tesfamariam" in text and "Bieb" in text
    assert "Op tijd komen" in text and "Samenwerken" in text


def test_new_paid_placement_proposes_the_plan_at_once(tab, store, person, monkeypatch):
    monkeypatch.setattr(RecordDialog, "exec", _fill_new_placement(
        {"type": "betaald_werk", "organisation": "Logistiek Twente", "start_date": "31-03-2027"}))
    shown = []

    def accept(dialog: AftercarePlanDialog):
        shown.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AftercarePlanDialog, "exec", accept)
    tab.add_button.click()
    assert shown == [["07-04-2027", "28-04-2027", "31-05-2027", "31-07-2027", "30-09-2027",
                      "31-12-2027", "31-03-2028"]]  # 31 March + 6 months = 30 September
    assert len(ac.moments(store, person["id"])) == 7
    assert not tab.banner.isVisible()


def test_ratings_by_keyboard(qtbot):
    from PySide6.QtCore import Qt

    from begeleider_app.ui.dialogs.observation_dialog import NOT_SEEN

    dialog = ObservationDialog(list(obs.DEFAULT_ITEMS), (1, 5), lambda d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    not_seen = dialog.groups["op_tijd"].button(NOT_SEEN)
    assert not_seen.isChecked()  # the default
    not_seen.setFocus()
    qtbot.waitUntil(not_seen.hasFocus)
    qtbot.keyClick(not_seen, Qt.Key.Key_Left)  # from "not seen" to the top score
    assert dialog.values()["op_tijd"] == 5
    top = dialog.groups["op_tijd"].button(5)
    assert top.hasFocus()
    qtbot.keyClick(top, Qt.Key.Key_Tab)  # Tab skips the rest of the row: on to the next item
    assert dialog.focusWidget().objectName().startswith("obs_werktempo_")

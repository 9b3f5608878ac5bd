"""The agenda dock across the caseload, and the organisation lists dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from begeleider_app.services import aftercare as ac
from begeleider_app.services import observations as obs
from begeleider_app.services.participants import create_participant
from begeleider_app.ui.agenda import SHORTCUT, AgendaPanel
from begeleider_app.ui.dialogs.org_lists_dialog import OrgListsDialog
from begeleider_app.ui.tabs.aftercare import AftercareTab
from begeleider_app.ui.tabs.goals import GoalsTab

TODAY = date(2027, 3, 10)


def _caseload(store):
    anouk = create_participant(store, {"first_name": "Anouk", "last_name": "Bos"}, today=date(2027, 1, 1))
    omar = create_participant(store, {"first_name": "Omar", "last_name": "Nasser"}, today=date(2027, 1, 1))
    ac.accept_plan(store, anouk["id"], [ac.ProposedMoment("Week 4", date(2027, 3, 3)),
                                        ac.ProposedMoment("Maand 2", date(2027, 3, 12)),
                                        ac.ProposedMoment("Maand 4", date(2027, 5, 12))])
    goal = store.repo("goal").insert({"participant_id": omar["id"], "text": "Zelf naar het werk",
                                      "status": "open"})
    store.repo("action").insert({"participant_id": omar["id"], "goal_id": goal["id"],
                                 "description": "Busroute oefenen", "owner": "deelnemer",
                                 "due_date": TODAY.isoformat()})
    return anouk, omar


def _texts(panel, bucket):
    return [(i.text(1), i.text(2)) for i in panel.items(bucket)]


def test_agenda_dock_lists_overdue_today_week_and_opens_participant(nl_app, window, store, qtbot):
    anouk, omar = _caseload(store)
    window.refresh_caseload()
    panel: AgendaPanel = window.agenda.panel
    panel.today = lambda: TODAY
    action = next(a for a in window.menus["tools"].actions() if a.objectName() == "actAgenda")
    assert action.shortcut().toString() == SHORTCUT
    assert not window.agenda.dock.isVisible()
    action.trigger()
    assert window.agenda.dock.isVisible()
    assert window.focusWidget() is panel.tree  # opened by keyboard, the arrows walk it at once

    assert _texts(panel, "overdue") == [("Anouk Bos", "Contact: Week 4")]
    assert _texts(panel, "today") == [("Omar Nasser", "Actie: Busroute oefenen (deelnemer)")]
    assert _texts(panel, "week") == [("Anouk Bos", "Contact: Maand 2")]
    assert "1 te laat, 1 vandaag, 1 deze week" in panel.summary.text()

    # Enter on the overdue moment opens Anouk on the aftercare tab
    item = panel.items("overdue")[0]
    panel.tree.setCurrentItem(item)
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.current_participant_id() == anouk["id"]
    assert isinstance(window.tabs.currentWidget(), AftercareTab)
    # double-click on the action opens Omar on the goals tab
    today_item = panel.items("today")[0]
    panel.tree.itemActivated.emit(today_item, 0)
    assert window.current_participant_id() == omar["id"]
    assert isinstance(window.tabs.currentWidget(), GoalsTab)

    # marking the moment done elsewhere updates the agenda (after its short debounce)
    moment = ac.moments(store, anouk["id"])[0]
    ac.mark_done(store, moment["id"], TODAY)
    qtbot.waitUntil(lambda: _texts(panel, "overdue") == [], timeout=3000)


def test_org_lists_dialog_changes_items_and_template_without_touching_old_records(
        window, store, fill_dialog):
    person = create_participant(store, {"first_name": "Sem"}, today=date(2027, 1, 1))
    placement = obs.save_placement(store, person["id"], {"type": "betaald_werk", "organisation": "Hotel",
                                                          "start_date": "2027-01-31"})
    old = obs.add_observation(store, placement["id"], "2027-02-07", {"klantcontact": 4, "op_tijd": 5})
    ac.accept_plan(store, person["id"], ac.proposal_for(store, person["id"]))
    planned = [m["planned_date"] for m in ac.moments(store, person["id"])]

    def edit(dialog: OrgListsDialog):
        t = dialog.items_table
        row = next(r for r in range(t.rowCount()) if t.item(r, 0).data(Qt.ItemDataRole.UserRole) == "klantcontact")
        t.setCurrentCell(row, 0)
        dialog._remove_current(t)
        t.item(0, 0).setText("Punctualiteit")
        dialog.add_item("Veilig werken")
        dialog.scale_high.setValue(4)
        # the template: drop week 1, make month 2 month 3
        dialog.template_table.setCurrentCell(0, 0)
        dialog._remove_current(dialog.template_table)
        dialog.template_table.cellWidget(1, 1).setValue(3)

    seen = fill_dialog(OrgListsDialog, edit)
    tools = window.menus["tools"]
    next(a for a in tools.actions() if a.objectName() == "actOrgLists").trigger()
    assert seen and seen[0].result() == OrgListsDialog.DialogCode.Accepted

    labels = [i.label for i in obs.org_items(store)]
    assert labels[0] == "Punctualiteit" and "Contact met klanten" not in labels
    assert labels[-1] == "Veilig werken" and obs.org_scale(store) == (1, 4)
    template = ac.template(store)
    assert len(template) == 6 and template[1]["amount"] == 3

    # old observation intact, planned moments not moved
    ratings = obs.observation_ratings(store, store.repo("observation").get(old["id"]))
    assert ratings.scale == (1, 5)
    assert {r.key: (r.label, r.value) for r in ratings.items}["klantcontact"] == ("Contact met klanten", 4)
    assert {r.key: r.label for r in ratings.items}["op_tijd"] == "Op tijd komen"
    assert [m["planned_date"] for m in ac.moments(store, person["id"])] == planned


def test_org_lists_dialog_refuses_a_bad_scale(qtbot, store):
    dialog = OrgListsDialog(store)
    qtbot.addWidget(dialog)
    dialog.scale_low.setValue(5)
    dialog.scale_high.setValue(3)
    dialog.accept()
    assert dialog.result() != OrgListsDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and "schaal" in dialog.error_label.text()
    assert obs.org_scale(store) == (1, 5)


def test_long_overdue_list_is_folded_and_capped(qtbot, store, monkeypatch):
    import begeleider_app.ui.agenda as agenda_ui

    monkeypatch.setattr(agenda_ui, "MAX_ROWS", 10)
    p = create_participant(store, {"first_name": "Roos"}, today=date(2027, 1, 1))
    ac.accept_plan(store, p["id"], [ac.ProposedMoment(f"M{i}", date(2027, 2, 1 + i)) for i in range(12)])
    panel = AgendaPanel(lambda: store, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.refresh()
    items = panel.items("overdue")
    assert len(items) == 11 and "2" in items[-1].text(0)  # ten lines and "... and 2 more"
    head = panel.tree.topLevelItem(0)
    assert head.text(0).endswith("(12)") and not head.isExpanded()
    activated = []
    panel.activated.connect(lambda pid, kind: activated.append((pid, kind)))
    panel.tree.itemActivated.emit(items[-1], 0)
    panel.tree.itemActivated.emit(items[0], 0)
    assert activated == [(p["id"], "moment")]


def test_screen_lock_empties_the_agenda_and_unlock_fills_it(window, store, qtbot):
    _caseload(store)
    panel: AgendaPanel = window.agenda.panel
    panel.today = lambda: TODAY
    window.agenda.dock.show()
    assert panel.items("overdue")
    privacy = window.privacy  # the screen-lock extension
    privacy.lock()
    assert privacy.locked
    assert panel.tree.topLevelItemCount() == 0 and panel.entries == []
    privacy.unlock()
    assert _texts(panel, "overdue") == [("Anouk Bos", panel.tr("Contact: %1").replace("%1", "Week 4"))]


def test_a_deleted_agenda_stops_listening_to_the_store(qtbot, store):
    from PySide6.QtCore import QCoreApplication, QEvent

    panel = AgendaPanel(lambda: store, today=lambda: TODAY)
    callback = panel._on_write
    assert callback in store.listeners
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert callback not in store.listeners
    create_participant(store, {"first_name": "Na het sluiten"})  # a write must not fail

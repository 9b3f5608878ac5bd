"""Everything fits a 1366x768 laptop: every dialog and tab of the program, opened on a 1366x768
virtual screen (tests/conftest.py), lies within the available screen with its buttons
visible, scrolls up and down but never sideways, starts with the focus in its first field,
and every visible command has an Alt+letter of its own in its window (in Dutch).

To cover a new dialog, add ONE entry to `DIALOGS`: a name and a function that builds the
dialog the way the program does (not shown yet) from the `Demo` below. The test shows it,
checks it and closes it (docs/design.md, "Dialogs on a small screen").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QScrollArea,
    QToolBar,
    QWidget,
)
from tests.ui.conftest import MAX_H, MAX_W, MAXIMISED, SCREEN

from begeleider_app.services.demo import DEMO_TODAY as TODAY
from begeleider_app.ui.widgets.fit import first_input, process_layouts, visible_in_window
from begeleider_app.ui.widgets.mnemonics import mnemonic_problems


@dataclass
class Demo:
    """A Dutch main window on a demo caseload, and the participants dialogs are made for."""

    window: object
    store: object
    paths: object
    settings: object
    pid: str  # has a recorded consent, observations and aftercare
    placement_id: str

    @property
    def ops(self):
        return self.window.ctx.ops


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory):
    from begeleider_app.config import Settings, resolve_paths
    from begeleider_app.domain.messages import set_language
    from begeleider_app.services.demo import generate_demo
    from begeleider_app.services.session import open_store
    from begeleider_app.ui.i18n import install_language
    from begeleider_app.ui.main_window import MainWindow

    assert QGuiApplication.primaryScreen().geometry() == SCREEN, \
        "run with QT_QPA_PLATFORM=offscreen (tests/conftest.py sets the 1366x768 screen)"
    set_language("nl")
    install_language(qapp, "nl")
    tmp = tmp_path_factory.mktemp("fit")
    paths = resolve_paths(tmp / "install")
    paths.ensure()
    store = open_store(tmp / "demo.sqlite", paths)
    generate_demo(store, 16, seed=5)
    settings = Settings(coach_name="Demo Begeleider")
    window = MainWindow(store, paths, settings)
    window.show()
    window.resize(*MAXIMISED)
    process_layouts()
    pid, placement_id = store.db.execute(
        "SELECT c.participant_id, o.placement_id FROM consent c "
        "JOIN observation o ON o.participant_id = c.participant_id "
        "JOIN contact_moment m ON m.participant_id = c.participant_id "
        "WHERE c.deleted = 0 GROUP BY c.participant_id ORDER BY count(o.id) DESC LIMIT 1").fetchone()
    window.select_participant(pid)
    yield Demo(window, store, paths, settings, pid, placement_id)
    window.close()
    store.close()
    install_language(qapp, "en")
    set_language("nl")


# ---------------------------------------------------------------------- the dialogs

def _record(entity: str, fields: tuple[str, ...], title: str) -> Callable[[Demo], QDialog]:
    def make(d: Demo) -> QDialog:
        from begeleider_app.ui.dialogs.record_dialog import RecordDialog

        return RecordDialog(entity, fields, title, d.window)
    return make


def _observation(d: Demo) -> QDialog:
    from begeleider_app.services import observations as obs
    from begeleider_app.ui.dialogs.observation_dialog import ObservationDialog

    items = [(i.key, i.label) for i in obs.org_items(d.store)]
    return ObservationDialog(items, obs.org_scale(d.store), lambda _d: None, d.window)


def _aftercare_plan(d: Demo) -> QDialog:
    from begeleider_app.services import aftercare as ac
    from begeleider_app.ui.dialogs.aftercare_plan_dialog import AftercarePlanDialog

    start = date(2026, 3, 2)
    return AftercarePlanDialog(start, ac.proposal_for(d.store, d.pid, start), d.window)


def _passphrase(mode: str) -> Callable[[Demo], QDialog]:
    def make(d: Demo) -> QDialog:
        from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog

        return PassphraseDialog(mode, d.paths.default_db, d.window)
    return make


def _dialog(module: str, name: str, *args: str, **kwargs: str) -> Callable[[Demo], QDialog]:
    """A dialog built as ``name(*(getattr(demo, a) for a in args), parent=window)``."""
    def make(d: Demo) -> QDialog:
        import importlib

        cls = getattr(importlib.import_module(f"begeleider_app.ui.dialogs.{module}"), name)
        values = {k: getattr(d, v) for k, v in kwargs.items()}
        return cls(*(getattr(d, a) for a in args), d.window, **values)
    return make


def _make(module: str, name: str, *args: object, **kwargs: object) -> QDialog:
    import importlib

    return getattr(importlib.import_module(f"begeleider_app.ui.dialogs.{module}"), name)(*args, **kwargs)


def _history(d: Demo) -> QDialog:
    from begeleider_app.ui.dialogs.history_dialog import HistoryDialog

    return HistoryDialog(d.store, [("Persoonsgegevens", "participant", d.pid)], d.window)


def _wizard_page(page: int) -> Callable[[Demo], QDialog]:
    def make(d: Demo) -> QDialog:
        from begeleider_app.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(d.settings, d.paths, d.window)
        wizard.setStartId(page)
        return wizard
    return make


DIALOGS: list[tuple[str, Callable[[Demo], QWidget]]] = [
    ("handover", _dialog("handover_dialog", "HandoverDialog", "store", "settings", "pid", ops="ops")),
    ("letter", _dialog("letter_dialog", "LetterDialog", "store", "settings", "pid", ops="ops")),
    ("consents", _dialog("consent_dialog", "ConsentDialog", "store", "pid")),
    ("new participant", lambda d: d.window.commands.new_participant_dialog()),
    ("new placement", _record("placement", ("type", "organisation", "contact_person", "start_date",
                                            "hours_per_week"), "Nieuwe leerwerkplek")),
    ("new goal", _record("goal", ("text", "term", "capital"), "Doel toevoegen")),
    ("work history", _record("work_history", ("role", "employer", "country", "start_year",
                                              "end_year", "description", "reason_left"),
                             "Werkervaring toevoegen")),
    ("education", _record("education", ("course", "institution", "level", "country", "year",
                                        "diploma", "recognised"), "Opleiding toevoegen")),
    ("new buddy", _record("contact", ("name", "phone", "organisation", "period_start"), "Nieuwe buddy")),
    ("status", lambda d: __import__("begeleider_app.ui.dialogs.status_dialog", fromlist=["x"])
     .StatusDialog("actief", d.window)),
    ("revise goal", lambda d: __import__("begeleider_app.ui.dialogs.goal_dialogs", fromlist=["x"])
     .ReviseGoalDialog("Ik kom elke dag op tijd op mijn werk.", d.window)),
    ("observation", _observation),
    ("aftercare plan", _aftercare_plan),
    ("settings", lambda d: __import__("begeleider_app.ui.dialogs.settings_dialog", fromlist=["x"])
     .SettingsDialog(d.settings, d.window, paths=d.paths, run_wizard=lambda: None)),
    ("first-start wizard", _wizard_page(0)),
    ("first-start wizard: organisation", _wizard_page(1)),
    ("first-start wizard: team", _wizard_page(2)),
    ("first-start wizard: language", _wizard_page(3)),
    ("passphrase new", _passphrase("new")),
    ("passphrase enter", _passphrase("enter")),
    ("passphrase team", _passphrase("team")),
    ("passphrase lock", _passphrase("lock")),
    ("history", _history),
    ("audit log", _dialog("audit_dialog", "AuditDialog", "store")),
    ("correction", _dialog("correction_dialog", "CorrectionDialog", "store", "pid")),
    ("retention", _dialog("retention_dialog", "RetentionDialog", "store", "settings", "paths")),
    ("sync conflicts", _dialog("conflict_dialog", "ConflictDialog", "store")),
    ("organisation lists", _dialog("org_lists_dialog", "OrgListsDialog", "store")),
    # second wave: journal, network, reports, outcomes, spreadsheets, calendar, hub
    ("hours", lambda d: _make("hours_dialog", "HoursDialog", d.store, d.pid, TODAY, d.window)),
    ("hours of the caseload", lambda d: _make("hours_dialog", "HoursDialog", d.store, None, TODAY, d.window)),
    ("hours log export", lambda d: _make("hours_dialog", "HoursExportDialog", d.store, d.pid, TODAY, d.window)),
    ("journal search", lambda d: _make("hours_dialog", "JournalSearchDialog", d.store, lambda _pid: None,
                                       d.window)),
    ("new referral", lambda d: _make("referral_dialog", "NewReferralDialog", d.store, d.pid, d.window,
                                     today=TODAY)),
    ("network map", lambda d: _make("network_map_dialog", "NetworkMapDialog", d.store, d.pid, d.window,
                                    today=TODAY)),
    ("local map of services", lambda d: _make("social_map_dialog", "SocialMapDialog", d.store, d.window,
                                              ops=d.ops)),
    ("group sessions", lambda d: _make("group_sessions_dialog", "GroupSessionsDialog", d.store, d.window,
                                       ops=d.ops, today=TODAY)),
    ("referrer report", lambda d: _make("referrer_dialog", "ReferrerReportDialog", d.store, d.settings,
                                        d.pid, d.window, today=TODAY, ops=d.ops)),
    ("my plan", lambda d: _make("plan_dialog", "PlanDialog", d.store, d.settings, d.pid, d.window,
                                today=TODAY, ops=d.ops)),
    ("outcomes", lambda d: _make("outcomes_dialog", "OutcomesDialog", d.store, d.settings, d.ops, d.window,
                                 today=TODAY)),
    ("import a caseload", _dialog("import_dialog", "ImportDialog", "store", "settings", "paths", "ops")),
    ("caseload to Excel", _dialog("caseload_export_dialog", "CaseloadExportDialog", "store", "settings",
                                  "paths", "ops")),
    ("agenda to Outlook", _dialog("calendar_dialog", "CalendarDialog", "store", "settings", "paths", "ops")),
    ("organisation hub", lambda d: _make("hub_dialog", "HubDialog", "", False, d.window)),
]


# ---------------------------------------------------------------------- the checks

def fit_problems(window: QWidget) -> list[str]:
    """Why ``window`` does not fit a 1366x768 laptop (empty: it does)."""
    problems = []
    name = window.objectName() or type(window).__name__
    if isinstance(window, QMainWindow):
        pass  # maximised (its minimum size is checked in its own test)
    elif window.width() > MAX_W or window.height() > MAX_H:
        problems.append(f"{name} is {window.width()}x{window.height()}, more than {MAX_W}x{MAX_H}")
    elif not SCREEN.contains(window.frameGeometry()):
        problems.append(f"{name} lies partly off the screen: {window.frameGeometry()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window or _scrolled(button) \
                or isinstance(button.parentWidget(), QToolBar) or button.objectName().startswith("qt_"):
            continue
        if not visible_in_window(button):
            problems.append(f"{name}: button {button.text()!r} is cut off or outside the window")
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if not (area.isVisible() and area.window() is window and isinstance(area, QScrollArea)):
            continue
        content = area.widget()
        if (bar.isVisible() and bar.maximum() > 0) or (
                content is not None and content.width() > area.viewport().width()):
            problems.append(f"{name}: {area.objectName() or type(area).__name__} scrolls sideways")
    return problems


def tab_traps(window: QWidget) -> list[str]:
    """Read-only lists where Tab moves between cells instead of on to the next field: a
    keyboard user could not leave them."""
    return [f"{view.objectName() or type(view).__name__}: Tab stays inside the list"
            for view in window.findChildren(QAbstractItemView)
            if view.isVisible() and view.window() is window and view.tabKeyNavigation()
            and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers]


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's contents (the coach scrolls to it)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("make", [m for _n, m in DIALOGS], ids=[n for n, _m in DIALOGS])
def test_dialog_fits_1366x768(demo, make):
    dialog = make(demo)
    try:
        dialog.show()
        process_layouts()
        assert fit_problems(dialog) == []
        assert tab_traps(dialog) == []
        boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()]
        for box in boxes:
            assert all(visible_in_window(b) for b in box.buttons() if b.isVisible())
        assert mnemonic_problems(dialog) == []
        focus = dialog.focusWidget()
        assert focus is not None and dialog.isAncestorOf(focus), "no focus in the dialog"
        # (first_input is the first field; only a dialog without any, such as the network
        # map, starts on its first other widget)
        assert focus is first_input(dialog), \
            f"the focus is on {type(focus).__name__} {focus.objectName()!r}, not in the first field"
    finally:
        dialog.close()
        dialog.deleteLater()
        process_layouts()


@pytest.mark.parametrize("agenda", [False, True], ids=["window", "window+agenda"])
def test_main_window_and_tabs_fit_1366x768(demo, agenda):
    window = demo.window
    assert window.minimumSizeHint().width() <= MAXIMISED[0]
    assert window.minimumSizeHint().height() <= MAXIMISED[1]
    window.agenda.dock.setVisible(agenda)
    try:
        for index in range(window.tabs.count()):
            window.show_tab(index)
            process_layouts()
            assert fit_problems(window) == [], window.tabs.tabText(index)
            assert tab_traps(window) == [], window.tabs.tabText(index)
            assert mnemonic_problems(window) == [], window.tabs.tabText(index)
            caseload = window.caseload.view
            header = caseload.horizontalHeader()
            assert header.sectionViewportPosition(3) + header.sectionSize(3) <= caseload.viewport().width(), \
                "every caseload column is in view"
    finally:
        window.agenda.dock.hide()
        window.show_tab(0)


def test_menus_have_unique_mnemonics_in_dutch(demo):
    problems = [p for p in mnemonic_problems(demo.window) if "menu" in p]
    assert problems == []
    assert QApplication.translate("MainWindow", "After&care") == "&Nazorg"  # Dutch is installed


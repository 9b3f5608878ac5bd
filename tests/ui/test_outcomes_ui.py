"""The Overviews menu in the real window: the outcomes view with its charts and the funder
export, the caseload import (mapping, preview, rows to fix), the caseload export with its
private-field warning, the agenda to Outlook and its file rewritten after a sync."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtWidgets import QGroupBox, QMessageBox

from begeleider_app.config import Settings
from begeleider_app.services import calendar as cal


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TESTS = Path(__file__).resolve().parents[1]
fixture = _load("_outcomes_caseload", TESTS / "services" / "outcomes_caseload.py")
sheet = _load("_caseload_sheet", TESTS.parent / "bench" / "caseload_sheet.py")


@pytest.fixture
def win(make_window, store):
    fixture.build(store)
    return make_window(store, Settings(coach_name="Anna", organisation_name="Stichting Werkpad"))


def _wait(window):
    assert window.ctx.ops.wait(30_000)


def _texts(dialog, key):
    return dialog.findChild(QGroupBox, f"outcomes_{key}")


def test_menu_and_dutch_mnemonics(win):
    menu = win.menus["reports"]
    titles = [a.text() for a in menu.actions()]
    assert titles == ["&Resultaten...", "Caseload &importeren uit een spreadsheet...",
                      "Caseload naar E&xcel...", "&Agenda naar Outlook (iCalendar)..."]
    keys = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(keys)) == len(keys)
    bar = [a.text() for a in win.menuBar().actions()]
    assert bar[-1] == "&Help" and "Overzi&chten" in bar
    marks = [t[t.index("&") + 1].lower() for t in bar]
    assert len(set(marks)) == len(marks)


def test_outcomes_view_counts_and_exports(win, tmp_path, qtbot):
    dialog = win.outcomes.open_outcomes()
    dialog.today = fixture.TODAY
    dialog.start_edit.setText("01-01-2025")
    dialog.end_edit.setText("31-12-2025")
    assert dialog.calculate()
    _wait(win)
    assert dialog.outcomes.started == 13 and dialog.outcomes.ended == 6
    six = _texts(dialog, "retention_6")
    assert six is not None and "6 maanden" in six.title()
    assert dialog.findChild(QGroupBox, "outcomes_hours")
    charts = [w for w in dialog.findChildren(object) if w.objectName().startswith("outcomesChart_")]
    assert charts and "Betaald werk: 10" in next(
        c for c in charts if c.objectName() == "outcomesChart_placements").accessibleDescription()
    # the team's own view shows 1-4; hiding them shows what the funder sees
    reasons = next(c for c in charts if c.objectName() == "outcomesChart_reasons")
    assert "Verhuisd: 1" in reasons.accessibleDescription()
    dialog.suppress_box.setChecked(True)
    charts = [w for w in dialog.findChildren(object) if w.objectName() == "outcomesChart_reasons"]
    assert "Verhuisd: <5" in charts[-1].accessibleDescription()
    # a wrong date says what to write
    dialog.end_edit.setText("31-13-2025")
    assert not dialog.calculate() and dialog.error.isVisible()
    dialog.end_edit.setText("31-12-2025")
    pdf = tmp_path / "funder.pdf"
    assert dialog.export("pdf", str(pdf))
    _wait(win)
    assert pdf.stat().st_size > 1000 and "kleine aantallen verborgen" in dialog.status.text()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close()


def test_import_dialog_maps_previews_and_imports(win, tmp_path, monkeypatch):
    rows, expected = sheet.make_rows(40, 4, seed=5)
    path = tmp_path / "caseload.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(sheet.COLUMNS)
        writer.writerows([[c.strftime("%d-%m-%Y") if hasattr(c, "strftime") else c for c in r]
                          for r in rows])
    monkeypatch.setattr(QMessageBox, "open", lambda self: self.finished.emit(0))
    dialog = win.outcomes.open_import()
    assert dialog.open_file(path)
    _wait(win)
    _wait(win)
    assert dialog.mapping() == sheet.MAPPING
    assert dialog.plan is not None and len(dialog.plan.bad) == 4
    assert sorted(int(line.split()[1].rstrip(":")) for line in
                  dialog.problems.toPlainText().splitlines()) == sorted(expected)
    assert dialog.preview.rowCount() == 20
    assert not dialog.import_button.isEnabled()  # rows to fix: nothing half-imported
    dialog.good_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.run_import()
    _wait(win)
    assert dialog.result.imported == 36
    assert win.settings.extra["import_mapping"] == sheet.MAPPING
    assert win.caseload.model.rowCount() >= 36


def test_caseload_export_warns_about_private_columns(win, tmp_path):
    dialog = win.outcomes.open_export()
    dialog.set_chosen(["first_name", "status"])
    assert not dialog.warning.isVisible()
    dialog.set_chosen(["first_name", "birth_date", "status"])
    assert dialog.warning.isVisible() and "Geboortedatum" in dialog.warning.text()
    out = tmp_path / "team.xlsx"
    assert dialog.export(str(out))
    _wait(win)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Voornaam", "Geboortedatum", "Status") and len(rows) == 16


def test_calendar_dialog_and_the_file_after_sync(win, tmp_path):
    dialog = win.outcomes.open_calendar()
    assert dialog.choose_folder(str(tmp_path))
    _wait(win)
    path = tmp_path / cal.FILE_NAME
    assert Calendar.from_ical(path.read_bytes())["prodid"]
    path.unlink()
    win.sync_controller.synced.emit(None)  # what a successful sync emits
    _wait(win)
    assert path.exists()
    dialog.stop()
    assert not win.outcomes.after_sync()

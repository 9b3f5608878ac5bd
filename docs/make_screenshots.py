"""Regenerate the screenshots of the main window for the README and the user guide.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [name ...]
Writes docs/screenshots/{caseload,intake,goals}.png at 1366x768 from a synthetic demo
caseload (only invented people), in Dutch, with "today" fixed at the demo date so the
pictures are stable. One function per screenshot: add yours to SCREENSHOTS.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
# Offscreen on a 1366x768 screen, as the tests: dialogs size themselves from the screen.
SCREEN = Path(__file__).resolve().parent.parent / "tests" / "offscreen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen" and ":" not in str(SCREEN):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


def demo_store(participants: int, seed: int, key: str | None = None):
    """A Dutch application and a fresh installation with an invented demo caseload (a
    throw-away folder); returns (app, paths, store). Shared with make_screenshots_privacy."""
    from PySide6.QtWidgets import QApplication

    from begeleider_app.config import resolve_paths
    from begeleider_app.domain.messages import set_language
    from begeleider_app.services.demo import generate_demo
    from begeleider_app.services.session import open_store
    from begeleider_app.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # A text cursor that blinks is caught on or off by chance; a steady one keeps pictures
    # of an unchanged screen byte-identical between runs.
    app.setCursorFlashTime(0)
    set_language("nl")
    install_language(app, "nl")
    tmp = Path(tempfile.mkdtemp(prefix="begeleider-shots-"))
    paths = resolve_paths(tmp / "install")
    paths.ensure()
    store = open_store(tmp / "demo.sqlite", paths, key=key)
    generate_demo(store, participants, seed=seed)
    return app, paths, store


def setup():
    """A Dutch main window on a fresh demo caseload; returns (app, window, store)."""
    from begeleider_app.config import Settings
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.main_window import MainWindow

    app, paths, store = demo_store(40, seed=1)
    window = MainWindow(store, paths, Settings(coach_name="Demo Begeleider"))
    window.caseload.model.today = DEMO_TODAY
    for tab in window.participant_tabs:
        if hasattr(tab, "today"):
            tab.today = lambda: DEMO_TODAY
    window.resize(*SIZE)
    window.show()
    window.refresh_caseload()
    app.processEvents()
    return app, window, store


def _save(app, window, name: str) -> Path:
    for _ in range(3):  # shows and layouts are posted events: let them all run
        app.processEvents()
    out = OUT / f"{name}.png"
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    return out


def _participant_with(store, sql: str) -> str:
    return store.db.execute(sql).fetchone()[0]


def caseload_screenshot(app, window, store) -> Path:
    """The caseload with an overdue contact moment, a search and a participant opened."""
    pid = _participant_with(store, (
        "SELECT p.id FROM participant p JOIN contact_moment c ON c.participant_id = p.id "
        "WHERE c.done_date IS NULL AND c.planned_date < '2026-11-30' AND p.status IN ('nazorg', 'geplaatst') "
        "ORDER BY p.first_name LIMIT 1"))
    window.select_participant(pid)
    window.tabs.setCurrentIndex(0)
    return _save(app, window, "caseload")


def intake_screenshot(app, window, store) -> Path:
    """The intake of a newcomer with a name in Arabic script, scrolled to the intake topics."""
    pid = _participant_with(store, (
        "SELECT p.id FROM participant p JOIN work_history w ON w.participant_id = p.id "
        "WHERE p.name_native IS NOT NULL ORDER BY p.first_name LIMIT 1"))
    window.select_participant(pid)
    window.tabs.setCurrentIndex(0)
    tab = window.participant_tabs[0]
    app.processEvents()
    section = tab.sections["kennismaken"]
    tab.scroll.verticalScrollBar().setValue(section.y() - 8)
    return _save(app, window, "intake")


def goals_screenshot(app, window, store) -> Path:
    """The trajectory plan of a participant whose goals were revised."""
    pid = _participant_with(store, (
        "SELECT participant_id FROM goal_revision GROUP BY participant_id "
        "ORDER BY count(*) DESC, participant_id LIMIT 1"))
    window.select_participant(pid)
    window.tabs.setCurrentIndex(1)
    return _save(app, window, "goals")


SCREENSHOTS: dict[str, Callable] = {
    "caseload": caseload_screenshot,
    "intake": intake_screenshot,
    "goals": goals_screenshot,
}


# ---- issue 4: placement with its chart, aftercare timeline, agenda
def _tab_index(window, class_name: str) -> int:
    return next(i for i, t in enumerate(window.participant_tabs) if type(t).__name__ == class_name)


def placement_screenshot(app, window, store) -> Path:
    """The placement tab of the participant with the most observations on a learning place."""
    pid = _participant_with(store, (
        "SELECT o.participant_id FROM observation o JOIN placement p ON p.id = o.placement_id "
        "WHERE p.type != 'betaald_werk' GROUP BY o.placement_id ORDER BY count(*) DESC, 1 LIMIT 1"))
    window.select_participant(pid)
    window.tabs.setCurrentIndex(_tab_index(window, "PlacementTab"))
    return _save(app, window, "placement")


def aftercare_screenshot(app, window, store) -> Path:
    """The aftercare tab of a participant in aftercare with done, overdue and planned moments."""
    from begeleider_app.services import aftercare as ac
    from begeleider_app.services.demo import DEMO_TODAY

    candidates = [r[0] for r in store.db.execute(
        "SELECT id FROM participant WHERE status = 'nazorg' ORDER BY first_name")]
    best = max(candidates, key=lambda pid: len({e.state for e in ac.timeline(store, pid, DEMO_TODAY)}))
    window.select_participant(best)
    window.tabs.setCurrentIndex(_tab_index(window, "AftercareTab"))
    return _save(app, window, "aftercare")


def agenda_screenshot(app, window, store) -> Path:
    """The agenda dock beside an overdue participant's aftercare tab."""
    from begeleider_app.services.demo import DEMO_TODAY

    panel = window.agenda.panel
    panel.today = lambda: DEMO_TODAY
    window.agenda.dock.show()
    app.processEvents()
    entry = next((e for e in panel.entries if e.bucket == "overdue"), None)
    if entry is not None:
        window.select_participant(entry.participant_id)
        window.tabs.setCurrentIndex(_tab_index(window, "AftercareTab"))
    out = _save(app, window, "agenda")
    window.agenda.dock.hide()
    return out


SCREENSHOTS.update(placement=placement_screenshot, aftercare=aftercare_screenshot,
                   agenda=agenda_screenshot)


def handover_screenshot(app, window, store) -> Path:
    """Every page of the demo handover report (the consented participant with the most
    observations), rendered with pdftoppm as the employer would see it."""
    import shutil
    import subprocess

    from begeleider_app.config import Settings
    from begeleider_app.services import handover
    from begeleider_app.services.demo import DEMO_TODAY

    pid, recipient = store.db.execute(
        "SELECT c.participant_id, c.recipient_contact_id FROM consent c "
        "JOIN observation o ON o.participant_id = c.participant_id "
        "WHERE c.deleted = 0 AND c.withdrawn_on IS NULL AND c.given_on <= ? "
        "AND (c.expires_on IS NULL OR c.expires_on > ?) "
        "GROUP BY c.id ORDER BY count(o.id) DESC, c.participant_id LIMIT 1",
        [DEMO_TODAY.isoformat(), DEMO_TODAY.isoformat()]).fetchone()
    settings = Settings(
        coach_name="Demo Begeleider", coach_phone="06 12 34 56 78", coach_email="begeleider@werkpad.example",
        organisation_name="Stichting Werkpad (demo)", organisation_address="Stationsweg 12\n8011 CZ Zwolle",
        organisation_phone="038 123 45 67", organisation_email="info@werkpad.example")
    report = handover.compose(store, pid, recipient, settings, on=DEMO_TODAY)
    work = Path(tempfile.mkdtemp(prefix="begeleider-pdf-"))
    pdf = work / "overdracht.pdf"
    pdf.write_bytes(handover.render_pdf(report))
    if not shutil.which("pdftoppm"):
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the report")
    subprocess.run(["pdftoppm", "-r", "90", "-png", str(pdf), str(work / "page")], check=True)
    for old in OUT.glob("handover-[0-9]*.png"):
        old.unlink()
    pages = sorted(work.glob("page-*.png"))
    for number, page in enumerate(pages, start=1):
        shutil.copy(page, OUT / f"handover-{number}.png")
    return OUT / "handover-1.png"


SCREENSHOTS["handover"] = handover_screenshot


# ---- issue 20: a coach's first day on a 1366x768 laptop
DEMO_SETTINGS = dict(
    coach_name="Demo Begeleider", coach_phone="06 12 34 56 78", coach_email="begeleider@werkpad.example",
    organisation_name="Stichting Werkpad (demo)", organisation_address="Stationsweg 12\n8011 CZ Zwolle",
    organisation_phone="038 123 45 67", organisation_email="info@werkpad.example")


def _demo_logo(folder: Path) -> Path:
    """An invented logo: the demo organisation's name on a coloured band."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(480, 160, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f4e79"))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(64)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Werkpad")
    painter.end()
    path = folder / "werkpad-logo.png"
    image.save(str(path))
    return path


def _grab_dialog(app, dialog, name: str) -> Path:
    dialog.show()
    for _ in range(8):
        app.processEvents()
    out = OUT / f"{name}.png"
    dialog.grab().save(str(out))
    return out


def wizard_screenshot(app, window, store) -> Path:
    """The first start's questions, on the organisation page (details as IT preset them)."""
    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.setup_wizard import SetupWizard

    folder = Path(tempfile.mkdtemp(prefix="begeleider-wizard-"))
    settings = Settings(**{k: v for k, v in DEMO_SETTINGS.items() if k.startswith("organisation")})
    wizard = SetupWizard(settings, window.paths, window)
    wizard.form.set_logo(str(_demo_logo(folder)))
    wizard.setStartId(1)
    out = _grab_dialog(app, wizard, "wizard")
    wizard.close()  # (stores "put off" in the throw-away installation of the screenshots)
    return out


def composer_screenshot(app, window, store) -> Path:
    """The handover composer as it opens on a 1366x768 laptop, buttons in view."""
    from begeleider_app.config import Settings
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.handover_dialog import HandoverDialog

    pid = store.db.execute(
        "SELECT c.participant_id FROM consent c JOIN observation o ON o.participant_id = c.participant_id "
        "WHERE c.deleted = 0 AND c.withdrawn_on IS NULL AND c.given_on <= ? "
        "AND (c.expires_on IS NULL OR c.expires_on > ?) "
        "GROUP BY c.id ORDER BY count(o.id) DESC, c.participant_id LIMIT 1",
        [DEMO_TODAY.isoformat(), DEMO_TODAY.isoformat()]).fetchone()[0]
    window.select_participant(pid)
    dialog = HandoverDialog(store, Settings(**DEMO_SETTINGS), pid, window, today=DEMO_TODAY)
    out = _grab_dialog(app, dialog, "handover-composer")
    dialog.close()
    return out


SCREENSHOTS.update(wizard=wizard_screenshot, composer=composer_screenshot)


def main(names: list[str]) -> int:
    app, window, store = setup()
    for name in names or list(SCREENSHOTS):
        print(SCREENSHOTS[name](app, window, store))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

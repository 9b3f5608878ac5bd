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
        "WHERE c.deleted = 0 AND c.withdrawn_on IS NULL AND c.given_on <= ? AND c.recipient_kind = 'werkgever' "
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


def _grab_dialog(app, dialog, name: str, size: tuple[int, int] | None = None) -> Path:
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    for _ in range(8):
        app.processEvents()
    out = OUT / f"{name}.png"
    dialog.grab().save(str(out))
    return out


def outcomes_screenshot(app, window, store) -> Path:
    """The outcomes view over the last twelve months of the demo caseload (issue 21)."""
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.outcomes_dialog import OutcomesDialog

    dialog = OutcomesDialog(store, window.settings, window.ctx.ops, window, today=DEMO_TODAY)
    dialog.resize(1180, 700)
    dialog.show()
    dialog.calculate()
    window.ctx.ops.wait()
    out = _grab_dialog(app, dialog, "outcomes")
    dialog.close()
    return out


def import_screenshot(app, window, store) -> Path:
    """The import's mapping step on a synthetic spreadsheet with a few rows to fix."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import caseload_sheet
    from begeleider_app.ui.dialogs.import_dialog import ImportDialog

    rows, _bad = caseload_sheet.make_rows(120, 5, seed=7)
    path = caseload_sheet.write_xlsx(Path(tempfile.mkdtemp(prefix="begeleider-import-"))
                                     / "caseload-team-oost.xlsx", rows)
    dialog = ImportDialog(store, window.settings, window.paths, window.ctx.ops, window)
    dialog.resize(1180, 700)
    dialog.show()
    dialog.open_file(path)
    window.ctx.ops.wait()
    window.ctx.ops.wait()
    out = _grab_dialog(app, dialog, "import-mapping")
    dialog.close()
    return out


def funder_export_screenshot(app, window, store) -> Path:
    """Page 1 and 2 of the funder's PDF (small numbers hidden), rendered with pdftoppm."""
    import shutil
    import subprocess
    from datetime import timedelta

    from begeleider_app.config import Settings
    from begeleider_app.services import outcomes_export
    from begeleider_app.services.demo import DEMO_TODAY

    work = Path(tempfile.mkdtemp(prefix="begeleider-pdf-"))
    pdf = work / "resultaten.pdf"
    settings = Settings(coach_name="Demo Begeleider", organisation_name="Stichting Werkpad (demo)",
                        organisation_address="Stationsweg 12\n8011 CZ Zwolle")
    outcomes_export.export(store, pdf, DEMO_TODAY - timedelta(days=364), DEMO_TODAY,
                           settings=settings, today=DEMO_TODAY)
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "2", str(pdf),
                    str(work / "page")], check=True)
    for number, page in enumerate(sorted(work.glob("page-*.png")), start=1):
        shutil.copy(page, OUT / f"funder-export-{number}.png")
    return OUT / "funder-export-1.png"


SCREENSHOTS.update(outcomes=outcomes_screenshot, **{"import-mapping": import_screenshot,
                                                    "funder-export": funder_export_screenshot})
# ---------------------------------------------------------------- referrer reports and the plan

def _report_settings():
    from begeleider_app.config import Settings

    return Settings(
        coach_name="Demo Begeleider", coach_phone="06 12 34 56 78", coach_email="begeleider@werkpad.example",
        organisation_name="Stichting Werkpad (demo)", organisation_address="Stationsweg 12\n8011 CZ Zwolle",
        organisation_phone="038 123 45 67", organisation_email="info@werkpad.example",
        extra={"place": "Zwolle"})


def _referrer_participant(store, status: str) -> str:
    """A participant of ``status`` with a private-topic referrer consent, most history first."""
    return _participant_with(store, (
        "SELECT p.id FROM participant p JOIN consent c ON c.participant_id = p.id "
        "AND c.recipient_kind = 'verwijzer' AND c.topics LIKE '%prive%' "
        f"WHERE p.status = '{status}' ORDER BY (SELECT count(*) FROM status_change s "
        "WHERE s.participant_id = p.id) DESC, (SELECT count(*) FROM goal_revision r "
        "WHERE r.participant_id = p.id) DESC, p.id LIMIT 1"))


def _pdf_pages(data: bytes, name: str, first_only: bool = True) -> Path:
    """Render a PDF with pdftoppm into docs/screenshots/<name>-<n>.png."""
    import shutil
    import subprocess

    work = Path(tempfile.mkdtemp(prefix="begeleider-pdf-"))
    pdf = work / f"{name}.pdf"
    pdf.write_bytes(data)
    if not shutil.which("pdftoppm"):
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the report")
    subprocess.run(["pdftoppm", "-r", "90", "-png", *(["-f", "1", "-l", "1"] if first_only else []),
                    str(pdf), str(work / "page")], check=True)
    for old in OUT.glob(f"{name}-[0-9]*.png"):
        old.unlink()
    for number, page in enumerate(sorted(work.glob("page-*.png")), start=1):
        shutil.copy(page, OUT / f"{name}-{number}.png")
    return OUT / f"{name}-1.png"


def referrer_reports_screenshot(app, window, store) -> Path:
    """Page 1 of a voortgangs- and an eindrapportage (PDF), and page 1 of the eindrapportage
    as Word document opened by LibreOffice (when it is installed)."""
    import shutil
    import subprocess

    from begeleider_app.services import referrer_report
    from begeleider_app.services.demo import DEMO_TODAY

    settings = _report_settings()
    for kind, status in (("voortgang", "nazorg"), ("eind", "afgesloten")):
        pid = _referrer_participant(store, status)
        report = referrer_report.compose(store, pid, kind, None, settings, on=DEMO_TODAY)
        out = _pdf_pages(referrer_report.render(report, "pdf"), f"referrer-{kind}")
        if kind == "eind" and (shutil.which("soffice") or shutil.which("libreoffice")):
            work = Path(tempfile.mkdtemp(prefix="begeleider-docx-"))
            docx = work / "eind.docx"
            docx.write_bytes(referrer_report.render(report, "docx"))
            subprocess.run([shutil.which("soffice") or shutil.which("libreoffice"),
                            f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                           check=True, capture_output=True, timeout=180)
            _pdf_pages((work / "eind.pdf").read_bytes(), "referrer-eind-word")
    return out


def referrer_composer_screenshot(app, window, store) -> Path:
    """The composer: the progress report for the referrer, the refused health section
    selected so its reason shows."""
    from PySide6.QtCore import Qt

    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.referrer_dialog import ReferrerReportDialog

    pid = _referrer_participant(store, "nazorg")
    window.select_participant(pid)
    dialog = ReferrerReportDialog(store, _report_settings(), pid, window, today=DEMO_TODAY)
    dialog.reload_sections()
    dialog.resize(1280, 700)  # its size on a 1366x768 laptop (the offscreen screen is smaller)
    dialog.show()
    for i in range(dialog.sections.count()):
        item = dialog.sections.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "health":
            dialog.sections.setCurrentItem(item)
    out = _save(app, dialog, "referrer-composer")
    dialog.close()
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
        "WHERE c.deleted = 0 AND c.withdrawn_on IS NULL AND c.given_on <= ? AND c.recipient_kind = 'werkgever' "
        "AND (c.expires_on IS NULL OR c.expires_on > ?) "
        "GROUP BY c.id ORDER BY count(o.id) DESC, c.participant_id LIMIT 1",
        [DEMO_TODAY.isoformat(), DEMO_TODAY.isoformat()]).fetchone()[0]
    window.select_participant(pid)
    dialog = HandoverDialog(store, Settings(**DEMO_SETTINGS), pid, window, today=DEMO_TODAY)
    out = _grab_dialog(app, dialog, "handover-composer")
    dialog.close()
    return out


def _plan_participant(store) -> str:
    """A placed participant with a name in Arabic script, open actions and a next appointment."""
    from begeleider_app.services.demo import DEMO_TODAY

    return _participant_with(store, (
        "SELECT p.id FROM participant p WHERE p.name_native IS NOT NULL "
        "AND p.status IN ('actief', 'geplaatst', 'nazorg') "
        "AND EXISTS (SELECT 1 FROM action a WHERE a.participant_id = p.id AND a.done = 0) "
        f"ORDER BY EXISTS (SELECT 1 FROM contact_moment m WHERE m.participant_id = p.id "
        f"AND m.done_date IS NULL AND m.planned_date >= '{DEMO_TODAY.isoformat()}') DESC, "
        "(unicode(p.name_native) BETWEEN 1536 AND 1791) DESC, p.id LIMIT 1"))


def plan_screenshot(app, window, store) -> Path:
    """Every page of Mijn plan (PDF), and the plan dialog with its language check."""
    from begeleider_app.services import plan
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.plan_dialog import PlanDialog

    pid = _plan_participant(store)
    settings = _report_settings()
    report = plan.compose_plan(store, pid, settings, on=DEMO_TODAY)
    out = _pdf_pages(plan.handover.render_pdf(report), "plan", first_only=False)
    window.select_participant(pid)
    dialog = PlanDialog(store, settings, pid, window, today=DEMO_TODAY)
    dialog.resize(900, 700)
    dialog.show()
    _save(app, dialog, "plan-dialog")
    dialog.close()
    return out


def goals_plain_language_screenshot(app, window, store) -> Path:
    """The goals tab with a hint under an official-sounding goal and a half-typed action."""
    from PySide6.QtWidgets import QLineEdit

    from begeleider_app.services import goals

    pid = _plan_participant(store)
    first = goals.goals_for(store, pid)[0]
    store.repo("goal").update(first["id"], {"text": (
        "De deelnemer dient zijn werknemersvaardigheden te optimaliseren teneinde duurzame "
        "arbeidsparticipatie te realiseren.")})
    window.select_participant(pid)
    window.tabs.setCurrentIndex(_tab_index(window, "GoalsTab"))
    tab = window.participant_tabs[_tab_index(window, "GoalsTab")]
    tab.load()
    line = tab.findChild(QLineEdit, "goal_0_new_action")
    line.setText("Inschrijven bij het taalcentrum indien mogelijk")
    tab.visible_goal_boxes()[0].action_hint.show_hints(line.text())  # as 400 ms after typing
    out = _save(app, window, "goals-plain-language")
    line.clear()
    return out


def consent_kind_screenshot(app, window, store) -> Path:
    """The consent register with an employer and a referrer consent and the kind field."""
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.consent_dialog import ConsentDialog

    pid = _referrer_participant(store, "nazorg")
    window.select_participant(pid)
    dialog = ConsentDialog(store, pid, window, today=DEMO_TODAY)
    dialog.show()
    out = _save(app, dialog, "consent-kind")
    dialog.close()
    return out


SCREENSHOTS.update({"referrer-reports": referrer_reports_screenshot,
                    "referrer-composer": referrer_composer_screenshot,
                    "plan": plan_screenshot, "goals-plain-language": goals_plain_language_screenshot,
                    "consent-kind": consent_kind_screenshot})



# ---- issue 19: the network around the participant

def _network_participant(store, for_map: bool = False) -> str:
    """The participant whose network shows the most: a referral without news (for the map:
    what is active now beside what ended), group sessions, many people and services (ties:
    the first by id, so the picture is stable)."""
    from begeleider_app.services import groups, network
    from begeleider_app.services.demo import DEMO_TODAY

    def score(pid: str) -> tuple:
        views = network.referrals(store, pid, DEMO_TODAY)
        data = network.network_map(store, pid, DEMO_TODAY)
        ended = any(not n.active for g in data.groups for n in g.nodes)
        if for_map:
            return (ended, len(data.groups), data.node_count())
        return (any(v.stale_since for v in views), bool(groups.attended(store, pid)), ended,
                data.node_count())

    pids = [r[0] for r in store.db.execute(
        "SELECT DISTINCT participant_id FROM referral ORDER BY participant_id")]
    return max(pids, key=score)


def social_map_screenshot(app, window, store) -> Path:
    """The team's sociale kaart: the list, a service with its contact person."""
    dialog = window.network.open_social_map()
    sid = _participant_with(store, (
        "SELECT s.id FROM service s JOIN contact c ON c.service_id = s.id "
        "WHERE s.kind = 'schuldhulp' ORDER BY s.name LIMIT 1"))
    dialog.select(sid)
    out = _grab_dialog(app, dialog, "sociale-kaart", (1240, 690))
    dialog.close()
    return out


def referrals_screenshot(app, window, store) -> Path:
    """A participant's referrals on the Network tab, with the sessions attended."""
    window.select_participant(_network_participant(store))
    window.tabs.setCurrentIndex(_tab_index(window, "NetworkTab"))
    tab = window.participant_tabs[_tab_index(window, "NetworkTab")]
    stale = next((v for v in tab._views if v.stale_since), None)
    if stale is not None:  # the one without news, with its warning
        tab.select_referral(stale.id)
    return _save(app, window, "referrals")


def network_map_screenshot(app, window, store) -> Path:
    """The network map of a participant with a buddy, a placement, referrals and groups."""
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.network_map_dialog import NetworkMapDialog

    pid = _network_participant(store, for_map=True)
    dialog = NetworkMapDialog(store, pid, window, today=DEMO_TODAY)
    out = _grab_dialog(app, dialog, "network-map", (1180, 680))
    dialog.close()
    return out


def group_sessions_screenshot(app, window, store) -> Path:
    """The group sessions: a werkclub and who was there."""
    from begeleider_app.services.demo import DEMO_TODAY

    dialog = window.network.open_group_sessions()
    dialog.today = DEMO_TODAY
    out = _grab_dialog(app, dialog, "group-sessions", (1180, 680))
    dialog.close()
    return out


SCREENSHOTS.update({"sociale-kaart": social_map_screenshot, "referrals": referrals_screenshot,
                    "network-map": network_map_screenshot,
                    "group-sessions": group_sessions_screenshot})
SCREENSHOTS.update(wizard=wizard_screenshot, composer=composer_screenshot)


def main(names: list[str]) -> int:
    app, window, store = setup()
    for name in names or list(SCREENSHOTS):
        print(SCREENSHOTS[name](app, window, store))
    window.close()
    store.close()
    return 0



# ---- issue 16: the journal, the hours chart and the hours log
def _journal_participant(store) -> str:
    """A participant in aftercare with a budget and the most journal entries."""
    return _participant_with(store, (
        "SELECT j.participant_id FROM journal_entry j JOIN hours_budget b "
        "ON b.participant_id = j.participant_id GROUP BY j.participant_id "
        "ORDER BY count(*) DESC, j.participant_id LIMIT 1"))


def journal_screenshot(app, window, store) -> Path:
    """The Journaal tab with an entry that worked on goals selected."""
    pid = _journal_participant(store)
    window.select_participant(pid)
    window.tabs.setCurrentIndex(_tab_index(window, "JournalTab"))
    tab = window.tabs.currentWidget()
    app.processEvents()
    linked = next((i for i in range(tab.table.rowCount()) if tab.table.text(i, 3)), 0)
    tab.table.set_current_row(linked)
    return _save(app, window, "journal")


def hours_screenshot(app, window, store) -> Path:
    """The hours overview of that participant: per month, per phase, per goal, the budget."""
    from begeleider_app.services.demo import DEMO_TODAY
    from begeleider_app.ui.dialogs.hours_dialog import HoursDialog

    dialog = HoursDialog(store, _journal_participant(store), DEMO_TODAY, window)
    dialog.resize(900, 680)
    dialog.show()
    for _ in range(3):
        app.processEvents()
    out = OUT / "hours.png"
    dialog.grab().save(str(out))
    caseload = HoursDialog(store, None, DEMO_TODAY, window)
    caseload.chart.to_image(1000, 300).save(str(OUT / "hours-caseload.png"))
    dialog.close()
    caseload.close()
    return out


def hours_export_screenshot(app, window, store) -> Path:
    """Page 1 of the hours log PDF (without notes), rendered with pdftoppm."""
    import shutil
    import subprocess
    from datetime import date

    from begeleider_app.services import hours_log

    work = Path(tempfile.mkdtemp(prefix="begeleider-hours-"))
    pdf = work / "uren.pdf"
    hours_log.export(store, _journal_participant(store), date(2026, 1, 1), date(2026, 11, 30), pdf)
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(work / "page")], check=True)
    out = OUT / "hours-export.png"
    shutil.copy(next(iter(sorted(work.glob("page-*.png")))), out)
    return out


SCREENSHOTS.update(journal=journal_screenshot, hours=hours_screenshot,
                   **{"hours-export": hours_export_screenshot})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

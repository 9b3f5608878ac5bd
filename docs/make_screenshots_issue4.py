"""Screenshots of the placement tab with its chart, the aftercare timeline and the agenda.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_issue4.py
Writes docs/screenshots/{placement,aftercare,agenda}.png from a synthetic demo caseload
(only invented people), with "today" fixed at the demo date so the pictures are stable.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)


def _setup():
    from PySide6.QtWidgets import QApplication

    from begeleider_app.config import Settings, resolve_paths
    from begeleider_app.domain.messages import set_language
    from begeleider_app.services.demo import DEMO_TODAY, generate_demo
    from begeleider_app.services.session import open_store
    from begeleider_app.ui.i18n import install_language
    from begeleider_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_language("nl")
    install_language(app, "nl")
    tmp = Path(tempfile.mkdtemp(prefix="begeleider-shots-"))
    paths = resolve_paths(tmp / "install")
    paths.ensure()
    store = open_store(tmp / "demo.sqlite", paths)
    generate_demo(store, 40, seed=1)
    window = MainWindow(store, paths, Settings())
    window.resize(*SIZE)
    for tab in window.participant_tabs:
        if hasattr(tab, "today"):
            tab.today = lambda: DEMO_TODAY
    if hasattr(window, "caseload_model"):
        window.caseload_model.today = DEMO_TODAY
    if hasattr(window, "agenda_panel"):
        window.agenda_panel.today = lambda: DEMO_TODAY
    window.show()
    app.processEvents()
    return app, window, store


def _tab_index(window, class_name: str) -> int:
    return next(i for i, t in enumerate(window.participant_tabs) if type(t).__name__ == class_name)


def placement_screenshot(app, window, store) -> Path:
    """The placement tab of the participant with the most observations on a learning place."""
    pid = store.db.execute(
        "SELECT o.participant_id FROM observation o JOIN placement p ON p.id = o.placement_id "
        "WHERE p.type != 'betaald_werk' GROUP BY o.placement_id ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()[0]
    window.select_participant(pid)
    window.tabs.setCurrentIndex(_tab_index(window, "PlacementTab"))
    app.processEvents()
    out = OUT / "placement.png"
    window.grab().save(str(out))
    return out


def aftercare_screenshot(app, window, store) -> Path:
    """The aftercare tab of a participant in aftercare with done, overdue and planned moments."""
    from begeleider_app.services import aftercare as ac
    from begeleider_app.services.demo import DEMO_TODAY

    candidates = [r[0] for r in store.db.execute(
        "SELECT id FROM participant WHERE status = 'nazorg' ORDER BY first_name")]
    best = max(candidates, key=lambda pid: len({e.state for e in ac.timeline(store, pid, DEMO_TODAY)}))
    window.select_participant(best)
    window.tabs.setCurrentIndex(_tab_index(window, "AftercareTab"))
    app.processEvents()
    out = OUT / "aftercare.png"
    window.grab().save(str(out))
    return out


def agenda_screenshot(app, window, store) -> Path:
    """The agenda dock next to the caseload, on the aftercare tab."""
    window.agenda_dock.show()
    app.processEvents()
    panel = window.agenda_panel
    entry = next((e for e in panel.entries if e.bucket == "overdue"), None)
    if entry is not None:
        window.select_participant(entry.participant_id)
        window.tabs.setCurrentIndex(_tab_index(window, "AftercareTab"))
    app.processEvents()
    out = OUT / "agenda.png"
    window.grab().save(str(out))
    window.agenda_dock.hide()
    return out


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app, window, store = _setup()
    for make in (placement_screenshot, aftercare_screenshot, agenda_screenshot):
        print(make(app, window, store))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

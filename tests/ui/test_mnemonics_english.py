"""English is the other language a coach can choose: its Alt+letters must not clash either
(test_fit_1366.py checks the Dutch window and every dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from begeleider_app.ui.widgets.fit import process_layouts
from begeleider_app.ui.widgets.mnemonics import mnemonic_problems

from .conftest import MAXIMISED


def test_the_english_window_menus_and_tabs_have_unique_mnemonics(qtbot, en_app, paths, store):
    from begeleider_app.config import Settings
    from begeleider_app.services.demo import generate_demo
    from begeleider_app.ui.main_window import MainWindow

    assert QApplication.translate("MainWindow", "After&care") == "After&care"  # no Dutch installed
    generate_demo(store, 4, seed=5)
    window = MainWindow(store, paths, Settings())
    qtbot.addWidget(window)
    window.resize(*MAXIMISED)
    window.show()
    pid = store.db.execute("SELECT participant_id FROM observation WHERE deleted = 0 LIMIT 1").fetchone()[0]
    assert window.select_participant(pid)
    for index in range(window.tabs.count()):
        window.show_tab(index)
        process_layouts()
        assert mnemonic_problems(window) == [], window.tabs.tabText(index)

from __future__ import annotations


def test_main_window_opens_on_a_fresh_database(qtbot, store, paths):
    from begeleider_app.config import Settings
    from begeleider_app.ui.main_window import MainWindow

    window = MainWindow(store, paths, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.tabs.count() == 6

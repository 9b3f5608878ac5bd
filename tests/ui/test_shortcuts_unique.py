"""Two actions on one shortcut make Qt ignore both: every shortcut belongs to one action."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction


def test_no_two_actions_share_a_shortcut(window):
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString()].append(action.objectName() or action.text())
    assert owners, "the window has shortcuts"
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert "Ctrl+L" in owners and "Ctrl+F" in owners and "Ctrl+N" in owners


def test_quit_is_ctrl_q_on_every_system(window):
    # QKeySequence.StandardKey.Quit has no key on Windows: the menu showed none there.
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"

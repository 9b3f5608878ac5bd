"""The participant's tabs, in the order the window shows them (Ctrl+1 ... Ctrl+6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...storage.repository import Store
from .base import ParticipantTab


def build_participant_tabs(store: Store) -> list[tuple[ParticipantTab, str]]:
    """Every participant tab with its title (a mnemonic each, unique in the window)."""
    from .aftercare import AftercareTab
    from .goals import GoalsTab
    from .intake import IntakeTab
    from .journal import JournalTab
    from .network import NetworkTab
    from .placements import PlacementTab

    # Written out in full: lupdate finds only literal translate() calls.
    return [(IntakeTab(store), QCoreApplication.translate("MainWindow", "&Intake")),
            (GoalsTab(store), QCoreApplication.translate("MainWindow", "&Goals")),
            (PlacementTab(store), QCoreApplication.translate("MainWindow", "P&lacement")),
            (AftercareTab(store), QCoreApplication.translate("MainWindow", "After&care")),
            (JournalTab(store), QCoreApplication.translate("MainWindow", "&Journal")),
            (NetworkTab(store), QCoreApplication.translate("MainWindow", "Net&work"))]

"""Closing the program while a field holds a value that could not be stored.

Autosave stores every right value at once; a wrong one (31-02-1990, an end before its start)
stays only in its field with its message until the coach corrects it. Closing would lose it
without a word, so the coach is told which values, and by default goes back to the first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from .tabs.base import ParticipantTab
from .widgets.autosave import kept_refused


def may_drop_refused_input(parent: QWidget, tabs: QTabWidget, participant_tabs: list[ParticipantTab]) -> bool:
    """True when nothing would be lost or the coach chooses to close without it."""
    refused = [(tab, editor, message) for tab in participant_tabs
               for editor, message in tab.saver.refused()]
    elsewhere = kept_refused()  # typed for a participant no longer on screen
    if not refused and not elsewhere:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Not saved"),
                      QCoreApplication.translate(
                          "MainWindow", "What you typed here is not saved, because it is not right yet:"),
                      parent=parent)
    box.setInformativeText("\n".join([f"• {message}" for _tab, _editor, message in refused]
                                     + [f"• {message} " + QCoreApplication.translate(
                                         "MainWindow", "(another participant)") for message in elsewhere]))
    back = box.addButton(QCoreApplication.translate("MainWindow", "&Back to the field"), QMessageBox.ButtonRole.RejectRole)
    close = box.addButton(QCoreApplication.translate("MainWindow", "&Close without it"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    if box.clickedButton() is close:
        return True
    if not refused:
        return False  # the coach goes back to that participant in the caseload
    tab, editor, _message = refused[0]
    tabs.setCurrentIndex(participant_tabs.index(tab))
    editor.inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)
    return False

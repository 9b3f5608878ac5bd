"""Extension: consent register, handover report and recommendation letter in the menus.

`install(window)` adds three actions to the Participant menu; they are enabled while a
participant is selected. Dialogs open non-blocking (window-modal) and are kept on the window
(`window.handover_dialogs`) so they are not garbage collected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install(window) -> None:
    menu = window.menus["participant"]
    menu.addSeparator()
    window.handover_dialogs = []
    specs = [
        ("consentAction", QCoreApplication.translate("HandoverUi", "Consents…"), open_consents),
        ("handoverAction", QCoreApplication.translate("HandoverUi", "Handover report…"), open_handover),
        ("letterAction", QCoreApplication.translate("HandoverUi", "Recommendation letter…"), open_letter),
    ]
    actions = []
    for name, text, handler in specs:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setEnabled(window.current_participant_id() is not None)
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        menu.addAction(action)
        actions.append(action)
    window.handover_actions = {a.objectName(): a for a in actions}

    def on_changed(pid: object) -> None:
        for action in actions:
            action.setEnabled(pid is not None)

    window.participant_changed.connect(on_changed)


def _show(window, dialog) -> None:
    window.handover_dialogs = [d for d in window.handover_dialogs if d.isVisible()]
    window.handover_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: window.handover_dialogs.remove(dialog)
                            if dialog in window.handover_dialogs else None)
    dialog.open()


def open_consents(window):
    from .dialogs.consent_dialog import ConsentDialog

    pid = window.current_participant_id()
    if pid is None:
        return None
    dialog = ConsentDialog(window.store, pid, window)
    _show(window, dialog)
    return dialog


def open_handover(window):
    from .dialogs.handover_dialog import HandoverDialog

    pid = window.current_participant_id()
    if pid is None:
        return None
    dialog = HandoverDialog(window.store, window.settings, pid, window)
    _show(window, dialog)
    return dialog


def open_letter(window):
    from .dialogs.letter_dialog import LetterDialog

    pid = window.current_participant_id()
    if pid is None:
        return None
    dialog = LetterDialog(window.store, window.settings, pid, window)
    _show(window, dialog)
    return dialog

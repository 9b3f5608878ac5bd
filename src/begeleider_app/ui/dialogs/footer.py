"""The end of a dialog: a message line for what the coach must correct, then OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel

from ..widgets.field_widgets import ERROR_STYLE


def add_footer(dialog: QDialog, layout: QBoxLayout, *, error_name: str, on_ok: Callable[[], object],
               buttons_name: str = "dialogButtons",
               accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
               ) -> tuple[QLabel, QDialogButtonBox]:
    """Append a hidden error line and OK (or ``accept_button``) and Cancel to ``layout``.
    Accepting calls ``on_ok`` (which accepts the dialog once the input is right); Cancel
    rejects it."""
    error = QLabel(dialog)
    error.setObjectName(error_name)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(error)
    buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.setObjectName(buttons_name)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons

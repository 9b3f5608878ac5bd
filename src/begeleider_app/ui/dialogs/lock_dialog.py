"""The lock screen: covers the whole main window and asks for the passphrase.

It holds no participant data; the controller in ui/privacy_ui.py hides and clears everything
else before showing it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..widgets.fit import fit_height


class LockScreen(QWidget):
    """Emits ``unlock_requested(passphrase)``; ``show_error`` after a wrong passphrase."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, *, needs_passphrase: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Begeleider is locked"))
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #26374a; } "
                           "#lockCard { background: white; border-radius: 10px; }")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(420)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("Begeleider is locked"), card)
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.info = QLabel(card)
        self.info.setObjectName("lockInfo")
        self.info.setWordWrap(True)
        if needs_passphrase:
            self.info.setText(self.tr("Participants' data is hidden. Type your passphrase to "
                                      "continue; what you were typing is kept."))
        else:
            self.info.setText(self.tr("Participants' data is hidden. This database has no "
                                      "passphrase, so anyone can unlock it: set up encryption to "
                                      "protect it."))
        layout.addWidget(self.info)
        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setVisible(needs_passphrase)
        self.passphrase.returnPressed.connect(self._submit)
        layout.addWidget(self.passphrase)
        self.error = QLabel(card)
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock"), card)
        self.button.setObjectName("lockUnlock")
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        layout.addWidget(self.button)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.card = card
        fit_height(card)  # as tall as its wrapped texts need at its width

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self.card)  # the card grows for the message, nothing overlaps
        self.passphrase.clear()
        self.passphrase.setFocus()

    def focus_input(self) -> None:
        (self.passphrase if self.passphrase.isVisible() else self.button).setFocus()

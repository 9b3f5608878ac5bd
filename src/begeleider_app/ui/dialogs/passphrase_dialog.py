"""Asking for the database passphrase: set one at first start (or choose no encryption, with a
plain warning), or enter it to open an encrypted database. `obtain_store` is what app.py calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...config import Device, Paths, Settings
from ...domain.messages import UserError
from ...storage import crypto
from ...storage.repository import Store
from ..widgets.fit import fit_dialog
from .footer import add_footer

ENCRYPTION_SETTING = "encryption"


class PassphraseDialog(QDialog):
    """mode "new": choose a passphrase twice (or no encryption); mode "enter": type it once."""

    def __init__(self, mode: str, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.no_encryption = False
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("passphraseIntro")
        intro.setWordWrap(True)
        if mode == "lock":
            intro.setText(self.tr(
                "This database is not encrypted. Choose a passphrase for the lock screen, so that "
                "only you can unlock Begeleider. (It does not encrypt the file: use encryption for "
                "that.)"))
        elif mode == "team":
            intro.setText(self.tr(
                "The team passphrase encrypts the snapshots this laptop puts in the shared folder, "
                "so only colleagues who know it can read them. Every colleague types the same team "
                "passphrase once on their own laptop."))
        elif mode == "new":
            intro.setText(self.tr(
                "Begeleider stores health, debts and residence status of the people you coach. "
                "Choose a passphrase to encrypt this database: without it nobody can read the file, "
                "even on a lost laptop. A sentence of a few words is strong and easy to remember.\n\n"
                "Write the passphrase down somewhere safe: if it is lost, the data cannot be recovered."))
        else:
            intro.setText(self.tr("The database %1 is encrypted. Type the passphrase to open it.")
                          .replace("%1", path.name if path else ""))
        layout.addWidget(intro)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseInput")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(self.tr("Repeat passphrase"))
        self.repeat.setVisible(mode in ("new", "team", "lock"))
        layout.addWidget(self.repeat)
        self.error, buttons = add_footer(self, layout, error_name="passphraseError", on_ok=self._check,
                                         buttons_name="passphraseButtons")
        if mode == "new":
            self.plain_button = QPushButton(self.tr("Continue &without encryption..."), self)
            self.plain_button.setObjectName("passphraseNoEncryption")
            self.plain_button.setAccessibleName(self.tr("Continue without encryption"))
            self.plain_button.clicked.connect(self._choose_plain)
            buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.ResetRole)
        fit_dialog(self)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.clear()
        self.passphrase.setFocus()

    def value(self) -> str | None:
        return None if self.no_encryption else self.passphrase.text()

    def _check(self) -> None:
        if self.mode in ("new", "team", "lock"):
            try:
                crypto.check_passphrase(self.passphrase.text(), self.repeat.text())
            except UserError as err:
                self.error.setText(err.message())
                self.error.show()
                return
        elif not self.passphrase.text():
            return
        self.accept()

    def _choose_plain(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Without encryption"),
            self.tr("Without encryption anyone who gets this laptop or a copy of the file can read "
                    "everything about your participants. Only choose this when the whole disk is "
                    "encrypted (BitLocker, FileVault, LUKS).\n\nContinue without encryption?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.no_encryption = True
            self.accept()


def obtain_store(
    db_path: Path, paths: Paths, *, device: Device | None = None,
    settings: Settings | None = None, parent: QWidget | None = None, ask_new: bool = True,
    trust_clean_close: bool = False,
) -> Store | None:
    """Open ``db_path``, asking for the passphrase when needed; None when the coach cancels.

    First start (no file yet): the coach sets a passphrase, or explicitly chooses no encryption.
    An encrypted file: the coach types the passphrase; a wrong one is said plainly and nothing
    is changed. Other problems raise UserError, as open_store does. ``ask_new=False``: a new
    file is created without asking (plain), e.g. for an explicit ``--db`` in scripts and tests.
    ``trust_clean_close``: see `open_store` (the caller then runs the deferred check).
    """
    from ...services.session import open_store

    db_path = Path(db_path)
    if not db_path.exists():
        key: str | None = None
        if crypto.available() and ask_new:
            dialog = PassphraseDialog("new", db_path, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            key = dialog.value()
        if settings is not None and ask_new:
            settings.extra[ENCRYPTION_SETTING] = "on" if key else "off"
            settings.save(paths)
        return open_store(db_path, paths, device=device, key=key)
    if crypto.is_plain(db_path) or not crypto.looks_encrypted(db_path) or not crypto.available():
        return open_store(db_path, paths, device=device, trust_clean_close=trust_clean_close)
    dialog = PassphraseDialog("enter", db_path, parent)
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return open_store(db_path, paths, device=device, key=dialog.value(),
                              trust_clean_close=trust_clean_close)
        except UserError as err:
            if err.key != "db.wrong_passphrase":
                raise
            dialog.show_error(err.message())

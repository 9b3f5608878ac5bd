"""The organisation hub for this laptop: the connection IT gave (a PostgreSQL connection
string) and the laptop's password, kept in the encrypted database, never in a settings file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.messages import UserError
from .footer import add_footer


class HubDialog(QDialog):
    def __init__(self, dsn: str, has_password: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hubDialog")
        self.setWindowTitle(self.tr("Organisation hub"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Your organisation's IT gives you the hub's connection and this laptop's password. "
            "With a hub you sync through it instead of a shared folder; it only receives "
            "encrypted data. Leave the connection empty to use the shared folder again."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.dsn = QLineEdit(dsn, self)
        self.dsn.setObjectName("hubDsn")
        self.dsn.setPlaceholderText("host=hub.organisatie.nl dbname=begeleider user=laptop_anna")
        self.password = QLineEdit(self)
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(unchanged)") if has_password else "")
        connection = QLabel(self.tr("&Connection"), self)
        connection.setBuddy(self.dsn)
        password = QLabel(self.tr("&Password"), self)
        password.setBuddy(self.password)
        form.addRow(connection, self.dsn)
        form.addRow(password, self.password)
        layout.addLayout(form)
        self.error, _buttons = add_footer(self, layout, error_name="hubError", on_ok=self._check)
        self.dsn.setFocus()

    def _check(self) -> None:
        from ...sync.hub import connection_params

        text = self.dsn.text().strip()
        if text:
            try:
                connection_params(text)
            except UserError as err:
                self.error.setText(err.message())
                self.error.show()
                return
        self.accept()

    def values(self) -> tuple[str, str | None]:
        """(connection string, new password or None when unchanged)."""
        return self.dsn.text().strip(), self.password.text() or None

"""Settings: language, the coach, the organisation (for letters and reports), backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...config import Settings
from ..widgets.fit import fit_dialog

TEXT_SETTINGS = (
    ("coach_name", "coach"), ("coach_phone", "coach"), ("coach_email", "coach"),
    ("organisation_name", "organisation"), ("organisation_address", "organisation"),
    ("organisation_phone", "organisation"), ("organisation_email", "organisation"),
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(480)
        labels = {
            "coach_name": self.tr("Your &name"), "coach_phone": self.tr("Your &phone"),
            "coach_email": self.tr("Your &e-mail"), "organisation_name": self.tr("&Organisation"),
            "organisation_address": self.tr("&Address"), "organisation_phone": self.tr("P&hone"),
            "organisation_email": self.tr("E-&mail"),
        }
        layout = QVBoxLayout(self)
        general = QGroupBox(self.tr("General"), self)
        gform = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        gform.addRow(self.tr("&Language"), self.language)
        self.backup_count = QSpinBox(general)
        self.backup_count.setObjectName("settingsBackupCount")
        self.backup_count.setAccessibleName(self.tr("Number of daily backups to keep"))
        self.backup_count.setRange(1, 365)
        self.backup_count.setValue(settings.backup_count)
        gform.addRow(self.tr("Daily &backups to keep"), self.backup_count)
        layout.addWidget(general)
        self.edits: dict[str, QLineEdit] = {}
        boxes = {"coach": QGroupBox(self.tr("Coach"), self),
                 "organisation": QGroupBox(self.tr("Organisation (for letters and reports)"), self)}
        forms = {key: QFormLayout(box) for key, box in boxes.items()}
        for name, group in TEXT_SETTINGS:
            edit = QLineEdit(str(getattr(settings, name) or ""), boxes[group])
            edit.setObjectName(f"settings_{name}")
            edit.setAccessibleName(labels[name].replace("&", ""))
            edit.setMaxLength(300)
            forms[group].addRow(labels[name], edit)
            self.edits[name] = edit
        for box in boxes.values():
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("dialogButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self)

    def apply(self) -> bool:
        """Copy the dialog's values into the settings; True when the language changed."""
        old_language = self.settings.language
        self.settings.language = self.language.currentData()
        self.settings.backup_count = self.backup_count.value()
        for name, edit in self.edits.items():
            setattr(self.settings, name, edit.text().strip())
        return self.settings.language != old_language

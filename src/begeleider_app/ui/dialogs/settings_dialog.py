"""Settings: language, backups, the coach, the organisation (for letters and reports, with its
logo) and the team's shared folder.

`SettingsForm` builds the editors once for both places that ask for them: this dialog and the
first-start wizard (`setup_wizard.py`), so labels, Alt+letters and rules are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...config import Paths, Settings
from ..widgets.buttons import make_button
from ..widgets.field_widgets import ERROR_STYLE
from ..widgets.fit import VScrollArea, fit_dialog

LOGO_FILE = "organisatie-logo.png"
LOGO_MAX = 600  # pixels; a logo is printed about 4 cm wide



class SettingsForm(QObject):
    """The editors of the settings, in group boxes, and `apply()` to store what they hold."""

    def __init__(self, settings: Settings, parent: QWidget, *, paths: Paths | None = None,
                 db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.db_path = db_path
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.logo_source: str | None = None  # a newly chosen image (None: unchanged, "": none)
        self.labels = {
            "coach_name": self.tr("Your &name"), "coach_phone": self.tr("Your &phone"),
            "coach_email": self.tr("Your &e-mail"), "organisation_name": self.tr("&Organisation"),
            "organisation_address": self.tr("&Address"), "organisation_phone": self.tr("P&hone"),
            "organisation_email": self.tr("E-&mail"),
        }

    def _form(self, box: QGroupBox, names: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in names:
            if name == "organisation_address":
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(str(getattr(self.settings, name) or ""), box)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            else:
                edit = QLineEdit(str(getattr(self.settings, name) or ""), box)
                edit.setMaxLength(300)
            edit.setObjectName(f"settings_{name}")
            edit.setAccessibleName(self.labels[name].replace("&", ""))
            form.addRow(self.labels[name], edit)
            self.edits[name] = edit
        return form

    def coach_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("You, the coach"), parent)
        box.setObjectName("settingsCoach")
        self._form(box, ("coach_name", "coach_phone", "coach_email"))
        return box

    def organisation_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Organisation (for letters and reports)"), parent)
        box.setObjectName("settingsOrganisation")
        form = self._form(box, ("organisation_name", "organisation_address", "organisation_phone",
                                "organisation_email"))
        row = QHBoxLayout()
        self.logo_preview = QLabel(box)
        self.logo_preview.setObjectName("settingsLogoPreview")
        self.logo_preview.setFixedSize(120, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = make_button(self.tr("Choose &logo..."), "settingsChooseLogo", box)
        choose.clicked.connect(lambda: self.choose_logo())
        self.remove_logo = make_button(self.tr("Re&move logo"), "settingsRemoveLogo", box)
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(self.remove_logo)
        row.addStretch(1)
        form.addRow(self.tr("Logo"), row)
        self._show_logo(self.settings.organisation_logo)
        return box

    def share_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Team (optional)"), parent)
        box.setObjectName("settingsShare")
        layout = QVBoxLayout(box)
        intro = QLabel(self.tr(
            "Working with colleagues? Choose the team's shared folder (a network drive, OneDrive "
            "or SharePoint folder). Working alone: leave it empty."), box)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.share = QLineEdit(self.settings.share_folder or "", box)
        self.share.setObjectName("settingsShareFolder")
        self.share.setAccessibleName(self.tr("Shared folder"))
        choose = make_button(self.tr("Choo&se..."), "settingsChooseShare", box)
        choose.clicked.connect(lambda: self.choose_share())
        row.addWidget(self.share, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Shared &folder"), row)
        form.labelForField(row).setBuddy(self.share)
        layout.addLayout(form)
        self.share_error = QLabel(box)
        self.share_error.setObjectName("settingsShareError")
        self.share_error.setStyleSheet(ERROR_STYLE)
        self.share_error.setWordWrap(True)
        self.share_error.hide()
        layout.addWidget(self.share_error)
        return box

    def language_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName("settingsLanguage")
        combo.setAccessibleName(self.tr("Language"))
        combo.addItem("Nederlands", "nl")
        combo.addItem("English", "en")
        combo.setCurrentIndex(max(0, combo.findData(self.settings.language)))
        self.language = combo
        return combo

    # ------------------------------------------------------------------ logo and share
    def choose_logo(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent(), self.tr("Choose the organisation's logo"), str(Path.home()),
                self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
            if not path:
                return False
        if QImage(path).isNull():
            return False
        self.set_logo(path)
        return True

    def set_logo(self, path: str) -> None:
        self.logo_source = path
        self._show_logo(path)

    def _show_logo(self, path: str) -> None:
        image = QImage(path) if path else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
        else:
            self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_logo.setEnabled(not image.isNull())

    def choose_share(self) -> None:
        name = QFileDialog.getExistingDirectory(self.parent(), self.tr("Choose the team's shared folder"),
                                                self.share.text() or str(Path.home()))
        if name:
            self.share.setText(name)

    def share_problem(self) -> str:
        """Why the typed shared folder cannot be used ("" when it can)."""
        from ...domain.messages import UserError
        from ...sync import share as sh

        folder = self.share.text().strip()
        if folder and self.db_path is not None and sh.inside(self.db_path, Path(folder)):
            return UserError("sync.db_in_share", path=self.db_path).message()
        return ""

    # ------------------------------------------------------------------ storing
    def check(self) -> bool:
        """Show what must be corrected first; True when everything can be stored."""
        if not hasattr(self, "share"):
            return True
        problem = self.share_problem()
        self.share_error.setText(problem)
        self.share_error.setVisible(bool(problem))
        return not problem

    def apply(self) -> bool:
        """Copy the editors' values into the settings; True when the language changed."""
        s = self.settings
        for name, edit in self.edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            setattr(s, name, text.strip())
        if hasattr(self, "share"):
            s.share_folder = self.share.text().strip()
        if self.logo_source is not None:
            s.organisation_logo = self._store_logo(self.logo_source)
        old = s.language
        if hasattr(self, "language"):
            s.language = self.language.currentData()
        return s.language != old

    def _store_logo(self, source: str) -> str:
        """The chosen image as a PNG of at most LOGO_MAX pixels in the installation folder
        (the original may move or sit on a USB stick)."""
        if not source or self.paths is None:
            return source
        image = QImage(source)
        if image.isNull():
            return self.settings.organisation_logo
        if max(image.width(), image.height()) > LOGO_MAX:
            image = image.scaled(LOGO_MAX, LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        target = self.paths.data_dir / LOGO_FILE
        return str(target) if image.save(str(target), "PNG") else self.settings.organisation_logo


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 paths: Paths | None = None, db_path: Path | None = None,
                 run_wizard: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.form = SettingsForm(settings, self, paths=paths, db_path=db_path)
        outer = QVBoxLayout(self)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        general = QGroupBox(self.tr("General"), content)
        gform = QFormLayout(general)
        gform.addRow(self.tr("&Language"), self.form.language_combo(general))
        self.backup_count = QSpinBox(general)
        self.backup_count.setObjectName("settingsBackupCount")
        self.backup_count.setAccessibleName(self.tr("Number of daily backups to keep"))
        self.backup_count.setRange(1, 365)
        self.backup_count.setValue(settings.backup_count)
        gform.addRow(self.tr("Daily &backups to keep"), self.backup_count)
        layout.addWidget(general)
        layout.addWidget(self.form.coach_box(content))
        layout.addWidget(self.form.organisation_box(content))
        layout.addWidget(self.form.share_box(content))
        self.edits = self.form.edits
        self.language = self.form.language
        outer.addWidget(VScrollArea(content, self), 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("dialogButtons")
        if run_wizard is not None:
            wizard = make_button(self.tr("Step by &step..."), "settingsRunWizard", self)
            wizard.setToolTip(self.tr("Go through the questions of the first start again"))
            wizard.clicked.connect(lambda: (self.reject(), run_wizard()))
            buttons.addButton(wizard, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_dialog(self)

    def accept(self) -> None:
        if self.form.check():
            super().accept()

    def apply(self) -> bool:
        """Copy the dialog's values into the settings; True when the language changed."""
        self.settings.backup_count = self.backup_count.value()
        return self.form.apply()

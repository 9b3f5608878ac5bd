"""The first start: who the coach is, the organisation, the team's shared folder, the language.

Shown once, after the passphrase, before the window opens (`ui/app.py`); again from
Settings ("Stap voor stap..."). Reports and letters are signed with these details: without
them a handover ended with "Neem gerust contact op." and nothing after it. Everything can be
changed later in Settings; "Later" puts the questions off (exports then say what is missing
and offer to fill it in, `ExportMixin`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...config import Paths, Settings
from ..widgets.fit import fit_dialog
from .settings_dialog import SettingsDialog, SettingsForm


class SetupWizard(QWizard):
    def __init__(self, settings: Settings, paths: Paths, parent: QWidget | None = None, *,
                 db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.language_changed = False
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Welcome to Begeleider"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.form = SettingsForm(settings, self, paths=paths, db_path=db_path)
        self._page(self.tr("You, the coach"), self.tr(
            "Handover reports and letters end with your name and how the employer can reach you. "
            "New participants get you as their coach."), self.form.coach_box)
        self._page(self.tr("Your organisation"), self.tr(
            "The organisation's name, address and logo go at the top of every report and letter. "
            "Your IT department may have filled them in already."), self.form.organisation_box)
        self._page(self.tr("Working in a team"), self.tr(
            "Colleagues share their records through a shared folder. You can also choose it "
            "later, under Tools."), self.form.share_box)
        language = self._page(self.tr("Language"), self.tr(
            "Begeleider speaks Dutch or English. You can change everything later in Settings."))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.form.language_combo(language))
        language.layout().addLayout(form)
        # Unique Alt+letters on every page, in Dutch too (Qt's own Back and Finish share one).
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Bac&k"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("La&ter"))
        fit_dialog(self, (680, 500))

    def _page(self, title: str, intro: str,
              build: Callable[[QWidget], QWidget] | None = None) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(title)
        layout = QVBoxLayout(page)
        label = QLabel(intro, page)
        label.setWordWrap(True)
        layout.addWidget(label)
        if build is not None:
            layout.addWidget(build(page))
        layout.addStretch(1)
        self.addPage(page)
        return page

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt API)
        return self.form.check()

    def accept(self) -> None:
        if not self.form.check():
            return
        self.language_changed = self.form.apply()
        self._done()
        super().accept()

    def reject(self) -> None:
        self._done()  # put off: not asked again at every start (exports say what is missing)
        super().reject()

    def _done(self) -> None:
        self.settings.setup_done = True
        self.settings.save(self.paths)


def should_ask(settings: Settings, *, explicit_db: bool, asked_not_to: bool) -> bool:
    """At a real first start: not with a database named on the command line (scripts, tests,
    the installer's smoke test), not after `--no-wizard`, and not once done or put off."""
    return not (settings.setup_done or explicit_db or asked_not_to)


def open_settings(settings: Settings, paths: Paths, parent: QWidget, *,
                  db_path: Path | None = None) -> bool:
    """The Settings dialog (with the wizard one click away); stores what the coach accepts.
    True when something was stored."""
    wizard_wanted: list[bool] = []
    dialog = SettingsDialog(settings, parent, paths=paths, db_path=db_path,
                            run_wizard=lambda: wizard_wanted.append(True))
    if dialog.exec() == SettingsDialog.DialogCode.Accepted:
        language_changed = dialog.apply()
        settings.save(paths)
    elif wizard_wanted:
        wizard = SetupWizard(settings, paths, parent, db_path=db_path)
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            return False
        language_changed = wizard.language_changed
    else:
        return False
    if language_changed:
        QMessageBox.information(parent, QCoreApplication.translate("SettingsDialog", "Settings"),
                                QCoreApplication.translate(
                                    "SettingsDialog", "The new language is used the next time you start Begeleider."))
    return True

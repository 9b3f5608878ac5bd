"""The agenda to Outlook: export an iCalendar file once, or keep a subscribable file in a
folder up to date (rewritten after every sync). Events hold initials and the kind of contact
only (services/calendar.py)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...config import Paths, Settings
from ...services import calendar as cal
from ...services import outcomes as oc
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.fit import fit_dialog


class CalendarDialog(QDialog):
    def __init__(self, store: Store, settings: Settings, paths: Paths, ops: Operations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.paths, self.ops = store, settings, paths, ops
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Agenda to Outlook"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Your planned contact moments and the open actions of the trajectory plans, as "
            "all-day appointments for Outlook or another calendar. An appointment shows only "
            "the participant's initials and the kind of contact (for example 'S.K. · Huisbezoek'), "
            "never a name or notes. Exporting again updates the appointments instead of "
            "adding them twice."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Whose appointments:"), self)
        self.coach = QComboBox(self)
        self.coach.setObjectName("calendarCoach")
        self.coach.addItem(self.tr("Every open trajectory"), "")
        for name in oc.coaches(store):
            self.coach.addItem(name, name)
        current = str(settings.extra.get(cal.COACH_KEY) or settings.coach_name or "")
        self.coach.setCurrentIndex(max(0, self.coach.findData(current)))
        self.coach.currentIndexChanged.connect(lambda _i: self._remember())
        label.setBuddy(self.coach)
        row.addWidget(label)
        row.addWidget(self.coach, 1)
        layout.addLayout(row)
        self.export_button = QPushButton(self.tr("&Save as iCalendar file..."), self)
        self.export_button.setObjectName("calendarExport")
        self.export_button.clicked.connect(lambda: self.export())
        layout.addWidget(self.export_button)

        box = QGroupBox(self.tr("Subscribable file (updated after every sync)"), self)
        box_layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Outlook can subscribe to a calendar file in a folder (for example "
                              "in OneDrive). Begeleider rewrites it after every sync."), box)
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(box)
        self.folder.setObjectName("calendarFolder")
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Folder of the subscribable file"))
        path = cal.subscription_path(settings)
        self.folder.setText(str(path) if path else "")
        self.choose_button = QPushButton(self.tr("Choose &folder..."), box)
        self.choose_button.setObjectName("calendarChooseFolder")
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        self.stop_button = QPushButton(self.tr("S&top"), box)
        self.stop_button.setObjectName("calendarStop")
        self.stop_button.clicked.connect(self.stop)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.stop_button)
        box_layout.addLayout(folder_row)
        layout.addWidget(box)
        self.status = QLabel(self)
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.stop_button.setEnabled(path is not None)
        fit_dialog(self, (620, 420))
        self.coach.setFocus()

    def _remember(self) -> None:
        self.settings.extra[cal.COACH_KEY] = self.coach.currentData()
        with contextlib.suppress(OSError):
            self.settings.save(self.paths)

    def export(self, path: str | None = None) -> bool:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Agenda to Outlook"),
                                                   cal.FILE_NAME, self.tr("iCalendar (*.ics)"))
            if not path:
                return False
            if not path.lower().endswith(".ics"):
                path += ".ics"
        coach, language = self.coach.currentData(), self.settings.language

        def work(store, _progress):
            return cal.export(store, path, coach=coach, language=language)

        return self.ops.run(self.tr("Agenda to Outlook"), work, on_done=lambda n: self.status.setText(
            self.tr("%1 appointments written to %2.").replace("%1", str(n)).replace("%2", path)))

    def choose_folder(self, folder: str | None = None) -> bool:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the subscribable file"))
            if not folder:
                return False
        self.settings.extra[cal.FOLDER_KEY] = str(Path(folder))
        self._remember()
        self.folder.setText(str(cal.subscription_path(self.settings)))
        self.stop_button.setEnabled(True)
        settings = self.settings
        return self.ops.run(self.tr("Agenda to Outlook"),
                            lambda store, _p: cal.write_subscription(store, settings),
                            on_done=lambda p: self.status.setText(
                                self.tr("The subscribable file is %1.").replace("%1", str(p))))

    def stop(self) -> None:
        self.settings.extra.pop(cal.FOLDER_KEY, None)
        self._remember()
        self.folder.clear()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("The file is no longer updated (it stays where it is)."))

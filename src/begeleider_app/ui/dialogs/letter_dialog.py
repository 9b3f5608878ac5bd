"""The recommendation letter (aanbevelingsbrief): a draft from the file, edited by the coach,
previewed, then saved as PDF or printed. The preview and the PDF come from one Report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...config import Settings
from ...reports.model import Report, to_html
from ...services import handover as svc
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.fit import fit_dialog
from .handover_dialog import ExportMixin, safe_filename


class LetterDialog(ExportMixin, QDialog):
    def __init__(self, store: Store, settings: Settings, participant_id: str,
                 parent: QWidget | None = None, *, today: date | None = None,
                 ops: Operations | None = None, fill_details: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._init_ops(ops)
        self.store = store
        self.settings = settings
        self.participant_id = participant_id
        self.today = today or date.today()
        self.report: Report | None = None
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Recommendation letter"))
        self.setAccessibleName(self.tr("Recommendation letter"))
        fit_dialog(self, (1180, 760))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_details_bar(self, fill_details))
        intro = QLabel(self.tr(
            "A first version written from the file (never medical or private information). "
            "Edit it freely; leave an empty line between paragraphs."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.addressee = QLineEdit(self)
        self.addressee.setObjectName("letterAddressee")
        self.addressee.setAccessibleName(self.tr("Addressed to"))
        self.addressee.setPlaceholderText(self.tr("e.g. To whom it may concern (optional)"))
        form.addRow(self.tr("Addressed to"), self.addressee)
        layout.addLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.editor = QPlainTextEdit(splitter)
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("Text of the letter"))
        self._draft = svc.letter_draft(store, participant_id, settings)
        self.editor.setPlainText(self._draft)
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("letterPreview")
        self.preview.setAccessibleName(self.tr("Preview of the letter"))
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 600])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_export_row(self))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh_preview)
        self.editor.textChanged.connect(self._debounce.start)
        self.addressee.textChanged.connect(self._debounce.start)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.report = svc.letter_report(self.store, self.participant_id, self.editor.toPlainText(),
                                        self.settings, on=self.today,
                                        addressee=self.addressee.text().strip())
        self.preview.setHtml(to_html(self.report))
        has_text = bool(self.report.sections and self.report.sections[0].blocks)
        self.save_button.setEnabled(has_text)
        self.print_button.setEnabled(has_text)

    def details_filled(self) -> None:
        # The draft named "onze organisatie": write it again, unless the coach has edited it.
        if self.editor.toPlainText() == self._draft:
            self._draft = svc.letter_draft(self.store, self.participant_id, self.settings)
            self.editor.setPlainText(self._draft)
        self.refresh_preview()

    def current_report(self) -> Report | None:
        self._debounce.stop()
        self.refresh_preview()  # exactly the text on screen now
        return self.report

    def default_filename(self) -> str:
        name = self.report.participant_name if self.report else "deelnemer"
        return f"Aanbevelingsbrief-{safe_filename(name)}-{self.today.isoformat()}.pdf"

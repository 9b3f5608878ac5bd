"""The handover composer: recipient, sections (only those the consent covers), preview,
Save as PDF (off the UI thread) and Print.

The preview and the PDF come from one `Report` object (services.handover.compose): the dialog
shows `to_html(report)` and the worker renders the same object, so they cannot differ.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...config import Settings
from ...domain.fields import ConsentTopic
from ...domain.messages import UserError
from ...reports.model import Report, to_html
from ...services import consent as consent_svc
from ...services import handover as svc
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.fit import fit_dialog


def safe_filename(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text)
    return "-".join(keep.split()) or "rapport"


def print_report(parent: QWidget, report: Report) -> bool:
    """Qt's print dialog, then the report's HTML (same model as the PDF) to the printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{report.title} - {report.participant_name}")
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(to_html(report))
    doc.print_(printer)
    return True


class ExportMixin:
    """Save-as-PDF and Print behaviour shared by the handover and letter dialogs."""

    store: Store
    settings: Settings
    participant_id: str
    exported = None  # last ExportResult
    ops: Operations

    def _init_ops(self, ops: Operations | None) -> None:
        """The window's operation layer, or (a dialog used on its own) one of its own."""
        self.ops = ops or Operations(self, window=lambda: self, store=lambda: self.store)

    def _init_export(self, store: Store, settings: Settings, participant_id: str,
                     today: date | None, ops: Operations | None) -> None:
        """What every export dialog holds: the store, settings, participant, its day (the
        report's date), no report yet, and the operation layer."""
        self.store = store
        self.settings = settings
        self.participant_id = participant_id
        self.today = today or date.today()
        self.report = None
        self._init_ops(ops)

    def _build_details_bar(self, parent: QWidget, fill: Callable[[], bool] | None) -> QFrame:
        """Says which of the details a report is signed with are missing (the coach's name, a
        phone number or e-mail, the organisation) and offers to fill them in."""
        self._fill_details = fill
        bar = QFrame(parent)
        bar.setObjectName("missingDetails")
        bar.setStyleSheet("QFrame#missingDetails { background: #fff4d6; border: 1px solid #e0b84f; "
                          "border-radius: 4px; }")
        row = QHBoxLayout(bar)
        self.details_label = QLabel(bar)
        self.details_label.setObjectName("missingDetailsText")
        self.details_label.setWordWrap(True)
        row.addWidget(self.details_label, 1)
        self.details_button = QPushButton(QCoreApplication.translate("ExportMixin", "Fill them &in..."), bar)
        self.details_button.setObjectName("fillDetailsButton")
        self.details_button.setAccessibleName(QCoreApplication.translate("ExportMixin", "Fill in your details"))
        self.details_button.setVisible(fill is not None)
        self.details_button.clicked.connect(self.fill_details)
        row.addWidget(self.details_button)
        self.details_bar = bar
        self._update_details_bar()
        return bar

    def _update_details_bar(self) -> None:
        names = {"coach_name": QCoreApplication.translate("ExportMixin", "your name"),
                 "coach_phone": QCoreApplication.translate("ExportMixin", "your phone number or e-mail address"),
                 "organisation_name": QCoreApplication.translate("ExportMixin", "the name of your organisation")}
        missing = [names[n] for n in self.settings.missing_details()]
        self.details_bar.setVisible(bool(missing))
        self.details_label.setText(QCoreApplication.translate(
            "ExportMixin", "Not filled in yet: %1. Reports and letters are signed with these, so "
            "the employer knows whom to call.").replace("%1", ", ".join(missing)))

    def fill_details(self) -> bool:
        """Let the coach fill in the missing details (Settings), then show the report again."""
        if self._fill_details is None or not self._fill_details():
            return False
        self._update_details_bar()
        self.details_filled()
        return True

    def details_filled(self) -> None:
        """The coach's or organisation's details changed: compose again."""
        self.refresh_preview()

    def _build_export_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("ExportMixin", "&Save as PDF..."), parent)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleName(QCoreApplication.translate("ExportMixin", "Save as PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(QCoreApplication.translate("ExportMixin", "&Print..."), parent)
        self.print_button.setObjectName("printButton")
        self.print_button.setAccessibleName(QCoreApplication.translate("ExportMixin", "Print"))
        self.print_button.clicked.connect(self.print_current)
        self.open_button = QPushButton(QCoreApplication.translate("ExportMixin", "&Open PDF"), parent)
        self.open_button.setObjectName("openPdfButton")
        self.open_button.setAccessibleName(QCoreApplication.translate("ExportMixin", "Open PDF"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_exported)
        self.progress = QProgressBar(parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(QCoreApplication.translate("ExportMixin", "Export progress"))
        self.progress.setRange(0, 0)  # busy indicator while the worker runs
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.status = QLabel(parent)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.close_button = QPushButton(QCoreApplication.translate("ExportMixin", "&Close"), parent)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(QCoreApplication.translate("ExportMixin", "Close"))
        self.close_button.clicked.connect(parent.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(self.open_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        row.addWidget(self.close_button)
        return row

    # subclasses provide these
    def current_report(self) -> Report | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def refresh_preview(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def default_filename(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def audit_recipient(self) -> str:
        return ""

    def ask_path(self) -> Path | None:
        start = Path(self.settings.extra.get("last_export_dir", "") or Path.home()) / self.default_filename()
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ExportMixin", "Save as PDF"), str(start),
                                              QCoreApplication.translate("ExportMixin", "PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self) -> bool:
        report = self.current_report()
        if report is None:
            return False
        path = self.ask_path()
        if path is None:
            return False
        self.start_export(report, path)
        return True

    def start_export(self, report: Report, path: Path) -> bool:
        """Render and write the PDF off the UI thread (operation layer)."""
        self._pending_report = report
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(QCoreApplication.translate("ExportMixin", "Writing %1...").replace("%1", path.name))
        started = self.ops.run(QCoreApplication.translate("ExportMixin", "Save as PDF"),
                               lambda _progress: svc.export_pdf(report, path), with_store=False,
                               on_done=self._export_finished, on_failed=self._export_failed)
        if not started:
            self._export_done()
        return started

    def _export_done(self) -> None:
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.progress.setVisible(False)

    def _export_finished(self, result: svc.ExportResult) -> None:
        self._export_done()
        self.exported = result
        svc.record_export(self.store, self.participant_id, self._pending_report, result,
                          self.settings, self.audit_recipient())
        self.settings.extra["last_export_dir"] = str(result.path.parent)
        self.open_button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("ExportMixin", "Saved: %1 (%2 pages)").replace("%1", str(result.path))
                            .replace("%2", str(result.pages)))

    def _export_failed(self, message: str) -> None:
        self._export_done()
        self.status.setText(QCoreApplication.translate("ExportMixin", "Not saved."))
        self.ops.show_error(QCoreApplication.translate("ExportMixin", "Save as PDF"), message)

    def open_exported(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.path)))

    def print_current(self) -> bool:
        report = self.current_report()
        if report is None:
            return False
        return print_report(self, report)


# ---------------------------------------------------------------------- the composer

class HandoverDialog(ExportMixin, QDialog):
    """Choose recipient and sections; the preview shows exactly what the PDF will contain."""

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
        self.topics: set = set()
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Handover report"))
        self.setAccessibleName(self.tr("Handover report"))
        fit_dialog(self, (1180, 780))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_details_bar(self, fill_details))

        top = QFormLayout()
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("handoverRecipient")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for rec in consent_svc.recipients(store, participant_id):
            self.recipient.addItem(rec.name, rec)
        top.addRow(self.tr("Recipient"), self.recipient)
        layout.addLayout(top)
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("handoverConsentNote")
        self.consent_note.setWordWrap(True)
        layout.addWidget(self.consent_note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Sections"), left))
        self.sections = QListWidget(left)
        self.sections.setObjectName("handoverSections")
        self.sections.setAccessibleName(self.tr("Sections of the report"))
        left_layout.addWidget(self.sections, 1)
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("handoverPreview")
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 800])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_export_row(self))

        self.recipient.currentIndexChanged.connect(self.reload_sections)
        self.sections.itemChanged.connect(lambda _item: self.refresh_preview())
        self.reload_sections()

    # ------------------------------------------------------------------ state
    def current_recipient(self) -> consent_svc.Recipient | None:
        data = self.recipient.currentData()
        return data if isinstance(data, consent_svc.Recipient) else None

    def reload_sections(self) -> None:
        rec = self.current_recipient()
        self.topics = svc.consented_topics(self.store, self.participant_id, rec, self.today) if rec else set()
        allowed = {s.key for s in svc.available_sections(self.topics)}
        self.sections.blockSignals(True)
        self.sections.clear()
        for spec in svc.SECTIONS:
            item = QListWidgetItem(spec.title, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if spec.key in svc.FIXED_SECTIONS:
                flags = Qt.ItemFlag.ItemIsUserCheckable  # always included, not changeable
                item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Always part of the report."))
            elif spec.key in allowed:
                default = spec.topic is not None and spec.topic.value != "prive"
                item.setCheckState(Qt.CheckState.Checked if default else Qt.CheckState.Unchecked)
            else:
                flags = Qt.ItemFlag.ItemIsUserCheckable  # visible but not selectable
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Not covered by valid consent for this recipient."))
            item.setFlags(flags)
        self.sections.blockSignals(False)
        if not self.topics:
            self.consent_note.setText(self.tr(
                "There is no valid consent to share anything with this recipient. Record consent "
                "first (Participant > Consents...). Nothing can be exported."))
            self.consent_note.setStyleSheet("color: #b00020;")
        else:
            order = list(ConsentTopic)
            labels = ", ".join(consent_svc.topic_label(t).lower()
                               for t in sorted(self.topics, key=order.index))
            self.consent_note.setText(self.tr("Valid consent for: %1. Sections outside it cannot "
                                              "be chosen; medical information is never included.")
                                      .replace("%1", labels))
            self.consent_note.setStyleSheet("")
        self.refresh_preview()

    def chosen_sections(self) -> list[str]:
        out = []
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in svc.FIXED_SECTIONS:
                continue
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and item.checkState() == Qt.CheckState.Checked:
                out.append(key)
        return out

    def refresh_preview(self) -> None:
        rec = self.current_recipient()
        self.report = None
        if rec is not None and self.topics:
            try:
                self.report = svc.compose(self.store, self.participant_id, rec, self.settings,
                                          self.chosen_sections(), on=self.today)
            except UserError as err:
                self.preview.setPlainText(err.message())
        if self.report is None:
            if not self.topics:
                self.preview.setPlainText(self.consent_note.text())
        else:
            self.preview.setHtml(to_html(self.report))
        enabled = self.report is not None
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    # ------------------------------------------------------------------ ExportMixin
    def current_report(self) -> Report | None:
        return self.report

    def default_filename(self) -> str:
        name = self.report.participant_name if self.report else "deelnemer"
        return f"Warme-overdracht-{safe_filename(name)}-{self.today.isoformat()}.pdf"

    def audit_recipient(self) -> str:
        rec = self.current_recipient()
        return svc.recipient_audit_key(rec) if rec else ""

    def preview_text(self) -> str:
        return self.preview.toPlainText()


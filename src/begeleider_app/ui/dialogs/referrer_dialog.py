"""The referrer report composer: voortgangs- or eindrapportage, recipient, sections (those the
referrer rules refuse are shown with their reason), the coach's conclusion and advice (saved
as typed), a preview, and Save as PDF, Save as Word and Print.

The preview and both files come from one `Report` (services.referrer_report.compose): the
dialog shows `to_html(report)` and the worker renders the same object as PDF or .docx through
the operation layer, so they cannot differ.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...config import Settings
from ...domain.fields import PARTICIPANT, ConsentTopic
from ...domain.messages import UserError
from ...reports.model import Report, to_html
from ...services import consent as consent_svc
from ...services import handover as handover_svc
from ...services import records
from ...services import referrer_report as svc
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.autosave import AutoSaver
from ..widgets.field_widgets import FieldEditor
from ..widgets.fit import fit_dialog
from .handover_dialog import ExportMixin, safe_filename

REFUSED_STYLE = "color: #555555;"


def label_buttons(dialog: ExportMixin) -> None:
    """The shared export buttons, with a mnemonic each (unique within these dialogs)."""
    dialog.save_button.setText(QCoreApplication.translate("ReportDialogs", "Save as &PDF..."))
    dialog.print_button.setText(QCoreApplication.translate("ReportDialogs", "P&rint..."))
    dialog.open_button.setText(QCoreApplication.translate("ReportDialogs", "&Open the file"))
    dialog.close_button.setText(QCoreApplication.translate("ReportDialogs", "C&lose"))


class ReportDialog(ExportMixin, QDialog):
    """What the report dialogs here share: the export state, a name, a size that fits."""

    SIZE = (900, 700)

    def __init__(self, store: Store, settings: Settings, participant_id: str,
                 parent: QWidget | None = None, *, today: date | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(parent)
        self._init_export(store, settings, participant_id, today, ops)
        self.report: Report | None = None
        self.setObjectName(type(self).__name__[0].lower() + type(self).__name__[1:])
        fit_dialog(self, self.SIZE)

    def _title(self, text: str) -> None:
        self.setWindowTitle(text)
        self.setAccessibleName(text)


class ReferrerReportDialog(ReportDialog):
    """Choose the kind, recipient and sections; the preview is exactly what the file holds."""

    SIZE = (1280, 700)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.topics: set[ConsentTopic] = set()
        person = records.get(self.store, "participant", self.participant_id) or {}
        self.first = person.get("first_name") or ""
        self._title(self.tr("Report to the referrer"))
        store, participant_id = self.store, self.participant_id
        layout = QVBoxLayout(self)

        top = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        self.kind.setAccessibleName(self.tr("Kind of report"))
        self.kind.addItem(self.tr("Progress report (voortgangsrapportage)"), "voortgang")
        self.kind.addItem(self.tr("Final report (eindrapportage)"), "eind")
        kind_label = QLabel(self.tr("&Kind of report"), self)
        kind_label.setBuddy(self.kind)
        top.addRow(kind_label, self.kind)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("reportRecipient")
        self.recipient.setAccessibleName(self.tr("Referrer"))
        self.recipient.setEditable(True)
        self.recipient.setToolTip(self.tr("The municipality or UWV office that referred the "
                                          "participant; choose one or type a name."))
        for rec in consent_svc.referrer_recipients(store, participant_id):
            self.recipient.addItem(rec.name, rec)
        recipient_label = QLabel(self.tr("Re&ferrer"), self)
        recipient_label.setBuddy(self.recipient)
        top.addRow(recipient_label, self.recipient)
        layout.addLayout(top)
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("reportConsentNote")
        self.consent_note.setWordWrap(True)
        layout.addWidget(self.consent_note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()  # sections, reason, conclusion and advice; scrolls on a small screen
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        sections_label = QLabel(self.tr("&Sections"), left)
        left_layout.addWidget(sections_label)
        self.sections = QListWidget(left)
        self.sections.setObjectName("reportSections")
        self.sections.setAccessibleName(self.tr("Sections of the report"))
        self.sections.setMinimumHeight(200)
        sections_label.setBuddy(self.sections)
        left_layout.addWidget(self.sections)
        self.reason = QLabel(left)
        self.reason.setObjectName("reportSectionReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(REFUSED_STYLE)
        left_layout.addWidget(self.reason)
        # The coach's conclusion and advice: fields of the participant, saved as typed.
        self.saver = AutoSaver(store, self)
        self.binding = self.saver.binding("participant")
        self.binding.after_save = lambda _record: self.schedule_preview()
        for name in ("report_conclusion", "report_advice"):
            editor = FieldEditor(PARTICIPANT.field(name), "report", left)
            self.binding.add(editor)
            label = QLabel(self.tr("&Conclusion") if name == "report_conclusion" else self.tr("A&dvice"), left)
            label.setBuddy(editor.input)
            left_layout.addWidget(label)
            left_layout.addWidget(editor)
        self.binding.load(participant_id, records.get(store, "participant", participant_id))
        left_layout.addStretch(1)
        scroll = QScrollArea(splitter)
        scroll.setObjectName("reportOptionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 840])
        layout.addWidget(splitter, 1)
        row = self._build_export_row(self)
        label_buttons(self)
        self.docx_button = QPushButton(self.tr("Save as &Word..."), self)
        self.docx_button.setObjectName("saveDocxButton")
        self.docx_button.setAccessibleName(self.tr("Save as Word document"))
        self.docx_button.clicked.connect(self.save_docx)
        row.insertWidget(1, self.docx_button)
        layout.addLayout(row)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self.reload_sections)
        self.recipient.currentIndexChanged.connect(self.reload_sections)
        self.recipient.lineEdit().editingFinished.connect(self.reload_sections)
        self.sections.itemChanged.connect(lambda _item: self.refresh_preview())
        self.sections.currentItemChanged.connect(self._show_reason)
        self.finished.connect(lambda _result: self.saver.flush())
        self.reload_sections()
        self.kind.setFocus()

    # ------------------------------------------------------------------ state
    def current_kind(self) -> str:
        return self.kind.currentData() or "voortgang"

    def current_recipient(self) -> consent_svc.Recipient | None:
        text = self.recipient.currentText().strip()
        data = self.recipient.currentData()
        if isinstance(data, consent_svc.Recipient) and data.name == text:
            return data
        return consent_svc.Recipient(text, text, None, "verwijzer") if text else None

    def reload_sections(self) -> None:
        rec = self.current_recipient()
        self.topics = svc.referrer_topics(self.store, self.participant_id, rec, self.today) if rec else set()
        name = rec.name if rec else ""
        self.sections.blockSignals(True)
        self.sections.clear()
        for spec in svc.sections_for(self.current_kind()):
            reason = svc.refusal(spec, self.topics, self.first, name)
            item = QListWidgetItem(spec.title, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, reason or "")
            # Refused and fixed sections can be selected (by keyboard too, to read why) but
            # not ticked or unticked.
            fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if reason is not None:
                item.setFlags(fixed)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setText(self.tr("%1 (not allowed)").replace("%1", spec.title))
                item.setForeground(QBrush(QColor("#6b6b6b")))
                item.setToolTip(reason)
            elif spec.key in svc.FIXED_SECTIONS:
                item.setFlags(fixed)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("Always part of the report."))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                off = spec.key in svc.OFF_BY_DEFAULT
                item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
        self.sections.blockSignals(False)
        if rec is None:
            self.consent_note.setText(self.tr("Choose or type the referrer first."))
        elif self.topics:
            order = list(ConsentTopic)
            labels = ", ".join(consent_svc.topic_label(t).lower()
                               for t in sorted(self.topics, key=order.index))
            self.consent_note.setText(self.tr(
                "The referrer receives the trajectory facts of its assignment. Consent of the "
                "participant for this referrer: %1. Medical information is never included.")
                .replace("%1", labels))
        else:
            self.consent_note.setText(self.tr(
                "The referrer receives the trajectory facts of its assignment. There is no consent "
                "of the participant for this referrer, so private matters stay out. Medical "
                "information is never included."))
        self.reason.setText(self.tr("Select a section to see why it may or may not be included."))
        self.refresh_preview()

    def _show_reason(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        reason = item.data(Qt.ItemDataRole.UserRole + 1)
        if reason:
            self.reason.setText(reason)
        elif item.data(Qt.ItemDataRole.UserRole) in svc.FIXED_SECTIONS:
            self.reason.setText(self.tr("Always part of the report."))
        else:
            self.reason.setText(self.tr("This section may go to the referrer."))

    def chosen_sections(self) -> list[str]:
        out = []
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in svc.FIXED_SECTIONS or item.data(Qt.ItemDataRole.UserRole + 1):
                continue
            if item.checkState() == Qt.CheckState.Checked:
                out.append(key)
        return out

    def schedule_preview(self) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        rec = self.current_recipient()
        self.report = None
        if rec is not None:
            try:
                self.report = svc.compose(self.store, self.participant_id, self.current_kind(), rec,
                                          self.settings, self.chosen_sections(), on=self.today)
            except UserError as err:
                self.preview.setPlainText(err.message())
        if self.report is not None:
            scroll = self.preview.verticalScrollBar().value()
            self.preview.setHtml(to_html(self.report))
            self.preview.verticalScrollBar().setValue(scroll)
        elif rec is None:
            self.preview.setPlainText(self.consent_note.text())
        enabled = self.report is not None
        for button in (self.save_button, self.docx_button, self.print_button):
            button.setEnabled(enabled)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # ------------------------------------------------------------------ export
    def current_report(self) -> Report | None:
        self.saver.flush()
        if self._preview_timer.isActive():
            self.refresh_preview()
        return self.report

    def default_filename(self) -> str:
        name = self.report.participant_name if self.report else "deelnemer"
        title = self.report.title if self.report else "Rapportage"
        return f"{title}-{safe_filename(name)}-{self.today.isoformat()}.pdf"

    def audit_recipient(self) -> str:
        rec = self.current_recipient()
        return handover_svc.recipient_audit_key(rec) if rec else ""

    def save_docx(self) -> bool:
        report = self.current_report()
        if report is None:
            return False
        start = Path(self.settings.extra.get("last_export_dir", "") or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as Word document"),
            str(start / Path(self.default_filename()).with_suffix(".docx")),
            self.tr("Word documents (*.docx)"))
        if not name:
            return False
        path = Path(name) if Path(name).suffix.lower() == ".docx" else Path(name).with_suffix(".docx")
        return self.start_export(report, path)

    def start_export(self, report: Report, path: Path) -> bool:
        """Render and write (PDF or Word, by the file name) off the UI thread."""
        self._pending_report = report
        self._format = svc.format_of(path)
        for button in (self.save_button, self.docx_button, self.print_button):
            button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing %1...").replace("%1", path.name))
        started = self.ops.run(self.tr("Save the report"),
                               lambda _progress: svc.export(report, path), with_store=False,
                               on_done=self._export_finished, on_failed=self._export_failed)
        if not started:
            self._export_done()
        return started

    def _export_done(self) -> None:
        super()._export_done()
        self.docx_button.setEnabled(self.report is not None)

    def _export_finished(self, result: handover_svc.ExportResult) -> None:
        super()._export_finished(result)
        if self._format == "docx":
            self.status.setText(self.tr("Saved: %1 (Word document)").replace("%1", str(result.path)))

"""Mijn plan: the participant's own plan in plain Dutch, previewed, saved as PDF or printed.

The preview shows the same `Report` the PDF is drawn from (services.plan.compose_plan). Above
it, the plain-language check reads the plan's goals and actions (the coach's own words) and
says what could be simpler before the plan is printed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser, QVBoxLayout

from ...domain import plain_language
from ...domain.messages import UserError
from ...reports.model import Report, Steps, to_html
from ...services import plan as svc
from .handover_dialog import safe_filename
from .referrer_dialog import ReportDialog, label_buttons


class PlanDialog(ReportDialog):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._title(self.tr("My plan"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The participant's own plan in plain Dutch (level B1), in large type: goals, what "
            "they do and when, what you do, the next appointment and whom to call. Private and "
            "medical information is never in it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.icons = QCheckBox(self.tr("&Show a picture beside each step"), self)
        self.icons.setObjectName("planIcons")
        self.icons.setChecked(True)
        self.icons.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.icons)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("planLanguageNote")
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_note)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("planPreview")
        self.preview.setAccessibleName(self.tr("Preview of the plan"))
        layout.addWidget(self.preview, 1)
        layout.addLayout(self._build_export_row(self))
        label_buttons(self)
        self.refresh()
        self.icons.setFocus()

    def refresh(self) -> None:
        self.report = None
        try:
            self.report = svc.compose_plan(self.store, self.participant_id, self.settings,
                                           on=self.today, icons=self.icons.isChecked())
        except UserError as err:
            self.preview.setPlainText(err.message())
        if self.report is not None:
            self.preview.setHtml(to_html(self.report))
            self.language_note.setText(self._language_hints(self.report))
        for button in (self.save_button, self.print_button):
            button.setEnabled(self.report is not None)

    def _language_hints(self, report: Report) -> str:
        """The plain-language check over the goals and actions (the coach's words)."""
        texts = [text.splitlines()[0] for s in report.sections if s.key in ("goals", "reached", "mine",
                                                                            "coach", "others")
                 for b in s.blocks if isinstance(b, Steps) for _icon, text in b.items]
        hints = plain_language.summary("\n".join(texts), limit=3)
        if not hints:
            return self.tr("Plain language: every goal and action reads easily (B1).")
        return self.tr("Plain language, worth a look before printing:") + "\n" + hints

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def current_report(self) -> Report | None:
        return self.report

    def default_filename(self) -> str:
        name = self.report.participant_name if self.report else "deelnemer"
        return f"Mijn-plan-{safe_filename(name)}-{self.today.isoformat()}.pdf"

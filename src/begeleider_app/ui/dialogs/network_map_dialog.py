"""The network map of one participant in a window of its own: print it or save it as PDF.

The map is for the conversation with the participant ("who is around you, who helps now?")
and for the coach's own file; it names referrals to care and debt help, so it is not meant
for an employer (the window says so).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import format_date
from ...services import network as net
from ...services.participants import full_name, get_participant
from ...storage.repository import Store
from ..ops import Operations
from ..widgets.buttons import make_button
from ..widgets.fit import fit_dialog
from ..widgets.network_map import NetworkMapWidget
from ..widgets.pages import intro


def safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text)
    return "-".join(keep.split()) or "netwerkkaart"


class NetworkMapDialog(QDialog):
    def __init__(self, store: Store, participant_id: str, parent: QWidget | None = None, *,
                 today: date | None = None, ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.today = today or date.today()
        self.ops = ops or Operations(self, window=lambda: self, store=lambda: self.store)
        self.saved_path: Path | None = None
        self.setObjectName("networkMapDialog")
        self.setWindowTitle(self.tr("Network map"))
        self.setAccessibleName(self.tr("Network map"))
        layout = QVBoxLayout(self)
        intro(self.tr(
            "Who is around the participant, grouped by kind; green is active now. For the "
            "conversation with the participant and your own file: it names referrals to care "
            "and debt help, so never give it to an employer."), "networkMapNote", self, layout)
        self.map = NetworkMapWidget(self)
        layout.addWidget(self.map, 1)
        row = QHBoxLayout()
        self.print_button = make_button(self.tr("&Print..."), "printMapButton", self)
        self.print_button.clicked.connect(self.print_map)
        self.pdf_button = make_button(self.tr("Save as P&DF..."), "saveMapPdfButton", self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.status = QLabel(self)
        self.status.setObjectName("networkMapStatus")
        self.status.setWordWrap(True)
        self.close_button = make_button(self.tr("&Close"), "closeMapButton", self)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        fit_dialog(self, (1180, 700))
        self.refresh()

    def refresh(self) -> None:
        person = get_participant(self.store, self.participant_id)
        if person is None:
            self.map.set_map(None)
            return
        data = net.network_map(self.store, self.participant_id, self.today)
        self.map.set_map(data, self.tr("Network map of %1").replace("%1", full_name(person)))

    def subtitle(self) -> str:
        return self.tr("Printed on %1. Green with a dot: active on that day.").replace(
            "%1", format_date(self.today))

    def _page_layout(self) -> QPageLayout:
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                           QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)

    def print_map(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self._page_layout())
        printer.setDocName(self.map.title)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.map.print_to(printer, self.subtitle())
        return True

    def default_filename(self) -> str:
        person = get_participant(self.store, self.participant_id)
        name = full_name(person) if person else "deelnemer"
        return f"Netwerkkaart-{safe_name(name)}-{self.today.isoformat()}.pdf"

    def save_pdf(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / self.default_filename()),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return False
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return bool(self.ops.call(self.tr("Save as PDF"), self.write_pdf, path))

    def write_pdf(self, path: Path) -> Path:
        """One landscape A4 page, written next to ``path`` and renamed (nothing half-written)."""
        from PySide6.QtGui import QPdfWriter

        fd, tmp = tempfile.mkstemp(prefix=".begeleider-", suffix=".pdf.part", dir=path.parent)
        os.close(fd)
        try:
            writer = QPdfWriter(tmp)
            writer.setPageLayout(self._page_layout())
            writer.setResolution(300)
            writer.setTitle(self.map.title)
            writer.setCreator("Begeleider")
            self.map.print_to(writer, self.subtitle())
            del writer  # closes the file
            os.replace(tmp, path)
            tmp = ""
        finally:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
        self.saved_path = path
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path

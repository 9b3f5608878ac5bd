"""The caseload on the left of the window: search as you type, status filter, the list and
the weight of the open trajectories."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import PARTICIPANT, STATUS
from ..domain.messages import get_language
from ..services import participants as svc
from .context import AppContext
from .models.caseload_model import ID_ROLE, CaseloadModel
from .ops import Changes

# Search answers within a frame: each keystroke shows its result at once while that costs
# less than a frame (16 ms at 60 Hz; 2-8 ms for 2,000 participants). Only on a machine where
# the last search took longer does the next keystroke wait for the typing to pause, so
# "moh" typed quickly costs one query there, not three.
FRAME_BUDGET_MS = 16.0
SEARCH_DELAY_MS = 120
ARCHIVED = "__archived__"


class _NameMaskDelegate(QStyledItemDelegate):
    """Privacy view: the caseload shows initials instead of names (no tooltips either)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        words = [w for w in (option.text or "").split() if w[:1].isalpha()]
        option.text = " ".join(w[0].upper() + "." for w in words[:3]) or "..."

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        return True  # swallow the tooltip, which would show the full name


class CaseloadPanel(QWidget):
    # the coach moved to another row (participant id)
    current_changed = Signal(str)
    # Enter or a double click on a row: go to the participant's form
    activated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseloadPanel")
        self._all_rows: list[dict] | None = None
        self._weight_text: str | None = None
        self._resetting = False
        self._shown_id: str | None = None
        #: how long the last search keystroke took (ms): over a frame, searches wait for a pause
        self.search_ms = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit(self)
        self.search.setObjectName("caseloadSearch")
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("caseloadStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for choice in STATUS:
            self.status_filter.addItem(choice.label(get_language()), choice.value)
        self.status_filter.addItem(self.tr("Archived"), ARCHIVED)
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        row.addWidget(self.status_filter, 2)
        layout.addLayout(row)
        self.model = CaseloadModel(self)
        self.view = self._build_view()
        layout.addWidget(self.view, 1)
        self.weight_label = QLabel(self)
        self.weight_label.setObjectName("caseloadWeight")
        self.weight_label.setWordWrap(True)
        layout.addWidget(self.weight_label)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self._search_enter)
        self.status_filter.currentIndexChanged.connect(self.refresh_list)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(lambda _index: self.activated.emit())
        ctx.records_changed.connect(self._on_records_changed)
        ctx.locked_changed.connect(lambda locked: self.clear() if locked else self.refresh())
        ctx.privacy_view_changed.connect(self.set_names_hidden)
        self._mask: _NameMaskDelegate | None = None
        self._old_delegate = None

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("caseloadTable")
        view.setAccessibleName(self.tr("Caseload"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        # Widths from the font, not from the contents: measuring 2,000 rows on every search
        # keystroke was most of its cost. Rows have one fixed height for the same reason.
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        lang = get_language()
        widest = {
            1: max(metrics.horizontalAdvance(c.label(lang)) for c in STATUS),
            2: metrics.horizontalAdvance("00-00-0000"),
            3: max(metrics.horizontalAdvance(c.label(lang)) for c in PARTICIPANT.field("weight").choices),
            4: metrics.horizontalAdvance("999,9"),
        }
        bold = view.font()
        bold.setBold(True)
        for col, width in widest.items():
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, QFontMetrics(bold).horizontalAdvance(title)) + 12)
        rows_header = view.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(metrics.height() + 10)
        # Never narrower than all four columns with a name of about 16 letters: the agenda
        # beside it once squeezed the caseload to the name column alone.
        columns = sum(header.sectionSize(col) for col in widest) + metrics.averageCharWidth() * 16
        view.setMinimumWidth(columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())
        return view

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Re-read the caseload (search and filter applied) and its weight."""
        self._refresh_timer.stop()
        self._all_rows = None
        self._weight_text = None
        self.refresh_list()

    def refresh_soon(self) -> None:
        """Refresh once, a moment from now: a burst of writes costs one query."""
        self._refresh_timer.start()

    def reset(self) -> None:
        """Another file: forget rows, search and filter."""
        self._all_rows = None
        self._shown_id = None
        self.model.set_rows([])
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.refresh()

    def stop(self) -> None:
        """Nothing may read the database any more (the window closes)."""
        self._refresh_timer.stop()
        self._search_timer.stop()

    def _on_records_changed(self, changes: Changes) -> None:
        # The caseload shows participants and their next contact moment: only those make it
        # stale (and everything, after a restore or a sync).
        if changes.touches(("participant", "contact_moment", "journal_entry")) and not self.ctx.locked:
            (self.refresh_soon if changes.from_write else self.refresh)()

    def _on_search_text(self) -> None:
        if self.search_ms <= FRAME_BUDGET_MS:
            self.refresh_list()  # within a frame: no waiting at all
        else:
            self._search_timer.start()  # a slow machine: wait until the typing pauses

    def refresh_list(self) -> None:
        """Show the rows for the search text and filter. A keystroke costs one FTS query and a
        filter over the rows already read; the caseload itself is read again only by
        `refresh` (after a change), as is its weight, which searching cannot change."""
        self._search_timer.stop()
        store = self.ctx.store
        if store.closed:
            return  # being replaced (a restore): the new file is read when it is open
        started = time.perf_counter()
        status = self.status_filter.currentData()
        archived = status == ARCHIVED
        timed = self._all_rows is not None  # a search, not the first read of the caseload
        if self._all_rows is None:
            self._all_rows = svc.caseload(store, include_archived=True)
        rows = svc.filter_caseload(self._all_rows, ids=svc.search_ids(store, self.search.text()),
                                   status=None if archived else status, archived=archived)
        self._resetting = True
        try:
            self.model.set_rows(rows)
            if self._shown_id:
                self._mark_current(self._shown_id)
        finally:
            self._resetting = False
        self._update_weight(rows)
        if timed:
            self.search_ms = (time.perf_counter() - started) * 1000

    def clear(self) -> None:
        """Show no names at all (behind the lock); `refresh()` fills the list again."""
        self.model.set_rows([])

    def _update_weight(self, rows: list[dict]) -> None:
        from ..services.weight import caseload_weight

        filtered = bool(self.search.text() or self.status_filter.currentIndex())
        if self._weight_text is None:
            all_rows = [r for r in (self._all_rows or []) if not r.get("archived")]
            weight = caseload_weight(self.ctx.store, date.today(), all_rows)
            text = (self.tr("Caseload: 1 open trajectory, weight %2 (light %3, medium %4, heavy %5)")
                    if weight.participants == 1 else
                    self.tr("Caseload: %1 open trajectories, weight %2 (light %3, medium %4, heavy %5)"))
            values = (weight.participants, weight.total, weight.counts.get("licht", 0),
                      weight.counts.get("middel", 0), weight.counts.get("zwaar", 0))
            for i, value in enumerate(values, 1):
                text = text.replace(f"%{i}", str(value))
            self._weight_text = text
        text = self._weight_text
        if filtered:
            text += " " + self.tr("- %1 shown").replace("%1", str(len(rows)))
        self.weight_label.setText(text)
        self.weight_label.setToolTip(self.tr(
            "Light counts 1 point, medium 2, heavy 3; closed and archived trajectories do not count. "
            "Without a weight set, the suggested weight counts."))

    # ------------------------------------------------------------------ selecting
    def set_shown(self, participant_id: str | None) -> None:
        """The participant the window shows (kept marked across refreshes)."""
        self._shown_id = participant_id

    def select(self, participant_id: str) -> bool:
        """Make ``participant_id`` the current row; clears search and filter when they hide
        it. False when the participant is not in the caseload at all."""
        row = self.model.row_of(participant_id)
        if row < 0:  # perhaps new since the last refresh (made by a dialog, a sync)
            self.refresh()
            row = self.model.row_of(participant_id)
        if row < 0 and (self.search.text() or self.status_filter.currentIndex() > 0):
            person = svc.get_participant(self.ctx.store, participant_id) or {}
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.count() - 1 if person.get("archived") else 0)
            self.status_filter.blockSignals(False)
            self.refresh()
            row = self.model.row_of(participant_id)
        if row < 0:
            return False
        self._shown_id = participant_id
        self._resetting = True
        try:
            self._mark_current(participant_id)
        finally:
            self._resetting = False
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _mark_current(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return
        pid = current.data(ID_ROLE) if current.isValid() else None
        if pid is None or pid == self._shown_id:
            return
        self._shown_id = pid
        self.current_changed.emit(pid)

    def _search_enter(self) -> None:
        self.refresh()
        if self.model.rowCount() >= 1:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def set_names_hidden(self, on: bool) -> None:
        """Privacy view: initials instead of names, no tooltips either."""
        view = self.view
        if on and self._mask is None:
            self._old_delegate = view.itemDelegateForColumn(0)
            self._mask = _NameMaskDelegate(view)
            view.setItemDelegateForColumn(0, self._mask)
        elif not on and self._mask is not None:
            view.setItemDelegateForColumn(0, self._old_delegate)
            self._mask.deleteLater()
            self._mask = None
        view.viewport().update()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

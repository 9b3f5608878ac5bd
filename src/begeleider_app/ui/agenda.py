"""The agenda across the caseload, as a dock beside the participant tabs.

Overdue, today and this week: contact moments, action due dates, referral follow-ups and
referrals without news of every open trajectory. Double-click or Enter on a line opens that
participant on the right tab (aftercare for a contact moment, goals for an action, network
for a referral). Also adds "Organisation lists..."
(observation items and scale, aftercare template) to the Tools menu.

The main window builds an `AgendaFeature` with the application context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import ACTION as ACTION_ENTITY
from ..domain.validation import format_date
from ..services import agenda as ag
from ..storage.repository import Store
from .context import AppContext
from .ops import Changes

OVERDUE_COLOR = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SHORTCUT = "Ctrl+Shift+A"
COLLAPSE_OVER = 8  # a long overdue list starts folded, so today and this week stay in view
DOCK_WIDTH = 400
MAX_ROWS = 300  # per group; a team database can hold thousands of overdue lines
WATCHED = {"contact_moment", "action", "goal", "participant", "referral", "service", "org_setting"}
#: the participant tab a line opens
TAB_FOR_KIND = {ag.MOMENT: "AftercareTab", ag.ACTION: "GoalsTab", ag.REFERRAL: "NetworkTab",
                ag.STALE_REFERRAL: "NetworkTab"}


class AgendaPanel(QWidget):
    """The list itself; `store_getter` returns the current store (it changes on File > Open)."""

    #: a line was opened: (participant id, kind: "moment" or "action")
    activated = Signal(str, str)
    _store_changed = Signal()  # emitted from store listeners (any thread), queued to the UI

    def __init__(self, store_getter: Callable[[], Store], parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.store_getter = store_getter
        self.today = today
        self.entries: list[ag.AgendaEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("agendaRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh agenda"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agendaTree")
        self.tree.setAccessibleName(self.tr("Agenda: overdue, today and this week"))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Participant"), self.tr("What")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        header.setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Double-click or press Enter to open the participant."), self)
        hint.setObjectName("agendaHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._store_changed.connect(self._timer.start)
        self._listened: Store | None = None
        # Stop listening when the panel is destroyed, so a later write (e.g. the window's last
        # flush on closing) never reaches a deleted widget.
        callback = self._on_write
        holder = self._listener_holder = {"store": None}
        self.destroyed.connect(lambda *_: _unlisten(holder.get("store"), callback))
        self.listen()

    # ------------------------------------------------------------------ store changes
    def listen(self) -> None:
        """Follow writes of the current store (call again after the store changed)."""
        store = self.store_getter()
        if self._listened is store:
            return
        _unlisten(self._listened, self._on_write)
        store.listeners.append(self._on_write)
        self._listened = store
        self._listener_holder["store"] = store

    def _on_write(self, entity: str, _row_id: str) -> None:
        if entity in WATCHED:
            try:
                self._store_changed.emit()
            except RuntimeError:  # the panel's widget is already gone
                _unlisten(self._listened, self._on_write)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()

    # ------------------------------------------------------------------ content
    def refresh(self) -> None:
        self.listen()
        today = self.today()
        entries = ag.agenda(self.store_getter(), today)
        if entries == self.entries and today == getattr(self, "_shown_day", None) \
                and self.tree.topLevelItemCount():
            return  # e.g. a note typed in a contact moment: nothing in the agenda changed
        self.entries = entries
        self._shown_day = today
        groups = ag.grouped(self.entries)
        self.tree.setUpdatesEnabled(False)
        expanded = {self.tree.topLevelItem(i).data(0, ID_ROLE): self.tree.topLevelItem(i).isExpanded()
                    for i in range(self.tree.topLevelItemCount())}
        self.tree.clear()
        titles = {ag.OVERDUE: self.tr("Overdue"), ag.TODAY: self.tr("Today"),
                  ag.WEEK: self.tr("This week")}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        owner = ACTION_ENTITY.field("owner")
        day_names = {d: QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)}
        for bucket in ag.BUCKETS:
            items = groups[bucket]
            head = QTreeWidgetItem([f"{titles[bucket]} ({len(items)})", "", ""])
            head.setData(0, ID_ROLE, bucket)
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if bucket == ag.OVERDUE and items:
                head.setForeground(0, QBrush(OVERDUE_COLOR))
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            children = []
            for e in items[:MAX_ROWS]:
                if e.kind == ag.MOMENT:
                    what = self.tr("Contact: %1").replace("%1", e.label or self.tr("contact moment"))
                    if e.is_closing:
                        what += " " + self.tr("(closing conversation)")
                elif e.kind == ag.REFERRAL:
                    what = self.tr("Referral: %1").replace("%1", e.label or self.tr("service"))
                elif e.kind == ag.STALE_REFERRAL:
                    what = self.tr("No news from referral: %1 (since %2)").replace(
                        "%1", e.label or self.tr("service")).replace("%2", format_date(e.since))
                else:
                    what = self.tr("Action: %1").replace("%1", e.label)
                    if e.owner:
                        what += f" ({owner.choice_label(e.owner).lower()})"
                day = format_date(e.day) if e.day == today else f"{day_names[e.day.isoweekday()]} {format_date(e.day)}"
                child = QTreeWidgetItem([day, e.participant_name, what])
                child.setData(0, ID_ROLE, e.participant_id)
                child.setData(0, KIND_ROLE, e.kind)
                child.setToolTip(1, e.participant_name)
                child.setToolTip(2, what)
                if bucket == ag.OVERDUE:
                    child.setForeground(0, QBrush(OVERDUE_COLOR))
                children.append(child)
            if len(items) > MAX_ROWS:
                more = QTreeWidgetItem([self.tr("... and %1 more").replace("%1", str(len(items) - MAX_ROWS)),
                                        "", ""])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                children.append(more)
            head.addChildren(children)
            fold = bucket == ag.OVERDUE and len(items) > COLLAPSE_OVER
            head.setExpanded(expanded.get(bucket, not fold))
        self.tree.setUpdatesEnabled(True)
        self.summary.setText(
            self.tr("%1: %2 overdue, %3 today, %4 this week")
            .replace("%1", QLocale().toString(today, QLocale.FormatType.LongFormat))
            .replace("%2", str(len(groups[ag.OVERDUE]))).replace("%3", str(len(groups[ag.TODAY])))
            .replace("%4", str(len(groups[ag.WEEK]))))

    def clear_content(self) -> None:
        """Forget every name shown (the screen lock calls this); `refresh()` fills it again."""
        self.tree.clear()
        self.entries = []
        self.summary.clear()

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.clear_content()
        elif self.isVisible():
            self.refresh()

    def items(self, bucket: str) -> list[QTreeWidgetItem]:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.data(0, ID_ROLE) == bucket:
                return [head.child(j) for j in range(head.childCount())]
        return []

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.activated.emit(item.data(0, ID_ROLE), kind)


def _unlisten(store: Store | None, callback: Callable[[str, str], None]) -> None:
    if store is not None and callback in store.listeners:
        store.listeners.remove(callback)


class AgendaFeature:
    """The agenda dock, its menu and toolbar action, and Tools > Organisation lists."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        window = ctx.window
        panel = self.panel = AgendaPanel(lambda: ctx.store, window)
        panel.activated.connect(self.open_entry)
        dock = self.dock = QDockWidget(QCoreApplication.translate("AgendaPanel", "Agenda"), window)
        dock.setObjectName("agendaDock")
        dock.setAccessibleName(QCoreApplication.translate("AgendaPanel", "Agenda"))
        dock.setWidget(panel)
        dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        dock.visibilityChanged.connect(
            lambda visible: visible and window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal))
        action = self.action = dock.toggleViewAction()
        action.setText(QCoreApplication.translate("AgendaPanel", "&Agenda"))
        action.setObjectName("actAgenda")
        action.setShortcut(QKeySequence(SHORTCUT))
        action.setStatusTip(QCoreApplication.translate("AgendaPanel", "Overdue, today and this week across the caseload"))
        action.setToolTip(QCoreApplication.translate("AgendaPanel", "Agenda: overdue, today and this week (%1)").replace("%1", SHORTCUT))
        # Opened by keyboard (F-key, menu), the agenda takes the focus: the arrows then walk it.
        action.triggered.connect(lambda checked: checked and panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason))
        window.addAction(action)
        ctx.menus["tools"].addAction(action)
        from .main_window import add_tool_button

        add_tool_button(ctx.toolbar, action)
        lists = self.lists_action = QAction(QCoreApplication.translate("AgendaPanel", "&Organisation lists..."), window)
        lists.setObjectName("actOrgLists")
        lists.setStatusTip(QCoreApplication.translate("AgendaPanel", "Observation items and scale, aftercare template"))
        lists.triggered.connect(lambda _checked=False: self.open_org_lists())
        ctx.menus["tools"].addAction(lists)
        ctx.store_changed.connect(lambda _store: panel.refresh() if panel.isVisible() else panel.listen())
        ctx.locked_changed.connect(panel._on_locked)
        # Background work (a sync, a restore) writes through its own connection: its notice
        # reaches the agenda here, not through the store's listeners.
        ctx.records_changed.connect(
            lambda changes: changes.touches(WATCHED) and panel._timer.start())

    def open_entry(self, participant_id: str, kind: str) -> None:
        """Show the participant, on the aftercare tab for a moment, the goals tab for an
        action and the network tab for a referral."""
        if self.ctx.select_participant(participant_id):
            self.ctx.show_tab_named(TAB_FOR_KIND.get(kind, "GoalsTab"))

    def open_org_lists(self) -> bool:
        from .dialogs.org_lists_dialog import OrgListsDialog

        self.ctx.flush()
        dialog = OrgListsDialog(self.ctx.store, self.ctx.window)
        if dialog.exec() != OrgListsDialog.DialogCode.Accepted:
            return False
        # The new item list / template shows on every tab.
        self.ctx.notify(Changes.of(["org_setting"], [self.ctx.current_participant_id()]))
        return True


"""The Netwerk tab: the participant's referrals, the group sessions they attended, the map.

Left, the referrals (open ones first; one without news for the set time in red, as in the
agenda) and below them the group sessions. Right, the selected referral: the service with its
phone and e-mail, and the referral itself (status, dates, goal, who does what, outcome,
notes), saved as you type. A new status counts as news: the "last news" date becomes today.
The button Network map... opens the picture of everyone around the participant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import GROUP_SESSION, REFERRAL
from ...domain.messages import UserError
from ...domain.validation import ValidationFailed, format_date
from ...services import goals as goals_svc
from ...services import groups as groups_svc
from ...services import network as net
from ...services import records, social_map
from ...services.participants import get_participant
from ...storage.repository import Record, Store
from ..widgets.buttons import make_button
from ..widgets.pages import MasterDetail, heading, scroll_page, side_by_side
from ..widgets.reflow import Reflow
from ..widgets.tables import DATE_SAMPLES, Cell, Row, RowsTable, fit_column
from .base import ParticipantTab

STALE_COLOR = "#b3261e"
FORM_FIELDS = ("status", "referred_on", "last_news_on", "follow_up_on", "reason",
               "tasks_participant", "tasks_coach", "tasks_partner", "outcome", "notes")
SERVICE_COL, STATUS_COL, NEWS_COL = range(3)


class NetworkTab(MasterDetail, ParticipantTab):
    lazy = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("networkTab")
        #: the date the tab treats as today (tests inject one)
        self.today: Callable[[], date] = date.today
        self.referral_id: str | None = None
        self._person: Record | None = None
        self._views: list[net.ReferralView] = []
        self.dialogs: list[QWidget] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("networkSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.map_button = make_button(self.tr("Network &map..."), "networkMapButton", self)
        self.map_button.setToolTip(self.tr("Everyone around the participant in one picture, "
                                           "to look at together or to print"))
        self.map_button.clicked.connect(self.open_map)
        top.addWidget(self.map_button)
        outer.addLayout(top)

        # ---- left: referrals and group sessions
        splitter, ll = side_by_side(self, "networkSplitter", outer)
        left = ll.parentWidget()
        ll.addWidget(heading(self.tr("Referrals"), "referralsHeading", left))
        self.table = RowsTable([self.tr("Service"), self.tr("Status"), self.tr("Last news")], left)
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setWordWrap(False)
        fit_column(self.table, NEWS_COL, DATE_SAMPLES, bold=True)
        fit_column(self.table, STATUS_COL, [c.label_nl for c in REFERRAL.field("status").choices])
        self.table.horizontalHeader().setSectionResizeMode(SERVICE_COL, QHeaderView.ResizeMode.Stretch)
        self.table.current_row_changed.connect(self._on_row_changed)
        ll.addWidget(self.table, 3)
        buttons = Reflow(left)  # wraps beside the agenda on a 1366x768 laptop
        self.new_button = make_button(self.tr("&New referral..."), "newReferralButton", left)
        self.new_button.clicked.connect(self.new_referral)
        self.news_button = make_button(self.tr("News toda&y"), "referralNewsButton", left)
        self.news_button.setToolTip(self.tr("The partner or the participant gave news today: "
                                            "the warning waits another period"))
        self.news_button.clicked.connect(self.news_today)
        self.remove_button = make_button(self.tr("R&emove referral"), "removeReferralButton", left)
        self.remove_button.clicked.connect(self.remove_referral)
        for b in (self.new_button, self.news_button, self.remove_button):
            buttons.add(b)
        ll.addWidget(buttons)
        stale_row = QHBoxLayout()
        stale_label = QLabel(self.tr("Warn in the agenda after"), left)
        stale_label.setWordWrap(True)
        self.stale_spin = QSpinBox(left)
        self.stale_spin.setObjectName("staleDaysSpin")
        self.stale_spin.setAccessibleName(self.tr("Days without news before a warning"))
        self.stale_spin.setRange(1, 365)
        self.stale_spin.setSuffix(self.tr(" days"))
        self.stale_spin.setToolTip(self.tr("For the whole team: an open referral without news "
                                           "for this long shows a warning in the agenda."))
        self.stale_spin.editingFinished.connect(self._on_stale_days)
        stale_label.setBuddy(self.stale_spin)
        stale_row.addWidget(stale_label)
        stale_row.addWidget(self.stale_spin)
        after = QLabel(self.tr("without news (whole team)"), left)
        after.setWordWrap(True)
        stale_row.addWidget(after, 1)
        ll.addLayout(stale_row)

        ll.addWidget(heading(self.tr("Group sessions"), "groupsHeading", left))
        self.sessions = RowsTable([self.tr("Date"), self.tr("Session"), self.tr("Minutes")], left)
        self.sessions.setObjectName("attendedSessionsTable")
        self.sessions.setAccessibleName(self.tr("Group sessions attended"))
        self.sessions.setWordWrap(False)
        fit_column(self.sessions, 0, DATE_SAMPLES)
        fit_column(self.sessions, 2, [self.tr("reported absent")])
        self.sessions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ll.addWidget(self.sessions, 2)
        self.sessions_hint = QLabel(self.tr("Record group sessions under Tools > Group sessions."),
                                    left)
        self.sessions_hint.setObjectName("sessionsHint")
        self.sessions_hint.setWordWrap(True)
        self.sessions_hint.setStyleSheet("color: palette(dark);")
        ll.addWidget(self.sessions_hint)

        # ---- right: the selected referral
        scroll, rl = scroll_page(splitter, "referralPage")
        content = scroll.widget()
        self.service_box = QGroupBox(self.tr("Service"), content)
        self.service_box.setObjectName("referralServiceBox")
        sl = QVBoxLayout(self.service_box)
        self.service_label = QLabel(self.service_box)
        self.service_label.setObjectName("referralServiceInfo")
        self.service_label.setWordWrap(True)
        self.service_label.setTextFormat(Qt.TextFormat.PlainText)
        self.service_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl.addWidget(self.service_label)
        rl.addWidget(self.service_box)
        self.stale_label = QLabel(content)
        self.stale_label.setObjectName("referralStale")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(f"color: {STALE_COLOR}; font-weight: 600;")
        self.stale_label.hide()
        rl.addWidget(self.stale_label)
        self.binding = self.saver.binding("referral")
        self.binding.after_save = self._after_saved
        self.form_box = self.section(self.tr("Referral"), self.binding,
                                     [REFERRAL.field(n) for n in FORM_FIELDS], content)
        form = self.form_box.layout()
        assert isinstance(form, QFormLayout)
        # labels above their fields: the form stays readable beside the agenda
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.goal_combo = QComboBox(self.form_box)
        self.goal_combo.setObjectName("referral_goal_id")
        self.goal_combo.setAccessibleName(REFERRAL.field("goal_id").label(self.language))
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(24)
        self.goal_combo.activated.connect(lambda _i: self._on_goal_chosen())
        goal_label = QLabel(REFERRAL.field("goal_id").label(self.language), self.form_box)
        goal_label.setBuddy(self.goal_combo)
        form.insertRow(4, goal_label, self.goal_combo)
        rl.addWidget(self.form_box)
        rl.addStretch(1)
        self.empty_label = QLabel(self.tr(
            "No referrals yet. With New referral... you choose a service from the team's local "
            "map (Tools > Local map), say why and agree who does what."), content)
        self.empty_label.setObjectName("referralsEmpty")
        self.empty_label.setWordWrap(True)
        rl.insertWidget(0, self.empty_label)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([470, 420])
        self._shown_status: str | None = None
        self.load()

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        person = get_participant(self.store, self.participant_id)
        self._person = person
        enabled = person is not None
        for w in (self.new_button, self.map_button, self.stale_spin):
            w.setEnabled(enabled)
        self.stale_spin.blockSignals(True)
        self.stale_spin.setValue(net.stale_days(self.store))
        self.stale_spin.blockSignals(False)
        self._refresh(select=None)
        self._load_sessions()

    def _refresh(self, select: str | None = None, keep_form: bool = False) -> None:
        pid = self._person["id"] if self._person else None
        today = self.today()
        self._views = net.referrals(self.store, pid, today) if pid else []
        rows, current = [], -1
        for i, v in enumerate(self._views):
            r = v.record
            news = format_date(r.get("last_news_on"))
            if v.stale_since is not None:
                tip = self.tr("No news since %1").replace("%1", format_date(v.stale_since))
                news_cell: str | Cell = Cell(format_date(v.stale_since), tooltip=tip,
                                             color=QColor(STALE_COLOR), bold=True)
            else:
                news_cell = news
            tip = "\n".join(x for x in (v.service_name, v.kind_label, self.tr("Referred on %1")
                                        .replace("%1", format_date(r.get("referred_on")))) if x)
            rows.append(Row(v.id, (Cell(v.service_name, tooltip=tip), v.status_label, news_cell)))
            if v.id == (select or self.referral_id):
                current = i
        self.table.blockSignals(True)
        self.table.set_rows(rows)
        if current < 0 and self._views and not keep_form:
            current = 0
        if current >= 0:
            self.table.set_current_row(current)
        self.table.blockSignals(False)
        self.empty_label.setVisible(pid is not None and not self._views)
        open_count = sum(1 for v in self._views if net.is_open(v.record))
        stale = sum(1 for v in self._views if v.stale_since is not None)
        text = self.tr("%1 referrals, %2 open").replace("%1", str(len(self._views))) \
            .replace("%2", str(open_count)) if pid else ""
        if stale:
            text += " - " + self.tr("%1 without news for %2 days or more").replace(
                "%1", str(stale)).replace("%2", str(net.stale_days(self.store)))
        self.summary.setText(text)
        if not keep_form:
            self._show(self._views[current].id if current >= 0 else None)

    def _show(self, referral_id: str | None) -> None:
        record = net.get_referral(self.store, referral_id)
        self.referral_id = record["id"] if record else None
        self._shown_status = record.get("status") if record else None
        self.binding.load(self.referral_id, record)
        self.form_box.setEnabled(record is not None)
        self.service_box.setVisible(record is not None)
        self.news_button.setEnabled(record is not None and net.is_open(record))
        self.remove_button.setEnabled(record is not None)
        self._load_goals(record)
        view = next((v for v in self._views if v.id == self.referral_id), None)
        self._show_service(view)
        self._show_stale(view)

    def _show_service(self, view: net.ReferralView | None) -> None:
        if view is None:
            self.service_label.clear()
            return
        s = view.service or {}
        lines = [view.service_name, view.kind_label]
        if s.get("offer"):
            lines.append(s["offer"])
        reach = " · ".join(x for x in (s.get("phone"), s.get("email"), s.get("website")) if x)
        if reach:
            lines.append(reach)
        contact_id = view.record.get("contact_id")
        person = records.get(self.store, "contact", contact_id) if contact_id else None
        if person:
            who = " · ".join(x for x in (person.get("name"), person.get("phone"),
                                         person.get("email")) if x)
            lines.append(self.tr("Contact person: %1").replace("%1", who))
        self.service_label.setText("\n".join(x for x in lines if x))

    def _show_stale(self, view: net.ReferralView | None) -> None:
        if view is None or view.stale_since is None:
            self.stale_label.hide()
            return
        self.stale_label.setText(self.tr(
            "No news since %1. Ask the partner or the participant how it is going, then press "
            "News today or change the status.").replace("%1", format_date(view.stale_since)))
        self.stale_label.show()

    def _load_goals(self, record: Record | None) -> None:
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        self.goal_combo.addItem(self.tr("(no goal)"), None)
        if self._person:
            for g in goals_svc.goals_for(self.store, self._person["id"]):
                text = " ".join((g.get("text") or "").split())
                self.goal_combo.addItem(text if len(text) <= 70 else text[:67] + "...", g["id"])
        index = self.goal_combo.findData(record.get("goal_id")) if record and record.get("goal_id") else 0
        self.goal_combo.setCurrentIndex(max(0, index))
        self.goal_combo.setEnabled(record is not None)
        self.goal_combo.blockSignals(False)

    def _load_sessions(self) -> None:
        pid = self._person["id"] if self._person else None
        rows = []
        kind = GROUP_SESSION.field("kind")
        for session, attendance in (groups_svc.attended(self.store, pid) if pid else []):
            minutes = session.get("minutes_per_participant")
            what = " - ".join(x for x in (kind.choice_label(session.get("kind") or "", self.language),
                                          session.get("theme")) if x)
            if not attendance.get("present"):
                shown = self.tr("reported absent")
            else:
                shown = str(minutes) if minutes is not None else ""
            rows.append(Row(attendance["id"], (format_date(session.get("date")),
                                               Cell(what, tooltip=what), shown)))
        self.sessions.set_rows(rows)

    # ------------------------------------------------------------------ actions
    def select_referral(self, referral_id: str) -> bool:
        row = self.table.row_of(referral_id)
        if row >= 0:
            self.table.set_current_row(row)
        return row >= 0

    def _after_saved(self, record: Record) -> None:
        if record.get("status") != self._shown_status:
            # a new status is news: the warning waits another period
            self._shown_status = record.get("status")
            if record.get("last_news_on") != self.today().isoformat():
                record = net.record_news(self.store, record["id"], on=self.today())
                self.binding.editors["last_news_on"].set_value(record.get("last_news_on"))
        self._refresh(select=record["id"], keep_form=True)
        view = next((v for v in self._views if v.id == record["id"]), None)
        self._show_stale(view)
        self.news_button.setEnabled(net.is_open(record))

    def _on_goal_chosen(self) -> None:
        if self.referral_id is None:
            return
        self.saver.flush()
        net.save_referral(self.store, self.referral_id, {"goal_id": self.goal_combo.currentData()})
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def _on_stale_days(self) -> None:
        if self.stale_spin.value() != net.stale_days(self.store):
            net.set_stale_days(self.store, self.stale_spin.value())
            self._refresh(select=self.referral_id)
            self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def new_referral(self) -> bool:
        from ..dialogs.referral_dialog import NewReferralDialog

        if not self._person:
            return False
        self.saver.flush()
        dialog = NewReferralDialog(self.store, self._person["id"], self, today=self.today())
        if dialog.exec() != NewReferralDialog.DialogCode.Accepted:
            return False
        try:
            row = net.refer(self.store, self._person["id"], dialog.result_values, today=self.today())
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("New referral"), str(err))
            return False
        self._refresh(select=row["id"])
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.form_box.setFocus()
        return True

    def news_today(self) -> None:
        if self.referral_id is None:
            return
        self.saver.flush()
        net.record_news(self.store, self.referral_id, on=self.today())
        self._refresh(select=self.referral_id)
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def remove_referral(self) -> None:
        if self._remove_shown(self.tr("Remove referral"), self.tr(
                "Remove this referral? It stays in the history and can be restored."),
                lambda rid: net.remove_referral(self.store, rid)):
            self.referral_id = None
            self._refresh()

    def open_map(self):
        from ..dialogs.network_map_dialog import NetworkMapDialog

        if not self._person:
            return None
        self.saver.flush()
        dialog = NetworkMapDialog(self.store, self._person["id"], self, today=self.today())
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def history_targets(self) -> list[tuple[str, str, str]]:
        out = []
        if self.referral_id:
            out.append((self.tr("Referral"), "referral", self.referral_id))
            view = next((v for v in self._views if v.id == self.referral_id), None)
            if view and view.service and not view.service.get("deleted"):
                out.append((social_map.display_name(view.service), "service", view.service["id"]))
        return out

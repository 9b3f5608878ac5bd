"""The Intake tab: every intake topic, built from `domain.fields.INTAKE`, saved as you type.

The participant's own details (name, contact, trajectory facts) sit at the top; then the
intake groups in declaration order; work history and education as editable lists; the
participatieladder; the optional self-reliance (ZRM) scores behind a button.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import INTAKE, PARTICIPANT
from ...services import participants as psvc
from ...services.participants import get_participant
from ...storage.repository import Store
from ..widgets.fit import VScrollArea
from ..widgets.icons import health_icon, private_icon
from ..widgets.record_list import RecordList
from ..widgets.reflow import Reflow
from .base import ParticipantTab

PERSON_FIELDS = ("first_name", "last_name", "name_native", "birth_date", "phone", "email",
                 "address", "target_group")
TRAJECTORY_FIELDS = ("weight", "start_date", "referrer", "benefit", "coach")
WORK_HISTORY_FIELDS = ("role", "employer", "country", "start_year", "end_year", "description",
                       "reason_left")
EDUCATION_FIELDS = ("course", "institution", "level", "country", "year", "diploma", "recognised")
# Fields whose change shows in the caseload list.
CASELOAD_FIELDS = {"first_name", "last_name", "name_native", "weight"}


class IntakeTab(ParticipantTab):
    lazy = True
    watched = frozenset({"participant", "intake", "work_history", "education"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("intakeTab")
        self.intake_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = VScrollArea(parent=self)  # up and down, never sideways
        self.scroll.setObjectName("intakeScroll")
        self.scroll.setAccessibleName(self.tr("Intake form"))
        outer.addWidget(self.scroll)
        content = QWidget(self.scroll)
        content.setObjectName("intakeContent")
        self.content_layout = layout = QVBoxLayout(content)
        self.scroll.setWidget(content)

        layout.addWidget(self._legend(content))

        lang = self.language
        self.person = self.saver.binding("participant")
        self.person.after_save = self._person_saved
        groups = dict((key, (nl, en)) for key, nl, en in PARTICIPANT.groups)
        layout.addWidget(self.section(self._group_title(groups, "person"), self.person,
                                      PERSON_FIELDS, content))
        layout.addWidget(self.section(self._group_title(groups, "trajectory"), self.person,
                                      TRAJECTORY_FIELDS, content))

        self.intake = self.saver.binding("intake")
        self.sections: dict[str, QGroupBox] = {}
        for key, nl, en in INTAKE.groups:
            fields = [f for f in INTAKE.fields if f.group == key]
            if not fields:
                continue
            if key == "zrm":
                # Made before its section: Qt's Tab order is the order widgets are made in.
                self.zrm_button = QPushButton(self.tr("Show self-reliance &scores (ZRM)"), content)
                self.zrm_button.setObjectName("zrmToggle")
                self.zrm_button.setAccessibleName(self.tr("Show or hide self-reliance scores"))
                self.zrm_button.setCheckable(True)
                self.zrm_button.toggled.connect(self._toggle_zrm)
                self.zrm_button.clicked.connect(self._show_zrm_section)
                row = QHBoxLayout()
                row.addWidget(self.zrm_button)
                row.addStretch(1)
                layout.addLayout(row)
            box = self.section(en if lang == "en" else nl, self.intake, fields, content)
            self.sections[key] = box
            if key == "zrm":
                box.hide()
            layout.addWidget(box)
            if key == "kennismaken":
                # Work history and education belong with "what can the participant do".
                self.work_history = RecordList(
                    store, self.saver, "work_history", WORK_HISTORY_FIELDS,
                    self.tr("&Add work experience"), self.tr("No work history recorded yet."), content)
                self.education = RecordList(
                    store, self.saver, "education", EDUCATION_FIELDS,
                    self.tr("Add &education"), self.tr("No education recorded yet."), content)
                for title, widget, name in (
                    (self.tr("Work history"), self.work_history, "section_work_history"),
                    (self.tr("Education and diplomas"), self.education, "section_education"),
                ):
                    box = QGroupBox(title, content)
                    box.setObjectName(name)
                    QVBoxLayout(box).addWidget(widget)
                    layout.addWidget(box)
        layout.addStretch(1)
        self.load()

    def _group_title(self, groups: dict[str, tuple[str, str]], key: str) -> str:
        nl, en = groups[key]
        return en if self.language == "en" else nl

    def _legend(self, parent: QWidget) -> QWidget:
        box = Reflow(parent, spacing=16)  # side by side, or one above the other when narrow
        box.setObjectName("confidentialityLegend")
        box.setContentsMargins(4, 0, 4, 0)
        for icon, text in (
            (private_icon(), self.tr("private: only shared with an employer with consent")),
            (health_icon(), self.tr("health: never shared with an employer")),
        ):
            item = QWidget(box)
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            mark = QLabel(item)
            mark.setPixmap(icon.pixmap(16, 16))
            row.addWidget(mark)
            label = QLabel(text, item)
            label.setStyleSheet("color: palette(dark);")
            row.addWidget(label, 1)
            box.add(item)
        return box

    def _toggle_zrm(self, shown: bool) -> None:
        self.sections["zrm"].setVisible(shown)
        self.zrm_button.setText(self.tr("Hide self-reliance &scores (ZRM)") if shown
                                else self.tr("Show self-reliance &scores (ZRM)"))

    def _show_zrm_section(self, shown: bool) -> None:
        """Opened by the coach: scroll so the scores start at the top (after the layout)."""
        if shown:
            QTimer.singleShot(0, self._scroll_to_zrm)

    def _scroll_to_zrm(self) -> None:
        box = self.sections["zrm"]
        if box.isVisible():
            top = box.mapTo(self.scroll.widget(), box.rect().topLeft()).y()
            bar = self.scroll.verticalScrollBar()
            if top + box.height() > bar.value() + self.scroll.viewport().height():
                bar.setValue(min(top - 8, bar.maximum()))

    def _person_saved(self, record: dict) -> None:
        self.caseload_changed.emit()

    def load(self) -> None:
        pid = self.participant_id
        person = get_participant(self.store, pid)
        if person is None:
            pid = None
        intake = psvc.intake_for(self.store, pid) if pid else None
        self.intake_id = intake["id"] if intake else None
        self.person.load(pid, person)
        self.intake.load(self.intake_id, intake)
        self.work_history.load(pid)
        self.education.load(pid)
        has_zrm = bool(intake) and any(
            intake.get(f.name) for f in INTAKE.fields if f.group == "zrm")
        self.zrm_button.setChecked(has_zrm)
        self._toggle_zrm(has_zrm)
        self.scroll.verticalScrollBar().setValue(0)

    def history_targets(self) -> list[tuple[str, str, str]]:
        if not self.participant_id:
            return []
        out = [(self.tr("Personal details"), "participant", self.participant_id)]
        if self.intake_id:
            out.append((self.tr("Intake"), "intake", self.intake_id))
        return out

"""The Goals tab (trajectplan): approach, goals in plain words, revisions, actions.

Goal text is changed only by revising it (with a reason, kept as "bijgesteld op ... omdat
..."); term, kind of capital and status, and every action field are saved as you type.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ACTION, GOAL, PARTICIPANT
from ...domain.messages import UserError
from ...domain.validation import ValidationFailed, format_date
from ...services import goals as gsvc
from ...storage.repository import Store
from ..dialogs.goal_dialogs import ReviseGoalDialog
from ..dialogs.record_dialog import RecordDialog
from ..widgets.autosave import FormBinding
from ..widgets.field_widgets import FieldEditor
from .base import ParticipantTab

HISTORY_STYLE = "color: #555; font-style: italic;"
FIRST_BATCH, NEXT_BATCH = 3, 2


class GoalsTab(ParticipantTab):
    lazy = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("goalsTab")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("goalsScroll")
        self.scroll.setAccessibleName(self.tr("Trajectory plan"))
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll)
        content = QWidget(self.scroll)
        content.setObjectName("goalsContent")
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)

        self.plan_binding = self.saver.binding("participant")
        layout.addWidget(self.section(self.tr("Plan"), self.plan_binding,
                                      [PARTICIPANT.field("approach"), PARTICIPANT.field("plan_notes")],
                                      content))
        bar = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("&Add goal"), content)
        self.add_goal_button.setObjectName("addGoalButton")
        self.add_goal_button.setAccessibleName(self.tr("Add goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        bar.addWidget(self.add_goal_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.empty_label = QLabel(self.tr("No goals yet. Write goals in words the participant "
                                          "understands, e.g. \"I get to work on time every day\"."),
                                  content)
        self.empty_label.setObjectName("goalsEmpty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.goals_layout = QVBoxLayout()
        layout.addLayout(self.goals_layout)
        layout.addStretch(1)
        self._goal_boxes: list[QWidget] = []
        self._generation = 0
        self._pending: list[tuple[int, gsvc.GoalPlan]] = []
        self._goal_bindings: list[FormBinding] = []
        self.load()

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        pid = self.participant_id
        person = self.store.repo("participant").get(pid) if pid else None
        if person is None:
            pid = None
        self.plan_binding.load(pid, person)
        self.add_goal_button.setEnabled(pid is not None)
        self._rebuild_goals(pid)

    def _rebuild_goals(self, pid: str | None) -> None:
        for binding in self._goal_bindings:
            self.saver.forget(binding)
            binding.deleteLater()
        self._goal_bindings.clear()
        for box in self._goal_boxes:
            box.setParent(None)
            box.deleteLater()
        self._goal_boxes.clear()
        plans = gsvc.plan(self.store, pid) if pid else []
        self.empty_label.setVisible(pid is not None and not plans)
        # The first goals at once, the rest in the next turns of the event loop: a plan with
        # ten goals shows its top without waiting for all of them (what is visible first).
        self._generation += 1
        self._pending = list(enumerate(plans))
        self._build_some(self._generation, FIRST_BATCH)

    def _build_some(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return  # another participant was opened meanwhile
        for _ in range(count):
            if not self._pending:
                return
            index, goal_plan = self._pending.pop(0)
            box = self._goal_box(index, goal_plan)
            self.goals_layout.addWidget(box)
            self._goal_boxes.append(box)
        if self._pending:
            QTimer.singleShot(0, lambda g=generation: self._build_some(g, NEXT_BATCH))

    def finish_building(self) -> None:
        """Build the goals still waiting (before looking them up)."""
        self._build_some(self._generation, len(self._pending))

    def _goal_box(self, index: int, goal_plan: gsvc.GoalPlan) -> QGroupBox:
        goal = goal_plan.goal
        box = QGroupBox(self.tr("Goal %1").replace("%1", str(index + 1)), self)
        box.setObjectName(f"goal_{index}")
        layout = QVBoxLayout(box)
        text = QLabel(goal["text"], box)
        text.setObjectName(f"goal_{index}_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        text.setFont(font)
        layout.addWidget(text)

        binding = self.saver.binding("goal", goal["id"])
        self._goal_bindings.append(binding)
        grid = QGridLayout()
        lang = self.language
        for col, name in enumerate(("term", "capital", "status")):
            fld = GOAL.field(name)
            editor = FieldEditor(fld, f"goal{index}", box)
            binding.add(editor)
            label = QLabel(fld.label(lang), box)
            label.setBuddy(editor.input)
            grid.addWidget(label, 0, col)
            grid.addWidget(editor, 1, col)
        binding.load(goal["id"], goal)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        revise = QPushButton(self.tr("&Revise goal..."), box)
        revise.setObjectName(f"goal_{index}_revise")
        revise.setAccessibleName(self.tr("Revise goal %1").replace("%1", str(index + 1)))
        revise.clicked.connect(lambda _=False, g=goal: self.revise_goal(g))
        buttons.addWidget(revise)
        remove = QPushButton(self.tr("Remove goal"), box)
        remove.setObjectName(f"goal_{index}_remove")
        remove.setAccessibleName(self.tr("Remove goal %1").replace("%1", str(index + 1)))
        remove.clicked.connect(lambda _=False, g=goal: self.remove_goal(g))
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        for j, rev in enumerate(goal_plan.revisions):
            line = QLabel(gsvc.revision_line(rev), box)
            line.setObjectName(f"goal_{index}_revision_{j}")
            line.setWordWrap(True)
            line.setStyleSheet(HISTORY_STYLE)
            line.setToolTip(self.tr("Before: %1").replace("%1", rev.get("previous_text") or ""))
            layout.addWidget(line)

        actions_title = QLabel(self.tr("Actions"), box)
        actions_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(actions_title)
        actions = QGridLayout()
        actions.setColumnStretch(1, 1)
        for j, act in enumerate(goal_plan.actions):
            self._action_row(actions, index, j, act, box)
        layout.addLayout(actions)

        add_row = QHBoxLayout()
        new_action = QLineEdit(box)
        new_action.setObjectName(f"goal_{index}_new_action")
        new_action.setAccessibleName(self.tr("New action for goal %1").replace("%1", str(index + 1)))
        new_action.setPlaceholderText(self.tr("New action, e.g. practise the bus route together"))
        add_button = QPushButton(self.tr("Add action"), box)
        add_button.setObjectName(f"goal_{index}_add_action")
        add_button.setAccessibleName(self.tr("Add action to goal %1").replace("%1", str(index + 1)))
        add_button.clicked.connect(lambda _=False, g=goal, e=new_action: self.add_action(g, e))
        new_action.returnPressed.connect(add_button.click)
        add_row.addWidget(new_action, 1)
        add_row.addWidget(add_button)
        layout.addLayout(add_row)
        return box

    def _action_row(self, grid: QGridLayout, gi: int, j: int, act: dict, parent: QWidget) -> None:
        prefix = f"goal{gi}_action{j}"
        done = QCheckBox(self.tr("Done"), parent)
        done.setObjectName(f"{prefix}_done")
        done.setAccessibleName(self.tr("Action done"))
        done.setChecked(bool(act.get("done")))
        if act.get("done_on"):
            done.setToolTip(self.tr("Done on %1").replace("%1", format_date(act["done_on"])))
        done.toggled.connect(lambda checked, a=act: self.set_done(a, checked))
        grid.addWidget(done, j, 0)
        binding = self.saver.binding("action", act["id"])
        self._goal_bindings.append(binding)
        for col, name in ((1, "description"), (2, "owner"), (3, "due_date")):
            editor = FieldEditor(ACTION.field(name), prefix, parent, compact=True)
            binding.add(editor)
            grid.addWidget(editor, j, col)
        binding.load(act["id"], act)
        due = act.get("due_date")
        if due and not act.get("done") and due < date.today().isoformat():
            # An open action past its date stands out, like an overdue contact moment.
            due_editor = binding.editors["due_date"]
            due_editor.input.setStyleSheet("color: #b3261e; font-weight: 600;")
            due_editor.input.setToolTip(self.tr("Past its date and not done yet"))
        remove = QPushButton(self.tr("Remove"), parent)
        remove.setObjectName(f"{prefix}_remove")
        remove.setAccessibleName(self.tr("Remove action"))
        remove.clicked.connect(lambda _=False, a=act: self.remove_action(a))
        grid.addWidget(remove, j, 4)

    # ---------------------------------------------------------------- actions
    def _after_change(self, focus: str | None = None) -> None:
        self.saved.emit(_now())
        self._rebuild_goals(self.participant_id)
        self.finish_building()
        if focus:
            # Keyboard users keep their place after the list was rebuilt.
            target = self.findChild(QWidget, focus)
            if target is not None:
                target.setFocus()

    def add_goal(self) -> None:
        if not self.participant_id:
            return
        dialog = RecordDialog("goal", ("text", "term", "capital"), self.tr("Add goal"), self,
                              intro=self.tr("Write the goal in words the participant understands."))
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        self.saver.flush()
        gsvc.add_goal(self.store, self.participant_id, dialog.result_values)
        self._after_change()

    def revise_goal(self, goal: dict) -> None:
        self.saver.flush()
        current = self.store.repo("goal").get(goal["id"]) or goal
        dialog = ReviseGoalDialog(current["text"] or "", self)
        if dialog.exec() != ReviseGoalDialog.DialogCode.Accepted:
            return
        text, reason, on = dialog.values()
        try:
            gsvc.revise_goal(self.store, goal["id"], text, reason, on=on)
        except (ValidationFailed, UserError) as err:
            QMessageBox.warning(self, self.tr("Revise goal"), str(err))
            return
        self._after_change()

    def remove_goal(self, goal: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove goal"),
            self.tr("Remove this goal and its actions? They stay in the history."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.flush()
        gsvc.delete_goal(self.store, goal["id"])
        self._after_change()

    def add_action(self, goal: dict, edit: QLineEdit) -> None:
        text = edit.text().strip()
        if not text:
            edit.setFocus()
            return
        self.saver.flush()
        try:
            gsvc.add_action(self.store, goal["id"], {"description": text, "owner": "deelnemer"})
        except ValidationFailed as err:
            QMessageBox.warning(self, self.tr("Add action"), str(err))
            return
        self._after_change(focus=edit.objectName())

    def set_done(self, action: dict, done: bool) -> None:
        self.saver.flush()
        gsvc.set_action_done(self.store, action["id"], done)
        self._after_change()

    def remove_action(self, action: dict) -> None:
        self.saver.flush()
        self.store.repo("action").delete(action["id"], note="verwijderd door begeleider")
        self._after_change()

    def history_targets(self) -> list[tuple[str, str, str]]:
        if not self.participant_id:
            return []
        out = [(self.tr("Plan"), "participant", self.participant_id)]
        for i, goal in enumerate(gsvc.goals_for(self.store, self.participant_id)):
            out.append((self.tr("Goal %1").replace("%1", str(i + 1)), "goal", goal["id"]))
        return out


def _now() -> str:
    from datetime import datetime

    return datetime.now().strftime("%H:%M:%S")

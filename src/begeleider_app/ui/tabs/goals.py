"""The Goals tab (trajectplan): approach, goals in plain words, revisions, actions.

Goal text is changed only by revising it (with a reason, kept as "bijgesteld op ... omdat
..."); term, kind of capital and status, and every action field are saved as you type.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import ACTION, GOAL, PARTICIPANT
from ...domain.messages import UserError
from ...domain.validation import ValidationFailed, format_date
from ...services import goals as gsvc
from ...services import records
from ...services.participants import get_participant
from ...storage.repository import Store
from ..dialogs.goal_dialogs import ReviseGoalDialog
from ..dialogs.record_dialog import RecordDialog
from ..widgets.field_widgets import FieldEditor
from ..widgets.fit import VScrollArea
from ..widgets.mnemonics import mark_repeated
from ..widgets.plain_hint import PlainHint
from ..widgets.reflow import Reflow
from ..widgets.wrap_label import WrapLabel
from .base import ParticipantTab

HISTORY_STYLE = "color: #555; font-style: italic;"
OVERDUE_STYLE = "color: #b3261e; font-weight: 600;"


class GoalsTab(ParticipantTab):
    lazy = True
    watched = frozenset({"participant", "goal", "action", "goal_revision"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("goalsTab")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = VScrollArea(parent=self)  # up and down, never sideways
        self.scroll.setObjectName("goalsScroll")
        self.scroll.setAccessibleName(self.tr("Trajectory plan"))
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
        # Goal boxes are kept and refilled for the next participant instead of rebuilt:
        # creating ~25 editors per goal was most of the time of opening a participant.
        self._goal_boxes: list[_GoalBox] = []
        self._shown = 0
        self.load()

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        pid = self.participant_id
        person = get_participant(self.store, pid)
        if person is None:
            pid = None
        self.plan_binding.load(pid, person)
        self.add_goal_button.setEnabled(pid is not None)
        self._fill_goals(pid)

    def _fill_goals(self, pid: str | None) -> None:
        plans = gsvc.plan(self.store, pid) if pid else []
        self.empty_label.setVisible(pid is not None and not plans)
        while len(self._goal_boxes) < len(plans):
            box = _GoalBox(self, len(self._goal_boxes))
            self.goals_layout.addWidget(box)
            self._goal_boxes.append(box)
        for box, goal_plan in zip(self._goal_boxes, plans, strict=False):
            box.show_goal(goal_plan)
        for box in self._goal_boxes[len(plans):self._shown]:
            box.clear()  # a hidden box holds nothing of the previous participant either
        self._shown = len(plans)

    def visible_goal_boxes(self) -> list[QGroupBox]:
        """The boxes that show the current participant's goals, in plan order."""
        return self._goal_boxes[:self._shown]

    # ---------------------------------------------------------------- actions
    def _after_change(self, focus: str | None = None) -> None:
        self.saved.emit(_now())
        self._fill_goals(self.participant_id)
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
        editor = dialog.editor("text")
        editor.layout().addWidget(PlainHint(editor, "newGoalHint").watch(editor.input))
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        self.saver.flush()
        goal = gsvc.add_goal(self.store, self.participant_id, dialog.result_values)
        self._after_change()
        # The next step is its first action: the focus goes to the new goal's action field.
        self._focus_in_goal(goal["id"], new_action=True)

    def revise_goal(self, goal: dict) -> None:
        self.saver.flush()
        current = records.get(self.store, "goal", goal["id"]) or goal
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
        self._focus_in_goal(goal["id"], new_action=False)  # back on "Revise goal...", where it was

    def _focus_in_goal(self, goal_id: str, *, new_action: bool) -> None:
        box = next((b for b in self.visible_goal_boxes() if b.goal and b.goal["id"] == goal_id), None)
        if box is not None:
            (box.new_action if new_action else box.revise_button).setFocus(Qt.FocusReason.OtherFocusReason)

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
        # Added: the field is empty again, so a second Enter cannot add it twice.
        edit.setText("")
        self._after_change(focus=edit.objectName())

    def set_done(self, action: dict, done: bool) -> None:
        self.saver.flush()
        gsvc.set_action_done(self.store, action["id"], done)
        self._after_change()

    def remove_action(self, action: dict) -> None:
        box = next((b for b in self.visible_goal_boxes()
                    if b.goal and b.goal["id"] == action.get("goal_id")), None)
        index = next((j for j, row in enumerate(box.rows) if row.action and
                      row.action["id"] == action["id"]), 0) if box is not None else 0
        self.saver.flush()
        records.remove(self.store, "action", action["id"])
        self._after_change()
        if box is not None:
            # The focus stays where the coach works: on the action that took the removed
            # line's place (or the one before it), else on the goal's new-action field.
            shown = [row for row in box.rows if row.shown]
            target = (shown[min(index, len(shown) - 1)].binding.editors["description"].input
                      if shown else box.new_action)
            target.setFocus()

    def history_targets(self) -> list[tuple[str, str, str]]:
        if not self.participant_id:
            return []
        out = [(self.tr("Plan"), "participant", self.participant_id)]
        for i, goal in enumerate(gsvc.goals_for(self.store, self.participant_id)):
            out.append((self.tr("Goal %1").replace("%1", str(i + 1)), "goal", goal["id"]))
        return out


class _ActionRow:
    """One action line in a goal box, refilled for whichever action it shows.

    Its widgets sit in one container that is shown or hidden as a whole: showing a widget
    inside a visible window makes Qt lay out the whole tab at once, so showing the five
    widgets of a line one by one cost five layouts of the plan (about 4 ms per line when the
    goals tab was on screen).
    """

    def __init__(self, tab: GoalsTab, layout: QVBoxLayout, gi: int, j: int, parent: QWidget) -> None:
        self.tab = tab
        self.action: dict | None = None
        prefix = f"goal{gi}_action{j}"
        self.box = QWidget(parent)
        self.box.setObjectName(f"{prefix}_line")
        line = QHBoxLayout(self.box)
        line.setContentsMargins(0, 0, 0, 0)
        self.done = QCheckBox(QCoreApplication.translate("GoalsTab", "Done"), self.box)
        self.done.setObjectName(f"{prefix}_done")
        self.done.setAccessibleName(QCoreApplication.translate("GoalsTab", "Action done"))
        self.done.toggled.connect(self._on_done)
        line.addWidget(self.done)
        self.binding = tab.saver.binding("action")
        for name in ("description", "owner", "due_date"):
            editor = FieldEditor(ACTION.field(name), prefix, self.box, compact=True)
            self.binding.add(editor)
            line.addWidget(editor, 1 if name == "description" else 0)
        self.due_input = self.binding.editors["due_date"].input
        self.due_tip = self.due_input.toolTip()
        self.remove = QPushButton(QCoreApplication.translate("GoalsTab", "Remove"), self.box)
        self.remove.setObjectName(f"{prefix}_remove")
        mark_repeated(self.remove)  # one per action line: reached with Tab, no Alt+letter
        self.remove.setAccessibleName(QCoreApplication.translate("GoalsTab", "Remove action"))
        self.remove.clicked.connect(lambda: self.action and tab.remove_action(self.action))
        line.addWidget(self.remove)
        layout.addWidget(self.box)
        self.shown = True

    def show_action(self, act: dict) -> None:
        self.action = act
        self.done.blockSignals(True)
        self.done.setChecked(bool(act.get("done")))
        self.done.blockSignals(False)
        _set_tooltip(self.done, QCoreApplication.translate("GoalsTab", "Done on %1").replace("%1", format_date(act["done_on"]))
                     if act.get("done_on") else "")
        self.binding.load(act["id"], act)
        due = act.get("due_date")
        overdue = bool(due and not act.get("done") and due < date.today().isoformat())
        # An open action past its date stands out, like an overdue contact moment. Style
        # sheets are costly to set, so only when it changes (an error message resets it too).
        style = OVERDUE_STYLE if overdue else ""
        if self.due_input.styleSheet() != style:
            self.due_input.setStyleSheet(style)
        _set_tooltip(self.due_input, QCoreApplication.translate("GoalsTab", "Past its date and not done yet") if overdue
                     else self.due_tip)
        if not self.shown:
            self.box.setVisible(True)
            self.shown = True

    def clear(self) -> None:
        self.action = None
        self.binding.load(None, None)
        self.box.setVisible(False)
        self.shown = False

    def tab_chain(self) -> list[QWidget]:
        inputs = [w for name in ("description", "owner", "due_date") for w in self.binding.editors[name].inputs()]
        return [self.done, *inputs, self.remove]

    def _on_done(self, checked: bool) -> None:
        if self.action is not None:
            self.tab.set_done(self.action, checked)


class _GoalBox(QGroupBox):
    """One goal with its term, capital and status, revisions, actions and a new-action line."""

    def __init__(self, tab: GoalsTab, index: int) -> None:
        super().__init__(QCoreApplication.translate("GoalsTab", "Goal %1").replace("%1", str(index + 1)), tab)
        self.tab = tab
        self.index = index
        self.goal: dict | None = None
        self.setObjectName(f"goal_{index}")
        layout = QVBoxLayout(self)
        self.text = WrapLabel(parent=self)
        self.text.setObjectName(f"goal_{index}_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(self.text)
        # The plain-language check of the goal and its actions (empty: takes no room).
        self.hint = PlainHint(self, f"goal_{index}_hint")
        layout.addWidget(self.hint)

        self.binding = tab.saver.binding("goal")
        # Side by side when there is room, under each other beside the agenda (1366x768).
        fields = Reflow(self, max_columns=3)
        lang = tab.language
        for name in ("term", "capital", "status"):
            fld = GOAL.field(name)
            cell = QWidget(fields)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            editor = FieldEditor(fld, f"goal{index}", cell)
            self.binding.add(editor)
            label = QLabel(fld.label(lang), cell)
            label.setBuddy(editor.input)
            column.addWidget(label)
            column.addWidget(editor)
            fields.add(cell)
        layout.addWidget(fields)

        buttons = QHBoxLayout()
        revise = QPushButton(QCoreApplication.translate("GoalsTab", "Revise goal..."), self)
        revise.setObjectName(f"goal_{index}_revise")
        mark_repeated(revise)  # one per goal: reached with Tab, no Alt+letter
        revise.setAccessibleName(QCoreApplication.translate("GoalsTab", "Revise goal %1").replace("%1", str(index + 1)))
        revise.clicked.connect(lambda: self.goal and tab.revise_goal(self.goal))
        buttons.addWidget(revise)
        self.revise_button = revise
        remove = QPushButton(QCoreApplication.translate("GoalsTab", "Remove goal"), self)
        remove.setObjectName(f"goal_{index}_remove")
        mark_repeated(remove)
        remove.setAccessibleName(QCoreApplication.translate("GoalsTab", "Remove goal %1").replace("%1", str(index + 1)))
        remove.clicked.connect(lambda: self.goal and tab.remove_goal(self.goal))
        buttons.addWidget(remove)
        self.remove_button = remove
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.revisions_layout = QVBoxLayout()
        layout.addLayout(self.revisions_layout)
        self.revision_labels: list[WrapLabel] = []

        actions_title = QLabel(QCoreApplication.translate("GoalsTab", "Actions"), self)
        actions_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(actions_title)
        self.actions_layout = QVBoxLayout()
        layout.addLayout(self.actions_layout)
        self.rows: list[_ActionRow] = []

        add_row = QHBoxLayout()
        self.new_action = QLineEdit(self)
        self.new_action.setObjectName(f"goal_{index}_new_action")
        self.new_action.setAccessibleName(QCoreApplication.translate("GoalsTab", "New action for goal %1").replace("%1", str(index + 1)))
        self.new_action.setPlaceholderText(QCoreApplication.translate("GoalsTab", "New action, e.g. practise the bus route together"))
        add_button = QPushButton(QCoreApplication.translate("GoalsTab", "Add action"), self)
        add_button.setObjectName(f"goal_{index}_add_action")
        mark_repeated(add_button)
        add_button.setAccessibleName(QCoreApplication.translate("GoalsTab", "Add action to goal %1").replace("%1", str(index + 1)))
        add_button.clicked.connect(lambda: self.goal and tab.add_action(self.goal, self.new_action))
        self.new_action.returnPressed.connect(add_button.click)
        self.add_button = add_button
        add_row.addWidget(self.new_action, 1)
        add_row.addWidget(add_button)
        layout.addLayout(add_row)
        self.action_hint = PlainHint(self, f"goal_{index}_new_action_hint").watch(self.new_action)
        layout.addWidget(self.action_hint)

    def show_goal(self, goal_plan: gsvc.GoalPlan) -> None:
        goal = goal_plan.goal
        if self.goal is None or self.goal["id"] != goal["id"]:
            # A half-typed action belongs to the goal it was typed for; setText (unlike clear())
            # also drops the undo history, so Ctrl+Z cannot bring it back under another goal.
            self.new_action.setText("")
        self.goal = goal
        self.text.setText(goal["text"])
        self.hint.show_hints("\n".join([goal["text"] or ""] + [
            a.get("description") or "" for a in goal_plan.actions if not a.get("done")]))
        self.binding.load(goal["id"], goal)
        while len(self.revision_labels) < len(goal_plan.revisions):
            line = WrapLabel(parent=self)
            line.setObjectName(f"goal_{self.index}_revision_{len(self.revision_labels)}")
            line.setStyleSheet(HISTORY_STYLE)
            self.revisions_layout.addWidget(line)
            self.revision_labels.append(line)
        for j, line in enumerate(self.revision_labels):
            if j < len(goal_plan.revisions):
                rev = goal_plan.revisions[j]
                line.setText(gsvc.revision_line(rev))
                _set_tooltip(line, QCoreApplication.translate("GoalsTab", "Before: %1").replace("%1", rev.get("previous_text") or ""))
                line.setVisible(True)
            else:
                line.clear()
                line.setToolTip("")
                line.setVisible(False)
        if len(self.rows) < len(goal_plan.actions):
            while len(self.rows) < len(goal_plan.actions):
                self.rows.append(_ActionRow(self.tab, self.actions_layout, self.index, len(self.rows), self))
            self._order_tab_chain()
        for j, row in enumerate(self.rows):
            if j < len(goal_plan.actions):
                row.show_action(goal_plan.actions[j])
            elif row.shown:
                row.clear()
        self.setVisible(True)

    def _order_tab_chain(self) -> None:
        """Action lines are made when first needed, after everything else in the window, so
        Qt's Tab order (creation order) would skip them: put them where they are on screen."""
        chain = [self.remove_button, *(w for row in self.rows for w in row.tab_chain()),
                 self.new_action, self.add_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def clear(self) -> None:
        self.goal = None
        self.text.clear()
        self.hint.clear()
        self.new_action.setText("")
        self.binding.load(None, None)
        for line in self.revision_labels:
            line.clear()
            line.setToolTip("")
        for row in self.rows:
            row.clear()
        self.setVisible(False)


def _set_tooltip(widget: QWidget, text: str) -> None:
    # Every tooltip change is an event; refilling boxes would send dozens for nothing.
    if widget.toolTip() != text:
        widget.setToolTip(text)


def _now() -> str:
    from datetime import datetime

    return datetime.now().strftime("%H:%M:%S")

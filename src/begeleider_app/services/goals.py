"""Trajectplan use cases: goals, revisions with a reason, actions per goal. No Qt.

A revision never overwrites silently: the goal's text changes, and a `goal_revision` row keeps
the previous and new text, the date and the reason ("bijgesteld op 03-11-2026 omdat ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.messages import msg
from ..domain.validation import ValidationFailed, format_date
from ..storage.repository import Record, Store

REVISED = "bijgesteld"
#: A goal's revisions or actions. Named with the goal's participant, because their one index
#: is (participant, goal) (migration m013).
BY_GOAL = "participant_id = (SELECT participant_id FROM goal WHERE id = ?) AND goal_id = ?"


@dataclass
class GoalPlan:
    """One goal with its revisions (oldest first) and actions (in order of creation)."""

    goal: Record
    revisions: list[Record] = field(default_factory=list)
    actions: list[Record] = field(default_factory=list)


def _iso(on: date | str | None) -> str:
    if on is None:
        return date.today().isoformat()
    return on.isoformat() if isinstance(on, date) else on


def goals_for(store: Store, participant_id: str) -> list[Record]:
    return store.repo("goal").for_participant(participant_id, order_by="sort_order, created_at")


def plan(store: Store, participant_id: str) -> list[GoalPlan]:
    """The whole plan of one participant in three queries (fast enough for every click)."""
    goals = goals_for(store, participant_id)
    plans = {g["id"]: GoalPlan(g) for g in goals}
    for rev in store.repo("goal_revision").for_participant(
        participant_id, order_by="revised_on, created_at"
    ):
        if rev["goal_id"] in plans:
            plans[rev["goal_id"]].revisions.append(rev)
    for act in store.repo("action").for_participant(participant_id, order_by="created_at"):
        if act["goal_id"] in plans:
            plans[act["goal_id"]].actions.append(act)
    return [plans[g["id"]] for g in goals]


def add_goal(store: Store, participant_id: str, values: dict[str, Any]) -> Record:
    existing = goals_for(store, participant_id)
    order = max((g.get("sort_order") or 0 for g in existing), default=-1) + 1
    data = {"status": "open", "sort_order": order, **values, "participant_id": participant_id}
    return store.repo("goal").insert(data)


def revise_goal(
    store: Store, goal_id: str, new_text: str, reason: str, *, on: date | str | None = None
) -> Record:
    """Change a goal's text with a reason; the previous text is kept in a revision row."""
    repo = store.repo("goal")
    goal = repo.get(goal_id)
    if goal is None:
        from ..domain.messages import UserError

        raise UserError("val.not_found", entity="doel", id=goal_id)
    if not (reason or "").strip():
        raise ValidationFailed({"reason": msg("goal.reason_required")})
    if (new_text or "").strip() == (goal["text"] or "").strip():
        raise ValidationFailed({"text": msg("goal.text_unchanged")})
    with store.transaction():
        store.repo("goal_revision").insert({
            "participant_id": goal["participant_id"], "goal_id": goal_id, "revised_on": _iso(on),
            "previous_text": goal["text"], "new_text": new_text, "reason": reason.strip(),
        })
        goal = repo.update(goal_id, {"text": new_text, "status": REVISED}, note=reason.strip())
    return goal


def revisions(store: Store, goal_id: str) -> list[Record]:
    return store.repo("goal_revision").find(BY_GOAL, [goal_id, goal_id], order_by="revised_on, created_at")


def revision_line(revision: Record) -> str:
    """'bijgesteld op 03-11-2026 omdat ...' in the coach's language."""
    reason = (revision.get("reason") or "").strip()
    if reason:
        reason = reason[0].lower() + reason[1:] if not reason[:2].isupper() else reason
    return msg("goal.revised_line", date=format_date(revision.get("revised_on")), reason=reason)


def delete_goal(store: Store, goal_id: str) -> None:
    """Tombstone a goal and its actions (history keeps them)."""
    with store.transaction():
        for act in store.repo("action").find(BY_GOAL, [goal_id, goal_id]):
            store.repo("action").delete(act["id"])
        store.repo("goal").delete(goal_id)


def add_action(store: Store, goal_id: str, values: dict[str, Any]) -> Record:
    goal = store.repo("goal").get(goal_id)
    if goal is None:
        from ..domain.messages import UserError

        raise UserError("val.not_found", entity="doel", id=goal_id)
    data = {**values, "goal_id": goal_id, "participant_id": goal["participant_id"]}
    return store.repo("action").insert(data)


def set_action_done(store: Store, action_id: str, done: bool, *, on: date | str | None = None) -> Record:
    """Mark an action done (today, unless given) or not done."""
    changes: dict[str, Any] = {"done": done, "done_on": _iso(on) if done else None}
    return store.repo("action").update(action_id, changes)

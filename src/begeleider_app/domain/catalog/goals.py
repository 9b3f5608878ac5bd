"""Messages of goals (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "goal.reason_required": ("Geef een reden voor de bijstelling.", "Give a reason for the revision."),
    "goal.text_unchanged": (
        "De nieuwe tekst is gelijk aan de oude; pas het doel aan of kies Annuleren.",
        "The new text equals the old one; change the goal or choose Cancel.",
    ),
    "goal.revised_line": ("bijgesteld op {date} omdat {reason}", "revised on {date} because {reason}"),
}

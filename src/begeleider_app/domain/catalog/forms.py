"""Messages of form rules, first-start details and status suggestions (Dutch, English),
collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # a period whose end lies before its start (domain.validation.PERIODS)
    "val.period_order": (
        "{until} ({until_value}) ligt vóór {start} ({start_value}). Vul een eind in dat op of "
        "na het begin ligt.",
        "{until} ({until_value}) lies before {start} ({start_value}). Fill in an end on or "
        "after the start.",
    ),
    # suggested status changes (services.status_rules)
    "status.suggest_placed": (
        "De plaatsing ({kind}) bij {organisation} is begonnen op {date}.",
        "The placement ({kind}) at {organisation} started on {date}.",
    ),
    "status.suggest_aftercare": (
        "De plaatsing ({kind}) bij {organisation} is begonnen op {date} en het nazorgplan is "
        "vastgelegd.",
        "The placement ({kind}) at {organisation} started on {date} and the aftercare plan "
        "is recorded.",
    ),
}

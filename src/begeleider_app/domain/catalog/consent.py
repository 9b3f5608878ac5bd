"""Messages of consent (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "consent.withdrawn": ("Deze toestemming is ingetrokken op {date}.",
                          "This consent was withdrawn on {date}."),
    "consent.bad_dates": ("De einddatum ligt vóór de datum waarop de toestemming is gegeven.",
                          "The end date lies before the date the consent was given."),
    "consent.no_topics": ("Kies minstens één onderwerp.", "Choose at least one topic."),
    "consent.not_found": ("Deze toestemming bestaat niet (meer).",
                          "This consent does not exist (any more)."),
}

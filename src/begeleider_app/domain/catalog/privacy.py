"""Messages of privacy (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "privacy.not_found": (
        "Deelnemer {id} bestaat niet (of is al gewist).",
        "Participant {id} does not exist (or was already erased).",
    ),
    "privacy.confirm": (
        "Wissen is niet bevestigd; er is niets gewist.",
        "Erasure was not confirmed; nothing was erased.",
    ),
    "privacy.note_required": (
        "Geef bij een correctie een korte toelichting (bijvoorbeeld 'op verzoek van de deelnemer').",
        "Give a short note with a correction (for example 'at the participant's request').",
    ),
    "privacy.exported": (
        "Inzage-export geschreven: {json} en {pdf}",
        "Access export written: {json} and {pdf}",
    ),
    "privacy.erased": (
        "Deelnemer gewist ({rows} records). Andere apparaten wissen mee bij de volgende synchronisatie.",
        "Participant erased ({rows} records). Other devices erase too at their next sync.",
    ),
}

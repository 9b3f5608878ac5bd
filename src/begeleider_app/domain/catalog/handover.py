"""Messages of handover (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "handover.no_consent": (
        "Er is geen geldige toestemming om gegevens van deze deelnemer met {recipient} te delen. "
        "Leg eerst toestemming vast (Deelnemer > Toestemmingen); er is niets geschreven.",
        "There is no valid consent to share this participant's data with {recipient}. Record "
        "consent first (Participant > Consents); nothing was written.",
    ),
    "handover.section_refused": (
        "Het onderdeel '{section}' valt niet onder de toestemming voor {recipient}.",
        "The section '{section}' is not covered by the consent for {recipient}.",
    ),
    "handover.no_recipient": (
        "Er is geen ontvanger: deze deelnemer heeft geen werkgever bij een plaatsing. "
        "Kies een ontvanger.",
        "There is no recipient: this participant has no employer at a placement. Choose one.",
    ),
    "handover.unknown_section": ("Onbekend onderdeel '{section}'. Kies uit: {known}.",
                                 "Unknown section '{section}'. Choose from: {known}."),
    "handover.participant_missing": ("Deelnemer {id} bestaat niet.", "Participant {id} does not exist."),
    "handover.write_failed": (
        "Het bestand {path} kon niet worden geschreven ({detail}). Is het geopend in een ander "
        "programma, of is de schijf vol? Er is niets verloren: probeer het opnieuw of kies een "
        "andere naam.",
        "The file {path} could not be written ({detail}). Is it open in another program, or is "
        "the disk full? Nothing was lost: try again or choose another name.",
    ),
    "handover.done": ("Geschreven: {path} ({pages} pagina's, {seconds:.2f} s)",
                      "Written: {path} ({pages} pages, {seconds:.2f} s)"),
}

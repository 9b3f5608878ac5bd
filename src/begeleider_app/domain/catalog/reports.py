"""Messages of the referrer reports, the participant's plan and the plain-language check."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "plain.long_sentence": (
        "Lange zin ({words} woorden): maak er twee korte zinnen van (taalniveau B1: hooguit "
        "{max} woorden).",
        "Long sentence ({words} words): make it two short sentences (plain Dutch B1: at most "
        "{max} words).",
    ),
    "plain.rare_word": ("‘{word}’ is geen alledaags woord. Kan het eenvoudiger?",
                        "‘{word}’ is not an everyday word. Can it be simpler?"),
    "plain.long_word": ("‘{word}’ is een lang woord. Kan het korter, of in twee woorden?",
                        "‘{word}’ is a long word. Can it be shorter, or two words?"),
    "plain.formal_word": ("Schrijf liever ‘{plain}’ dan ‘{word}’.",
                          "Prefer ‘{plain}’ to ‘{word}’."),
    "plain.more": ("En nog {count} tip(s).", "And {count} more tip(s)."),
    "report.unknown_kind": ("Onbekende soort rapportage '{kind}'. Kies uit: {known}.",
                            "Unknown kind of report '{kind}'. Choose from: {known}."),
    "report.unknown_section": ("Onbekend onderdeel '{section}'. Kies uit: {known}.",
                               "Unknown section '{section}'. Choose from: {known}."),
    "report.section_refused": ("Het onderdeel '{section}' kan niet mee: {reason}",
                               "The section '{section}' cannot be included: {reason}"),
    "report.refused_health": (
        "medische gegevens gaan nooit naar een verwijzer (UWV: 'stuur geen medische "
        "informatie mee').",
        "medical information never goes to a referrer (UWV: 'do not send medical "
        "information').",
    ),
    "report.refused_consent": (
        "{first} gaf {recipient} geen geldige toestemming voor '{topic}'. Leg die vast bij "
        "Deelnemer > Toestemmingen, met als soort ontvanger 'verwijzer'.",
        "{first} gave {recipient} no valid consent for '{topic}'. Record it under "
        "Participant > Consents, with 'referrer' as the kind of recipient.",
    ),
    "report.no_recipient": (
        "Er is geen verwijzer bekend voor deze deelnemer. Geef een ontvanger op (--recipient) "
        "of leg bij de deelnemer vast wie verwees (gemeente, UWV).",
        "No referrer is known for this participant. Give a recipient (--recipient) or record "
        "who referred the participant (municipality, UWV).",
    ),
    "report.bad_format": ("Onbekend bestandsformaat '{format}'. Kies pdf of docx.",
                          "Unknown file format '{format}'. Choose pdf or docx."),
    "report.done_docx": ("Geschreven: {path} (Word-document, {seconds:.2f} s)",
                         "Written: {path} (Word document, {seconds:.2f} s)"),
}

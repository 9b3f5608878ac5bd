"""Messages of aftercare (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "weight.phase": ("fase {phase}", "phase {phase}"),
    "weight.signals": ("signalen: {signals}", "signals: {signals}"),
    "weight.overdue": ("{n} contactmoment(en) te laat", "{n} contact moment(s) overdue"),
    "weight.hours": ("{hours} uur in 3 maanden", "{hours} hours in 3 months"),
    "aftercare.bad_template": ("Regel {n} van het nazorgsjabloon: {detail}",
                               "Line {n} of the aftercare template: {detail}"),
    "aftercare.empty_template": ("Het nazorgsjabloon is leeg.", "The aftercare template is empty."),
    "aftercare.closing_needs_evaluation": (
        "Schrijf de evaluatie van het eindgesprek op.",
        "Write down the evaluation of the closing conversation.",
    ),
    "aftercare.closing_needs_help_later": (
        "Schrijf op waar de deelnemer later terecht kan voor hulp.",
        "Write down where the participant can go for help later.",
    ),
    "aftercare.no_start": (
        "Er is geen begindatum van de plaatsing; vul die eerst in.",
        "The placement has no start date; fill it in first.",
    ),
}

"""Messages of the journal, the hours and the hours log (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "journal.follow_up_needs_goal": (
        "Koppel eerst een doel aan deze journaalregel: de vervolgactie wordt een actie bij dat doel.",
        "Link a goal to this journal entry first: the follow-up becomes an action under that goal.",
    ),
    "journal.no_entry": ("Deze journaalregel bestaat niet meer.", "This journal entry no longer exists."),
    "journal.no_participant": ("Deze deelnemer bestaat niet.", "This participant does not exist."),
    "hours.bad_period": (
        "De periode klopt niet: {start} ligt na {end}.",
        "The period is wrong: {start} is after {end}.",
    ),
    "hours.budget_warning": (
        "Let op: {spent} van {granted} uur gebruikt ({percent}%) van het budget {period}.",
        "Note: {spent} of {granted} hours used ({percent}%) of the budget {period}.",
    ),
    "hours.budget_over": (
        "Budget overschreden: {spent} van {granted} uur gebruikt van het budget {period}.",
        "Budget exceeded: {spent} of {granted} hours used of the budget {period}.",
    ),
    "hours.budget_ok": (
        "{spent} van {granted} uur gebruikt van het budget {period}.",
        "{spent} of {granted} hours used of the budget {period}.",
    ),
    "hours.budget_line": (
        "{by} {period}: {granted} uur toegekend, {spent} uur gebruikt ({percent}%)",
        "{by} {period}: {granted} hours granted, {spent} hours used ({percent}%)",
    ),
    "hours.export_done": ("Urenverantwoording opgeslagen: {path}", "Hours log saved: {path}"),
    "hours.report_title": ("Urenverantwoording jobcoaching", "Hours log job coaching"),
    "hours.report_total": ("Totaal", "Total"),
    "hours.report_month_total": ("Totaal {month}", "Total {month}"),
    "hours.report_period": ("Periode", "Period"),
    "hours.report_participant": ("Deelnemer", "Participant"),
    "hours.report_coach": ("Begeleider", "Coach"),
    "hours.report_budget": ("Toegekend", "Granted"),
    "hours.col_date": ("Datum", "Date"),
    "hours.col_activity": ("Activiteit", "Activity"),
    "hours.col_with": ("Met wie", "With whom"),
    "hours.col_minutes": ("Minuten", "Minutes"),
    "hours.col_goals": ("Doelen", "Goals"),
    "hours.col_notes": ("Verslag", "Notes"),
    "hours.health_left_out": (
        "(gezondheidsinformatie, niet opgenomen)", "(health information, left out)"),
    "hours.aftercare_moment": ("Nazorgcontact", "Aftercare contact"),
    "hours.no_private": (
        "Zonder verslagtekst: alleen datum, activiteit, met wie en tijd.",
        "Without notes: only date, activity, with whom and time.",
    ),
}

"""Messages of the network: sociale kaart, referrals, buddies, groups (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "network.service_missing": ("(dienst niet gevonden)", "(service not found)"),
    "network.service_missing_error": (
        "Die dienst staat niet (meer) op de sociale kaart.",
        "That service is not (or no longer) on the local map.",
    ),
    "network.service_deleted_suffix": ("(verwijderd van de sociale kaart)",
                                       "(removed from the local map)"),
    "network.session_missing": ("Die groepsbijeenkomst bestaat niet (meer).",
                                "That group session does not exist (any more)."),
    "network.bad_stale_days": ("Kies een aantal dagen tussen 1 en 365.",
                               "Choose a number of days between 1 and 365."),
    "network.since": ("sinds {date}", "since {date}"),
    "network.until": ("tot {date}", "until {date}"),
    # the network map
    "network.map_coach": ("Begeleider", "Coach"),
    "network.map_coach_detail": ("trajectbegeleider", "job coach"),
    "network.map_buddies": ("Buddy en maatje", "Buddy"),
    "network.map_work": ("Werk en leerwerkplek", "Work and placement"),
    "network.map_contacts": ("Andere contacten", "Other contacts"),
    "network.map_groups": ("Groepen", "Groups"),
    "network.map_sessions": ("{count} keer, laatst {date}", "{count} times, last {date}"),
    # CSV import and export of the sociale kaart
    "network.csv_line": ("Regel {line}: {message}", "Line {line}: {message}"),
    "network.csv_summary": (
        "{added} diensten toegevoegd uit {rows} regels; {bad} regels niet ingelezen; "
        "{unchanged} stonden er al precies zo op.",
        "{added} services added from {rows} rows; {bad} rows not read; "
        "{unchanged} were already there as they are.",
    ),
    "network.csv_empty": ("Het bestand is leeg.", "The file is empty."),
    "network.csv_no_name_column": (
        "Het bestand heeft geen kolom '{label}' in de eerste regel (gevonden: {found}).",
        "The file has no column '{label}' in its first line (found: {found}).",
    ),
    "network.csv_unreadable": ("Het bestand is geen leesbaar CSV-bestand ({detail}).",
                               "The file is not a readable CSV file ({detail})."),
    "network.csv_extra_cells": ("{count} cellen meer dan er kolommen zijn.",
                                "{count} cells more than there are columns."),
    "network.csv_bad_kind": ("Soort '{value}' is onbekend; kies uit: {choices}.",
                             "Kind '{value}' is unknown; choose from: {choices}."),
    "network.csv_contact_without_name": (
        "Contactpersoon: de naam ontbreekt bij telefoon of e-mail.",
        "Contact person: the name is missing beside the phone or e-mail.",
    ),
    "network.csv_contact_problem": ("Contactpersoon: {detail}", "Contact person: {detail}"),
    "network.csv_duplicate_in_file": (
        "Dubbel: dezelfde dienst (naam en regio) staat al op regel {line}.",
        "Duplicate: the same service (name and region) is already on line {line}.",
    ),
    "network.csv_duplicate_stored": (
        "'{name}' staat al op de sociale kaart, met andere gegevens; niet overschreven.",
        "'{name}' is already on the local map with other details; not overwritten.",
    ),
    "network.import_done": ("{summary} ({path})", "{summary} ({path})"),
    "network.export_done": ("{count} diensten geschreven naar {path}",
                            "{count} services written to {path}"),
}

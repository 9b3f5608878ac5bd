"""Messages of the outcome figures, the caseload import and export, and the agenda export
(Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "import.unknown_kind": (
        "{path} is geen Excel- (.xlsx) of csv-bestand.",
        "{path} is not an Excel (.xlsx) or csv file.",
    ),
    "import.unreadable": (
        "{path} kon niet worden gelezen. Is het een Excel- (.xlsx) of csv-bestand, en is het "
        "niet geopend in een ander programma?",
        "{path} could not be read. Is it an Excel (.xlsx) or csv file, and not open in "
        "another program?",
    ),
    "import.empty": ("{path} bevat geen gegevens.", "{path} holds no data."),
    "import.unknown_field": ("'{field}' is geen veld dat geïmporteerd kan worden.",
                             "'{field}' is not a field that can be imported."),
    "import.no_column": ("De kolom '{column}' staat niet in het bestand.",
                         "The column '{column}' is not in the file."),
    "import.needs_column": ("Kies de kolom voor {label}.", "Choose the column for {label}."),
    "import.bad_mapping_file": (
        "{path} is geen geldig koppelbestand. Verwacht: {{\"columns\": {{\"first_name\": "
        "\"Voornaam\", ...}}}}.",
        "{path} is not a valid mapping file. Expected: {{\"columns\": {{\"first_name\": "
        "\"Voornaam\", ...}}}}.",
    ),
    "import.no_file": ("Geef het bestand om te importeren (of \"file\" in het koppelbestand).",
                       "Give the file to import (or \"file\" in the mapping file)."),
    "import.bad_date": ("{label}: '{value}' is geen datum (schrijf dag-maand-jaar, bijvoorbeeld "
                        "03-02-1990)",
                        "{label}: '{value}' is not a date (write day-month-year, e.g. 03-02-1990)"),
    "import.bad_choice": ("{label}: '{value}' is onbekend (kies uit: {allowed})",
                          "{label}: '{value}' is unknown (choose from: {allowed})"),
    "import.duplicate": ("dubbel: dezelfde voornaam, achternaam en geboortedatum als rij {row}",
                         "duplicate: same first name, last name and birth date as row {row}"),
    "import.row": ("Rij {row}: {problems}", "Row {row}: {problems}"),
    "import.summary": (
        "{imported} deelnemers geïmporteerd, {present} stonden er al in, {bad} rijen geweigerd.",
        "{imported} participants imported, {present} were already there, {bad} rows refused.",
    ),
    "import.has_errors": (
        "{bad} rijen moeten nog worden verbeterd; er is niets geïmporteerd. Verbeter die rijen, "
        "of importeer alleen de goede rijen.",
        "{bad} rows need fixing; nothing was imported. Fix those rows, or import the good "
        "rows only.",
    ),
    "export.private_columns": (
        "Let op: deze kolommen zijn privé: {columns}. Deel het bestand alleen binnen het team.",
        "Note: these columns are private: {columns}. Share the file only within the team.",
    ),
    "export.unknown_column": ("'{column}' is geen kolom van de caseload.",
                              "'{column}' is not a caseload column."),
    "export.no_columns": ("Kies minstens één kolom.", "Choose at least one column."),
    "export.caseload_done": ("{rows} deelnemers geschreven naar {path}.",
                             "{rows} participants written to {path}."),
    "export.outcomes_done": ("Resultaten geschreven naar {path}.",
                             "Outcome figures written to {path}."),
    "export.calendar_done": ("{events} afspraken geschreven naar {path}.",
                             "{events} appointments written to {path}."),
    "outcomes.bad_period": ("De periode klopt niet: de begindatum ligt na de einddatum.",
                            "The period is wrong: the start date is after the end date."),
    "outcomes.no_coach": ("Geef de naam van de begeleider (--coach).",
                          "Give the coach's name (--coach)."),
}

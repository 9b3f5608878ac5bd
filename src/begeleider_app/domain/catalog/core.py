"""Messages of opening files, backups, validation and the CLI (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # opening a database
    "db.zero_bytes": (
        "Het bestand {path} is leeg (0 bytes). Dit is geen Begeleider-database; het is niet gewijzigd.",
        "The file {path} is empty (0 bytes). It is not a Begeleider database; it was not changed.",
    ),
    "db.not_sqlite": (
        "Het bestand {path} is geen SQLite-database. Het is niet gewijzigd.",
        "The file {path} is not an SQLite database. It was not changed.",
    ),
    "db.corrupt": (
        "De database {path} is beschadigd ({detail}). Het bestand is niet gewijzigd; zet een back-up terug.",
        "The database {path} is damaged ({detail}). The file was not changed; restore a backup.",
    ),
    "db.damaged_in_use": (
        "De controle na het openen vond een beschadiging in de database {path} ({detail}). Werk "
        "niet verder in dit bestand: zet een back-up terug of vraag IT om hulp. Bij de volgende "
        "start wordt het bestand eerst gecontroleerd en niet geopend.",
        "The check after opening found damage in the database {path} ({detail}). Do not go on "
        "working in this file: restore a backup or ask IT for help. At the next start the file is "
        "checked first and not opened.",
    ),
    "db.unreadable": (
        "Het bestand {path} kan niet worden gelezen ({detail}).",
        "The file {path} cannot be read ({detail}).",
    ),
    "db.locked": (
        "De database {path} is in gebruik door een ander programma. Sluit dat eerst en probeer het opnieuw.",
        "The database {path} is in use by another program. Close it first and try again.",
    ),
    "db.newer_schema": (
        "De database {path} is gemaakt met een nieuwere versie van Begeleider (schemaversie {found}, "
        "deze versie kent {known}). Werk het programma bij; het bestand is niet gewijzigd.",
        "The database {path} was made by a newer version of Begeleider (schema version {found}, this "
        "version knows {known}). Update the program; the file was not changed.",
    ),
    "db.network_path": (
        "{path} staat in een netwerk- of cloudmap ({detail}). Een werkdatabase daar raakt beschadigd. "
        "Bewaar de database op de eigen schijf en gebruik Synchroniseren om met het team te delen.",
        "{path} is in a network or cloud-synced folder ({detail}). A working database there gets "
        "damaged. Keep the database on the local disk and use Sync to share with the team.",
    ),
    "db.missing": (
        "Het bestand {path} bestaat niet.",
        "The file {path} does not exist.",
    ),
    "db.is_directory": (
        "{path} is een map, geen databasebestand.",
        "{path} is a folder, not a database file.",
    ),
    "db.ok": ("De database {path} is in orde.", "The database {path} is healthy."),
    # backups
    "backup.done": ("Back-up gemaakt: {path}", "Backup written: {path}"),
    "backup.bad": (
        "De back-up {path} is niet bruikbaar ({detail}); er is niets teruggezet.",
        "The backup {path} is not usable ({detail}); nothing was restored.",
    ),
    # validation
    "val.required": ("{label} is verplicht.", "{label} is required."),
    "val.too_long": (
        "{label} is te lang ({length} tekens, maximaal {max}).",
        "{label} is too long ({length} characters, at most {max}).",
    ),
    "val.bad_date": (
        "{label}: '{value}' is geen bestaande datum. Schrijf dag-maand-jaar, bijvoorbeeld 28-02-2026.",
        "{label}: '{value}' is not a valid date. Write day-month-year, e.g. 28-02-2026.",
    ),
    "val.date_in_future": (
        "{label}: {value} ligt in de toekomst.",
        "{label}: {value} lies in the future.",
    ),
    "val.bad_int": (
        "{label}: '{value}' is geen heel getal.",
        "{label}: '{value}' is not a whole number.",
    ),
    "val.bad_email": (
        "{label}: '{value}' is geen e-mailadres. Schrijf bijvoorbeeld naam@organisatie.nl.",
        "{label}: '{value}' is not an e-mail address. Write e.g. name@organisation.org.",
    ),
    "val.out_of_range": (
        "{label}: {value} ligt niet tussen {min} en {max}.",
        "{label}: {value} is not between {min} and {max}.",
    ),
    "val.bad_choice": (
        "{label}: '{value}' is geen geldige keuze.",
        "{label}: '{value}' is not a valid choice.",
    ),
    "val.unknown_field": ("Onbekend veld: {name}", "Unknown field: {name}"),
    "val.not_found": (
        "Dit gegeven bestaat niet (meer): {entity} {id}.",
        "This record does not exist (any more): {entity} {id}.",
    ),
    # CLI
    "cli.demo_done": (
        "Demo-caseload met {n} deelnemers geschreven naar {path} ({seconds:.1f} s, {size} bytes).",
        "Demo caseload of {n} participants written to {path} ({seconds:.1f} s, {size} bytes).",
    ),
    "cli.demo_not_empty": (
        "{path} bevat al deelnemers; kies een nieuw bestand voor de demo.",
        "{path} already holds participants; choose a new file for the demo.",
    ),
    # running work from the window or the command line (services/errors.py)
    "ops.busy": (
        "De database is even bezet door een andere bewerking (bijvoorbeeld synchroniseren). "
        "Er is niets verloren; probeer het zo opnieuw.",
        "The database is busy with another task for a moment (for example a sync). Nothing "
        "was lost; try again shortly.",
    ),
    "ops.os_error": (
        "Het bestand of de map {path} kon niet worden gebruikt ({detail}).",
        "The file or folder {path} could not be used ({detail}).",
    ),
    "ops.os_error_nopath": (
        "Een bestand of map kon niet worden gebruikt ({detail}).",
        "A file or folder could not be used ({detail}).",
    ),
    "ops.db_error": (
        "De database gaf een fout ({detail}). Er is niets half opgeslagen; probeer het opnieuw "
        "of maak een back-up en vraag IT om hulp.",
        "The database reported an error ({detail}). Nothing was half saved; try again, or make "
        "a backup and ask IT for help.",
    ),
    "ops.unexpected": (
        "Er ging iets onverwachts mis ({kind}). Wat u typte is bewaard; de details staan in "
        "het logbestand.",
        "Something unexpected went wrong ({kind}). What you typed has been kept; the details "
        "are in the log file.",
    ),
    "ops.already_running": (
        "{running} loopt nog. Wacht tot dat klaar is en probeer het dan opnieuw.",
        "{running} is still running. Wait until it has finished and try again.",
    ),
}

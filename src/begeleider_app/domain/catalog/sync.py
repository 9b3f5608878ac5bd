"""Messages of sync (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "sync.no_share": (
        "Er is geen gedeelde map gekozen. Kies eerst een gedeelde map voor het team.",
        "No shared folder has been chosen. Choose the team's shared folder first.",
    ),
    "sync.unreachable": (
        "De gedeelde map {path} is niet bereikbaar ({detail}). U kunt gewoon offline verder "
        "werken; synchroniseer later opnieuw.",
        "The shared folder {path} cannot be reached ({detail}). You can keep working offline; "
        "sync again later.",
    ),
    "sync.no_folder": ("de map bestaat niet", "no such folder"),
    "sync.busy": (
        "Het bestand {path} op de gedeelde map wordt vastgehouden door een ander programma "
        "(bijvoorbeeld OneDrive of de virusscanner) ({detail}). Probeer het over een minuut opnieuw.",
        "The file {path} on the shared folder is held by another program (for example OneDrive or "
        "a virus scanner) ({detail}). Try again in a minute.",
    ),
    "sync.db_in_share": (
        "De werkdatabase {path} staat in de gedeelde map. Daar raakt hij beschadigd: bewaar de "
        "database op de eigen schijf; synchroniseren deelt hem veilig met het team.",
        "The working database {path} is inside the shared folder, where it gets damaged. Keep "
        "the database on the local disk; sync shares it safely with the team.",
    ),
    "sync.verify_failed": (
        "De kopie om te delen is niet in orde ({detail}); er is niets gepubliceerd.",
        "The copy to share is not sound ({detail}); nothing was published.",
    ),
    "sync.skip_manifest": (
        "Overgeslagen: de beschrijving van {who} ({path}) is onleesbaar ({detail}).",
        "Skipped: the manifest of {who} ({path}) cannot be read ({detail}).",
    ),
    "sync.skip_newer": (
        "Niet ingelezen: {who} gebruikt een nieuwere versie van Begeleider (schemaversie {found}, "
        "deze versie kent {known}). Werk Begeleider bij om de gegevens van {who} te ontvangen.",
        "Not imported: {who} uses a newer version of Begeleider (schema version {found}, this "
        "version knows {known}). Update Begeleider to receive {who}'s records.",
    ),
    "sync.skip_stale": (
        "Overgeslagen: de beschrijving van {who} (nummer {seq}) is ouder dan wat al is ingelezen "
        "(nummer {known}).",
        "Skipped: the manifest of {who} (number {seq}) is older than what was already merged "
        "(number {known}).",
    ),
    "sync.skip_incomplete": (
        "Overgeslagen: het bestand {path} van {who} is onvolledig ({detail}); waarschijnlijk is "
        "het nog onderweg. De eigen database is niet gewijzigd.",
        "Skipped: the file {path} of {who} is incomplete ({detail}); it is probably still being "
        "copied. The local database was not changed.",
    ),
    "sync.skip_missing": (
        "Overgeslagen: het bestand {path} van {who} ontbreekt (verwijderd of nog niet gekopieerd). "
        "Er is om een vervanging gevraagd; een volgende synchronisatie haalt de gegevens op.",
        "Skipped: the file {path} of {who} is missing (removed, or not copied yet). A "
        "replacement has been asked for; a later sync gets the records.",
    ),
    "sync.skip_checksum": (
        "Overgeslagen: het bestand {path} van {who} klopt niet met zijn controlegetal. De eigen "
        "database is niet gewijzigd.",
        "Skipped: the file {path} of {who} does not match its checksum. The local database was "
        "not changed.",
    ),
    "sync.skip_bad": (
        "Overgeslagen: het bestand {path} van {who} is niet bruikbaar ({detail}). De eigen "
        "database is niet gewijzigd; {who} hoeft niets te doen, een volgende synchronisatie haalt "
        "de gegevens op een andere manier op.",
        "Skipped: the file {path} of {who} is not usable ({detail}). The local database was not "
        "changed; {who} need not do anything, a later sync gets the records another way.",
    ),
    "sync.skip_vanished": (
        "Overgeslagen: de gecontroleerde kopie van {path} van {who} was niet meer dezelfde bij "
        "het inlezen ({detail}). De eigen database is niet gewijzigd.",
        "Skipped: the checked copy of {path} of {who} was no longer the same when merging "
        "({detail}). The local database was not changed.",
    ),
    "sync.why_missing": ("het bestand is er niet meer", "the file is gone"),
    "sync.why_unreadable": ("niet te lezen: {detail}", "cannot be read: {detail}"),
    "sync.why_size": ("{detail}", "{detail}"),
    "sync.why_checksum": ("ander controlegetal", "other checksum"),
    "sync.n_of_bytes": ("{found} van {size} bytes", "{found} of {size} bytes"),
    "sync.short_write": (
        "{path}: {written} van {size} bytes geschreven",
        "{path}: {written} of {size} bytes written",
    ),
    "sync.gap": (
        "Van {who} ontbreken bestanden die nog niet zijn ingelezen (verwijderd of beschadigd). "
        "Er is om een nieuwe momentopname gevraagd; een volgende synchronisatie haalt de gegevens op.",
        "Files of {who} that were not merged yet are missing (removed or damaged). A new "
        "snapshot has been asked for; a later sync gets the records.",
    ),
    "sync.no_manifest": (
        "In de map {path} staan gegevensbestanden maar geen beschrijving (manifest.json): ze "
        "worden nog gekopieerd of de map is beschadigd. Overgeslagen.",
        "The folder {path} holds data files but no manifest (manifest.json): they are still being "
        "copied, or the folder is damaged. Skipped.",
    ),
    "sync.manifest_other_device": (
        "beschrijft apparaat {found}", "describes device {found}",
    ),
    "sync.other_team": (
        "Geweigerd: de map {path} ({who}) hoort bij een ander team of een andere database. Er is "
        "niets uit ingelezen. Hoort die map niet in deze gedeelde map, laat hem dan door de "
        "beheerder verwijderen.",
        "Refused: the folder {path} ({who}) belongs to another team or another database. Nothing "
        "was merged from it. If it does not belong in this shared folder, ask IT to remove it.",
    ),
    "sync.already_running": (
        "Er loopt al een synchronisatie van deze installatie. Wacht tot die klaar is.",
        "This installation is already synchronising. Wait until that sync has finished.",
    ),
    "sync.cli_conflict": (
        "  - {initials}: {entity}, veld '{field}' ({versions} versies)",
        "  - {initials}: {entity}, field '{field}' ({versions} versions)",
    ),
    "sync.cli_no_participant": ("organisatie", "organisation"),
    "sync.conflicted_copy": (
        "Conflictkopie van de synchronisatiedienst gevonden: {name} ({what}).",
        "Conflicted copy made by the sync service found: {name} ({what}).",
    ),
    "sync.copy_merged": ("ingelezen", "merged"),
    "sync.copy_invalid": ("niet bruikbaar, overgeslagen", "not usable, skipped"),
    "sync.copy_ignored": ("niet nodig, genegeerd", "not needed, ignored"),
    "sync.rekeyed": (
        "Deze installatie deelde haar apparaat-id met een andere kopie; ze heeft een nieuw id "
        "gekregen ({new}). Er gaat niets verloren.",
        "This installation shared its device id with another copy; it got a new id ({new}). "
        "Nothing is lost.",
    ),
    "sync.summary_head": (
        "Gesynchroniseerd met {share}.",
        "Synchronised with {share}.",
    ),
    "sync.summary_published": (
        "Gepubliceerd: publicatie {seq} ({size} bytes).",
        "Published: publication {seq} ({size} bytes).",
    ),
    "sync.summary_not_published": (
        "Niet gepubliceerd: {reason}",
        "Not published: {reason}",
    ),
    "sync.summary_peer": ("Van {who}: {changes}, {conflicts}.", "From {who}: {changes}, {conflicts}."),
    "sync.summary_nothing": (
        "Geen nieuwe gegevens van collega's.",
        "No new records from colleagues.",
    ),
    "sync.summary_total": (
        "Totaal: {changes} ingelezen; open conflicten: {conflicts}.",
        "Total: {changes} imported; open conflicts: {conflicts}.",
    ),
    "sync.n_changes_1": ("1 wijziging", "1 change"),
    "sync.n_changes": ("{n} wijzigingen", "{n} changes"),
    "sync.n_conflicts_1": ("1 nieuw conflict", "1 new conflict"),
    "sync.n_conflicts": ("{n} nieuwe conflicten", "{n} new conflicts"),
    "sync.summary_conflict": (
        "Conflict: {entity} {row} veld '{field}': {values}",
        "Conflict: {entity} {row} field '{field}': {values}",
    ),
    "sync.warning": ("Waarschuwing: {text}", "Warning: {text}"),
    "sync.unknown_coach": ("onbekende collega", "unknown colleague"),
    "sync.deleted_value": ("verwijderd", "deleted"),
    "sync.kept_value": ("bewaard", "kept"),
}

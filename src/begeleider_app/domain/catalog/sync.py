"""Messages of sync (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "sync.no_share": (
        "Er is geen gedeelde map gekozen. Kies eerst een gedeelde map voor het team.",
        "No shared folder has been chosen. Choose the team's shared folder first.",
    ),
    "sync.unreachable": (
        "De gedeelde map {path} is niet bereikbaar ({detail}). Je kunt gewoon offline verder "
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
        "Overgeslagen: de beschrijving van {who} is onleesbaar ({detail}).",
        "Skipped: the manifest of {who} cannot be read ({detail}).",
    ),
    "sync.skip_newer": (
        "Niet ingelezen: {who} gebruikt een nieuwere versie van Begeleider (schemaversie {found}, "
        "deze versie kent {known}). Werk Begeleider bij om de gegevens van {who} te ontvangen.",
        "Not imported: {who} uses a newer version of Begeleider (schema version {found}, this "
        "version knows {known}). Update Begeleider to receive {who}'s records.",
    ),
    "sync.skip_stale": (
        "Overgeslagen: de momentopname van {who} (nummer {seq}) is ouder dan wat al is ingelezen "
        "(nummer {known}).",
        "Skipped: the snapshot of {who} (number {seq}) is older than one already imported "
        "(number {known}).",
    ),
    "sync.skip_incomplete": (
        "Overgeslagen: de momentopname van {who} is onvolledig ({detail}); waarschijnlijk is hij "
        "nog onderweg. De eigen database is niet gewijzigd.",
        "Skipped: the snapshot of {who} is incomplete ({detail}); it is probably still being "
        "copied. The local database was not changed.",
    ),
    "sync.skip_checksum": (
        "Overgeslagen: de momentopname van {who} klopt niet met zijn controlegetal. De eigen "
        "database is niet gewijzigd.",
        "Skipped: the snapshot of {who} does not match its checksum. The local database was not "
        "changed.",
    ),
    "sync.skip_bad": (
        "Overgeslagen: de momentopname van {who} is niet bruikbaar ({detail}). De eigen database "
        "is niet gewijzigd.",
        "Skipped: the snapshot of {who} is not usable ({detail}). The local database was not changed.",
    ),
    "sync.conflicted_copy": (
        "Conflictkopie van de synchronisatiedienst gevonden: {name} ({what}).",
        "Conflicted copy made by the sync service found: {name} ({what}).",
    ),
    "sync.copy_merged": ("ingelezen", "merged"),
    "sync.copy_invalid": ("niet bruikbaar, overgeslagen", "not usable, skipped"),
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
        "Gepubliceerd: momentopname {seq} ({size} bytes).",
        "Published: snapshot {seq} ({size} bytes).",
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

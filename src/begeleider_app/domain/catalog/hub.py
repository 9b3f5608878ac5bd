"""Messages of the organisation hub (PostgreSQL), Dutch and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "hub.offline": (
        "De hub {hub} is nu niet bereikbaar. U werkt gewoon offline verder; Begeleider "
        "synchroniseert de volgende keer.",
        "The hub {hub} cannot be reached now. You keep working offline; Begeleider syncs next "
        "time.",
    ),
    "hub.refused": (
        "De hub {hub} geeft deze laptop geen toegang (meer). Misschien is hij ingetrokken of is "
        "het wachtwoord veranderd: neem contact op met IT. Uw gegevens op deze laptop blijven "
        "bewaard.",
        "The hub {hub} does not (or no longer) admit this laptop. It may have been revoked, or "
        "its password changed: contact IT. Your data on this laptop is kept.",
    ),
    "hub.no_database": (
        "Op de server {hub} bestaat de opgegeven database niet. Controleer de hubinstelling of "
        "vraag IT.",
        "The database given for {hub} does not exist on that server. Check the hub setting or "
        "ask IT.",
    ),
    "hub.needs_tls": (
        "De hub {host} staat op een andere computer; daarheen gaat alleen een versleutelde "
        "verbinding (sslmode=require of strenger), niet sslmode={mode}.",
        "The hub {host} is on another computer: only an encrypted connection may go there "
        "(sslmode=require or stricter), not sslmode={mode}.",
    ),
    "hub.bad_dsn": (
        "De hubinstelling is geen geldige verbindingstekst ({detail}).",
        "The hub setting is not a valid connection string ({detail}).",
    ),
    "hub.not_initialised": (
        "Deze PostgreSQL-database is nog geen Begeleider-hub. IT richt hem in met "
        "'begeleider hub init'.",
        "This PostgreSQL database is not a Begeleider hub yet. IT sets it up with "
        "'begeleider hub init'.",
    ),
    "hub.newer_schema": (
        "De hub is ingericht door een nieuwere versie van Begeleider. Werk het programma bij.",
        "The hub was set up by a newer version of Begeleider. Update the program.",
    ),
    "hub.bad_role": (
        "'{role}' is geen geldige naam voor een apparaat: kleine letters, cijfers en _, "
        "3 tot 63 tekens, beginnend met een letter.",
        "'{role}' is not a valid device name: lower-case letters, digits and _, 3 to 63 "
        "characters, starting with a letter.",
    ),
    "hub.role_exists": (
        "Er is al een apparaat '{role}' op de hub. Kies een andere naam.",
        "There already is a device '{role}' on the hub. Choose another name.",
    ),
    "hub.unknown_role": (
        "Er is geen apparaat '{role}' op de hub.",
        "There is no device '{role}' on the hub.",
    ),
    "hub.not_own_stream": (
        "De hub {hub} weigert: {device} is niet van deze laptop.",
        "The hub {hub} refuses: {device} does not belong to this laptop.",
    ),
    "hub.blob_exists": (
        "Op de hub {hub} staat al een ander bestand {name}; er is niets overschreven.",
        "The hub {hub} already holds another file {name}; nothing was overwritten.",
    ),
    "hub.needs_encryption": (
        "Synchroniseren via een hub kan alleen met een versleutelde database: de hub krijgt dan "
        "alleen versleutelde gegevens. Versleutel de database en stel het teamwachtwoord in.",
        "Syncing through a hub needs an encrypted database, so the hub only ever receives "
        "encrypted data. Encrypt the database and set the team passphrase.",
    ),
    "hub.init_done": (
        "Hub {hub} ingericht ({applied}).",
        "Hub {hub} set up ({applied}).",
    ),
    "hub.up_to_date": (
        "Hub {hub} is al bij.",
        "Hub {hub} is up to date.",
    ),
    "hub.device_added": (
        "Apparaat {role} toegevoegd aan team {team}. Geef de coach eenmalig dit wachtwoord "
        "(het staat nergens anders): {password}",
        "Device {role} added to team {team}. Give the coach this password once (it is stored "
        "nowhere else): {password}",
    ),
    "hub.device_revoked": (
        "Apparaat {role} ingetrokken: het kan niet meer inloggen ({ended} verbinding(en) "
        "beëindigd). Wat het publiceerde blijft voor het team (versleuteld).",
        "Device {role} revoked: it can no longer log in ({ended} connection(s) ended). What "
        "it published stays for the team (encrypted).",
    ),
    "hub.no_password": (
        "Geen wachtwoord voor de hub: geef --hub-password-env of stel het in bij Instellingen.",
        "No password for the hub: give --hub-password-env or set it in the settings.",
    ),
    "hub.state_active": ("actief", "active"),
    "hub.state_revoked": ("ingetrokken {on}", "revoked {on}"),
}

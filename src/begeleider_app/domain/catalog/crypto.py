"""Messages of crypto (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "crypto.unavailable": (
        "Versleuteling is niet beschikbaar: de module sqlcipher3 ontbreekt. Installeer "
        "'sqlcipher3-binary' (Linux) of 'sqlcipher3' (Windows, macOS).",
        "Encryption is not available: the sqlcipher3 module is missing. Install "
        "'sqlcipher3-binary' (Linux) or 'sqlcipher3' (Windows, macOS).",
    ),
    "db.needs_passphrase": (
        "Het bestand {path} is versleuteld, of het is geen SQLite-database. Is het een "
        "versleutelde Begeleider-database, geef dan het wachtwoord op. Het bestand is niet gewijzigd.",
        "The file {path} is encrypted, or it is not an SQLite database. If it is an encrypted "
        "Begeleider database, give the passphrase. The file was not changed.",
    ),
    "db.wrong_passphrase": (
        "Het wachtwoord voor {path} klopt niet (of het bestand is geen versleutelde "
        "Begeleider-database). Er is niets gewijzigd; probeer het opnieuw.",
        "The passphrase for {path} is wrong (or the file is not an encrypted Begeleider "
        "database). Nothing was changed; try again.",
    ),
    "db.not_encrypted": (
        "De database {path} is niet versleuteld, maar er is een wachtwoord opgegeven. Open hem "
        "zonder wachtwoord, of versleutel hem eerst (begeleider encrypt). Er is niets gewijzigd.",
        "The database {path} is not encrypted, but a passphrase was given. Open it without a "
        "passphrase, or encrypt it first (begeleider encrypt). Nothing was changed.",
    ),
    "crypto.too_short": (
        "Kies een wachtwoord van minstens {n} tekens; een zin van een paar woorden is sterk en "
        "goed te onthouden.",
        "Choose a passphrase of at least {n} characters; a sentence of a few words is strong and "
        "easy to remember.",
    ),
    "crypto.mismatch": (
        "De twee wachtwoorden zijn niet gelijk.",
        "The two passphrases are not the same.",
    ),
    "crypto.already_encrypted": (
        "De database {path} is al versleuteld; er is niets gewijzigd.",
        "The database {path} is already encrypted; nothing was changed.",
    ),
    "crypto.not_encrypted": (
        "De database {path} is niet versleuteld; er is niets gewijzigd.",
        "The database {path} is not encrypted; nothing was changed.",
    ),
    "crypto.done_encrypt": ("De database {path} is nu versleuteld.", "The database {path} is now encrypted."),
    "crypto.done_decrypt": (
        "De database {path} is nu NIET meer versleuteld. Zet hem alleen op een versleutelde schijf.",
        "The database {path} is now NOT encrypted any more. Keep it on an encrypted disk only.",
    ),
    "crypto.done_rekey": ("Het wachtwoord van {path} is gewijzigd.", "The passphrase of {path} was changed."),
    "crypto.env_missing": (
        "De omgevingsvariabele {var} is niet gezet of leeg; daar wordt het wachtwoord in verwacht.",
        "The environment variable {var} is not set or empty; the passphrase is expected there.",
    ),
    "crypto.in_use": (
        "Sluit eerst Begeleider (de database {path} is in gebruik) en probeer het opnieuw.",
        "Close Begeleider first (the database {path} is in use) and try again.",
    ),
    "crypto.team_needs_encryption": (
        "Een teamwachtwoord voor de gedeelde map kan alleen als deze database zelf versleuteld is.",
        "A team passphrase for the shared folder needs this database to be encrypted itself.",
    ),
}

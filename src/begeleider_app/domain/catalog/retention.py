"""Messages of retention (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "retention.none": ("Er zijn geen dossiers die gewist moeten worden.", "No files are due for erasure."),
    "retention.due": (
        "{n} dossier(s) voorbij de bewaartermijn van {years} jaar:",
        "{n} file(s) past the retention period of {years} years:",
    ),
    "retention.dry_run": ("Proefdraaien: er is niets gewist.", "Dry run: nothing was erased."),
    "retention.erased": ("{n} dossier(s) gewist.", "{n} file(s) erased."),
}

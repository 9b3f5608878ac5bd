"""Messages of observations (Dutch, English), collected by domain.messages at import."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "obs.before_start": (
        "De observatie ({on}) is van voor de start van deze plek ({start}). Kies een latere datum "
        "of pas de startdatum van de plek aan.",
        "The observation ({on}) is from before this place started ({start}). Choose a later date "
        "or change the place's start date.",
    ),
    "obs.value_out_of_scale": (
        "{label}: {value} ligt buiten de schaal {low}-{high}.",
        "{label}: {value} is outside the scale {low}-{high}.",
    ),
    "obs.unknown_item": ("Onbekend observatie-item: {item}", "Unknown observation item: {item}"),
    "obs.no_items": ("De lijst met observatie-items is leeg.", "The observation item list is empty."),
    "obs.bad_scale": (
        "De schaal moet van een laag naar een hoger getal lopen (bijvoorbeeld 1-4 of 1-5), "
        "met hoogstens 10 stappen.",
        "The scale must run from a low to a higher number (e.g. 1-4 or 1-5), at most 10 steps.",
    ),
    "obs.duplicate_label": ("Het item '{label}' staat twee keer in de lijst.",
                            "The item '{label}' appears twice in the list."),
}

"""A stored value as a person reads it, from the field declarations (no Qt, no reportlab).

Reports, the access-request export (inzage), the history dialog and the conflict view all
turn stored values into text here, so a date, a yes/no or a choice reads the same wherever
it appears: dates dd-mm-yyyy, booleans ja/nee (yes/no in English), choices by their label,
several choices as a comma-separated list, observation ratings as "item: 4 van 5".
Free text comes back unchanged; an empty value becomes ``empty`` (the caller decides
between nothing, a dash or "(leeg)").

Values may be decoded (what the repositories return) or as stored (a MULTI or JSON field
as JSON text, a BOOL as 0/1): sync conflicts and history hold the stored form.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .fields import ENTITIES, Field, FieldType
from .validation import format_date

_YES_NO = {"nl": ("ja", "nee"), "en": ("yes", "no")}
_TRUE_TEXT = frozenset({"1", "true", "ja", "yes", "waar"})
# "4 van 5" / "niet gezien": observation ratings read as the coach wrote them
_RATING_WORDS = {"nl": ("van", "niet gezien"), "en": ("of", "not seen")}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def display(entity_name: str, field_name: str, value: Any, language: str = "nl", *,
            empty: str = "") -> str:
    """``value`` of ``entity_name.field_name`` as text in ``language`` ("nl" or "en").

    A field this version does not declare (a newer schema's column in an old history
    version, say) is shown as plain text rather than refused.
    """
    ent = ENTITIES.get(entity_name)
    if ent is None or field_name not in ent.field_names:
        return empty if _empty(value) else _plain(value)
    return display_field(ent.field(field_name), value, language, empty=empty)


def display_field(fld: Field, value: Any, language: str = "nl", *, empty: str = "") -> str:
    """``value`` of the declared field ``fld`` as text in ``language`` ("nl" or "en")."""
    if _empty(value):
        return empty
    kind = fld.type
    if kind is FieldType.DATE:
        return format_date(value) if isinstance(value, (str, date)) else str(value)
    if kind is FieldType.BOOL:
        yes, no = _YES_NO["en" if language == "en" else "nl"]
        truth = value.strip().lower() in _TRUE_TEXT if isinstance(value, str) else bool(value)
        return yes if truth else no
    if kind is FieldType.CHOICE:
        return fld.choice_label(str(value), language)
    if kind is FieldType.MULTI:
        items = _loaded(value)
        if not isinstance(items, list):
            return str(value)
        return ", ".join(fld.choice_label(str(v), language) for v in items) or empty
    if kind is FieldType.INT:
        return _number(value)
    if kind is FieldType.JSON:
        return summarise_json(_loaded(value), language) or empty
    return str(value)


def _loaded(value: Any) -> Any:
    """Stored JSON text decoded; anything else (or text that is not JSON) as it is."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _number(value: Any) -> str:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return str(number) if number == value or isinstance(value, str) else str(value)


def _plain(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def summarise_json(value: Any, language: str = "nl") -> str:
    """Structured data in a line a person can read.

    Observation ratings (``{"scale": [1, 5], "items": [{"key", "label", "value"}]}`` or the
    older ``{"scale", "values": {key: value}}``) become "Op tijd komen: 4 van 5; Taal: niet
    gezien". Other shapes: a list of labels or scalars joined with commas, a flat mapping as
    "key: value" pairs, anything deeper as compact JSON.
    """
    if _empty(value):
        return ""
    if isinstance(value, dict) and ("items" in value or "values" in value):
        ratings = _ratings_text(value, language)
        if ratings is not None:
            return ratings
    if isinstance(value, list):
        parts = [str(v.get("label") or v.get("key")) if isinstance(v, dict) and
                 (v.get("label") or v.get("key")) else _plain(v) for v in value]
        return ", ".join(parts)
    if isinstance(value, dict) and all(not isinstance(v, (dict, list)) for v in value.values()):
        return "; ".join(f"{k}: {'' if v is None else v}" for k, v in value.items())
    return _plain(value)


def _ratings_text(raw: dict[str, Any], language: str) -> str | None:
    """Ratings as text, or None when ``raw`` is not in a ratings shape after all."""
    of, unseen = _RATING_WORDS["en" if language == "en" else "nl"]
    scale = raw.get("scale")
    high = scale[1] if isinstance(scale, (list, tuple)) and len(scale) == 2 else None
    if isinstance(raw.get("items"), list):
        entries = [(str(e.get("label") or e["key"]), e.get("value")) for e in raw["items"]
                   if isinstance(e, dict) and e.get("key")]
    elif isinstance(raw.get("values"), dict):
        # The older shape has no labels: its keys are slugs such as "op_tijd".
        entries = [(str(k).replace("_", " ").capitalize(), v) for k, v in raw["values"].items()]
    else:
        return None
    parts = []
    for label, value in entries:
        if value is None or value == "":
            parts.append(f"{label}: {unseen}")
        else:
            parts.append(f"{label}: {value} {of} {high}" if high is not None else f"{label}: {value}")
    return "; ".join(parts)

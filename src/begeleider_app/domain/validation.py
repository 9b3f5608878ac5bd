"""Turn what a coach typed into stored values, or a Dutch message saying what is wrong.

Validation is per field, so one wrong value never stops the other fields of a form from
being saved: `clean_values` returns the good values and the messages for the bad ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .fields import Entity, Field, FieldType
from .messages import get_language, msg

_DATE_NL = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
# One address: something@domain.tld, no spaces, no second @ (what a mail program accepts
# in practice; the full RFC 5322 grammar allows addresses no coach would type).
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")

DEFAULT_TEXT_MAX = 500
DEFAULT_LONGTEXT_MAX = 20000


@dataclass
class FieldError(Exception):
    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationFailed(Exception):
    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors.values()))


def parse_date(text: str) -> date | None:
    """Parse dd-mm-yyyy (how Dutch people write dates) or ISO yyyy-mm-dd; None if empty.

    Raises ValueError for text that is not an existing date, e.g. 31-02-2026.
    """
    text = (text or "").strip()
    if not text:
        return None
    m = _DATE_NL.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return date(year, month, day)
    m = _DATE_ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return date(year, month, day)
    raise ValueError(text)


def to_date(value: object) -> date | None:
    """A stored date (or the date part of an ISO timestamp) as a date; None if empty or
    unreadable."""
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_date(value: str | date | None) -> str:
    """ISO date (as stored) to the Dutch dd-mm-yyyy people read."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    # not strftime: this runs for every date in every table, and strftime is slow
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def clean_value(fld: Field, raw: Any, language: str | None = None) -> Any:
    """Normalise one value for storage; raise FieldError with a message for the coach."""
    language = language or get_language()
    label = fld.label(language)
    if isinstance(raw, str) and fld.type not in (FieldType.TEXT, FieldType.LONGTEXT):
        raw = raw.strip()
    empty = raw is None or raw == "" or raw == [] or raw == ()
    if empty:
        if fld.required:
            raise FieldError(fld.name, msg("val.required", label=label))
        if fld.type is FieldType.BOOL:
            return 0
        if fld.type is FieldType.MULTI:
            return "[]"
        return None

    t = fld.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.REF):
        text = str(raw)
        if t is FieldType.TEXT:
            # A one-line field keeps one line: pasted line breaks become spaces.
            text = " ".join(text.splitlines())
        limit = fld.max_length or (DEFAULT_LONGTEXT_MAX if t is FieldType.LONGTEXT else DEFAULT_TEXT_MAX)
        if len(text) > limit:
            raise FieldError(fld.name, msg("val.too_long", label=label, length=len(text), max=limit))
        if fld.required and not text.strip():
            raise FieldError(fld.name, msg("val.required", label=label))
        if fld.text_format == "email":
            text = text.strip()
            if text and not _EMAIL.match(text):
                raise FieldError(fld.name, msg("val.bad_email", label=label, value=text))
        return text
    if t is FieldType.DATE:
        if isinstance(raw, date):
            raw = raw.isoformat()
        try:
            parsed = parse_date(str(raw))
        except ValueError:
            raise FieldError(fld.name, msg("val.bad_date", label=label, value=raw)) from None
        if parsed and fld.not_after_today and parsed > date.today():
            raise FieldError(fld.name, msg("val.date_in_future", label=label, value=format_date(parsed)))
        return parsed.isoformat() if parsed else None
    if t is FieldType.INT:
        try:
            number = int(str(raw).strip())
        except ValueError:
            raise FieldError(fld.name, msg("val.bad_int", label=label, value=raw)) from None
        lo = fld.minimum if fld.minimum is not None else -(2**31)
        hi = fld.maximum if fld.maximum is not None else 2**31
        if not lo <= number <= hi:
            raise FieldError(fld.name, msg("val.out_of_range", label=label, value=number, min=lo, max=hi))
        return number
    if t is FieldType.BOOL:
        if isinstance(raw, str):
            return 1 if raw.lower() in ("1", "true", "ja", "yes", "waar") else 0
        return 1 if raw else 0
    if t is FieldType.CHOICE:
        value = str(raw)
        if value not in fld.choice_values:
            raise FieldError(fld.name, msg("val.bad_choice", label=label, value=value))
        return value
    if t is FieldType.MULTI:
        items = json.loads(raw) if isinstance(raw, str) else list(raw)
        for item in items:
            if item not in fld.choice_values:
                raise FieldError(fld.name, msg("val.bad_choice", label=label, value=item))
        # Stored in declaration order so equal sets compare equal (sync, history).
        ordered = [v for v in fld.choice_values if v in set(items)]
        return json.dumps(ordered)
    if t is FieldType.JSON:
        if isinstance(raw, str):
            json.loads(raw)  # must be valid JSON
            return raw
        return json.dumps(raw, ensure_ascii=False, sort_keys=True)
    raise AssertionError(t)


def clean_values(
    ent: Entity, values: dict[str, Any], *, creating: bool = False, language: str | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean every value; return (good values, messages per bad field)."""
    language = language or get_language()
    good: dict[str, Any] = {}
    errors: dict[str, str] = {}
    names = set(ent.field_names)
    for name, raw in values.items():
        if name not in names:
            errors[name] = msg("val.unknown_field", name=name)
            continue
        try:
            good[name] = clean_value(ent.field(name), raw, language)
        except FieldError as err:
            errors[name] = err.message
    if creating:
        for fld in ent.fields:
            if fld.required and fld.name not in values and fld.name not in errors:
                errors[fld.name] = msg("val.required", label=fld.label(language))
    return good, errors


# Periods: (entity, start field, end field). An end before its start is refused with a
# message on the end field; either end may be empty.
PERIODS: tuple[tuple[str, str, str], ...] = (
    ("work_history", "start_year", "end_year"),
    ("placement", "start_date", "end_date"),
    ("contact", "period_start", "period_end"),
    ("consent", "given_on", "expires_on"),
)


def period_errors(ent: Entity, values: dict[str, Any], *, touched: set[str] | None = None,
                  language: str | None = None) -> dict[str, str]:
    """Messages for periods of ``ent`` that end before they start, given stored values
    (ISO dates, whole years). ``touched``: only periods with a field among these (an edit of
    another field never trips over an old record)."""
    language = language or get_language()
    errors: dict[str, str] = {}
    for entity, start, until in PERIODS:
        if entity != ent.name or (touched is not None and not touched & {start, until}):
            continue
        first, last = values.get(start), values.get(until)
        if first in (None, "") or last in (None, "") or not _before(last, first):
            continue
        fld_start, fld_until = ent.field(start), ent.field(until)
        show = format_date if fld_start.type is FieldType.DATE else str
        errors[until] = msg("val.period_order", until=fld_until.label(language),
                            until_value=show(last), start=fld_start.label(language),
                            start_value=show(first))
    return errors


def _before(a: Any, b: Any) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a < b
    return str(a) < str(b)  # ISO dates compare as text


def decode(fld: Field, stored: Any) -> Any:
    """Stored value to the Python value forms and reports use."""
    if fld.type is FieldType.MULTI:
        if not stored:
            return []
        try:
            return list(json.loads(stored))
        except (TypeError, ValueError):
            return []
    if fld.type is FieldType.JSON:
        if not stored:
            return None
        try:
            return json.loads(stored)
        except (TypeError, ValueError):
            return None
    if fld.type is FieldType.BOOL:
        return bool(stored)
    return stored

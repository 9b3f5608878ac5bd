from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from begeleider_app.domain import fields as F
from begeleider_app.domain.validation import (
    FieldError,
    clean_value,
    clean_values,
    format_date,
    parse_date,
)


def test_every_field_has_both_labels_and_a_class():
    for ent in F.ENTITIES.values():
        names = [f.name for f in ent.fields]
        assert len(names) == len(set(names)), ent.name
        for fld in ent.fields:
            assert fld.label_nl and fld.label_en, (ent.name, fld.name)
            assert isinstance(fld.confidentiality, F.Confidentiality)
            if fld.type in (F.FieldType.CHOICE, F.FieldType.MULTI):
                assert fld.choices, (ent.name, fld.name)


def test_health_fields_are_never_shareable():
    health = F.fields_by_class(F.Confidentiality.HEALTH)
    assert {f.name for _, f in health} >= {"health", "vitality", "zrm_geestelijke_gezondheid"}
    all_topics = set(F.ConsentTopic)
    shared = {(e.name, f.name) for e, f in F.shareable_fields(all_topics)}
    assert not shared & {(e.name, f.name) for e, f in health}


def test_private_fields_need_the_private_topic():
    without = {(e.name, f.name) for e, f in F.shareable_fields(set(F.ConsentTopic) - {F.ConsentTopic.PRIVATE})}
    with_private = {(e.name, f.name) for e, f in F.shareable_fields(set(F.ConsentTopic))}
    assert ("intake", "private_circumstances") in with_private
    assert ("intake", "private_circumstances") not in without
    assert ("intake", "talents") in without


def test_intake_covers_the_domain_topics():
    names = set(F.INTAKE.field_names)
    for topic in ("can_and_want", "private_circumstances", "other_trajectories", "dutch_level",
                  "first_language", "talents", "interests", "motivation", "health", "network",
                  "hours_available", "childcare", "transport", "participatieladder"):
        assert topic in names
    assert sum(1 for n in names if n.startswith("zrm_")) == 13
    assert {"work_history", "education"} <= set(F.ENTITIES)
    assert F.PARTICIPANT.field("benefit").choice_values[:5] == ("bijstand", "ww", "wajong", "wia", "geen")


@pytest.mark.parametrize("text,expected", [
    ("28-02-2026", date(2026, 2, 28)), ("1-3-2026", date(2026, 3, 1)), ("2026-02-28", date(2026, 2, 28)),
    ("29/02/2028", date(2028, 2, 29)), ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_impossible_date_gets_a_dutch_message():
    fld = F.STATUS_CHANGE.field("date")
    with pytest.raises(FieldError) as err:
        clean_value(fld, "31-02-2026")
    assert "31-02-2026" in err.value.message and "geen bestaande datum" in err.value.message


def test_one_bad_value_does_not_stop_the_others():
    good, errors = clean_values(F.INTAKE, {"intake_date": "31-02-2026", "talents": "Koken 🍲", "hours_available": "24"})
    assert set(errors) == {"intake_date"}
    assert good == {"talents": "Koken 🍲", "hours_available": 24}


def test_limits_and_choices():
    _, errors = clean_values(F.INTAKE, {"hours_available": "99", "dutch_level": "Z9", "first_language": "x" * 501})
    assert set(errors) == {"hours_available", "dutch_level", "first_language"}
    assert "te lang" in errors["first_language"]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_round_trip_through_dutch_notation(day):
    assert parse_date(format_date(day.isoformat())) == day


@given(st.text(max_size=300))
def test_short_text_is_stored_or_refused_never_crashes(text):
    fld = F.PARTICIPANT.field("last_name")
    try:
        value = clean_value(fld, text)
    except FieldError as err:
        assert err.message
    else:
        assert value is None or "\n" not in value


def test_a_birth_date_cannot_lie_in_the_future() -> None:
    from datetime import date, timedelta

    from begeleider_app.domain.fields import PARTICIPANT
    from begeleider_app.domain.validation import FieldError, clean_value, format_date

    birth = PARTICIPANT.field("birth_date")
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(FieldError) as refused:
        clean_value(birth, format_date(tomorrow), "nl")
    assert str(refused.value).endswith(f"Geboortedatum: {format_date(tomorrow)} ligt in de toekomst.")
    assert clean_value(birth, "03-04-1990", "nl") == "1990-04-03"
    assert clean_value(birth, date.today(), "nl") == date.today().isoformat()

"""domain.display: every field type as text, in Dutch and in English."""

from __future__ import annotations

import json
from datetime import date

import pytest

from begeleider_app.domain import fields as F
from begeleider_app.domain.display import display, display_field, summarise_json

LONG = "Eerste alinea.\n\nTweede alinea met  twee spaties en ë, ç, محمد.\n"


@pytest.mark.parametrize("entity, name, value, nl, en", [
    # dates: stored ISO, read dd-mm-yyyy in both languages
    ("participant", "birth_date", "2026-03-07", "07-03-2026", "07-03-2026"),
    ("participant", "birth_date", date(2001, 12, 31), "31-12-2001", "31-12-2001"),
    # booleans: decoded, stored 0/1, or as text from an old export
    ("education", "diploma", True, "ja", "yes"),
    ("education", "diploma", False, "nee", "no"),
    ("education", "diploma", 1, "ja", "yes"),
    ("education", "diploma", 0, "nee", "no"),
    ("education", "diploma", "0", "nee", "no"),
    # one choice: its label in the language
    ("participant", "benefit", "geen", "Geen uitkering", "No benefit"),
    ("intake", "dutch_level", "moedertaal", "Moedertaal", "Native"),
    # several choices: labels, comma-separated, decoded list or stored JSON text
    ("intake", "transport", ["fiets", "ov"], "Fiets, Openbaar vervoer", "Bicycle, Public transport"),
    ("intake", "transport", '["fiets", "ov"]', "Fiets, Openbaar vervoer", "Bicycle, Public transport"),
    # numbers
    ("intake", "hours_available", 24, "24", "24"),
    ("work_history", "start_year", 2019, "2019", "2019"),
    ("intake", "hours_available", 0, "0", "0"),
    # text, short and long, unchanged
    ("participant", "first_name", "Zoë", "Zoë", "Zoë"),
    ("intake", "own_words", LONG, LONG, LONG),
    # a reference is its id
    ("goal", "participant_id", "6f1c-id", "6f1c-id", "6f1c-id"),
])
def test_each_type_in_both_languages(entity, name, value, nl, en):
    assert display(entity, name, value) == nl
    assert display(entity, name, value, "nl") == nl
    assert display(entity, name, value, "en") == en
    assert display_field(F.ENTITIES[entity].field(name), value, "en") == en


def test_an_unknown_choice_value_is_shown_as_stored():
    assert display("participant", "benefit", "toekomstig") == "toekomstig"
    assert display("intake", "transport", ["fiets", "raket"], "en") == "Bicycle, raket"


@pytest.mark.parametrize("value", [None, "", [], "[]", {}])
@pytest.mark.parametrize("entity, name", [
    ("participant", "birth_date"), ("education", "diploma"), ("intake", "transport"),
    ("participant", "benefit"), ("intake", "hours_available"), ("observation", "ratings"),
    ("intake", "own_words"),
])
def test_empty_is_empty_or_what_the_caller_wants(entity, name, value):
    if value == "[]" and name != "transport":
        return  # "[]" is only the stored form of an empty MULTI
    assert display(entity, name, value) == ""
    assert display(entity, name, value, "en", empty="-") == "-"


RATINGS = {"scale": [1, 5], "items": [
    {"key": "op_tijd", "label": "Op tijd komen", "value": 4},
    {"key": "taal", "label": "Nederlandse taal op de werkvloer", "value": None}]}


def test_observation_ratings_are_summarised_per_item():
    nl = "Op tijd komen: 4 van 5; Nederlandse taal op de werkvloer: niet gezien"
    en = "Op tijd komen: 4 of 5; Nederlandse taal op de werkvloer: not seen"
    assert display("observation", "ratings", RATINGS) == nl
    assert display("observation", "ratings", RATINGS, "en") == en
    assert display("observation", "ratings", json.dumps(RATINGS)) == nl  # as stored


def test_ratings_in_the_older_shape_and_without_a_scale():
    old = {"scale": [1, 4], "values": {"op_tijd": 3, "samenwerken": None}}
    assert display("observation", "ratings", old) == "Op tijd: 3 van 4; Samenwerken: niet gezien"
    assert summarise_json({"items": [{"key": "x", "value": 2}]}, "en") == "x: 2"


def test_other_json_is_readable_and_never_raises():
    items = [{"key": "op_tijd", "label": "Op tijd komen"}, {"key": "taal", "label": "Taal"}]
    assert display("org_setting", "value", items) == "Op tijd komen, Taal"
    assert display("org_setting", "value", [1, 5]) == "1, 5"
    assert display("org_setting", "value", {"a": 1, "b": None}) == "a: 1; b: "
    assert display("org_setting", "value", {"a": {"b": [1]}}) == '{"a": {"b": [1]}}'
    assert display("org_setting", "value", "geen json") == "geen json"
    assert display("observation", "ratings", {"scale": "?", "items": 3}) == "scale: ?; items: 3"


def test_fields_this_version_does_not_declare_are_plain_text():
    assert display("participant", "future_field", 7) == "7"
    assert display("future_table", "x", {"a": "ë"}) == '{"a": "ë"}'
    assert display("future_table", "x", None, empty="-") == "-"


def test_every_declared_field_gives_text_in_both_languages():
    for ent in F.ENTITIES.values():
        for fld in ent.fields:
            for value in _samples(fld):
                for language in ("nl", "en"):
                    assert isinstance(display_field(fld, value, language), str), (ent.name, fld.name)


def _samples(fld: F.Field) -> list[object]:
    if fld.choices:
        return [fld.choices[0].value, [c.value for c in fld.choices]]
    return [None, "x", 3, True, "2026-01-01", {"a": 1}]

"""The compact stored form of a row's dots means exactly the dots it was made from."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from begeleider_app.storage.dots import dump_fdots, parse_fdots

FIELDS = ("first_name", "phone", "archived", "tags", "deleted")
DOTS = st.sampled_from(["a1:1", "a1:2", "b2:1", "b2:3", "c3:7"])
VALUES = st.sampled_from([None, "", "[]", 0, 1, "x", "[\"a\"]", "{}"])


@settings(max_examples=300, deadline=None)
@given(values=st.fixed_dictionaries({f: VALUES for f in FIELDS}),
       dots=st.dictionaries(st.sampled_from(FIELDS + ("gone_field",)), DOTS),
       vv=st.dictionaries(st.sampled_from(["a1", "b2", "c3"]), st.integers(1, 9), max_size=2))
def test_the_stored_form_expands_to_exactly_the_dots(values, dots, vv):
    row = {"id": "r", "created_at": "t", "updated_at": "t", "device_id": "a1",
           "vv": json.dumps(vv), **values}
    stored = dump_fdots(dots, row)
    assert parse_fdots(stored, {**row, "fdots": stored}) == dots
    assert len(stored) <= len(json.dumps(dots, sort_keys=True, separators=(",", ":")))


def test_one_write_by_one_device_is_stored_as_empty_text():
    row = {"id": "r", "vv": '{"a1":1}', "first_name": "Sanne", "phone": None, "deleted": 0}
    assert dump_fdots({"first_name": "a1:1", "deleted": "a1:1"}, row) == ""
    assert parse_fdots("", row) == {"first_name": "a1:1", "deleted": "a1:1"}


def test_the_full_form_of_older_versions_is_read_as_it_is():
    row = {"id": "r", "vv": '{"a1":1}', "first_name": "Sanne", "deleted": 0}
    assert parse_fdots('{"first_name":"a1:1"}', row) == {"first_name": "a1:1"}
    assert parse_fdots(None, row) == {}

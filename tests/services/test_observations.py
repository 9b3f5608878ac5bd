from __future__ import annotations

import json
from datetime import date

import pytest

from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import observations as obs
from begeleider_app.services.participants import create_participant


@pytest.fixture
def placement(store):
    person = create_participant(store, {"first_name": "Sanne", "last_name": "Visser"},
                                today=date(2026, 1, 5))
    return obs.save_placement(store, person["id"], {
        "type": "leerwerkplek", "organisation": "Kringloop De Zuid", "start_date": "05-01-2026",
        "hours_per_week": 16, "tasks": "sorteren"})


def test_default_items_and_scale(store):
    items = obs.org_items(store)
    assert [i.label for i in items] == [
        "Op tijd komen", "Werktempo", "Werkbelasting aankunnen", "Instructies opvolgen",
        "Samenwerken", "Contact met klanten", "Nederlandse taal op de werkvloer",
        "Zelfstandigheid", "Omgaan met feedback"]
    assert obs.org_scale(store) == (1, 5)


def test_observation_stores_scale_key_and_label(store, placement):
    row = obs.add_observation(store, placement["id"], "12-01-2026",
                              {"op_tijd": 4, "taal": None, "werktempo": 2},
                              {"what_happened": "Kwam te laat", "went_well": "Hielp een collega"})
    stored = json.loads(store.db.execute("SELECT ratings FROM observation WHERE id = ?",
                                         [row["id"]]).fetchone()[0])
    assert stored["scale"] == [1, 5]
    # Stored compactly: the values, in the order of an item list kept once by its reference.
    assert "label" not in json.dumps(stored) and len(stored["values"]) == 9
    [(listed,)] = store.db.execute("SELECT value FROM org_setting WHERE key = ?",
                                   [obs.SET_PREFIX + stored["set"]]).fetchall()
    assert json.loads(listed)[0] == ["op_tijd", "Op tijd komen"]
    read = obs.observation_ratings(store, row)
    by_key = {r.key: r for r in read.items}
    assert by_key["op_tijd"] == ("op_tijd", "Op tijd komen", 4)
    assert by_key["taal"].value is None  # niet gezien
    assert len(read.items) == 9
    assert row["what_happened"] == "Kwam te laat"
    assert row["date"] == "2026-01-12"


def test_value_outside_scale_is_refused(store, placement):
    with pytest.raises(ValidationFailed) as info:
        obs.add_observation(store, placement["id"], "12-01-2026", {"op_tijd": 6})
    assert "op_tijd" in info.value.errors
    assert obs.observations(store, placement["id"]) == []


def test_changing_item_list_and_scale_keeps_old_observations_intact(store, placement):
    old = obs.add_observation(store, placement["id"], "12-01-2026", {"op_tijd": 4, "klantcontact": 3})
    before = store.db.execute("SELECT ratings FROM observation WHERE id = ?", [old["id"]]).fetchone()[0]
    # The organisation renames one item, drops another, adds one and moves to a 1-4 scale.
    items = [obs.Item("op_tijd", "Punctualiteit"), obs.Item("", "Veilig werken")]
    items += [i for i in obs.org_items(store) if i.key not in ("op_tijd", "klantcontact")]
    saved = obs.set_org_items(store, items, scale=(1, 4))
    assert saved[1].key == "veilig_werken"
    assert obs.org_scale(store) == (1, 4)

    after = store.db.execute("SELECT ratings FROM observation WHERE id = ?", [old["id"]]).fetchone()[0]
    assert after == before  # the stored observation itself never changes
    ratings = obs.observation_ratings(store, obs.observations(store, placement["id"])[0])
    assert ratings.scale == (1, 5)
    labels = {r.key: r.label for r in ratings.items}
    assert labels["op_tijd"] == "Op tijd komen"  # the name it had then
    assert labels["klantcontact"] == "Contact met klanten"  # removed item still readable
    assert ratings.value("klantcontact") == 3
    assert "veilig_werken" not in labels

    new = obs.add_observation(store, placement["id"], "19-01-2026", {"op_tijd": 4, "veilig_werken": 2})
    new_ratings = obs.observation_ratings(store, new)
    assert new_ratings.scale == (1, 4)
    assert {r.key: r.label for r in new_ratings.items}["op_tijd"] == "Punctualiteit"
    with pytest.raises(ValidationFailed):  # the old item is no longer on the list
        obs.add_observation(store, placement["id"], "20-01-2026", {"klantcontact": 3})

    # Editing the old observation keeps its own items and scale (5 is fine on 1-5).
    edited = obs.update_observation(store, old["id"], values={"op_tijd": 5, "klantcontact": 3})
    edited_ratings = obs.observation_ratings(store, edited)
    assert edited_ratings.scale == (1, 5) and edited_ratings.value("op_tijd") == 5
    assert {r.key: r.label for r in edited_ratings.items}["klantcontact"] == "Contact met klanten"

    chart = obs.chart_data(store, placement["id"])
    assert chart.scale == (1, 4)
    punct = chart.by_key("op_tijd")
    assert punct.label == "Punctualiteit"
    # 5 on the old 1-5 scale is the top of the new 1-4 scale
    assert [v for _, v in punct.points] == [4.0, 4.0]
    assert [p for p, _ in chart.by_key("klantcontact").points] == [date(2026, 1, 12)]
    assert chart.by_key("klantcontact").label == "Contact met klanten"


def test_reader_accepts_the_older_values_shape(store):
    raw = {"scale": [1, 5], "values": {"op_tijd": 3, "taal": None, "eigen_item": 2}}
    ratings = obs.read_ratings(raw)
    assert ratings.scale == (1, 5)
    assert [(r.key, r.label, r.value) for r in ratings.items] == [
        ("op_tijd", "Op tijd komen", 3), ("taal", "Nederlandse taal op de werkvloer", None),
        ("eigen_item", "eigen_item", 2)]
    assert obs.read_ratings(None).items == []
    assert obs.read_ratings({"scale": "x", "items": [{"key": "a", "value": "?"}]}).items[0].value is None


def test_chart_holds_one_point_per_rated_observation(store, placement):
    for day, value in (("05-01-2026", 2), ("12-01-2026", 3), ("19-01-2026", 4)):
        obs.add_observation(store, placement["id"], day, {"op_tijd": value, "werktempo": value,
                                                          "taal": None})
    chart = obs.chart_data(store, placement["id"])
    assert [v for _, v in chart.by_key("op_tijd").points] == [2, 3, 4]
    assert len(chart.by_key("werktempo").points) == 3
    assert chart.by_key("taal").points == []  # niet gezien is no point


def test_bad_scale_and_empty_list_are_refused(store):
    with pytest.raises(ValidationFailed):
        obs.set_org_items(store, obs.org_items(store), scale=(5, 1))
    with pytest.raises(ValidationFailed):
        obs.set_org_items(store, [])
    with pytest.raises(ValidationFailed):
        obs.set_org_items(store, [("", "Samenwerken"), ("", "samenwerken")])


def test_an_earlier_version_of_an_observation_can_be_restored(store, placement):
    row = obs.add_observation(store, placement["id"], "12-01-2026", {"op_tijd": 2},
                              {"learning_point": "Op tijd bellen"})
    obs.update_observation(store, row["id"], values={"op_tijd": 4}, narrative={"learning_point": "x"})
    version = store.repo("observation").history(row["id"])[0]
    restored = store.repo("observation").restore_version(row["id"], version["_seq"])
    assert obs.observation_ratings(store, restored).value("op_tijd") == 2
    assert restored["learning_point"] == "Op tijd bellen"


def test_an_observation_cannot_be_from_before_the_place_started(store, placement):
    with pytest.raises(ValidationFailed) as refused:
        obs.add_observation(store, placement["id"], "04-01-2026", {"op_tijd": 3})
    assert refused.value.errors["date"].startswith("De observatie (04-01-2026) is van voor de start")
    assert obs.observations(store, placement["id"]) == []
    row = obs.add_observation(store, placement["id"], "05-01-2026", {"op_tijd": 3})  # the first day
    with pytest.raises(ValidationFailed):
        obs.update_observation(store, row["id"], on=date(2025, 12, 31))
    assert obs.observations(store, placement["id"])[0]["date"] == "2026-01-05"

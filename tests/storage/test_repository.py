"""Every write is stamped and versioned; updates keep history; deletes are tombstones."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from begeleider_app.domain.validation import ValidationFailed


def stored_dots(store, table: str, row_id: str) -> dict[str, str]:
    """The row's per-field dots, from its stored (compact) form."""
    from begeleider_app.storage.dots import parse_fdots

    cur = store.db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    return parse_fdots(row["fdots"], row)


@pytest.fixture
def ticking(store):
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    ticks = iter(range(10_000))
    store.clock = lambda: start + timedelta(seconds=next(ticks))
    return store


def test_insert_stamps_id_times_device_and_version(ticking):
    row = ticking.repo("participant").insert({"first_name": "Zoë", "last_name": "de Vries", "status": "intake"})
    # 128 random bits in 22 URL-safe characters (storage/ids.py)
    assert len(row["id"]) == 22 and len(base64.urlsafe_b64decode(row["id"] + "==")) == 16
    assert row["created_at"].endswith("Z") and row["created_at"] == row["updated_at"]
    assert row["device_id"] == ticking.device_id
    assert json.loads(row["vv"]) == {ticking.device_id: 1}
    dots = stored_dots(ticking, "participant", row["id"])
    assert dots["first_name"] == f"{ticking.device_id}:1"
    assert row["fdots"] == ""  # one write by one device: the compact form says it all


def test_every_update_leaves_the_previous_version_in_history(ticking):
    repo = ticking.repo("intake")
    person = ticking.repo("participant").insert({"first_name": "Selam", "status": "intake"})
    intake = repo.insert({"participant_id": person["id"], "talents": "Koken"})
    repo.update(intake["id"], {"talents": "Koken en bakken"})
    repo.update(intake["id"], {"talents": "Koken, bakken, fietsen"}, note="aangevuld")
    history = repo.history(intake["id"])
    assert [h["talents"] for h in history] == ["Koken en bakken", "Koken"]
    assert history[0]["_note"] == "aangevuld"
    current = repo.get(intake["id"])
    assert current["talents"] == "Koken, bakken, fietsen"
    assert json.loads(current["vv"]) == {ticking.device_id: 3}
    assert stored_dots(ticking, "intake", intake["id"])["talents"] == f"{ticking.device_id}:3"
    assert current["updated_at"] > current["created_at"]


def test_an_unchanged_value_writes_nothing(ticking):
    repo = ticking.repo("participant")
    person = repo.insert({"first_name": "Daan", "status": "actief"})
    repo.update(person["id"], {"first_name": "Daan"})
    assert repo.history(person["id"]) == []


def test_tombstoned_row_is_hidden_but_kept(ticking):
    repo = ticking.repo("participant")
    person = repo.insert({"first_name": "Yonas", "last_name": "Haile", "status": "actief"})
    repo.delete(person["id"])
    assert repo.get(person["id"]) is None
    assert all(r["id"] != person["id"] for r in repo.find())
    kept = repo.get(person["id"], include_deleted=True)
    assert kept["deleted"] is True and kept["first_name"] == "Yonas"
    assert ticking.db.execute("SELECT count(*) FROM participant").fetchone()[0] == 1
    assert repo.history(person["id"])[0]["deleted"] is False
    assert stored_dots(ticking, "participant", person["id"])["deleted"].endswith(":2")


def test_restore_an_earlier_version_is_a_new_edit(ticking):
    repo = ticking.repo("goal")
    person = ticking.repo("participant").insert({"first_name": "Noor", "status": "actief"})
    goal = repo.insert({"participant_id": person["id"], "text": "Op tijd komen", "status": "open"})
    repo.update(goal["id"], {"text": "Per ongeluk gewist"})
    seq = repo.history(goal["id"])[0]["_seq"]
    restored = repo.restore_version(goal["id"], seq)
    assert restored["text"] == "Op tijd komen"
    assert [h["text"] for h in repo.history(goal["id"])] == ["Per ongeluk gewist", "Op tijd komen"]


def test_a_wrong_value_writes_nothing_and_says_why(ticking):
    repo = ticking.repo("participant")
    person = repo.insert({"first_name": "Eva", "status": "actief", "birth_date": "01-02-1990"})
    assert person["birth_date"] == "1990-02-01"
    with pytest.raises(ValidationFailed) as err:
        repo.update(person["id"], {"birth_date": "31-02-2026", "last_name": "Smit"})
    assert "geen bestaande datum" in err.value.errors["birth_date"]
    assert repo.get(person["id"])["last_name"] is None


def test_long_and_non_latin_texts_are_stored_exactly(ticking):
    repo = ticking.repo("intake")
    person = ticking.repo("participant").insert({"first_name": "ሰላም", "status": "intake"})
    text = ("Arabisch: محمد الحسن — Ge'ez: ተስፋየ ገብረመድህን — emoji 👩🏽‍🔧 ") * 180
    assert 9_000 < len(text) < 20_000
    intake = repo.insert({"participant_id": person["id"], "own_words": text})
    assert repo.get(intake["id"])["own_words"] == text


def test_multi_choices_are_stored_in_declaration_order(ticking):
    repo = ticking.repo("intake")
    person = ticking.repo("participant").insert({"first_name": "Bram", "status": "intake"})
    a = repo.insert({"participant_id": person["id"], "transport": ["ov", "fiets"]})
    assert a["transport"] == ["fiets", "ov"]
    with pytest.raises(ValidationFailed):
        repo.update(a["id"], {"transport": ["raket"]})


def test_find_takes_positional_and_named_parameters_and_orders_and_limits(ticking):
    repo = ticking.repo("participant")
    for first in ("Noor", "Bram", "Anouk"):
        repo.insert({"first_name": first, "status": "actief"})
    assert [r["first_name"] for r in repo.find("first_name != ?", ["Bram"], order_by="first_name")] == [
        "Anouk", "Noor"]
    named = repo.find("first_name = :name OR first_name = :other", {"name": "Noor", "other": "Bram"},
                      order_by="first_name DESC", limit=1)
    assert [r["first_name"] for r in named] == ["Noor"]

"""Rights of the participant: export (inzage), correction with history, erasure everywhere."""

from __future__ import annotations

import json
import shutil

import pytest
from pypdf import PdfReader

from begeleider_app.domain.display import display
from begeleider_app.domain.fields import ENTITIES, FieldType
from begeleider_app.domain.messages import UserError
from begeleider_app.services import privacy
from begeleider_app.services.participants import intake_for
from begeleider_app.services.session import open_store
from begeleider_app.storage import erasure
from begeleider_app.storage.search import search_participant_ids

from .conftest import HEALTH_MARKER, NAME_FIRST, NAME_LAST


def sample_value(table: str, fld, n: int):
    """A distinctive valid value for every declared field type."""
    if fld.type is FieldType.CHOICE:
        return fld.choices[-1].value
    if fld.type is FieldType.MULTI:
        return [fld.choices[0].value]
    if fld.type is FieldType.BOOL:
        return True
    if fld.type is FieldType.DATE:
        return f"2025-0{1 + n % 9}-1{n % 10}"
    if fld.type is FieldType.INT:
        return max(fld.minimum or 0, min(fld.maximum or 99, 1990 + n if (fld.minimum or 0) > 1000 else 7 + n % 20))
    if fld.type is FieldType.JSON:
        return {"scale": [1, 5], "values": {"op_tijd": 4}}
    return f"W-{table}-{fld.name}-{n}"


def fill_everything(store, person_id: str) -> dict[str, dict[str, object]]:
    """Give every field of the participant and of their intake a value; return what was set."""
    set_values: dict[str, dict[str, object]] = {}
    p_values = {f.name: sample_value("participant", f, i)
                for i, f in enumerate(ENTITIES["participant"].fields)
                if f.name not in ("first_name", "last_name", "status")}
    store.repo("participant").update(person_id, p_values)
    set_values["participant"] = p_values
    intake = intake_for(store, person_id)
    i_values = {f.name: sample_value("intake", f, i) for i, f in enumerate(ENTITIES["intake"].fields)
                if f.name != "participant_id"}
    i_values["health"] = HEALTH_MARKER
    store.repo("intake").update(intake["id"], i_values)
    set_values["intake"] = i_values
    return set_values


def test_export_holds_every_field_history_and_audit(store, make_person, tmp_path):
    person = make_person(store)
    expected = fill_everything(store, person["id"])
    privacy.correct(store, "participant", person["id"], {"phone": "0699999999"},
                    note="op verzoek van de deelnemer")
    goal = store.repo("goal").insert({"participant_id": person["id"], "text": "Zelf met de bus",
                                      "status": "open"})
    result = privacy.export_participant(store, person["id"], tmp_path / "inzage")

    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["name"] == f"{NAME_FIRST} {NAME_LAST}"
    for name in ENTITIES["participant"].field_names:
        assert name in data["participant"], name
    for name, value in expected["participant"].items():
        want = "0699999999" if name == "phone" else value
        assert data["participant"][name] == want, name
    intake_rows = data["records"]["intake"]
    for name, value in expected["intake"].items():
        assert intake_rows[0][name] == value, name
    assert data["records"]["goal"][0]["id"] == goal["id"]
    notes = [h["note"] for h in data["history"]]
    assert "op verzoek van de deelnemer" in notes
    old_phones = [h["version"].get("phone") for h in data["history"] if h["table"] == "participant"]
    assert expected["participant"]["phone"] in old_phones
    actions = {a["action"] for a in data["audit"]}
    assert {"create", "correction"} <= actions

    text = "\n".join(page.extract_text() for page in PdfReader(result.pdf_path).pages)
    flat = " ".join(text.split())
    for fld in ENTITIES["participant"].fields:
        assert fld.label("nl") in flat, fld.label("nl")
        shown = display("participant", fld.name, store.repo("participant").get(person["id"])[fld.name])
        if shown and fld.type is not FieldType.LONGTEXT:
            assert shown in flat, (fld.name, shown)
    assert HEALTH_MARKER in flat and "op verzoek van de deelnemer" in flat
    # The export itself is logged, without personal data.
    last = privacy.audit_entries(store, action="export_participant")[0]
    assert last["row_id"] == person["id"] and NAME_LAST not in (last["detail"] or "")


def test_correction_needs_a_note_and_keeps_the_old_value(store, make_person):
    person = make_person(store)
    with pytest.raises(UserError):
        privacy.correct(store, "participant", person["id"], {"last_name": "Anders"}, note=" ")
    privacy.correct(store, "participant", person["id"], {"last_name": "Quastelbroek-Anders"},
                    note="spelling gecorrigeerd")
    history = store.repo("participant").history(person["id"])
    assert history[0]["last_name"] == NAME_LAST and history[0]["_note"] == "spelling gecorrigeerd"


def test_erasure_needs_confirmation(store, make_person):
    person = make_person(store)
    with pytest.raises(UserError):
        privacy.erase_participant(store, person["id"], confirmed=False)
    assert store.repo("participant").get(person["id"]) is not None


def _add_children(store, pid):
    goal = store.repo("goal").insert({"participant_id": pid, "text": f"Doel van {NAME_LAST}", "status": "open"})
    store.repo("goal").update(goal["id"], {"text": f"Nieuw doel van {NAME_LAST}"}, note="bijgesteld")
    store.repo("contact").insert({"participant_id": pid, "role": "buddy", "name": f"Buddy van {NAME_LAST}"})
    place = store.repo("placement").insert({"participant_id": pid, "type": "proefweek",
                                            "organisation": "Kringloop Test"})
    store.repo("observation").insert({"participant_id": pid, "placement_id": place["id"],
                                      "date": "2026-11-02", "what_happened": f"{NAME_LAST} hielp"})


def test_erasure_removes_name_from_database_history_and_search(store, make_person, dump):
    keep = make_person(store, first="Bertje", last="Blijftstaan", marker="blijft")
    gone = make_person(store)
    _add_children(store, gone["id"])
    store.repo("participant").update(gone["id"], {"last_name": NAME_LAST + "-Oud"}, note="x")
    store.repo("participant").update(gone["id"], {"last_name": NAME_LAST}, note="terug")
    assert search_participant_ids(store.db, NAME_LAST) == [gone["id"]]

    removed = privacy.erase_participant(store, gone["id"], confirmed=True)
    assert removed == 7  # participant, intake, status change, goal, buddy, placement, observation
    text = dump(store.db)
    assert NAME_LAST not in text and HEALTH_MARKER not in text and NAME_FIRST not in text
    assert search_participant_ids(store.db, NAME_LAST) == []
    assert store.db.execute("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH ?",
                            [NAME_LAST]).fetchone()[0] == 0
    # The other participant is untouched; the tombstone holds no personal data.
    assert search_participant_ids(store.db, "Blijftstaan") == [keep["id"]]
    tomb = list(store.db["erasure"].rows)
    assert [t["id"] for t in tomb] == [gone["id"]] and tomb[0]["reason"] == "request"
    entry = privacy.audit_entries(store, action="erasure")[0]
    assert NAME_LAST not in json.dumps(entry)
    # The bytes of the file (and its WAL) no longer hold the name or the health note.
    path = store.path
    for side in (path, path.with_name(path.name + "-wal")):
        if side.exists():
            raw = side.read_bytes()
            assert NAME_LAST.encode() not in raw and HEALTH_MARKER.encode() not in raw, side
    store.close()
    raw = path.read_bytes()
    assert NAME_LAST.encode() not in raw and HEALTH_MARKER.encode() not in raw
    assert b"Blijftstaan" in raw  # the byte search does find names that are there


def test_erasure_tombstone_erases_on_a_second_laptop(paths, tmp_path, make_person, dump):
    """The local half of sync: laptop B has an old copy; the tombstone from A erases it there.

    (Sync itself copies the `erasure` rows and then calls `erasure.apply_erasures`.)
    """
    a_path, b_path = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    a = open_store(a_path, paths)
    person = make_person(a)
    _add_children(a, person["id"])
    a.close()
    shutil.copy(a_path, b_path)
    a = open_store(a_path, paths)
    privacy.erase_participant(a, person["id"], confirmed=True, reason="retention")
    tombs = list(a.db["erasure"].rows)
    a.close()

    b = open_store(b_path, paths)
    assert search_participant_ids(b.db, NAME_LAST)
    b.db["erasure"].insert_all(tombs)  # what sync's merge does with erasure rows
    assert erasure.apply_erasures(b.db) == [person["id"]]
    assert erasure.apply_erasures(b.db) == []  # idempotent
    assert NAME_LAST not in dump(b.db) and search_participant_ids(b.db, NAME_LAST) == []
    old_row = {"id": "x", "participant_id": person["id"]}
    assert erasure.is_erased_row(old_row, erasure.erased_ids(b.db))
    b.close()
    assert NAME_LAST.encode() not in b_path.read_bytes()


def test_export_of_unknown_participant_is_refused(store, tmp_path):
    with pytest.raises(UserError):
        privacy.export_participant(store, "nope", tmp_path)
    assert not (tmp_path / "inzage-nope.json").exists()

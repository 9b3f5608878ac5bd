"""Retention (period after closing, list due, erase with a log without personal data) and CLI."""

from __future__ import annotations

import json
from datetime import date

from begeleider_app.cli import main
from begeleider_app.config import Settings
from begeleider_app.services import retention
from begeleider_app.services.participants import change_status
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto
from begeleider_app.storage.search import search_participant_ids

from .conftest import HEALTH_MARKER, NAME_LAST, PASS

TODAY = date(2031, 6, 1)


def closed_people(store, make_person):
    old = make_person(store)  # closed 2026-01-15: due 2031-01-15 with 5 years
    change_status(store, old["id"], "afgesloten", on="2026-01-15")
    recent = make_person(store, first="Recent", last="Afgeslotenman", marker="m")
    change_status(store, recent["id"], "afgesloten", on="2027-03-01")
    active = make_person(store, first="Nog", last="Bezigvrouw", marker="m")
    eindgesprek = make_person(store, first="Eind", last="Gesprekker", marker="m")
    store.repo("participant").update(eindgesprek["id"], {"status": "afgesloten",
                                                         "closing_date": "2025-05-05"})
    return old, recent, active, eindgesprek


def test_due_list_uses_period_after_closing(store, make_person):
    old, recent, active, eind = closed_people(store, make_person)
    due = retention.due_for_erasure(store, years=5, today=TODAY)
    assert [d.participant_id for d in due] == [eind["id"], old["id"]]
    assert due[1].closed_on == date(2026, 1, 15) and due[1].due_on == date(2031, 1, 15)
    assert [d.participant_id for d in retention.due_for_erasure(store, years=10, today=TODAY)] == []
    assert len(retention.due_for_erasure(store, years=1, today=TODAY)) == 3  # never the active one


def test_erase_expired_dry_run_then_for_real(store, make_person):
    old, recent, active, eind = closed_people(store, make_person)
    due = retention.erase_expired(store, years=5, today=TODAY, dry_run=True)
    assert len(due) == 2 and search_participant_ids(store.db, NAME_LAST)
    retention.erase_expired(store, years=5, today=TODAY)
    assert search_participant_ids(store.db, NAME_LAST) == []
    assert search_participant_ids(store.db, "Afgeslotenman") == [recent["id"]]
    log = [dict(r) for r in store.db["audit_log"].rows_where("action = 'retention_erasure'")]
    assert len(log) == 1 and log[0]["detail"] == "files=2; years=5"
    reasons = {r["reason"] for r in store.db["erasure"].rows}
    assert reasons == {"retention"}


def test_retention_setting_default_and_change(paths):
    settings = Settings.load(paths)
    assert retention.retention_years(settings) == 5
    retention.set_retention_years(settings, paths, 7)
    assert retention.retention_years(Settings.load(paths)) == 7


def test_cli_with_passphrase_env(paths, tmp_path, make_person, monkeypatch, capsys):
    db = tmp_path / "cli.sqlite"
    store = open_store(db, paths, key=PASS)
    old, *_ = closed_people(store, make_person)
    store.close()
    monkeypatch.setenv("BEGELEIDER_TEST_PASS", PASS)
    out = tmp_path / "uit"
    rc = main(["export-participant", "--db", str(db), "--participant", old["id"], "--out", str(out),
               "--passphrase-env", "BEGELEIDER_TEST_PASS"])
    assert rc == 0
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["records"]["intake"][0]["health"] == HEALTH_MARKER
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]

    rc = main(["erase-expired", "--db", str(db), "--dry-run", "--today", "2031-06-01",
               "--passphrase-env", "BEGELEIDER_TEST_PASS"])
    printed = capsys.readouterr().out
    assert rc == 0 and old["id"] in printed and NAME_LAST not in printed and "niets gewist" in printed

    # A wrong passphrase: exit code 2, a Dutch message, the file unchanged.
    before = db.read_bytes()
    monkeypatch.setenv("VERKEERD", "niet het wachtwoord")
    rc = main(["list", "--db", str(db), "--passphrase-env", "VERKEERD"])
    err = capsys.readouterr().err
    assert rc == 2 and "wachtwoord" in err and "klopt niet" in err
    assert db.read_bytes() == before
    # An unset variable is named, never guessed.
    rc = main(["list", "--db", str(db), "--passphrase-env", "BESTAAT_NIET_123"])
    assert rc == 2 and "BESTAAT_NIET_123" in capsys.readouterr().err

    rc = main(["erase-expired", "--db", str(db), "--today", "2031-06-01",
               "--passphrase-env", "BEGELEIDER_TEST_PASS"])
    assert rc == 0
    store = open_store(db, paths, key=PASS)
    assert search_participant_ids(store.db, NAME_LAST) == []
    store.close()


def test_cli_encrypt_change_decrypt(paths, tmp_path, make_person, monkeypatch, capsys):
    db = tmp_path / "conv.sqlite"
    store = open_store(db, paths)
    make_person(store)
    store.close()
    monkeypatch.setenv("P1", PASS)
    monkeypatch.setenv("P2", "tweede wachtwoord hier")
    assert main(["encrypt", "--db", str(db), "--new-passphrase-env", "P1"]) == 0
    assert not crypto.is_plain(db)
    assert main(["change-passphrase", "--db", str(db), "--passphrase-env", "P1",
                 "--new-passphrase-env", "P2"]) == 0
    assert main(["check", "--db", str(db), "--passphrase-env", "P2"]) == 0
    assert main(["decrypt", "--db", str(db), "--passphrase-env", "P2"]) == 0
    assert crypto.is_plain(db) and NAME_LAST.encode() in db.read_bytes()
    assert "NIET meer versleuteld" in capsys.readouterr().out

"""IT's `begeleider hub` commands and `begeleider sync --hub` on the command line."""

from __future__ import annotations

import json

from begeleider_app.cli import main
from begeleider_app.services.participants import create_participant
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto


def test_it_sets_up_a_hub_admits_two_laptops_they_sync_and_one_is_revoked(
        hub, tmp_path, paths, monkeypatch, capsys):
    admin = hub.admin_dsn  # the fixture's hub is initialised already: init is idempotent
    assert main(["hub", "init", "--dsn", admin]) == 0
    assert "al bij" in capsys.readouterr().out
    monkeypatch.setenv("LAPTOP_PASS", "wachtwoord van de laptop 1")
    roles, dbs = {}, {}
    for name in ("anna", "bram"):
        role = f"{name}_{hub.dbname}"
        assert main(["hub", "add-device", "--dsn", admin, "--team", "team-oost", "--name", role,
                     "--label", name.capitalize(), "--json"]) == 0
        roles[name] = json.loads(capsys.readouterr().out)
        hub.devices[role] = roles[name]["password"]
        db = tmp_path / f"{name}.sqlite"
        store = open_store(db, paths, key="wachtwoord van de laptop 1")
        crypto.set_team_passphrase(store.db, "teamwachtwoord van oost")
        if name == "anna":
            create_participant(store, {"first_name": "Clara", "last_name": "Commandoregel"})
        store.close()
        dbs[name] = db
    crypto.forget_session_keys()
    # The same name again is refused, plainly.
    assert main(["hub", "add-device", "--dsn", admin, "--team", "team-oost",
                 "--name", roles["anna"]["role"]]) == 2
    assert "al een apparaat" in capsys.readouterr().err

    def sync(name: str) -> int:
        monkeypatch.setenv("HUB_PASS", roles[name]["password"])
        return main(["--data-dir", str(tmp_path / name), "sync", "--db", str(dbs[name]),
                     "--passphrase-env", "LAPTOP_PASS", "--hub", hub.device_dsn(roles[name]["role"]),
                     "--hub-password-env", "HUB_PASS"])

    assert sync("anna") == 0
    assert sync("bram") == 0
    out = capsys.readouterr().out
    assert "hub 127.0.0.1" in out
    store = open_store(dbs["bram"], paths, key="wachtwoord van de laptop 1")
    assert [r["first_name"] for r in store.repo("participant").find()] == ["Clara"]
    store.close()

    assert main(["hub", "devices", "--dsn", admin, "--json"]) == 0
    listed = {r["role"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed[roles["anna"]["role"]]["streams"] == 1 and listed[roles["anna"]["role"]]["label"] == "Anna"

    assert main(["hub", "revoke-device", "--dsn", admin, "--name", roles["bram"]["role"]]) == 0
    assert "ingetrokken" in capsys.readouterr().out
    assert sync("bram") == 2
    assert "geen toegang" in capsys.readouterr().err
    crypto.forget_session_keys()


def test_a_plain_database_may_not_use_a_hub(hub, tmp_path, paths, monkeypatch, capsys):
    role = f"plain_{hub.dbname}"
    dsn, password = hub.add_device("plain")
    db = tmp_path / "plain.sqlite"
    open_store(db, paths).close()
    monkeypatch.setenv("HUB_PASS", password)
    assert main(["sync", "--db", str(db), "--hub", dsn, "--hub-password-env", "HUB_PASS"]) == 2
    assert "versleutelde database" in capsys.readouterr().err
    assert role in hub.devices

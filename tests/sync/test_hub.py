"""The hub as a transport: two encrypted laptops sync through PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from begeleider_app.config import Device, resolve_paths
from begeleider_app.services.participants import create_participant
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto
from begeleider_app.sync.hub import sync_with_hub

PASS = "een lang wachtwoord van de laptop"
TEAM = "ons gezamenlijke teamwachtwoord"


class HubLaptop:
    def __init__(self, root: Path, name: str, hub) -> None:
        self.name = name
        self.paths = resolve_paths(root / name)
        self.paths.ensure()
        self.device = Device.load_or_create(self.paths)
        self.store = open_store(root / name / "work.sqlite", self.paths, device=self.device, key=PASS)
        crypto.set_team_passphrase(self.store.db, TEAM)
        self.dsn, self.password = hub.add_device(name)

    def sync(self, **kwargs):
        return sync_with_hub(self.store, self.dsn, self.paths, device=self.device,
                             password=self.password, coach_name=self.name, **kwargs)


@pytest.fixture
def laptops(tmp_path, hub):
    crypto.forget_session_keys()
    made: list[HubLaptop] = []

    def make(*names: str) -> list[HubLaptop]:
        made.extend(HubLaptop(tmp_path, n, hub) for n in names)
        return made[-len(names):]

    yield make
    for laptop in made:
        laptop.store.close()
    crypto.forget_session_keys()


def test_two_laptops_exchange_records_through_the_hub(laptops):
    a, b = laptops("anna", "bram")
    person = create_participant(a.store, {"first_name": "Hubertine", "last_name": "Test"})
    report = a.sync()
    assert not report.publish_error and report.published_seq is not None
    assert report.share.startswith("hub 127.0.0.1:")
    report = b.sync()
    assert report.changes >= 1 and not report.warnings, report.warnings
    assert b.store.repo("participant").get(person["id"])["first_name"] == "Hubertine"

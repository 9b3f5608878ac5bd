"""Faults against a real PostgreSQL hub: dropped connections mid-upload and mid-download, a
server restart, a revoked laptop, a laptop writing another laptop's stream, and what the hub's
administrators can read (nothing of a participant)."""

from __future__ import annotations

import pytest

from begeleider_app.domain.messages import UserError
from begeleider_app.services.participants import create_participant, intake_for
from begeleider_app.sync import hub as hub_module
from begeleider_app.sync import hub_schema

from .conftest import Laptop

MARKERS = ("Quirijntje-Hubmarker", "Zorgnotitie-7731-HUB", "06-HUB-98765")


@pytest.fixture
def pair(tmp_path, share, hub):
    from begeleider_app.storage import crypto

    made = [Laptop(tmp_path / "laptops", n, share, hub=hub) for n in ("Anna", "Bram")]
    yield made
    for laptop in made:
        laptop.close()
    crypto.forget_session_keys()


@pytest.fixture
def small_chunks(monkeypatch):
    """Files of a few kB go up in several chunks, so an upload can be cut in the middle."""
    monkeypatch.setattr(hub_module, "CHUNK", 2048)


def _end_connections(hub, role: str) -> int:
    with hub.admin() as conn:
        return conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE usename = %s", [role]).fetchone()[0]


def _role(laptop: Laptop) -> str:
    return laptop.hub_dsn.split("user=")[1].split()[0]


def _person(laptop: Laptop, first: str = MARKERS[0]) -> dict:
    person = create_participant(laptop.store, {"first_name": first, "last_name": "Test",
                                               "phone": MARKERS[2]})
    laptop.repo("intake").update(intake_for(laptop.store, person["id"])["id"],
                                 {"health": MARKERS[1]})
    return person


def _busy_person(laptop: Laptop) -> dict:
    """A participant with enough edits that the change set goes up in many (small) chunks."""
    person = _person(laptop)
    for i in range(40):
        laptop.repo("participant").update(person["id"], {"email": f"adres{i}@voorbeeld.nl"})
    return person


def test_a_connection_dropped_mid_upload_goes_on_where_it_stopped(pair, hub, small_chunks,
                                                                   monkeypatch):
    a, b = pair
    a.sync()
    b.sync()
    person = _busy_person(a)
    steps: list[str] = []
    ended: list[int] = []

    def cut(step: str) -> None:
        steps.append(step)
        if step == "chunk" and steps.count("chunk") == 2:
            ended.append(_end_connections(hub, _role(a)))

    monkeypatch.setattr(hub_module, "STEP_HOOK", cut)
    report = a.sync()
    monkeypatch.setattr(hub_module, "STEP_HOOK", None)
    assert ended == [1]  # the connection really was cut mid-upload
    assert not report.publish_error, report.publish_error
    with hub.admin() as conn:
        rows = conn.execute("SELECT b.name, b.chunks, count(c.n), bool_and(b.complete) "
                            "FROM begeleider.blob b JOIN begeleider.chunk c USING (device_id, name) "
                            "GROUP BY b.device_id, b.name").fetchall()
    assert rows and all(total == stored and complete for _n, total, stored, complete in rows)
    sent = sum(total for name, total, _s, _c in rows if name in report.published_files)
    assert steps.count("chunk") == sent > 2  # each chunk went up once, none twice
    b.sync()
    assert b.get(person["id"])["email"] == "adres39@voorbeeld.nl"


def test_a_hub_that_goes_away_mid_upload_leaves_nothing_half_visible(
        pair, hub, pg_server, small_chunks, monkeypatch):
    a, b = pair
    a.sync()
    b.sync()
    person = _busy_person(a)
    monkeypatch.setattr(hub_module, "RECONNECT_PAUSES", (0.0, 0.05))

    def stop(step: str) -> None:
        if step == "chunk":
            monkeypatch.setattr(hub_module, "STEP_HOOK", None)
            pg_server.stop("immediate")

    monkeypatch.setattr(hub_module, "STEP_HOOK", stop)
    report = a.sync()
    assert report.publish_error and "niet bereikbaar" in report.publish_error
    pg_server.start()
    with hub.admin() as conn:
        assert conn.execute("SELECT count(*) FROM begeleider.blob WHERE NOT complete").fetchone()[0] == 1
    assert b.sync().changes == 0 and b.get(person["id"]) is None  # nothing half visible
    assert not a.sync().publish_error
    with hub.admin() as conn:  # the unfinished upload is gone, its file went up whole
        assert conn.execute("SELECT count(*) FROM begeleider.blob WHERE NOT complete").fetchone()[0] == 0
    b.sync()
    assert b.get(person["id"])["email"] == "adres39@voorbeeld.nl"


def test_a_connection_dropped_mid_download_goes_on_where_it_stopped(
        pair, hub, small_chunks, monkeypatch):
    a, b = pair
    a.sync()
    b.sync()
    person = _busy_person(a)
    assert not a.sync().publish_error
    ended: list[int] = []

    def cut(step: str) -> None:
        if step == "download_chunk" and not ended:
            ended.append(_end_connections(hub, _role(b)))

    monkeypatch.setattr(hub_module, "STEP_HOOK", cut)
    report = b.sync()
    monkeypatch.setattr(hub_module, "STEP_HOOK", None)
    assert ended == [1] and not report.warnings, report.warnings
    assert b.get(person["id"])["email"] == "adres39@voorbeeld.nl"


def test_a_server_restart_between_and_during_syncs(pair, hub, pg_server, monkeypatch):
    a, b = pair
    person = _person(a)
    a.sync()
    pg_server.restart()  # IT restarts the server between two syncs: nothing to notice
    b.sync()
    assert b.get(person["id"]) is not None
    a.repo("participant").update(person["id"], {"email": "na@herstart.nl"})

    def restart(step: str) -> None:
        if step == "complete":
            monkeypatch.setattr(hub_module, "STEP_HOOK", None)
            pg_server.restart()

    monkeypatch.setattr(hub_module, "STEP_HOOK", restart)
    report = a.sync()  # the file went up; the manifest naming it could not
    assert report.publish_error
    assert a.sync().publish_error == ""
    b.sync()
    assert b.get(person["id"])["email"] == "na@herstart.nl"


def test_an_unreachable_hub_is_offline_not_an_error():
    with pytest.raises(UserError) as caught:
        hub_module.HubTransport("host=127.0.0.1 port=1 dbname=x user=anna_x connect_timeout=2")
    assert caught.value.key == "hub.offline"
    assert "offline" in caught.value.message() and "127.0.0.1:1/x" in caught.value.message()


def test_a_remote_hub_needs_tls():
    assert hub_module.connection_params("host=hub.example.org dbname=h")["sslmode"] == "require"
    with pytest.raises(UserError) as caught:
        hub_module.connection_params("host=hub.example.org dbname=h sslmode=disable")
    assert caught.value.key == "hub.needs_tls"
    assert "sslmode" not in hub_module.connection_params("host=localhost dbname=h")


def test_a_revoked_laptop_is_told_so_and_reads_nothing(pair, hub):
    a, b = pair
    person = _person(a)
    a.sync()
    b.sync()
    ended = hub_schema.revoke_device(hub.admin_dsn, role=_role(b))
    assert ended >= 0
    with pytest.raises(UserError) as caught:
        b.sync()
    assert caught.value.key == "hub.refused" and "IT" in caught.value.message()
    assert b.get(person["id"]) is not None  # what is on the laptop stays
    members = {m["role"]: m for m in hub_schema.members(hub.admin_dsn)}
    assert members[_role(b)]["revoked_at"] is not None and members[_role(a)]["revoked_at"] is None
    a.repo("participant").update(person["id"], {"email": "na@intrekking.nl"})
    assert not a.sync().publish_error  # the rest of the team goes on


def test_the_database_refuses_writes_to_another_laptops_stream(pair, hub):
    """Not our code but PostgreSQL's row-level security says no."""
    import psycopg

    a, b = pair
    _person(a)
    a.sync()
    b.sync()
    with psycopg.connect(b.hub_dsn, password=b.hub_password, autocommit=True) as conn:
        a_id = a.store.device_id
        for statement, params in (
            ("INSERT INTO begeleider.stream (device_id, role_name, team) VALUES (%s, %s, %s)",
             ["xxxxxxxxnewstream", _role(a), "team-oost"]),
            ("INSERT INTO begeleider.blob (device_id, name, size, sha256, chunks) "
             "VALUES (%s, 'changes-999999.sqlite', 1, repeat('a', 64), 1)", [a_id]),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, params)
        # Updates and deletes of another laptop's rows find nothing they may touch.
        assert conn.execute("UPDATE begeleider.manifest SET body = '{}' WHERE device_id = %s",
                            [a_id]).rowcount == 0
        assert conn.execute("DELETE FROM begeleider.blob WHERE device_id = %s", [a_id]).rowcount == 0
        assert conn.execute("DELETE FROM begeleider.stream WHERE device_id = %s", [a_id]).rowcount == 0
        # Reading the team's streams is allowed; the team list of members is not.
        assert conn.execute("SELECT count(*) FROM begeleider.manifest").fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM begeleider.member")
    a.sync()  # A's stream is intact
    assert not a.sync().publish_error


def test_another_team_on_the_same_hub_sees_nothing(tmp_path, share, hub):
    from begeleider_app.storage import crypto

    a = Laptop(tmp_path / "l", "Anna", share, hub=hub, hub_team="team-oost")
    z = Laptop(tmp_path / "l", "Zeno", share, hub=hub, hub_team="team-west")
    try:
        person = _person(a)
        a.sync()
        report = z.sync()
        assert z.get(person["id"]) is None and report.changes == 0
        with hub_module.HubTransport(z.hub_dsn, password=z.hub_password) as t:
            assert t.devices() == [z.store.device_id]
    finally:
        a.close()
        z.close()
        crypto.forget_session_keys()


def test_no_participant_value_is_readable_anywhere_in_the_hub(pair, hub):
    a, b = pair
    person = _person(a)
    placement = a.repo("placement").insert({"participant_id": person["id"], "type": "leerwerkplek",
                                            "organisation": "Kringloop " + MARKERS[0]})
    a.repo("placement").update(placement["id"], {"notes": MARKERS[1] + " notitie"})
    for laptop in (a, b, a):
        laptop.sync()
    assert b.get(person["id"])["first_name"] == MARKERS[0]
    found = []
    with hub.admin() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'begeleider'")]
        assert {"manifest", "blob", "chunk", "stream"} <= set(tables)
        for table in tables:
            for (row,) in conn.execute(f"SELECT row_to_json(t)::text FROM begeleider.{table} t"):
                found.extend(f"{table}: {m}" for m in MARKERS if m in row)
        for (data,) in conn.execute("SELECT data FROM begeleider.chunk"):
            raw = bytes(data)
            found.extend(f"chunk bytes: {m}" for m in MARKERS
                         if m.encode() in raw or m.encode("utf-16-le") in raw)
        assert conn.execute("SELECT count(*) FROM begeleider.chunk").fetchone()[0] > 0
    assert not found, found


def test_uploads_are_idempotent_and_a_published_file_is_never_replaced(pair, hub, tmp_path):
    a, _b = pair
    a.sync()
    blob = tmp_path / "changes-999999.sqlite"
    blob.write_bytes(b"ciphertext " * 500)
    with hub_module.HubTransport(a.hub_dsn, password=a.hub_password) as t:
        first = t.put(a.store.device_id, blob.name, blob)
        assert t.put(a.store.device_id, blob.name, blob) == first  # again: nothing happens
        blob.write_bytes(b"other bytes " * 500)
        with pytest.raises(UserError) as caught:
            t.put(a.store.device_id, blob.name, blob)
        assert caught.value.key == "hub.blob_exists"
        back = tmp_path / "back.sqlite"
        t.get(a.store.device_id, blob.name, back, size=first[1], sha256=first[0])
        assert back.read_bytes() == b"ciphertext " * 500


def test_a_hub_set_up_by_a_newer_version_is_refused(pair, hub):
    a, _b = pair
    with hub.admin() as conn:
        conn.execute("INSERT INTO begeleider.hub_migration (name) VALUES ('h999_from_the_future')")
    with pytest.raises(UserError) as caught:
        a.sync()
    assert caught.value.key == "hub.newer_schema"
    with pytest.raises(UserError):
        hub_schema.init(hub.admin_dsn)

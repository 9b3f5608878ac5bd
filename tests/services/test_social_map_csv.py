"""The sociale kaart as CSV: 500 services in, every bad row reported by its line, nothing
else lost; the same file again changes nothing; export and import give the same map back."""

from __future__ import annotations

import csv
import io

import pytest

from begeleider_app.cli import main
from begeleider_app.domain.messages import UserError
from begeleider_app.services import social_map

from .make_sociale_kaart import HEADER, write

EXPECTED_WORDS = {
    "no_name": "Naam is verplicht",
    "bad_email": "geen e-mailadres",
    "duplicate": "Dubbel",
    "bad_contact_email": "Contactpersoon: E-mail",
    "unknown_kind": "Soort 'Kapper' is onbekend",
    "extra_cell": "1 cellen meer",
}


def _names(store) -> set[str]:
    return {r["name"] for r in social_map.all_services(store)}


def test_500_services_with_bad_rows_each_reported_by_line(store, tmp_path):
    written = write(tmp_path / "kaart.csv", 500)
    assert len(written.good_names) == 500 and len(written.bad_lines) == 6
    result = social_map.import_csv(store, written.path)
    assert result.added == 500
    assert result.rows == 506
    assert {p.line for p in result.problems} == set(written.bad_lines)
    for problem in result.problems:
        kind = written.bad_lines[problem.line]
        assert EXPECTED_WORDS[kind] in problem.message, (problem.line, problem.message)
        assert str(problem).startswith(f"Regel {problem.line}: ")
    # nothing else lost: every good service is there, with its contact person
    assert _names(store) == set(written.good_names)
    people = store.db.execute(
        "SELECT count(*) FROM contact WHERE service_id IS NOT NULL AND participant_id IS NULL"
    ).fetchone()[0]
    assert people == written.contacts
    two_lines = [r for r in social_map.all_services(store) if "\n" in (r.get("offer") or "")]
    assert two_lines and all("aan huis" in r["offer"] for r in two_lines)
    assert {r["kind"] for r in social_map.all_services(store)} >= {"schuldhulp", "uwv", "anders"}
    # the duplicate names the line of the first one
    [dup] = [p for p in result.problems if written.bad_lines[p.line] == "duplicate"]
    assert "regel" in dup.message


def test_the_same_file_twice_adds_nothing_and_reports_only_the_bad_rows(store, tmp_path):
    written = write(tmp_path / "kaart.csv", 60)
    first = social_map.import_csv(store, written.path)
    again = social_map.import_csv(store, written.path)
    assert again.added == 0 and again.unchanged == first.added
    assert {p.line for p in again.problems} == {p.line for p in first.problems}
    assert len(social_map.all_services(store)) == first.added


def test_an_import_is_one_transaction(store, tmp_path, monkeypatch):
    written = write(tmp_path / "kaart.csv", 30)
    real = store.repo("contact").insert_many

    def fail(*args, **kwargs):
        real(*args, **kwargs)
        raise OSError("schijf vol")

    monkeypatch.setattr(store.repo("contact"), "insert_many", fail)
    with pytest.raises(OSError):
        social_map.import_csv(store, written.path)
    assert social_map.all_services(store) == []
    assert store.db.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_comma_files_windows_1252_and_english_headers(store, tmp_path):
    path = tmp_path / "excel-oud.csv"
    buffer = io.StringIO(newline="")
    w = csv.writer(buffer, delimiter=",")
    w.writerow(["Name", "Kind", "Region", "E-mail", "Contact person"])
    w.writerow(["Schuldhulpmaatje Hengelo", "Debt help", "Hengelo", "info@smh.example", "Renée"])
    w.writerow(["Wijkteam Noord", "welzijn", "Zwolle", "", ""])
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    result = social_map.import_csv(store, path)
    assert (result.added, result.problems) == (2, [])
    row = social_map.search(store, "hengelo")[0]
    assert row["kind"] == "schuldhulp"
    assert social_map.contact_persons(store, row["id"])[0]["name"] == "Renée"


def test_a_file_without_a_name_column_is_refused_whole(store, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Organisatie;Telefoon\nGemeente;038\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        social_map.import_csv(store, path)
    assert err.value.key == "network.csv_no_name_column"
    assert social_map.all_services(store) == []


def test_export_then_import_gives_the_same_map(store, tmp_path, paths):
    from begeleider_app.services.session import open_store

    written = write(tmp_path / "kaart.csv", 40)
    social_map.import_csv(store, written.path)
    social_map.add(store, {"name": "=HYPERLINK(\"x\")", "kind": "anders", "phone": "+31 38 1234"})
    out = tmp_path / "export.csv"
    count = social_map.export_csv(store, out)
    assert count == 41
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].split(";") == HEADER
    assert "'=HYPERLINK" in text and ";+31 38 1234;" in text  # a formula kept as text
    other = open_store(tmp_path / "other.sqlite", paths)
    try:
        result = social_map.import_csv(other, out)
        assert (result.added, result.problems) == (41, [])
        fields = [*social_map.SERVICE_COLUMNS]

        def rows(s):
            return sorted(tuple(r.get(f) for f in fields) for r in social_map.all_services(s))

        assert rows(other) == rows(store)
    finally:
        other.close()


def test_search_ignores_case_and_accents_and_finds_contact_persons(store):
    a = social_map.add(store, {"name": "Taalcafé De Brug", "kind": "taal", "region": "Zwolle"})
    social_map.add(store, {"name": "Schuldhulp Kampen", "kind": "schuldhulp", "region": "Kampen"})
    social_map.add_contact_person(store, a["id"], {"name": "Özlem Yıldız", "phone": "0612345678"})
    assert [r["name"] for r in social_map.search(store, "taalcafe")] == ["Taalcafé De Brug"]
    assert [r["name"] for r in social_map.search(store, "ozlem")] == ["Taalcafé De Brug"]
    assert [r["name"] for r in social_map.search(store, "debt")] == ["Schuldhulp Kampen"]
    assert [r["name"] for r in social_map.search(store, "", kind="taal")] == ["Taalcafé De Brug"]


def test_cli_import_and_export_services(tmp_path, paths, capsys):
    db = tmp_path / "cli.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "3"]) == 0
    written = write(tmp_path / "kaart.csv", 50)
    capsys.readouterr()
    code = main(["import-services", "--db", str(db), "--csv", str(written.path)])
    out = capsys.readouterr()
    assert code == 3  # some rows were not read; the good ones are in
    assert "50 diensten toegevoegd" in out.out
    for line in written.bad_lines:
        assert f"Regel {line}:" in out.err
    target = tmp_path / "uit.csv"
    assert main(["export-services", "--db", str(db), "--csv", str(target)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 50 + 14  # header, the import, the demo's own map

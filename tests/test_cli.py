"""The headless `begeleider` command: demo, check, backup, restore, list."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from begeleider_app.cli import main

ENTITY_TABLES = ("participant", "status_change", "intake", "work_history", "education", "goal",
                 "goal_revision", "action", "contact", "placement", "observation", "contact_moment",
                 "consent", "history")


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in ENTITY_TABLES}
    finally:
        conn.close()


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEGELEIDER_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "begeleider_app.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_demo_is_identical_for_the_same_seed(tmp_path, paths):
    a, b, c = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    assert main(["demo", "--db", str(a), "--participants", "30", "--seed", "7"]) == 0
    # A second installation (another device id) must produce the same file content.
    assert main(["--data-dir", str(tmp_path / "other"), "demo", "--db", str(b), "--participants", "30", "--seed", "7"]) == 0
    assert main(["demo", "--db", str(c), "--participants", "30", "--seed", "8"]) == 0
    assert dump(a) == dump(b)
    assert dump(a)["participant"] != dump(c)["participant"]


def test_demo_fills_every_phase(tmp_path, paths):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "60", "--seed", "3"]) == 0
    conn = sqlite3.connect(db)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ENTITY_TABLES}
    natives = [r[0] for r in conn.execute("SELECT name_native FROM participant WHERE name_native IS NOT NULL")]
    conn.close()
    assert counts["participant"] == 60 and counts["intake"] == 60
    for table in ("goal", "goal_revision", "action", "placement", "observation", "contact_moment",
                  "contact", "consent", "work_history", "education", "status_change"):
        assert counts[table] > 0, table
    assert any("\u0600" <= ch <= "\u06ff" for name in natives for ch in name), "Arabic script"
    assert any("\u1200" <= ch <= "\u137f" for name in natives for ch in name), "Ge'ez script"


def test_demo_refuses_a_database_with_participants(tmp_path, paths, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "2"]) == 0
    assert main(["demo", "--db", str(db), "--participants", "2"]) == 2
    assert "bevat al deelnemers" in capsys.readouterr().err


def test_list_json_is_stable_and_complete(tmp_path, paths, capsys):
    db = tmp_path / "demo.sqlite"
    main(["demo", "--db", str(db), "--participants", "12", "--seed", "5"])
    capsys.readouterr()
    assert main(["list", "--db", str(db), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["list", "--db", str(db), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert first == second and len(first) == 12
    assert all(set(item) == {"id", "name", "status"} for item in first)
    assert [i["id"] for i in first] == sorted(i["id"] for i in first)


def test_check_backup_and_restore(tmp_path, paths, capsys):
    db = tmp_path / "demo.sqlite"
    main(["demo", "--db", str(db), "--participants", "5"])
    assert main(["check", "--db", str(db)]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").glob("*.sqlite"))
    assert main(["check", "--db", str(backup)]) == 0
    assert main(["restore", "--db", str(tmp_path / "restored.sqlite"), "--from", str(backup)]) == 0
    assert main(["check", "--db", str(tmp_path / "restored.sqlite")]) == 0


@pytest.mark.parametrize("content,needle_nl,needle_en", [
    (b"", "leeg", "empty"),
    (b"hallo wereld" * 100, "geen SQLite", "not an SQLite"),
    (b"SQLite format 3\x00" + b"\x07" * 5000, "beschadigd", "damaged"),
])
def test_check_fails_with_a_one_line_reason(tmp_path, content, needle_nl, needle_en):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    result = run_cli("check", "--db", str(bad), data_dir=tmp_path / "inst")
    assert result.returncode != 0
    assert needle_nl in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = run_cli("--lang", "en", "check", "--db", str(bad), data_dir=tmp_path / "inst")
    assert result.returncode != 0 and needle_en in result.stderr
    assert bad.read_bytes() == content


def test_check_a_missing_file(tmp_path):
    result = run_cli("check", "--db", str(tmp_path / "nope.sqlite"), data_dir=tmp_path / "inst")
    assert result.returncode != 0 and "bestaat niet" in result.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_help_is_clear(tmp_path):
    result = run_cli("--help", data_dir=tmp_path / "inst")
    assert result.returncode == 0
    for command in ("demo", "check", "backup", "list"):
        assert command in result.stdout


def test_files_are_private_to_the_coach(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    db = tmp_path / "private.sqlite"
    result = run_cli("demo", "--db", str(db), "--participants", "1", data_dir=tmp_path / "inst")
    assert result.returncode == 0, result.stderr
    assert db.stat().st_mode & 0o077 == 0
    assert (tmp_path / "inst" / "device.json").stat().st_mode & 0o077 == 0


def _listed_commands(help_text: str) -> list[str]:
    import re

    block = help_text.split("positional arguments:", 1)[1].split("options:", 1)[0]
    return sorted(m.group(1) for m in re.finditer(r"^    ([a-z][a-z-]*)(?:\s|$)", block, re.M))


def test_every_entry_point_lists_the_same_commands(tmp_path):
    """`python -m begeleider_app.cli` and the installed `begeleider` read one list."""
    from begeleider_app.cli import COMMANDS

    as_module = run_cli("--help", data_dir=tmp_path)
    script = Path(sys.executable).with_name("begeleider")
    as_script = subprocess.run([str(script), "--help"], capture_output=True, text=True,
                               env={**os.environ, "BEGELEIDER_DATA_DIR": str(tmp_path)}, timeout=120)
    assert as_module.returncode == 0 and as_script.returncode == 0
    listed = _listed_commands(as_module.stdout)
    assert listed == _listed_commands(as_script.stdout) == sorted(COMMANDS)
    assert {"sync", "erase-expired", "export-handover", "demo"} <= set(listed)


def test_no_module_below_the_cli_imports_it():
    """Services, sync, storage and domain never import the CLI, and no catalogue or registry
    is filled by importing a module (no MESSAGES.update outside domain/messages.py)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "src" / "begeleider_app"
    offenders = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(package)
        if rel.parts[0] in ("cli", "ui") or rel.name == "__main__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and (
                    node.module == "cli" or node.module.endswith(".cli")
                    or node.module.startswith("cli.")):
                offenders.append(f"{rel}: from {node.module}")
            if (isinstance(node, ast.Attribute) and node.attr == "update"
                    and isinstance(node.value, ast.Name) and node.value.id == "MESSAGES"):
                offenders.append(f"{rel}: MESSAGES.update")
    assert not offenders, offenders

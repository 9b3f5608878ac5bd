"""Dependencies point one way: only ui/ may import PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "begeleider_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_check_sees_pyside6_imports(tmp_path):
    # Guard against a check that cannot fail: the parser must find both import forms.
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom PySide6.QtWidgets import QWidget\n")
    assert {"PySide6.QtCore", "PySide6.QtWidgets"} <= _imports(sample)


def test_ui_does_not_run_sql():
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if any(marker in text for marker in ("db.execute(", "sqlite3.connect", ".rows_where(")):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []

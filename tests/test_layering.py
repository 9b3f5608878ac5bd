"""Dependencies point one way: only ui/ may import PySide6, only reports/ reportlab."""

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


def _importers(package: Path, module: str, allowed: str) -> list[str]:
    """Modules of ``package`` outside its sub-package ``allowed`` that import ``module``
    (at the top or inside a function: lazy imports count too)."""
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if allowed in path.relative_to(package).parts[:1]:
            continue
        if any(name.split(".")[0] == module for name in _imports(path)):
            offenders.append(path.relative_to(package).as_posix())
    return offenders


def test_nothing_outside_ui_imports_pyside6():
    assert _importers(PACKAGE, "PySide6", "ui") == []


def test_nothing_outside_reports_imports_reportlab():
    # Fonts, shaping and bidi live in reports/; a PDF drawn elsewhere would miss them.
    assert _importers(PACKAGE, "reportlab", "reports") == []


def test_the_reportlab_check_finds_a_planted_import(tmp_path):
    # Guard against a check that cannot fail: a copy of the package with one planted import.
    import shutil

    copy = tmp_path / "begeleider_app"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _importers(copy, "reportlab", "reports") == []
    planted = copy / "services" / "planted.py"
    planted.write_text("def pdf():\n    from reportlab.platypus import Paragraph\n    return Paragraph\n")
    (copy / "domain" / "planted2.py").write_text("import reportlab.lib.colors\n")
    assert _importers(copy, "reportlab", "reports") == ["domain/planted2.py", "services/planted.py"]


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

"""The handover PDF of one participant against a bare reportlab document of the same size.

Run as a child by `bench/run.py`:  python bench/handover_child.py DB PARTICIPANT_ID WORKDIR

While the real handover is built, every reportlab Paragraph and Table that is created is
counted (with the paragraph's text and the table's shape). The baseline then builds a plain
SimpleDocTemplate with exactly those paragraphs (one default style, standard font) and tables
of the same shapes: what reportlab itself needs for a document of that size.
"""

from __future__ import annotations

import inspect
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import NOT_AVAILABLE, emit, summary

# Public functions the handover feature may expose, tried in this order.
CANDIDATES = (
    ("begeleider_app.services.handover", (
        "export_handover_pdf", "export_handover", "write_handover_pdf", "write_handover",
        "build_handover_pdf", "build_handover", "make_handover_pdf", "make_handover",
        "create_handover_pdf", "create_handover", "generate_handover", "handover_pdf")),
    ("begeleider_app.reports.handover", (
        "write_handover_pdf", "build_handover_pdf", "render_handover", "build_pdf", "render")),
)


def find_handover() -> tuple[str, Callable[..., Any]] | None:
    import importlib

    for module_name, names in CANDIDATES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name and module_name.startswith(err.name):
                continue
            raise
        for name in names:
            func = getattr(module, name, None)
            if callable(func):
                return f"{module_name}.{name}", func
    return None


def call_handover(func: Callable[..., Any], store: Any, pid: str, out: Path) -> Any:
    """Call the feature's function with whatever of (store, participant, output) it takes."""
    params = inspect.signature(func).parameters
    kwargs: dict[str, Any] = {}
    positional: list[Any] = []
    for name, param in params.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        value: Any = inspect.Parameter.empty
        lname = name.lower()
        if lname in ("store",):
            value = store
        elif lname in ("participant_id", "pid", "participant"):
            value = pid
        elif lname in ("path", "out", "output", "out_path", "output_path", "dest", "target", "pdf_path"):
            value = out
        elif param.default is not inspect.Parameter.empty:
            continue
        else:
            raise TypeError(f"do not know what to pass as {name!r}")
        if param.kind is param.POSITIONAL_ONLY:
            positional.append(value)
        else:
            kwargs[name] = value
    result = func(*positional, **kwargs)
    if isinstance(result, bytes | bytearray):
        out.write_bytes(result)
    return result


class Census:
    """Counts the Paragraphs and Tables reportlab creates while it is installed."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.tables: list[tuple[int, int]] = []
        self._saved: list[tuple[type, Callable[..., Any]]] = []

    def __enter__(self) -> Census:
        from reportlab.platypus import Paragraph, Table

        census = self

        para_init = Paragraph.__init__
        table_init = Table.__init__

        def counting_para(self, text, *a, **kw):  # noqa: ANN001
            census.paragraphs.append(str(text))
            para_init(self, text, *a, **kw)

        def counting_table(self, data, *a, **kw):  # noqa: ANN001
            rows = list(data) if data is not None else []
            census.tables.append((len(rows), max((len(r) for r in rows), default=0)))
            table_init(self, data, *a, **kw)

        self._saved = [(Paragraph, para_init), (Table, table_init)]
        Paragraph.__init__ = counting_para  # type: ignore[method-assign]
        Table.__init__ = counting_table  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        for cls, init in self._saved:
            cls.__init__ = init  # type: ignore[method-assign]


def bare_document(out: Path, paragraphs: list[str], tables: list[tuple[int, int]]) -> None:
    """A plain SimpleDocTemplate with the same paragraphs and same-shaped tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["Normal"]
    story: list[Any] = [Paragraph(text, style) for text in paragraphs]
    for rows, cols in tables:
        story.append(Table([[f"{r}.{c}" for c in range(cols)] for r in range(rows)] or [[""]]))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def feature_builder(store: Any) -> tuple[str, Callable[[str, date], bytes]] | None:
    """The handover as the program makes it: compose the report, render the PDF bytes.

    Falls back to a single exported function (CANDIDATES) for other shapes of the feature.
    """
    try:
        from begeleider_app.services import handover
    except ModuleNotFoundError as err:
        if err.name and "begeleider_app.services.handover".startswith(err.name):
            return None
        raise
    if os.environ.get("BENCH_PATCH_NO_SHAPING"):
        # What-if (bench/what_if.py): no HarfBuzz shaping for this report.
        from begeleider_app.reports import pdf

        pdf.shaping_available = lambda: False
    if callable(getattr(handover, "compose", None)) and callable(getattr(handover, "render_pdf", None)):
        from begeleider_app.config import Settings

        settings = Settings(coach_name="Demo Begeleider", organisation_name="Demo Re-integratie",
                            organisation_phone="038 123 45 67", coach_email="coach@demo.example")

        def build(pid: str, on: date) -> bytes:
            report = handover.compose(store, pid, None, settings, on=on)
            return handover.render_pdf(report)

        return "services.handover.compose + render_pdf", build
    found = find_handover()
    if found is None:
        return None
    name, func = found

    def build_generic(pid: str, on: date) -> bytes:
        out = Path(tempfile.mkdtemp()) / "handover.pdf"
        call_handover(func, store, pid, out)
        return out.read_bytes()

    return name, build_generic


def consent_date(db_path: Path, pid: str) -> date:
    """A day on which the participant's consent for the employer is valid (the demo's today if so)."""
    from begeleider_app.services.demo import DEMO_TODAY

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    row = conn.execute(
        "SELECT given_on, expires_on FROM consent WHERE participant_id = ? AND deleted = 0 "
        "ORDER BY given_on DESC LIMIT 1", [pid]).fetchone()
    conn.close()
    if not row:
        return DEMO_TODAY
    given = date.fromisoformat(row[0])
    expires = date.fromisoformat(row[1]) if row[1] else None
    if given <= DEMO_TODAY and (expires is None or expires > DEMO_TODAY):
        return DEMO_TODAY
    return given + timedelta(days=1)


def main() -> int:
    db_path, pid, workdir = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    workdir.mkdir(parents=True, exist_ok=True)
    from begeleider_app.config import resolve_paths
    from begeleider_app.services.session import open_store

    paths = resolve_paths(workdir / "install")
    paths.ensure()
    store = open_store(db_path, paths)
    runs = 5
    real: list[float] = []
    try:
        found = feature_builder(store)
        if found is None:
            emit({"status": NOT_AVAILABLE})
            return 0
        name, build = found
        on = consent_date(db_path, pid)
        t0 = time.perf_counter()
        with Census() as census:
            data = build(pid, on)
        first = time.perf_counter() - t0
        if len(sys.argv) > 4:  # bench/profile.py handover: profile the warm runs only
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        for _ in range(runs):
            t0 = time.perf_counter()
            data = build(pid, on)
            real.append(time.perf_counter() - t0)
        if len(sys.argv) > 4:
            profiler.stop()
            Path(sys.argv[4]).write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    finally:
        store.close()
    out = workdir / "handover.pdf"
    out.write_bytes(data)
    pages = None
    try:
        from pypdf import PdfReader

        pages = len(PdfReader(str(out)).pages)
    except Exception:  # pypdf is a test extra; the figure does not depend on it
        pass
    base_out = workdir / "bare.pdf"
    bare: list[float] = []
    bare_document(base_out, census.paragraphs, census.tables)  # warm, like the real one
    for _ in range(runs):
        t0 = time.perf_counter()
        bare_document(base_out, census.paragraphs, census.tables)
        bare.append(time.perf_counter() - t0)
    emit({"function": name, "on": on.isoformat(), "first_s": first, "handover": summary(real),
          "bare": summary(bare), "paragraphs": len(census.paragraphs), "tables": len(census.tables),
          "table_cells": sum(r * c for r, c in census.tables), "pdf_bytes": out.stat().st_size,
          "bare_pdf_bytes": base_out.stat().st_size, "pages": pages})
    return 0


if __name__ == "__main__":
    sys.exit(main())

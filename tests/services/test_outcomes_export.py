"""The funder export: the xlsx opens with openpyxl and holds the figures and definitions; the
PDF is read back (text) and rendered (pdftoppm), with small numbers hidden."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from begeleider_app.services import outcomes as oc
from begeleider_app.services import outcomes_export as ox

from .outcomes_caseload import PERIOD, TODAY, build


@pytest.fixture
def caseload(store):
    build(store)
    return store


def test_xlsx_opens_with_openpyxl_and_matches_the_figures(caseload, tmp_path):
    path = tmp_path / "resultaten.xlsx"
    ox.export(caseload, path, *PERIOD, today=TODAY)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Cijfers", "Definities"]
    rows = [tuple(r) for r in book["Cijfers"].iter_rows(values_only=True)]
    values = {r[0]: r[1] for r in rows if r and r[0]}
    assert values["Gestarte trajecten"] == 13 and values["Beëindigde trajecten"] == 6
    assert values["Betaald werk"] == 10 and values["Proefplaatsing"] == "<5"
    assert values["Aandeel aan het werk"] in ("56%", "<5")
    # every small count is hidden: no cell holds a number from 1 to 4
    numbers = [r[1] for r in rows if r and isinstance(r[1], int)]
    assert numbers and not [n for n in numbers if 0 < n < 5]
    # the definitions are printed with the figures, and all of them on their own sheet
    text = " ".join(str(c) for r in rows for c in r if c)
    assert oc.definition("retention", "nl") in text
    assert "TestP" not in text and "Fictief" not in text  # no names, no employers
    defs = [r for r in book["Definities"].iter_rows(values_only=True)][1:]
    assert [r[0] for r in defs] == list(oc.DEFINITIONS)


def test_pdf_reads_back_and_renders(caseload, tmp_path):
    path = tmp_path / "resultaten.pdf"
    result = ox.export(caseload, path, *PERIOD, today=TODAY)
    assert result.pages >= 2
    reader = PdfReader(str(path))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Resultaten: snel of duurzaam?" in text
    assert "01-01-2025 t/m 31-12-2025" in text
    assert "Nog aan het werk na 6 maanden" in text and "56%" in text
    assert "<5" in text and "verborgen (<5)" in text
    assert "Onbekend telt nooit als succes" in text  # a definition, printed with the figure
    assert "TestP01" not in text  # no names
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / "page")], check=True, timeout=60)
        assert (tmp_path / "page-1.png").stat().st_size > 2000


def test_unsuppressed_export_is_marked_internal(caseload, tmp_path):
    path = tmp_path / "intern.pdf"
    ox.export(caseload, path, *PERIOD, today=TODAY, suppress=False)
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "Intern: kleine aantallen zichtbaar" in " ".join(text.split())
    audit = caseload.db.execute("SELECT action, detail FROM audit_log WHERE action LIKE "
                                "'export.outcomes%'").fetchall()
    assert audit == [("export.outcomes.pdf", "2025-01-01..2025-12-31 team unsuppressed")]

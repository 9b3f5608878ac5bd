"""The benchmark harness (bench/): statistics, the handover baseline, the report, a smoke run.

No timings are asserted here (speed belongs in `make bench`); these tests make sure the
harness measures what it claims and keeps working while the program changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import common  # noqa: E402
import handover_child  # noqa: E402
import run as bench_run  # noqa: E402


def test_percentile_interpolates_like_numpy():
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert common.percentile(values, 50) == 3.0
    assert common.percentile(values, 0) == 1.0
    assert common.percentile(values, 100) == 5.0
    assert common.percentile(values, 95) == pytest.approx(4.8)
    s = common.summary(list(range(1, 101)))
    assert (s["n"], s["median"], s["min"], s["max"]) == (100, 50.5, 1, 100)
    assert s["p95"] == pytest.approx(95.05)


def test_census_counts_paragraphs_and_tables_and_the_bare_document_matches(tmp_path):
    from pypdf import PdfReader
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["Normal"]
    with handover_child.Census() as census:
        story = [Paragraph(f"Alinea {i} over de werkplek", style) for i in range(7)]
        story.append(Table([["a", "b", "c"], ["d", "e", "f"]]))
        SimpleDocTemplate(str(tmp_path / "real.pdf")).build(story)
    assert len(census.paragraphs) == 7
    assert census.tables == [(2, 3)]
    # Counting stops when the census ends.
    Paragraph("later", style)
    assert len(census.paragraphs) == 7

    out = tmp_path / "bare.pdf"
    handover_child.bare_document(out, census.paragraphs, census.tables)
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Alinea 6 over de werkplek" in text
    assert "1.2" in text  # the last cell of the 2x3 table


def test_call_handover_passes_store_participant_and_path(tmp_path):
    calls = []

    def export_handover_pdf(store, participant_id, path, *, include_health=False):
        calls.append((store, participant_id, path, include_health))

    out = tmp_path / "x.pdf"
    handover_child.call_handover(export_handover_pdf, "STORE", "p1", out)
    assert calls == [("STORE", "p1", out, False)]

    def returns_bytes(store, pid):
        return b"%PDF-1.4 test"

    handover_child.call_handover(returns_bytes, "STORE", "p1", out)
    assert out.read_bytes() == b"%PDF-1.4 test"

    def needs_something_else(store, participant_id, template):
        raise AssertionError("must not be called")

    with pytest.raises(TypeError):
        handover_child.call_handover(needs_something_else, "STORE", "p1", out)


def test_report_keeps_hand_written_notes_around_the_generated_part(tmp_path):
    report = tmp_path / "benchmarks.md"
    report.write_text(f"# Benchmarks\n\nintro\n\n{bench_run.BEGIN}\nold table\n{bench_run.END}\n\n"
                      "## Profiles and findings\n\nkeep me\n", encoding="utf-8")
    results = {
        "date": "2026-11-29 20:00 UTC", "command": "make bench", "total_s": 1.0, "participants": 3,
        "machine": {"cpu": "Test CPU", "cores": 2, "ram_bytes": 2**31, "os": "Linux", "python": "3.11",
                    "sqlite": "3.40.1", "qt": "6.11.3", "pyside6": "6.11.3", "reportlab": "5.1.0"},
        "org_db": {"bytes": 3000, "counts": {"participant": 3, "observation": 10}},
        "cold_start": {"app_s": [0.9, 1.0, 1.1], "bare_s": [0.4, 0.5, 0.6], "app_rss": [200e6] * 3,
                       "bare_rss": [100e6] * 3, "caseload_rows": 3},
        "handover": {"status": common.NOT_AVAILABLE},
    }
    bench_run.write_report(results, report)
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nintro\n\n")
    assert text.rstrip().endswith("keep me")
    assert "old table" not in text
    assert "| 1 | Cold start" in text and "| 2.00x | <= 3x | **met** |" in text
    assert "| 6 | Peak memory" in text and "| 2.00x | <= 2.5x | **met** |" in text
    assert "not available yet" in text
    assert "Test CPU, 2 cores" in text


def test_the_qt_binding_keeps_none_alive():
    """PySide6 6.12.0 on Python 3.11 returns None from void methods without a reference:
    every widget call then lowers None's count until the program aborts (pyproject excludes it)."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.hide()
    assert sys.getrefcount(None) > before - 100
    assert app is not None


@pytest.mark.slow
def test_harness_drives_the_real_window_on_a_small_caseload(tmp_path):
    """A quick run of bench/run.py: the real main window opens participants and searches."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--participants", "12", "--workdir", str(tmp_path),
         "--skip", "normal,cold,handover,sync", "--no-report"],
        capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["org_db"]["counts"]["participant"] == 12
    ui = results["ui_org"]
    assert "error" not in ui, ui.get("traceback") or ui["error"]
    assert ui["open"]["n"] == 5 and ui["open"]["open"]["median"] > 0
    front = ui["open"]["in_front"]  # each tab in front in turn, then back to the intake tab
    assert list(front) == ["IntakeTab", "GoalsTab", "PlacementTab", "AftercareTab", "JournalTab",
                           "NetworkTab"]
    assert all(v["n"] == 5 and v["median"] > 0 for v in front.values())
    assert ui["search"]["keystrokes"] > 10
    assert ui["search"]["mismatches"] == 0
    # Issue 16: the Journaal tab in front, on the database extended with journal entries.
    journal = results["journal"]
    assert journal["db"]["entries"] >= 12 * 140
    assert journal["ui"]["journal"]["heavy"]["n"] == 12
    assert journal["ui"]["journal"]["heavy"]["entries_max"] >= 290


def test_sync_total_is_taken_from_the_feature_result():
    import sync_child

    assert sync_child.total_seconds({"total_s": 2.5, "publish_s": 1.0}) == 2.5
    assert sync_child.total_seconds({"publish_s": 1.0, "merge_s": 2.0, "devices": 10}) == 3.0
    assert sync_child.total_seconds({"devices": 10}) is None

"""The hours log (PDF and CSV): parsed back, rendered, totals right, no private text unless asked."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from begeleider_app.services import hours_log, journal
from begeleider_app.services.participants import create_participant

PRIVATE = "PRIVEMARKER-jn7 schulden bij de buren"
HEALTH = "GEZONDHEIDSMARKER-jn7 medicatie"


@pytest.fixture
def case(store):
    pid = create_participant(store, {"first_name": "Hamid", "last_name": "Sultani",
                                     "coach": "Demo Begeleider"})["id"]
    employer = store.repo("contact").insert({"role": "werkgever", "name": "Jan Smit",
                                             "organisation": "Groenbedrijf Vechtdal"})["id"]
    for day, kind, minutes, text, health in (
            ("2026-03-02", "huisbezoek", 60, PRIVATE, False),
            ("2026-03-09", "werkplek", 45, "Rooster besproken", False),
            ("2026-04-01", "telefoon", 15, HEALTH, True),
            ("2026-04-20", "ketenoverleg", 30, "Overleg klantmanager", False),
            ("2026-05-02", "telefoon", 20, "buiten de periode", False)):
        journal.new_entry(store, pid, on=date.fromisoformat(day),
                          values={"kind": kind, "minutes": minutes, "text": text, "health": health,
                                  "contact_id": employer if kind == "werkplek" else None})
    store.repo("contact_moment").insert({"participant_id": pid, "label": "Nazorg 1",
                                         "done_date": "2026-04-10", "minutes": 25, "mode": "werkplek",
                                         "notes": PRIVATE + " (nazorg)"})
    return pid


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_hours_log_pdf_totals_match_and_hold_no_private_text(store, case, tmp_path):
    out = tmp_path / "uren.pdf"
    log = hours_log.export(store, case, date(2026, 3, 1), date(2026, 4, 30), out)
    assert log.total == 60 + 45 + 15 + 30 + 25
    assert log.month_totals() == [("2026-03", 105), ("2026-04", 70)]
    text = " ".join(_pdf_text(out).split())
    assert "Urenverantwoording jobcoaching" in text and "Hamid Sultani" in text
    assert "03-2026" in text and "Totaal 105 1:45" in text and "Totaal 70 1:10" in text
    assert "2:55 (175 min.)" in text  # the period's total
    assert "Groenbedrijf Vechtdal" in text and "Huisbezoek" in text and "Nazorgcontact" in text
    assert "02-05-2026" not in text
    for marker in ("PRIVEMARKER", "GEZONDHEIDSMARKER", "Rooster besproken"):
        assert marker not in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


def test_notes_only_when_ticked_and_health_never(store, case, tmp_path):
    out = tmp_path / "uren.pdf"
    hours_log.export(store, case, date(2026, 3, 1), date(2026, 4, 30), out, include_notes=True)
    text = " ".join(_pdf_text(out).split())
    assert "PRIVEMARKER" in text and "Rooster besproken" in text
    assert "GEZONDHEIDSMARKER" not in text and "gezondheidsinformatie, niet opgenomen" in text


def test_csv_and_the_command(store, case, tmp_path, paths):
    path = store.path
    store.close()
    out = tmp_path / "uren.csv"
    result = subprocess.run(
        [sys.executable, "-m", "begeleider_app.cli", "export-hours", "--db", str(path),
         "--participant", case, "--from", "2026-03-01", "--to", "2026-04-30", "--out", str(out)],
        capture_output=True, text=True, env={**__import__("os").environ}, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Datum", "Activiteit", "Met wie", "Minuten"]
    totals = {r[0]: r[3] for r in rows if r[0].startswith("Totaal")}
    assert totals == {"Totaal 03-2026": "105", "Totaal 04-2026": "70", "Totaal": "175"}
    assert "PRIVEMARKER" not in out.read_text(encoding="utf-8-sig")

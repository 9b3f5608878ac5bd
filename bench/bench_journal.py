"""Issue 16: the Journaal tab on the organisation database extended with journal entries.

`extend(org_db, out_db)` copies the organisation database and adds about 150 journal entries
to every participant (`services.demo_journal.add_journal_entries`), then 150 more to
``HEAVY`` of them, so they have about 300. bench/run.py then opens participants with the
Journaal tab in front (gui_child.py `ui --journal N`) and writes the figure into its own
section of docs/benchmarks.md (`write_section`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

PER_PARTICIPANT = 150
HEAVY = 40
TARGET_P95_MS = 25.0
BEGIN = "<!-- BEGIN JOURNAL by bench/run.py (bench/bench_journal.py): do not edit by hand -->"
END = "<!-- END JOURNAL -->"


def extend(org_db: Path, out_db: Path, install: Path, *, reuse: bool = False) -> dict[str, Any]:
    from begeleider_app.config import resolve_paths
    from begeleider_app.services.demo_journal import add_journal_entries
    from begeleider_app.services.session import open_store

    if not (reuse and out_db.exists()):
        started = time.perf_counter()
        out_db.unlink(missing_ok=True)
        with sqlite3.connect(org_db) as src, sqlite3.connect(out_db) as dst:
            src.backup(dst)
        os.environ["BEGELEIDER_DATA_DIR"] = str(install)
        store = open_store(out_db, resolve_paths())
        try:
            added = add_journal_entries(store, PER_PARTICIPANT, seed=16, today=date.today())
            heavy = [r[0] for r in store.db.execute(
                "SELECT id FROM participant WHERE deleted = 0 AND coalesce(archived, 0) = 0 "
                "ORDER BY id LIMIT ?", [HEAVY])]
            added += add_journal_entries(store, PER_PARTICIPANT, seed=17, today=date.today(),
                                         participant_ids=heavy)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        seconds = time.perf_counter() - started
    else:
        added, seconds = None, None
    with sqlite3.connect(out_db) as conn:
        entries = conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM participant").fetchone()[0]
    return {"entries": entries, "participants": people, "added": added, "seconds": seconds,
            "bytes": out_db.stat().st_size}


def section(result: dict[str, Any]) -> str:
    db, ui = result.get("db", {}), result.get("ui", {}).get("journal", {})
    lines = [BEGIN, "", "## Journaal (issue 16)", ""]
    if not ui or "heavy" not in ui:
        lines += [f"Not measured: {result.get('ui', {}).get('error') or ui.get('error') or 'no result'}", "", END]
        return "\n".join(lines)
    heavy, typical, intake = ui["heavy"], ui["typical"], ui.get("intake_heavy")
    ok = heavy["p95"] * 1000 <= TARGET_P95_MS
    lines += [
        f"The organisation database extended with journal entries: {db['entries']} entries for "
        f"{db['participants']} participants (about {PER_PARTICIPANT} each, {HEAVY} with about "
        f"300), {db['bytes'] / 1e6:.0f} MB. Participants opened with the Journaal tab in front; "
        "time until the tab shows the participant's entries (gui_child.py `ui --journal`).", "",
        "| Tab in front | Participants | Journal entries each | Median | p95 | CPU median / p95 | Target | Result |",
        "|---|---|---|---|---|---|---|---|",
        _row("Journaal", heavy, f"p95 <= {TARGET_P95_MS:.0f} ms", "pass" if ok else "FAIL"),
        _row("Journaal", typical, "", ""),
    ]
    if intake:
        lines.append(_row("Intake (same participants, for comparison)", intake, "", ""))
    lines += ["", "Wall time until the tab shows the participant (and the window has processed its "
              "events); CPU is the UI thread's own time, which a busy shared machine does not "
              "inflate. " + f"Measured {result.get('date', '')}"
              + (f", with a load average of {result['load_before']:.1f} on the machine's "
                 f"{os.cpu_count()} cores just before" if result.get("load_before") is not None else "")
              + ".", "", END]
    return "\n".join(lines)


def _row(tab: str, s: dict[str, Any], target: str, verdict: str) -> str:
    cpu = s.get("cpu") or {}
    cpu_text = f"{cpu['median'] * 1000:.1f} / {cpu['p95'] * 1000:.1f} ms" if cpu else ""
    return (f"| {tab} | {s['n']} | {s['entries_min']}-{s['entries_max']} | {s['median'] * 1000:.1f} ms "
            f"| {s['p95'] * 1000:.1f} ms | {cpu_text} | {target} | {verdict} |")


def write_section(result: dict[str, Any], report: Path) -> None:
    """Replace (or append) only the journal section of docs/benchmarks.md."""
    text = report.read_text(encoding="utf-8") if report.exists() else "# Benchmarks\n"
    new = section(result)
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + new + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + new + "\n"
    report.write_text(text, encoding="utf-8")





if __name__ == "__main__":
    # Write only this section from a run's results: `python bench/run.py --skip
    # normal,cold,ui,handover,sync --no-report` then `python bench/bench_journal.py
    # bench/out/results.json docs/benchmarks.md`.
    import json
    import sys

    write_section(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["journal"], Path(sys.argv[2]))

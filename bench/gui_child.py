"""The GUI side of the benchmarks, run as a child process by `bench/run.py`.

Modes:
  bare   a bare PySide6 window with a tab widget (the baseline for start-up and memory)
  app    the real program (begeleider_app.ui.app.run) until the main window shows the
         caseload; then optionally opens the participant with the most data and shows each
         tab (for the memory figure)
  ui     the real program, then: open participants (median/p95) and search as you type

Each mode prints the line ``READY`` as soon as its window is up (the parent times cold start
from spawning the process to that line) and ends with one JSON line of results.
The program is started through its real entry point, so whatever `run()` does at start-up
(settings, translations, the safety check of the file, extensions) is measured too.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from common import emit, peak_rss_bytes, summary

WAIT_LIMIT_S = 20.0


def cpu_seconds() -> float:
    """CPU time (user + system) this process used so far: less sensitive to a busy machine."""
    t = os.times()
    return t.user + t.system


def _ready() -> None:
    sys.stdout.write("READY\n")
    sys.stdout.flush()


# --------------------------------------------------------------------------- window probes

def find_main_window() -> QMainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget  # type: ignore[return-value]
    return None


def caseload_view(window: QWidget) -> Any:
    # By object name: the attribute that holds it differs between versions of the window.
    for name in ("caseloadTable", "caseloadList"):
        view = window.findChild(QWidget, name)
        if view is not None:
            return view
    return getattr(window, "caseload", None)


def caseload_count(window: QWidget) -> int:
    view = caseload_view(window)
    if view is None:
        return 0
    if hasattr(view, "count"):
        return int(view.count())
    model = view.model()
    return int(model.rowCount()) if model is not None else 0


def caseload_ids(window: QWidget) -> list[str]:
    """Participant ids in the order the caseload shows them (UserRole of column 0)."""
    view = caseload_view(window)
    role = Qt.ItemDataRole.UserRole
    if hasattr(view, "item") and hasattr(view, "count"):
        return [view.item(r).data(role) for r in range(view.count())]
    model = view.model()
    return [model.data(model.index(r, 0), role) for r in range(model.rowCount())]


def window_exposed(window: QWidget) -> bool:
    handle = window.windowHandle()
    return bool(handle is not None and handle.isExposed())


def participant_tabs(window: QWidget) -> list[QWidget]:
    tabs = getattr(window, "participant_tabs", None)
    if tabs is not None:
        return list(tabs)
    widget = getattr(window, "tabs", None)
    return [widget.widget(i) for i in range(widget.count())] if widget is not None else []


def tab_loaded(tab: QWidget, pid: str) -> bool:
    """A tab counts as filled when it holds the participant and has no load pending.

    Tabs may load lazily (ParticipantTab.lazy: a hidden tab only marks itself stale and
    loads when shown or on ``ensure_loaded()``), fill themselves over several event-loop
    turns (see tab_busy), or load in the background and expose ``loaded_participant_id``.
    """
    loaded = getattr(tab, "loaded_participant_id", None)
    if loaded is None:
        loaded = getattr(tab, "participant_id", None)
    is_loaded = getattr(tab, "is_loaded", None)
    filled = is_loaded() if callable(is_loaded) else not getattr(tab, "_stale", False)
    return loaded == pid and filled and not tab_busy(tab)


def tab_busy(tab: QWidget) -> bool:
    """Still filling itself in later event-loop turns (e.g. the goals tab builds a long plan
    a few goals at a time): ``is_busy()`` when the tab has it, else its pending queue."""
    busy = getattr(tab, "is_busy", None)
    if callable(busy):
        return bool(busy())
    return bool(getattr(tab, "_pending", None))


def current_tab(window: QWidget) -> QWidget | None:
    tabs = getattr(window, "tabs", None)
    return tabs.currentWidget() if tabs is not None else None


def visible_tab_loaded(window: QWidget, pid: str) -> bool:
    cur = getattr(window, "current_participant_id", None)
    if callable(cur) and cur() != pid:
        return False
    tab = current_tab(window)
    return tab is None or tab_loaded(tab, pid)


def all_tabs_loaded(window: QWidget, pid: str) -> bool:
    cur = getattr(window, "current_participant_id", None)
    if callable(cur) and cur() != pid:
        return False
    return all(tab_loaded(tab, pid) for tab in participant_tabs(window))


def wait_until(predicate, limit: float = WAIT_LIMIT_S) -> bool:
    app = QCoreApplication.instance()
    deadline = time.perf_counter() + limit
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
    return True


def settle(seconds: float) -> None:
    app = QCoreApplication.instance()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def active_timers(window: QWidget) -> set[int]:
    return {id(t) for t in window.findChildren(QTimer) if t.isActive()}


# --------------------------------------------------------------------------- measurements

def open_participant(window: QWidget, pid: str, *, all_tabs: bool = True) -> tuple[float, float]:
    """Select ``pid`` in the caseload. Returns (seconds until the visible tab is filled,
    seconds until all six tabs are filled).

    Tabs that defer loading while hidden are then asked to load (``ensure_loaded``), as the
    coach's first look at them would; that time counts towards "all six tabs".
    """
    app = QCoreApplication.instance()
    start = time.perf_counter()
    window.select_participant(pid)
    if not wait_until(lambda: visible_tab_loaded(window, pid)):
        raise RuntimeError(f"participant {pid} did not show within {WAIT_LIMIT_S} s")
    app.processEvents()  # deferred work and the repaint of the visible tab
    visible = time.perf_counter() - start
    if not all_tabs:
        return visible, visible
    for tab in participant_tabs(window):
        if not tab_loaded(tab, pid) and callable(getattr(tab, "ensure_loaded", None)):
            tab.ensure_loaded()
    if not wait_until(lambda: all_tabs_loaded(window, pid)):
        raise RuntimeError(f"participant {pid} did not load within {WAIT_LIMIT_S} s")
    app.processEvents()
    return visible, time.perf_counter() - start


def instrument_tab_loads(window: QWidget) -> dict[str, list[float]]:
    """Wrap each tab's load() to see which tab dominates an open."""
    times: dict[str, list[float]] = {}
    for tab in participant_tabs(window):
        name = type(tab).__name__
        original = getattr(tab, "load", None)
        if not callable(original):
            continue
        bucket = times.setdefault(name, [])

        def timed(*a, _orig=original, _bucket=bucket, **kw):
            t0 = time.perf_counter()
            try:
                return _orig(*a, **kw)
            finally:
                _bucket.append(time.perf_counter() - t0)

        tab.load = timed  # type: ignore[method-assign]
    return times


def raw_participant_fetch(db_path: Path, pids: list[str]) -> list[float]:
    """Baseline: read every row of a participant with plain SQL, nothing else."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    tables = [r[0] for r in conn.execute(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
        "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'participant_id')")]
    out = []
    for pid in pids:
        t0 = time.perf_counter()
        rows = conn.execute("SELECT * FROM participant WHERE id = ?", [pid]).fetchall()
        for table in tables:
            rows += conn.execute(f"SELECT * FROM {table} WHERE participant_id = ? AND deleted = 0",
                                 [pid]).fetchall()
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def bench_open(window: QWidget, db_path: Path, n: int) -> dict[str, Any]:
    ids = caseload_ids(window)
    if len(ids) < 2:
        return {"error": "caseload has fewer than two participants"}
    step = max(1, len(ids) // n)
    sample = ids[::step][:n]
    spare = next((i for i in ids if i not in set(sample)), ids[-1])
    tab_times = instrument_tab_loads(window)
    first = open_participant(window, spare)[1]  # includes lazy imports and first layouts
    for times in tab_times.values():
        times.clear()
    # First only what the coach sees (tabs that load when shown stay stale), then the
    # issue's figure: all six tabs filled.
    visible = [open_participant(window, pid, all_tabs=False)[0] for pid in sample]
    for times in tab_times.values():
        times.clear()
    pairs, cpu = [], []
    for pid in sample:
        # CPU time of the UI thread next to the wall time: on a busy shared machine the wall
        # time also counts waiting for a core, the CPU time only the program's own work.
        c0 = time.thread_time()
        pairs.append(open_participant(window, pid))
        cpu.append(time.thread_time() - c0)
    per_tab = {name: summary(t) for name, t in tab_times.items() if t}
    baseline = raw_participant_fetch(db_path, sample)
    lazy = [type(t).__name__ for t in participant_tabs(window) if getattr(t, "lazy", False)]
    return {"first_open_s": first, "open": summary([b for _, b in pairs]), "open_cpu": summary(cpu),
            "visible": summary(visible), "raw_sql": summary(baseline),
            "per_tab_load": per_tab, "n": len(sample), "lazy_tabs": lazy,
            "in_front": open_with_each_tab_in_front(window, sample[:FRONT_N])}


FRONT_N = 40


def open_with_each_tab_in_front(window: QWidget, sample: list[str]) -> dict[str, Any]:
    """The coach keeps the tab they work in: open participants with each tab in front.

    Time until that tab is filled (the others load when shown). The program starts on the
    intake tab, which is what the main figure measures.
    """
    tabs = getattr(window, "tabs", None)
    if tabs is None:
        return {}
    out: dict[str, Any] = {}
    first_tab = tabs.currentIndex()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QCoreApplication.instance().processEvents()
        name = type(tabs.widget(index)).__name__
        out[name] = summary([open_participant(window, pid, all_tabs=False)[0] for pid in sample])
    tabs.setCurrentIndex(first_tab)
    return out


def bench_journal(window: QWidget, db_path: Path, n: int) -> dict[str, Any]:
    """Issue 16: open participants with the Journaal tab in front, those with the most
    journal entries (300 in bench/bench_journal.py's database) and others (about 150)."""
    import sqlite3

    tabs = getattr(window, "tabs", None)
    names = [type(tabs.widget(i)).__name__ for i in range(tabs.count())] if tabs is not None else []
    if "JournalTab" not in names:
        return {"error": "no Journaal tab"}
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        counts = conn.execute("SELECT participant_id, count(*) FROM journal_entry WHERE deleted = 0 "
                              "GROUP BY participant_id ORDER BY count(*) DESC, participant_id").fetchall()
    shown = set(caseload_ids(window))
    counts = [(pid, c) for pid, c in counts if pid in shown]
    heavy, typical = counts[:n], counts[len(counts) // 2:len(counts) // 2 + n]
    def run(group: list[tuple[str, int]]) -> dict[str, Any]:
        wall, cpu = [], []
        for pid, _c in group:
            c0 = time.thread_time()
            wall.append(open_participant(window, pid, all_tabs=False)[0])
            cpu.append(time.thread_time() - c0)
        return {**summary(wall), "cpu": summary(cpu), "entries_min": min(c for _p, c in group),
                "entries_max": max(c for _p, c in group)}

    out: dict[str, Any] = {}
    # The same participants with the intake tab in front: the rest of the window's share of
    # an open, on this machine at this moment (it is shared and busy at times).
    tabs.setCurrentIndex(names.index("IntakeTab") if "IntakeTab" in names else 0)
    QCoreApplication.instance().processEvents()
    open_participant(window, typical[-1][0], all_tabs=False)
    out["intake_heavy"] = run(heavy)
    tabs.setCurrentIndex(names.index("JournalTab"))
    QCoreApplication.instance().processEvents()
    open_participant(window, typical[-1][0], all_tabs=False)  # first layouts, lazy imports
    out["heavy"] = run(heavy)
    out["typical"] = run(typical)
    return out


def pick_search_names(db_path: Path, count: int = 8) -> list[str]:
    """Names a coach would type: Latin names spread over the caseload plus native scripts."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    latin = [f"{a} {b}".strip() for a, b in conn.execute(
        "SELECT DISTINCT first_name, last_name FROM participant WHERE deleted = 0 "
        "ORDER BY first_name, last_name")]
    native = [r[0] for r in conn.execute(
        "SELECT DISTINCT name_native FROM participant WHERE deleted = 0 AND name_native IS NOT NULL "
        "ORDER BY name_native")]
    conn.close()
    names = latin[:: max(1, len(latin) // max(1, count - 2))][: count - 2]
    if native:
        names += [native[0], native[len(native) // 2]]
    return names


def raw_fts(db_path: Path, prefixes: list[str]) -> list[float]:
    """Baseline: the bare FTS5 prefix query for the same text, nothing else."""
    from begeleider_app.storage.search import fts_query

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    out = []
    for prefix in prefixes:
        query = fts_query(prefix)
        t0 = time.perf_counter()
        if query:
            conn.execute("SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?",
                         [query]).fetchall()
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def type_char(widget: QWidget, char: str) -> None:
    """One keystroke (press and release) carrying ``char`` as its text, any script.

    QTest.keyClicks only maps Latin-1 characters to keys; a real keyboard sends Arabic and
    Ge'ez letters as key events with text, which is what QLineEdit reads.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    key = ord(char.upper()) if char.isascii() and (char.isalnum() or char == " ") else 0
    mods = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, char))


def bench_search(window: QWidget, db_path: Path, names_count: int = 8) -> dict[str, Any]:
    """Type names one character at a time; time each keystroke until the list shows its result."""
    from begeleider_app.services import participants as svc

    search = getattr(window, "search", None) or window.findChild(QWidget, "caseloadSearch")
    store = window.store
    search.setFocus()
    search.clear()
    wait_until(lambda: caseload_count(window) > 0)
    settle(0.3)
    visible = set(caseload_ids(window))
    total_visible = len(visible)
    names = pick_search_names(db_path, names_count)
    latencies: list[float] = []
    blocking: list[float] = []
    prefixes: list[str] = []
    work: list[float] = []
    slowest: list[tuple[float, int, int]] = []
    mismatches = 0
    waited_for_timer = 0
    debounce_ms = 0
    for name in names:
        search.clear()
        wait_until(lambda: caseload_count(window) == total_visible, limit=5)
        settle(0.3)
        for i in range(1, len(name) + 1):
            prefix = name[:i]
            char = name[i - 1]
            expected_ids = [r["id"] for r in svc.caseload(store, text=prefix, include_archived=True)]
            expected = {pid for pid in expected_ids if pid in visible} if prefix.strip() else visible
            before = active_timers(window)
            t0 = time.perf_counter()
            type_char(search, char)
            t_key = time.perf_counter()
            new_timers = [t for t in window.findChildren(QTimer)
                          if t.isActive() and id(t) not in before and t.isSingleShot()]
            t_fired = t_key
            if new_timers:
                # Debounced search: the list shows the result only after that timer fired.
                # The wait itself is idle time (the UI stays responsive), so it is kept apart
                # from the work the keystroke costs on the UI thread.
                waited_for_timer += 1
                debounce_ms = max(debounce_ms, max(t.interval() for t in new_timers))
                wait_until(lambda ts=new_timers: not any(t.isActive() for t in ts), limit=5)
                t_fired = time.perf_counter()

            def shown(exp=expected) -> bool:
                return caseload_count(window) == len(exp)

            ok = wait_until(shown, limit=2)
            QCoreApplication.instance().processEvents()  # repaint of the list
            t1 = time.perf_counter()
            if not ok or set(caseload_ids(window)) != expected:
                mismatches += 1
            latencies.append(t1 - t0)
            blocking.append(t_key - t0)
            work.append((t_key - t0) + (t1 - t_fired))
            slowest.append((work[-1], len(prefix), len(expected)))
            prefixes.append(prefix)
    search.clear()
    baseline = raw_fts(db_path, prefixes)
    return {"keystroke_work": summary(work), "until_shown": summary(latencies),
            "keystroke_blocking": summary(blocking), "raw_fts": summary(baseline),
            "names": len(names), "keystrokes": len(latencies), "mismatches": mismatches,
            "debounced_keystrokes": waited_for_timer, "debounce_ms": debounce_ms,
            "slowest": [{"work_s": w, "prefix_chars": n, "rows_shown": rows}
                        for w, n, rows in sorted(slowest, reverse=True)[:8]]}


def exercise(window: QWidget, pid: str) -> None:
    """Open the participant with the most data and show each of its tabs."""
    open_participant(window, pid)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QCoreApplication.instance().processEvents()
        tabs.setCurrentIndex(0)
    QCoreApplication.instance().processEvents()


# --------------------------------------------------------------------------- modes

def run_bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in ("Intake", "Doelen", "Leerwerkplek", "Nazorg"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 760)
    window.show()
    wait_until(lambda: window_exposed(window))
    app.processEvents()
    cpu = cpu_seconds()
    _ready()
    emit({"peak_rss": peak_rss_bytes(), "ready_cpu_s": cpu})
    return 0


def write_profile(profiler: Any, args: argparse.Namespace, phase: str) -> None:
    out = Path(args.profile_out or f"profile-{phase}.txt")
    out.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    out.with_suffix(".html").write_text(profiler.output_html(), encoding="utf-8")


@contextlib.contextmanager
def profiling(args: argparse.Namespace, phase: str):
    """Profile one phase with pyinstrument when asked (bench/profile.py)."""
    if args.profile != phase:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        write_profile(profiler, args, phase)


def apply_patch_before_start(names: list[str]) -> None:
    """What-if experiments (bench/what_if.py): change the program in this process only."""
    if "no-quick-check" in names:
        # The file's PRAGMA quick_check answers "ok" at once: what start-up costs without a
        # blocking full check of the file.
        import begeleider_app.storage.database as database

        real_connect = database._ro_connect

        class _Conn:
            def __init__(self, conn: Any) -> None:
                self._conn = conn

            def execute(self, sql: str, *a: Any) -> Any:
                if "quick_check" in sql:
                    return self._conn.execute("SELECT 'ok'")
                return self._conn.execute(sql, *a)

            def __getattr__(self, name: str) -> Any:
                return getattr(self._conn, name)

        database._ro_connect = lambda *a, **kw: _Conn(real_connect(*a, **kw))


def apply_patch_after_start(names: list[str], window: QWidget) -> None:
    del names, window  # no after-start experiments at the moment (see bench/what_if.py)


def run_app(args: argparse.Namespace) -> int:
    app = QApplication(sys.argv[:1])
    result: dict[str, Any] = {}
    patches = [p for p in (args.patch or "").split(",") if p]
    apply_patch_before_start(patches)

    def poll() -> None:
        if time.perf_counter() - started > WAIT_LIMIT_S * 3:
            # No caseload after a minute: most likely a dialog is waiting for a click.
            texts = [w.text() for w in QApplication.topLevelWidgets()
                     if w.isVisible() and hasattr(w, "text") and callable(w.text)]
            waited = time.perf_counter() - started
            result["error"] = (f"no caseload after {waited:.0f} s; visible dialogs: "
                               + (" | ".join(texts)[:500] or "none"))
            timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            app.exit(3)
            return
        window = find_main_window()
        if window is None or not window_exposed(window) or caseload_count(window) == 0:
            return
        timer.stop()
        app.processEvents()
        result["ready_s"] = time.perf_counter() - started
        result["ready_cpu_s"] = cpu_seconds()
        if start_profiler is not None:
            start_profiler.stop()
            write_profile(start_profiler, args, "start")
        result["caseload_rows"] = caseload_count(window)
        _ready()
        apply_patch_after_start(patches, window)
        try:
            if args.mode == "app" and args.exercise:
                exercise(window, args.exercise)
            if args.mode == "ui" and args.journal:
                result["journal"] = bench_journal(window, args.db, args.journal)
            elif args.mode == "ui":
                if args.profile != "search":
                    with profiling(args, "open"):
                        result["open"] = bench_open(window, args.db, args.n)
                if args.profile != "open":
                    with profiling(args, "search"):
                        result["search"] = bench_search(window, args.db, args.names)
        except Exception as err:  # report, never hang
            import traceback

            result["error"] = f"{type(err).__name__}: {err}"
            result["traceback"] = traceback.format_exc()[-2000:]
        result["peak_rss"] = peak_rss_bytes()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    start_profiler = None
    if args.profile == "start":
        from pyinstrument import Profiler

        start_profiler = Profiler(interval=0.0005)
        start_profiler.start()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(poll)
    timer.start()
    started = time.perf_counter()
    from begeleider_app.ui.app import run

    # --no-backup: the daily backup runs at the first start of a day, in a background thread;
    # the figures are for the other starts of the day (see docs/benchmarks.md).
    argv = ["begeleider-app", "--db", str(args.db), "--data-dir", str(args.data_dir), "--no-demo", "--no-backup"]
    code = run(argv)
    result["exit_code"] = code
    emit(result)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["bare", "app", "ui"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--exercise", default=None, help="participant id to open (app mode)")
    parser.add_argument("-n", type=int, default=100, help="participants to open (ui mode)")
    parser.add_argument("--names", type=int, default=8, help="names to type (ui mode)")
    parser.add_argument("--journal", type=int, default=0,
                        help="ui mode: only open this many participants with the Journaal tab in front")
    parser.add_argument("--patch", default="", help="what-if changes, comma separated (bench/what_if.py)")
    parser.add_argument("--profile", choices=["start", "open", "search"], default=None,
                        help="profile this phase with pyinstrument (see bench/profile.py)")
    parser.add_argument("--profile-out", default=None, help="text report path (an .html is written next to it)")
    args = parser.parse_args()
    if args.mode == "bare":
        return run_bare()
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())

"""Shared helpers for the benchmarks: statistics, the machine description, child processes.

Nothing here imports PySide6 or begeleider_app, so `run.py` stays a light orchestrator and
every heavy measurement runs in its own child process (a clean interpreter per figure).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
NOT_AVAILABLE = "not available yet"


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100), like numpy's default."""
    if not values:
        raise ValueError("no values")
    data = sorted(values)
    if len(data) == 1:
        return float(data[0])
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return float(data[lo] + (data[hi] - data[lo]) * (pos - lo))


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def summary(values: Sequence[float]) -> dict[str, float]:
    """Median, p95, min, max and count of a list of timings."""
    return {
        "n": len(values),
        "median": median(values),
        "p95": percentile(values, 95),
        "min": float(min(values)),
        "max": float(max(values)),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_bytes() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def machine_info() -> dict[str, Any]:
    """The machine and the library versions the figures were measured with."""
    import sqlite3

    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_bytes": _ram_bytes(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    # Versions of the GUI and PDF stacks, read in a child so this process stays Qt-free.
    code = (
        "import json, PySide6, PySide6.QtCore as c, reportlab;"
        "print(json.dumps({'qt': c.qVersion(), 'pyside6': PySide6.__version__,"
        " 'reportlab': reportlab.Version}))"
    )
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60, check=True).stdout
        info.update(json.loads(out))
    except (subprocess.SubprocessError, ValueError, OSError):
        info.update({"qt": "?", "pyside6": "?", "reportlab": "?"})
    try:
        if hasattr(os, "getloadavg"):
            info["loadavg_at_start"] = round(os.getloadavg()[0], 2)
    except OSError:
        pass
    return info


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), str(BENCH_DIR), env.get("PYTHONPATH", "")) if p
    )
    env.pop("BEGELEIDER_DATA_DIR", None)
    # An installed program starts from compiled bytecode (pip and PyInstaller compile it).
    # Some machines set PYTHONDONTWRITEBYTECODE, which would make every measured start
    # compile our modules again; the bytecode goes to its own folder under bench/out.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BENCH_DIR / "out" / "pycache")
    if extra:
        env.update(extra)
    return env


def run_json_child(args: Sequence[str], *, timeout: float = 600, env: dict[str, str] | None = None
                   ) -> dict[str, Any]:
    """Run `python <args>` and parse the last stdout line that is a JSON object."""
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          timeout=timeout, env=env or child_env(), cwd=ROOT)
    for line in reversed(proc.stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                break
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-8:]
    return {"error": f"exit {proc.returncode}: " + " | ".join(tail)}


def timed_cli(args: Sequence[str], *, env: dict[str, str] | None = None,
              timeout: float = 900) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall-clock seconds of `begeleider <args>` run as the console script would run."""
    script = Path(sys.executable).with_name("begeleider")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "begeleider_app.cli"]
    start = time.perf_counter()
    proc = subprocess.run([*cmd, *args], capture_output=True,
                          text=True, timeout=timeout, env=env or child_env(), cwd=ROOT)
    return time.perf_counter() - start, proc


def emit(result: dict[str, Any]) -> None:
    """A child's last act: print its result as one JSON line."""
    sys.stdout.write("\n" + json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def peak_rss_bytes() -> int:
    """This process's resident-set high-water mark (VmHWM; ru_maxrss as a fallback)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    scale = 1 if sys.platform == "darwin" else 1024
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * scale

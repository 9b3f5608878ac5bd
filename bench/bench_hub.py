"""Twenty laptops at organisation scale: through an organisation hub (PostgreSQL) against the
same team through a shared folder, in one run.

    python bench/bench_hub.py DB [WORKDIR] [--rounds N] [--devices 20] [--report docs/benchmarks.md]

Both sides are an encrypted team (a hub takes only ciphertext, so the folder side is encrypted
too, for a fair comparison): the organisation database is encrypted once with SQLCipher and
every laptop starts from a copy, as in bench_sync.py (device 0 publishes, the others joined
from its snapshot). Per round every laptop makes 20 edits and syncs. Reported per transport:
the steady-state sync of device 0 (median, after the first round) and the bytes it moved, the
first full sync (19 colleagues' change sets), and a new laptop's join. The PostgreSQL server
is a throw-away one on this machine (tests/sync/pgserver.py), so the hub's figures leave out
a network's latency and bandwidth; the bytes moved are what a network would carry.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "sync"))

KEY = "bench wachtwoord van de laptops"
TEAM_KEY = "bench teamwachtwoord"
MARK = "<!-- hub-vs-folder -->"


def _encrypted_copy(db: Path, workdir: Path) -> Path:
    from begeleider_app.storage import crypto

    target = workdir / "org-encrypted.sqlite"
    if not target.exists():
        tmp = workdir / "org-encrypted.tmp.sqlite"
        shutil.copyfile(db, tmp)
        crypto.encrypt_database(tmp, KEY)
        tmp.replace(target)
    return target


def run(db: Path, workdir: Path, *, rounds: int, devices: int) -> dict[str, Any]:
    import psycopg
    from pgserver import start_server

    from begeleider_app.sync import hub_schema
    from begeleider_app.sync.hub import sync_with_hub
    from bench_sync import team_run

    workdir.mkdir(parents=True, exist_ok=True)
    source = _encrypted_copy(db, workdir)
    out: dict[str, Any] = {"devices": devices, "rounds": rounds,
                           "db_bytes": source.stat().st_size}
    t0 = time.perf_counter()
    out["folder"] = team_run(source, workdir / "folder", devices, rounds, random.Random(7),
                             key=KEY, team_key=TEAM_KEY)
    out["folder"]["wall_s"] = time.perf_counter() - t0
    server = start_server()
    try:
        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE hub")
        admin = server.dsn("hub")
        hub_schema.init(admin)
        passwords: dict[int, str] = {}

        def via(laptop):
            role = f"bench_laptop_{laptop.i}"
            if laptop.i not in passwords:
                passwords[laptop.i] = hub_schema.add_device(admin, team="bench", role=role).password
            dsn = server.dsn("hub", user=role, password="")

            def sync(store, **kw):
                return sync_with_hub(store, dsn, laptop.paths, device=laptop.device,
                                     password=passwords[laptop.i], coach_name=laptop.name, **kw)

            return sync

        t0 = time.perf_counter()
        out["hub"] = team_run(source, workdir / "hub", devices, rounds, random.Random(7),
                              key=KEY, team_key=TEAM_KEY, via=via)
        out["hub"]["wall_s"] = time.perf_counter() - t0
        with psycopg.connect(admin, autocommit=True) as conn:
            out["hub"]["hub_bytes"] = conn.execute(
                "SELECT pg_database_size('hub')").fetchone()[0]
    finally:
        server.remove()
    return out


def report(result: dict[str, Any]) -> str:
    f, h = result["folder"], result["hub"]

    def mb(n: float | None) -> str:
        return "-" if n is None else f"{n / 1e6:.2f} MB"

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "-"

    rows = [
        ("steady-state sync of one laptop (median)", f"{f['sync_s'] * 1000:.0f} ms",
         f"{h['sync_s'] * 1000:.0f} ms", ratio(h["sync_s"], f["sync_s"])),
        ("  bytes read / written in it", f"{mb(f['bytes_read'])} / {mb(f['bytes_written'])}",
         f"{mb(h['bytes_read'])} / {mb(h['bytes_written'])}", ""),
        ("  per 20 edited records", f"{f['mb_per_20_records']:.3f} MB",
         f"{h['mb_per_20_records']:.3f} MB", ""),
        (f"first full sync ({result['devices'] - 1} colleagues' change sets)",
         f"{f['total_s'] * 1000:.0f} ms", f"{h['total_s'] * 1000:.0f} ms",
         ratio(h["total_s"], f["total_s"])),
        ("a new laptop joins", f"{f['join_s']:.1f} s, read {mb(f['join_read'])}",
         f"{h['join_s']:.1f} s, read {mb(h['join_read'])}", ratio(h["join_s"], f["join_s"])),
        ("whole benchmark (wall clock)", f"{f['wall_s']:.0f} s", f"{h['wall_s']:.0f} s", ""),
        ("size of the share / hub database", mb(f["share_bytes"]), mb(h.get("hub_bytes")), ""),
    ]
    lines = [MARK, "", f"## Hub against folder: {result['devices']} laptops, organisation scale", "",
             f"`python bench/bench_hub.py bench/out/org.sqlite` ({result['rounds']} rounds of 20 edits "
             "per laptop; an encrypted team on both sides: the encrypted database is "
             f"{result['db_bytes'] / 1e6:.0f} MB). The hub is a PostgreSQL server on this "
             "machine, so its times leave out a network; the bytes are what a network carries.",
             "", "| Figure | Shared folder | Hub | Hub / folder |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += ["", MARK]
    return "\n".join(lines)


def write_report(path: Path, text: str) -> None:
    """Replace this benchmark's section of ``path`` (between its markers), or append it."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old.count(MARK) >= 2:
        start = old.index(MARK)
        end = old.index(MARK, start + len(MARK)) + len(MARK)
        new = old[:start] + text + old[end:]
    else:
        new = old.rstrip() + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("workdir", type=Path, nargs="?", default=Path("/tmp/begeleider-bench-hub"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--report", type=Path, default=None,
                        help="write the table into this file (e.g. docs/benchmarks.md)")
    args = parser.parse_args(argv[1:])
    result = run(args.db, args.workdir, rounds=args.rounds, devices=args.devices)
    print(json.dumps(result, indent=2, default=str))
    text = report(result)
    print(text)
    if args.report is not None:
        write_report(args.report, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

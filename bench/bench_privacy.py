"""Cost of encryption at rest and of the participant's rights on a synthetic caseload.

Run: .venv/bin/python bench/bench_privacy.py [--participants 200]
Prints seconds for: encrypting the file, opening plain vs encrypted (SQLCipher's PBKDF2 with
256 000 iterations is paid once per connection), a backup, an access export (JSON + PDF) and
an erasure, plain and encrypted. Only invented people (services.demo).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    from begeleider_app.config import resolve_paths
    from begeleider_app.services import privacy
    from begeleider_app.services.demo import generate_demo
    from begeleider_app.services.session import open_store
    from begeleider_app.storage import crypto
    from begeleider_app.storage.backup import make_backup

    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=200)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    paths = resolve_paths(root / "install")
    paths.ensure()
    key = "een wachtwoord van vier woorden"
    store = open_store(root / "plain.sqlite", paths)
    generate_demo(store, args.participants, seed=2)
    store.close()
    shutil.copy(root / "plain.sqlite", root / "enc.sqlite")
    print(f"participants {args.participants}, file {(root / 'plain.sqlite').stat().st_size / 1e6:.1f} MB")
    print(f"encrypt file            {timed(lambda: crypto.encrypt_database(root / 'enc.sqlite', key)):.3f} s")
    crypto.forget_session_keys()
    print(f"open+close plain        {timed(lambda: open_store(root / 'plain.sqlite', paths).close()):.3f} s")
    print(f"open+close encrypted    {timed(lambda: open_store(root / 'enc.sqlite', paths, key=key).close()):.3f} s")
    for name, k in (("plain", None), ("encrypted", key)):
        store = open_store(root / f"{'plain' if k is None else 'enc'}.sqlite", paths, key=k)
        pid = store.db.execute("SELECT id FROM participant LIMIT 1").fetchone()[0]
        steps = {
            "backup": lambda s=store, n=name: make_backup(s.db, root / f"bk-{n}"),
            "export": lambda s=store, p=pid, n=name: privacy.export_participant(s, p, root / f"out-{n}"),
            "erase": lambda s=store, p=pid: privacy.erase_participant(s, p, confirmed=True),
        }
        for step, fn in steps.items():
            print(f"{step} {name:<17} {timed(fn):.3f} s")
        store.close()
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

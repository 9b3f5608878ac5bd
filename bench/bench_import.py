"""Caseload import (issue 21): a 2,000-row spreadsheet with 50 bad rows, against reading the
same file with openpyxl alone.

Run: .venv/bin/python bench/bench_import.py [--rows 2000] [--bad 50] [--repeat 5]
Prints a JSON object with seconds (median of the repeats) for: openpyxl reading every row
(the baseline), read + check (what the preview and the report need), the whole first import
into an empty database (one transaction), and a second import of the same file (everyone
already present), plus the ratio of the first import to the baseline. Only invented people.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import caseload_sheet  # noqa: E402
from common import summary  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--bad", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from openpyxl import load_workbook

    from begeleider_app.config import resolve_paths
    from begeleider_app.services import caseload_import as ci
    from begeleider_app.services.session import open_store

    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    rows, expected = caseload_sheet.make_rows(args.rows, args.bad)
    sheet = caseload_sheet.write_xlsx(work / "caseload.xlsx", rows)
    paths = resolve_paths(work / "install")
    paths.ensure()
    times: dict[str, list[float]] = {"openpyxl_read": [], "read_and_check": [], "import_first": [],
                                     "import_again": []}
    for n in range(args.repeat):
        start = time.perf_counter()
        book = load_workbook(sheet, read_only=True, data_only=True)
        count = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        times["openpyxl_read"].append(time.perf_counter() - start)
        assert count == args.rows + 1

        store = open_store(work / f"db{n}.sqlite", paths, create=True)
        start = time.perf_counter()
        plan = ci.check(ci.read_table(sheet), caseload_sheet.MAPPING, existing=ci.existing_keys(store))
        times["read_and_check"].append(time.perf_counter() - start)
        assert {r.row for r in plan.bad} == set(expected)

        start = time.perf_counter()
        first = ci.import_file(store, sheet, caseload_sheet.MAPPING, good_rows_only=True)
        times["import_first"].append(time.perf_counter() - start)
        start = time.perf_counter()
        again = ci.import_file(store, sheet, caseload_sheet.MAPPING, good_rows_only=True)
        times["import_again"].append(time.perf_counter() - start)
        assert (first.imported, again.imported, again.present) == (
            args.rows - args.bad, 0, args.rows - args.bad)
        store.close()
    result = {"rows": args.rows, "bad_rows": args.bad, "repeat": args.repeat,
              **{k: summary(v) for k, v in times.items()}}
    result["import_vs_openpyxl"] = (result["import_first"]["median"]
                                    / result["openpyxl_read"]["median"])
    print(json.dumps(result, indent=2))
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "import.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

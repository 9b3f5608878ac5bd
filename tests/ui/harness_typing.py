"""Start the real program (ui.app.build: same arguments, paths, database, window) in a child
process and type into one intake field with QTest, or print what a field shows.

Test-only: production code has no hook for this. Usage:
  python tests/ui/harness_typing.py --select PID --type FIELD TEXT -- [program arguments]
  python tests/ui/harness_typing.py --select PID --print FIELD -- [program arguments]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from harness_start import split_argv, start_with


def main() -> int:
    own, program = split_argv()
    parser = argparse.ArgumentParser()
    parser.add_argument("--select", required=True)
    parser.add_argument("--type", nargs=2, metavar=("FIELD", "TEXT"))
    parser.add_argument("--print", dest="print_field")
    args = parser.parse_args(own)

    from PySide6.QtTest import QTest

    started = start_with(program, args.select)
    if isinstance(started, int):
        return started
    app, window = started
    editors = window.participant_tabs[0].intake.editors
    if args.print_field:
        print("VALUE " + json.dumps(editors[args.print_field].raw_value()), flush=True)
        os._exit(0)  # like a kill: nothing is flushed on the way out
    name, text = args.type
    widget = editors[name].input
    window.activateWindow()
    widget.setFocus()
    QTest.keyClicks(widget, text)
    print("TYPED", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""Start the real program (ui.app.build) in a child process, press Ctrl+J for a participant
and type the notes of the new journal entry with QTest, or print the notes the journal shows.

Test-only. Usage:
  python tests/ui/harness_journal.py --select PID --type TEXT -- [program arguments]
  python tests/ui/harness_journal.py --select PID --print -- [program arguments]
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
    parser.add_argument("--type", dest="text")
    parser.add_argument("--print", dest="show", action="store_true")
    args = parser.parse_args(own)

    from PySide6.QtTest import QTest

    started = start_with(program, args.select)
    if isinstance(started, int):
        return started
    app, window = started
    if args.show:
        window.show_tab_named("journalTab")
        tab = window.tabs.currentWidget()
        tab.table.set_current_row(0)
        print("VALUE " + json.dumps(tab.binding.editors["text"].raw_value()), flush=True)
        os._exit(0)  # like a kill: nothing is flushed on the way out
    # Ctrl+J's action (a window that is not active gets no shortcuts offscreen; the keys
    # themselves are tested in test_journal_tab.py)
    window.journal.act_new.trigger()
    tab = window.tabs.currentWidget()
    widget = tab.binding.editors["text"].input
    widget.setFocus()
    QTest.keyClicks(widget, args.text)
    print("TYPED", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

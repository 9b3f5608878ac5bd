"""Shared by the child-process harnesses: split the command line and start the real program
(ui.app.build) with one participant selected. Test-only."""

from __future__ import annotations

import sys


def split_argv() -> tuple[list[str], list[str]]:
    """The harness's own arguments and the program's (after ``--``)."""
    if "--" not in sys.argv:
        return sys.argv[1:], []
    cut = sys.argv.index("--")
    return sys.argv[1:cut], sys.argv[cut + 1:]


def start_with(program: list[str], participant_id: str):
    """(app, window) with the participant on screen, or an exit code after saying why."""
    from begeleider_app.ui.app import build

    app, window, code = build(["begeleider-app", *program])
    if window is None:
        print("NO WINDOW", code, flush=True)
        return code
    if not window.select_participant(participant_id):
        print("NOT FOUND", flush=True)
        return 3
    return app, window

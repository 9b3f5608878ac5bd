"""The headless `begeleider` program: every command, assembled here in one list.

No command registers itself by being imported: `begeleider --help` and
`python -m begeleider_app.cli --help` read the same list, and a command run alone behaves as
it does beside the others. The CLI sits above services and sync; they never import it.

Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..config import resolve_paths, secure_umask
from ..domain.messages import UserError, set_language
from ..domain.validation import ValidationFailed
from . import core, handover, hub, journal, network, outcomes, privacy, reports, sync
from .common import Command

COMMANDS: dict[str, Command] = {
    cmd.name: cmd
    for cmd in (*core.COMMANDS, *sync.COMMANDS, *hub.COMMANDS, *handover.COMMANDS,
                *reports.COMMANDS, *privacy.COMMANDS, *outcomes.COMMANDS, *network.COMMANDS,
                *journal.COMMANDS)
}


def build_parser(language: str) -> argparse.ArgumentParser:
    en = language == "en"
    parser = argparse.ArgumentParser(
        prog="begeleider",
        description=("Begeleider command-line tools (headless)." if en
                     else "Begeleider op de opdrachtregel (zonder venster)."),
    )
    parser.add_argument("--version", action="version", version=f"begeleider {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="installation folder (overrides BEGELEIDER_DATA_DIR)" if en
                        else "installatiemap (gaat voor BEGELEIDER_DATA_DIR)")
    parser.add_argument("--lang", choices=["nl", "en"], default=None, help="taal / language")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help_en if en else cmd.help_nl)
        cmd.add_arguments(p)
    return parser


def _detect_language(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("BEGELEIDER_LANG", "nl")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _detect_language(argv)
    set_language(language)
    args = build_parser(language).parse_args(argv)
    secure_umask()
    paths = resolve_paths(args.data_dir)
    handler = COMMANDS[args.command].handler
    try:
        return handler(args, paths)
    except UserError as err:
        print(f"begeleider {args.command}: {err.message()}", file=sys.stderr)
        return 2
    except ValidationFailed as err:
        print(f"begeleider {args.command}: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"begeleider {args.command}: {err}", file=sys.stderr)
        return 1


__all__ = ["COMMANDS", "Command", "build_parser", "main"]

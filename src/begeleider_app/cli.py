"""Headless commands: `begeleider demo|check|backup|restore|list`.

Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
Other modules add commands by appending to COMMANDS (see `register`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .config import Paths, resolve_paths, secure_umask
from .domain.messages import UserError, msg, set_language
from .domain.validation import ValidationFailed

Handler = Callable[[argparse.Namespace, Paths], int]
# name -> (help nl, help en, add-arguments function, handler)
COMMANDS: dict[str, tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = {}


def register(name: str, help_nl: str, help_en: str,
             add_arguments: Callable[[argparse.ArgumentParser], None]) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        COMMANDS[name] = (help_nl, help_en, add_arguments, handler)
        return handler
    return decorate


def _db_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, help="databasebestand / database file")
    parser.add_argument("--passphrase-env", metavar="VAR", default=None,
                        help="omgevingsvariabele met het wachtwoord / env variable holding the passphrase")


def _key(args: argparse.Namespace) -> str | None:
    from .storage.crypto import passphrase_from_env

    return passphrase_from_env(getattr(args, "passphrase_env", None))


def _open(args: argparse.Namespace, paths: Paths, *, create: bool = False):
    from .services.session import open_store

    return open_store(args.db, paths, create=create, key=_key(args))


# ------------------------------------------------------------------------------ commands

def _demo_args(p: argparse.ArgumentParser) -> None:
    _db_arg(p)
    p.add_argument("--participants", type=int, default=40, help="aantal deelnemers / number of participants")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", default=None, help="peildatum JJJJ-MM-DD (standaard vast, voor herhaalbaarheid)")
    p.add_argument("--scale", choices=["normal", "org"], default="normal",
                   help="org: veel geschiedenis per deelnemer (benchmarks)")


@register("demo", "Maak een synthetische demo-caseload", "Write a synthetic demo caseload", _demo_args)
def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    from datetime import date

    from .services.demo import DEMO_TODAY, DemoScale, generate_demo

    if args.participants < 0:
        raise SystemExit("--participants >= 0")
    today = date.fromisoformat(args.today) if args.today else DEMO_TODAY
    start = time.perf_counter()
    store = _open(args, paths, create=True)
    try:
        if store.db["participant"].count:
            raise UserError("cli.demo_not_empty", path=args.db)
        generate_demo(store, args.participants, args.seed, today=today, scale=DemoScale.named(args.scale))
    finally:
        store.close()
    seconds = time.perf_counter() - start
    print(msg("cli.demo_done", n=args.participants, path=args.db, seconds=seconds,
              size=Path(args.db).stat().st_size))
    return 0


@register("check", "Controleer een database", "Check a database", _db_arg)
def cmd_check(args: argparse.Namespace, paths: Paths) -> int:
    from .storage.database import check_database

    check_database(args.db, key=_key(args))
    print(msg("db.ok", path=args.db))
    return 0


def _backup_args(p: argparse.ArgumentParser) -> None:
    _db_arg(p)
    p.add_argument("--to", type=Path, required=True, help="map voor de back-up / backup folder")
    p.add_argument("--keep", type=int, default=None, help="aantal automatische back-ups bewaren")


@register("backup", "Maak een back-up", "Make a backup", _backup_args)
def cmd_backup(args: argparse.Namespace, paths: Paths) -> int:
    from .config import Settings
    from .storage.backup import make_backup

    keep = args.keep or Settings.load(paths).backup_count
    store = _open(args, paths)
    try:
        dest = make_backup(store.db, args.to, keep=keep)
    finally:
        store.close()
    print(msg("backup.done", path=dest))
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    _db_arg(p)
    p.add_argument("--from", dest="source", type=Path, required=True, help="back-upbestand / backup file")


@register("restore", "Zet een back-up terug", "Restore a backup", _restore_args)
def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    from .storage.backup import restore_backup

    safety = restore_backup(args.source, args.db, paths.backups_dir, key=_key(args))
    print(f"{args.source} -> {args.db} ({safety})")
    return 0


def _list_args(p: argparse.ArgumentParser) -> None:
    _db_arg(p)
    p.add_argument("--json", action="store_true", help="JSON-uitvoer / JSON output")


@register("list", "Toon de deelnemers", "List participants", _list_args)
def cmd_list(args: argparse.Namespace, paths: Paths) -> int:
    from .services.participants import full_name
    from .storage.database import inspect_file

    inspect_file(Path(args.db), key=_key(args))
    store = _open(args, paths)
    try:
        rows = list(store.db.execute(
            "SELECT id, first_name, last_name, status FROM participant WHERE deleted = 0 ORDER BY id"))
    finally:
        store.close()
    items = [{"id": r[0], "name": full_name({"first_name": r[1], "last_name": r[2]}), "status": r[3]} for r in rows]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(f"{item['id']}  {item['status']:<11} {item['name']}")
    return 0


# ------------------------------------------------------------------------------ main

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
    for name, (help_nl, help_en, add_arguments, _handler) in COMMANDS.items():
        p = sub.add_parser(name, help=help_en if en else help_nl)
        add_arguments(p)
    return parser


def _detect_language(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("BEGELEIDER_LANG", "nl")


def _load_plugins() -> None:
    """Commands that live with their feature modules register themselves on import."""
    import importlib

    for module in ("begeleider_app.sync.cli", "begeleider_app.services.privacy_cli",
                   "begeleider_app.services.handover_cli"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            # Only a feature that is not installed is skipped; a broken import inside it is not.
            if not err.name or not (module == err.name or module.startswith(err.name + ".")):
                raise


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _detect_language(argv)
    set_language(language)
    _load_plugins()
    args = build_parser(language).parse_args(argv)
    secure_umask()
    paths = resolve_paths(args.data_dir)
    handler = COMMANDS[args.command][3]
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


if __name__ == "__main__":
    sys.exit(main())

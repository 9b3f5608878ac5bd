"""What every command shares: the Command record, the --db/--passphrase-env arguments and
opening the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import Paths
from ..storage.repository import Store

Handler = Callable[[argparse.Namespace, Paths], int]


@dataclass(frozen=True)
class Command:
    name: str
    help_nl: str
    help_en: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    handler: Handler


def db_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, help="databasebestand / database file")
    parser.add_argument("--passphrase-env", metavar="VAR", default=None,
                        help="omgevingsvariabele met het wachtwoord / env variable holding the passphrase")


def key_of(args: argparse.Namespace) -> str | None:
    from ..storage.crypto import passphrase_from_env

    return passphrase_from_env(getattr(args, "passphrase_env", None))


def open_from_args(args: argparse.Namespace, paths: Paths, *, create: bool = False) -> Store:
    from ..services.session import open_store

    return open_store(args.db, paths, create=create, key=key_of(args))



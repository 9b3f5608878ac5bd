"""CLI commands for privacy: export-participant, erase-expired, encrypt, decrypt, change-passphrase.

Passphrases come only from environment variables named with ``--passphrase-env VAR`` (and
``--new-passphrase-env VAR``), never as plain arguments: those end up in the process list
and the shell history.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ..config import Paths, Settings
from ..domain.messages import msg
from ..storage import crypto
from .common import Command, db_arg, key_of, open_from_args


def _export_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--participant", required=True, help="id van de deelnemer / participant id")
    p.add_argument("--out", type=Path, required=True, help="map voor de export / output folder")
    p.add_argument("--pdf-lang", dest="pdf_lang", choices=["nl", "en"], default="nl")


def cmd_export_participant(args: argparse.Namespace, paths: Paths) -> int:
    from ..services.privacy import export_participant

    store = open_from_args(args, paths)
    try:
        result = export_participant(store, args.participant, args.out, language=args.pdf_lang)
    finally:
        store.close()
    print(msg("privacy.exported", json=result.json_path, pdf=result.pdf_path))
    return 0


def _expired_args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--dry-run", action="store_true", help="alleen tonen / only show")
    p.add_argument("--years", type=int, default=None, help="bewaartermijn in jaren / retention years")
    p.add_argument("--today", default=None, help="peildatum JJJJ-MM-DD")
    p.add_argument("--json", action="store_true")


def cmd_erase_expired(args: argparse.Namespace, paths: Paths) -> int:
    from ..services.retention import erase_expired, retention_years

    years = args.years or retention_years(Settings.load(paths))
    today = date.fromisoformat(args.today) if args.today else None
    store = open_from_args(args, paths)
    try:
        items = erase_expired(store, years=years, today=today, dry_run=args.dry_run)
    finally:
        store.close()
    if args.json:
        print(json.dumps([{"id": i.participant_id, "closed_on": i.closed_on.isoformat(),
                           "due_on": i.due_on.isoformat()} for i in items], indent=2))
        return 0
    if not items:
        print(msg("retention.none"))
        return 0
    print(msg("retention.due", n=len(items), years=years))
    for item in items:
        # Ids only: the output may end up in a log.
        print(f"  {item.participant_id}  afgesloten {item.closed_on:%d-%m-%Y}")
    print(msg("retention.dry_run") if args.dry_run else msg("retention.erased", n=len(items)))
    return 0


def _convert_args(p: argparse.ArgumentParser, *, new: bool, old: bool) -> None:
    p.add_argument("--db", type=Path, required=True, help="databasebestand / database file")
    if old:
        p.add_argument("--passphrase-env", metavar="VAR", required=True,
                       help="omgevingsvariabele met het huidige wachtwoord")
    if new:
        p.add_argument("--new-passphrase-env", metavar="VAR", required=True,
                       help="omgevingsvariabele met het nieuwe wachtwoord")
    p.add_argument("--backups", type=Path, default=None,
                   help="ook de back-ups in deze map omzetten / convert the backups in this folder too")


def _convert_backups(args: argparse.Namespace, old: str | None, new: str | None) -> None:
    if args.backups is not None:
        skipped = crypto.reencrypt_backups(args.backups, old_key=old, new_key=new)
        for path in skipped:
            print(f"  niet omgezet (ander wachtwoord): {path}")


def cmd_encrypt(args: argparse.Namespace, paths: Paths) -> int:
    new = crypto.passphrase_from_env(args.new_passphrase_env)
    assert new is not None
    crypto.encrypt_database(args.db, new)
    _convert_backups(args, None, new)
    print(msg("crypto.done_encrypt", path=args.db))
    return 0


def cmd_decrypt(args: argparse.Namespace, paths: Paths) -> int:
    old = key_of(args)
    assert old is not None
    crypto.decrypt_database(args.db, old)
    _convert_backups(args, old, None)
    print(msg("crypto.done_decrypt", path=args.db))
    return 0


def cmd_change_passphrase(args: argparse.Namespace, paths: Paths) -> int:
    old = key_of(args)
    new = crypto.passphrase_from_env(args.new_passphrase_env)
    assert old is not None and new is not None
    crypto.change_passphrase(args.db, old, new)
    _convert_backups(args, old, new)
    print(msg("crypto.done_rekey", path=args.db))
    return 0


COMMANDS: list[Command] = [
    Command("export-participant", "Inzage: alles over één deelnemer (JSON en PDF)",
            "Access request: everything about one participant (JSON and PDF)",
            _export_args, cmd_export_participant),
    Command("erase-expired", "Wis dossiers voorbij de bewaartermijn",
            "Erase files past the retention period",
            _expired_args, cmd_erase_expired),
    Command("encrypt", "Versleutel een database",
            "Encrypt a database",
            lambda p: _convert_args(p, new=True, old=False), cmd_encrypt),
    Command("decrypt", "Haal de versleuteling van een database af",
            "Decrypt a database",
            lambda p: _convert_args(p, new=False, old=True), cmd_decrypt),
    Command("change-passphrase", "Wijzig het wachtwoord van een database",
            "Change the passphrase of a database",
            lambda p: _convert_args(p, new=True, old=True), cmd_change_passphrase),
]

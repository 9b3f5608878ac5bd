"""`begeleider sync --db PATH --share DIR [--passphrase-env VAR]`: merge colleagues' records,
publish ours.

Exit 0 when the sync completed (open conflicts are listed, they are no failure); 2 when the
share cannot be used (unreachable, the database lies inside it, another sync of this
installation is running); 3 when importing worked but publishing did not (e.g. a file held by
a sync client): the reason is printed. Open conflicts are named by the participant's
initials, the record and the field, never by their values (a terminal's scrollback and a
scheduled task's log are no place for a participant's health notes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import Paths
from .common import Command, db_arg, key_of


def _args(p: argparse.ArgumentParser) -> None:
    db_arg(p)
    p.add_argument("--share", type=Path, default=None,
                   help="gedeelde map van het team (standaard uit de instellingen) / shared folder")
    p.add_argument("--hub", metavar="DSN", default=None,
                   help="organisatiehub (PostgreSQL) in plaats van een map / organisation hub")
    p.add_argument("--hub-password-env", metavar="VAR", default=None,
                   help="omgevingsvariabele met het hubwachtwoord (anders het opgeslagen) / "
                        "env variable holding the hub password (else the stored one)")
    p.add_argument("--remember-hub", action="store_true",
                   help="de hub en het wachtwoord op deze laptop bewaren / keep the hub and its "
                        "password on this laptop (in the encrypted database)")
    p.add_argument("--no-publish", action="store_true", help="alleen inlezen / import only")


def cmd_sync(args: argparse.Namespace, paths: Paths) -> int:
    from ..config import Device, Settings
    from ..domain.messages import UserError, get_language, msg
    from ..services.session import open_store
    from ..storage.crypto import passphrase_from_env
    from ..sync.conflicts import open_conflicts
    from ..sync.engine import sync
    from ..sync.hub import sync_with_hub

    settings = Settings.load(paths)
    share = args.share or (Path(settings.share_folder) if settings.share_folder else None)
    # The hub when asked for, or when IT set one and no folder was named.
    hub = args.hub or (settings.hub_dsn if args.share is None else None) or None
    if share is None and hub is None:
        raise UserError("sync.no_share")
    hub_password = passphrase_from_env(args.hub_password_env)
    device = Device.load_or_create(paths)
    store = open_store(args.db, paths, device=device, create=True, key=key_of(args))
    try:
        common = {"device": device, "coach_name": settings.coach_name or device.coach_name,
                  "do_publish": not args.no_publish}
        if hub:
            report = sync_with_hub(store, hub, paths, password=hub_password, **common)
            if args.remember_hub:
                from ..storage.crypto import set_local_secret
                from ..sync.hub import PASSWORD_SECRET

                if hub_password:
                    set_local_secret(store.db, PASSWORD_SECRET, hub_password)
                settings.hub_dsn = hub
                settings.save(paths)
        else:
            report = sync(store, share, paths, **common)
        for line in report.lines():
            print(line)
        for copy in report.conflicted_copies:
            print(copy)
        language = get_language()
        for c in open_conflicts(store.db):
            print(msg("sync.cli_conflict", initials=_initials(c.participant_name),
                      entity=c.entity_label(language), field=c.field_label(language),
                      versions=len(c.versions)))
    finally:
        store.close()
    if report.publish_error:
        print(f"begeleider sync: {report.publish_error}", file=sys.stderr)
        return 3
    return 0


def _initials(name: str) -> str:
    from ..domain.messages import msg

    letters = [part[0].upper() + "." for part in name.split() if part[:1].isalpha()]
    return "".join(letters) or msg("sync.cli_no_participant")


COMMANDS: list[Command] = [
    Command("sync", "Synchroniseer met het team via de gedeelde map",
            "Sync with the team through the shared folder",
            _args, cmd_sync),
]

"""`begeleider hub ...`: IT's commands for an organisation hub on PostgreSQL.

    begeleider hub init --dsn DSN                    create or update the hub's schema
    begeleider hub add-device --dsn DSN --team T --name ROLE [--label TEXT]
    begeleider hub revoke-device --dsn DSN --name ROLE
    begeleider hub devices --dsn DSN

``--dsn`` is a libpq connection string of a role that owns the hub database (IT's); its
password comes from ``--password-env VAR`` or libpq's own PGPASSWORD / .pgpass, never from the
command line. A laptop syncs with `begeleider sync --hub DSN --hub-password-env VAR`.
"""

from __future__ import annotations

import argparse
import json

from ..config import Paths
from .common import Command


def _args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="hub_command", required=True, metavar="ACTIE")

    def dsn(q: argparse.ArgumentParser) -> None:
        q.add_argument("--dsn", required=True,
                       help="verbinding met de hub-database (zonder wachtwoord) / connection string")
        q.add_argument("--password-env", metavar="VAR", default=None,
                       help="omgevingsvariabele met het wachtwoord / env variable with the password")

    dsn(sub.add_parser("init", help="hub inrichten of bijwerken / set up or update the hub"))
    add = sub.add_parser("add-device", help="laptop toevoegen / admit a laptop")
    dsn(add)
    add.add_argument("--team", required=True, help="team van de laptop / the laptop's team")
    add.add_argument("--name", required=True, help="naam van het apparaat (rol) / device (role) name")
    add.add_argument("--label", default="", help="omschrijving, bijv. de coach / description")
    add.add_argument("--json", action="store_true", help="JSON-uitvoer / JSON output")
    revoke = sub.add_parser("revoke-device", help="laptop intrekken / revoke a laptop")
    dsn(revoke)
    revoke.add_argument("--name", required=True, help="naam van het apparaat (rol) / device name")
    devices = sub.add_parser("devices", help="toegelaten laptops / admitted laptops")
    dsn(devices)
    devices.add_argument("--json", action="store_true", help="JSON-uitvoer / JSON output")


def _dsn(args: argparse.Namespace) -> str:
    """The DSN with the password from the named variable (kept out of the process list)."""
    if not args.password_env:
        return args.dsn
    from psycopg.conninfo import make_conninfo

    from ..storage.crypto import passphrase_from_env

    password = passphrase_from_env(args.password_env)

    return make_conninfo(args.dsn, password=password)


def cmd_hub(args: argparse.Namespace, paths: Paths) -> int:
    from ..domain.messages import msg
    from ..sync import hub_schema
    from ..sync.hub import describe_dsn

    dsn = _dsn(args)
    where = describe_dsn(args.dsn)
    if args.hub_command == "init":
        done = hub_schema.init(dsn)
        print(msg("hub.init_done", hub=where, applied=", ".join(done)) if done
              else msg("hub.up_to_date", hub=where))
    elif args.hub_command == "add-device":
        new = hub_schema.add_device(dsn, team=args.team, role=args.name, label=args.label)
        if args.json:
            print(json.dumps({"role": new.role, "team": new.team, "password": new.password}))
        else:
            print(msg("hub.device_added", role=new.role, team=new.team, password=new.password))
    elif args.hub_command == "revoke-device":
        ended = hub_schema.revoke_device(dsn, role=args.name)
        print(msg("hub.device_revoked", role=args.name, ended=ended))
    else:
        rows = hub_schema.members(dsn)
        if args.json:
            print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
        for row in rows if not args.json else []:
            state = (msg("hub.state_revoked", on=f"{row['revoked_at']:%d-%m-%Y}")
                     if row["revoked_at"] else msg("hub.state_active"))
            last = f"{row['last_publication']:%d-%m-%Y %H:%M}" if row["last_publication"] else "-"
            print(f"{row['role']:<24} {row['team']:<16} {state:<22} {last}  {row['label']}")
    return 0


COMMANDS: list[Command] = [
    Command("hub", "Organisatiehub (PostgreSQL) inrichten en laptops beheren (IT)",
            "Set up an organisation hub (PostgreSQL) and manage laptops (IT)", _args, cmd_hub),
]

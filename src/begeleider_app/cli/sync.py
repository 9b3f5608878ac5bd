"""`begeleider sync --db PATH --share DIR`: import colleagues' records, publish ours.

Exit 0 when the sync completed (open conflicts are listed, they are no failure); 2 when the
share cannot be used (unreachable, or the database lies inside it); 3 when importing worked
but publishing did not (e.g. a file held by a sync client): the reason is printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import Paths
from .common import Command


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, required=True, help="databasebestand / database file")
    p.add_argument("--share", type=Path, default=None,
                   help="gedeelde map van het team (standaard uit de instellingen) / shared folder")
    p.add_argument("--no-publish", action="store_true", help="alleen inlezen / import only")


def cmd_sync(args: argparse.Namespace, paths: Paths) -> int:
    from ..config import Device, Settings
    from ..domain.messages import UserError
    from ..services.session import open_store
    from ..sync.conflicts import open_conflicts
    from ..sync.engine import sync

    settings = Settings.load(paths)
    share = args.share or (Path(settings.share_folder) if settings.share_folder else None)
    if share is None:
        raise UserError("sync.no_share")
    device = Device.load_or_create(paths)
    store = open_store(args.db, paths, device=device, create=True)
    try:
        report = sync(store, share, paths, device=device,
                      coach_name=settings.coach_name or device.coach_name,
                      do_publish=not args.no_publish)
        for line in report.lines():
            print(line)
        for copy in report.conflicted_copies:
            print(copy)
        for c in open_conflicts(store.db):
            values = " | ".join(
                f"{v.coach_name or v.device_id[:8]}: {v.value!r}" for v in c.versions)
            who = f"{c.participant_name} " if c.participant_name else ""
            print(f"  - {who}{c.entity_label()} / {c.field_label()}: {values}")
    finally:
        store.close()
    if report.publish_error:
        print(f"begeleider sync: {report.publish_error}", file=sys.stderr)
        return 3
    return 0


COMMANDS: list[Command] = [
    Command("sync", "Synchroniseer met het team via de gedeelde map",
            "Sync with the team through the shared folder",
            _args, cmd_sync),
]

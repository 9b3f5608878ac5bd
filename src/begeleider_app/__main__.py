"""Start the GUI: `python -m begeleider_app [--db PATH] [--data-dir DIR]`."""

from __future__ import annotations

import sys


def main() -> int:
    from .ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())

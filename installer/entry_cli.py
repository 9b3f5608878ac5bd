"""Frozen entry point of the command-line program (`begeleider`, `begeleider.exe`)."""

import sys

from begeleider_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Begeleider: offline trajectory records for Dutch job coaches."""

from __future__ import annotations

APP_NAME = "Begeleider"


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked (About box,
    # `--version`): loading importlib.metadata and scanning the installed packages cost
    # about 0.1 s of every start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("begeleider-app")
        except PackageNotFoundError:  # running from a source tree without install
            value = "0.0.0"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

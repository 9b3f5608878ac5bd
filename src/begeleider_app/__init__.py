"""Begeleider: offline trajectory records for Dutch job coaches."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("begeleider-app")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

APP_NAME = "Begeleider"

"""GUI start-up: arguments, paths, language, the database, the main window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..config import Device, Settings, resolve_paths, secure_umask
from ..domain.messages import UserError, set_language


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="begeleider-app", description="Begeleider")
    parser.add_argument("--db", type=Path, default=None, help="databasebestand / database file")
    parser.add_argument("--data-dir", type=Path, default=None, help="installatiemap / installation folder")
    parser.add_argument("--lang", choices=["nl", "en"], default=None)
    parser.add_argument("--no-demo", action="store_true", help="bied geen demo-caseload aan")
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    secure_umask()
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    settings = Settings.load(paths)
    if args.lang:
        settings.language = args.lang
    set_language(settings.language)
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    device = Device.load_or_create(paths)
    db_path = args.db or paths.default_db

    from ..services.session import open_store

    try:
        store = open_store(db_path, paths, device=device)
    except UserError as err:
        QMessageBox.critical(None, APP_NAME, err.message())
        return 2
    from .main_window import MainWindow

    window = MainWindow(store, paths, settings)
    window.show()
    return app.exec()

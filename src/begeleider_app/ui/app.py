"""GUI start-up: arguments, paths, language, the database, the main window.

`build()` does everything up to a shown window (tests and the harness in tests/ui use it to
start the real program); `run()` adds the event loop.
"""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..config import Device, Paths, Settings, resolve_paths, secure_umask
from ..domain.messages import UserError, set_language
from ..resources import resource
from . import fonts

log = logging.getLogger("begeleider")
DEMO_SIZE = 40


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="begeleider-app", description="Begeleider")
    parser.add_argument("--db", type=Path, default=None, help="databasebestand / database file")
    parser.add_argument("--data-dir", type=Path, default=None, help="installatiemap / installation folder")
    parser.add_argument("--lang", choices=["nl", "en"], default=None)
    parser.add_argument("--no-demo", action="store_true", help="bied geen demo-caseload aan")
    parser.add_argument("--no-backup", action="store_true",
                        help="geen automatische dagelijkse back-up bij het starten")
    parser.add_argument("--no-wizard", action="store_true",
                        help="sla de vragen van de eerste start over / skip the first-start questions")
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args



def setup_logging(paths: Paths) -> Path:
    """A rotating log in the platform's log folder (no personal data is logged on purpose)."""
    paths.logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs_dir / "begeleider.log"
    root = logging.getLogger("begeleider")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(old.baseFilename) != log_file.absolute():  # another installation folder
            root.removeHandler(old)
            old.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return log_file


class ExceptionHook:
    """Log an unexpected error, store what the coach typed, and say so in plain Dutch."""

    def __init__(self, log_file: Path, flush: Callable[[], object] | None = None,
                 show: bool = True) -> None:
        self.log_file = log_file
        self.flush = flush
        self.show = show
        self._busy = False
        self.count = 0

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        # Only where it happened and the kind of error: an exception's message can hold what
        # the coach typed (a name, a diagnosis), and the log is not a place for personal data.
        log.error("Onverwachte fout %s.%s\n%s", exc_type.__module__, exc_type.__qualname__,
                  "".join(traceback.format_tb(tb)))
        if self._busy:
            return
        self._busy = True
        try:
            saved = True
            if self.flush is not None:
                try:
                    saved = self.flush() is not False
                except Exception as err:  # noqa: BLE001 - said to the coach below
                    saved = False
                    log_without_text("Opslaan na fout mislukt", err)
            if self.show and QApplication.instance() is not None:
                text = QCoreApplication.translate("App", "Something went wrong in Begeleider. ")
                text += (QCoreApplication.translate("App", "What you typed has been saved.") if saved
                         else QCoreApplication.translate("App", "Not everything could be saved: please check your last changes."))
                text += "\n\n" + QCoreApplication.translate("App", "You can continue working. The details are in the log file:\n%1") \
                    .replace("%1", str(self.log_file))
                if isinstance(exc, UserError):
                    text = exc.message() + "\n\n" + text
                QMessageBox.warning(None, APP_NAME, text)
        finally:
            self._busy = False


def _install_translations(app: QApplication, language: str) -> None:
    from .i18n import install_language

    install_language(app, language)


def offer_demo(store, parent=None) -> bool:
    """On an empty database: offer a synthetic caseload to explore the program."""
    from ..services import participants
    from ..services.demo import generate_demo

    if not participants.is_empty(store):
        return False
    answer = QMessageBox.question(
        parent, APP_NAME,
        QCoreApplication.translate("App", "This database is still empty. Load a demo caseload with %1 invented participants to "
           "explore the program?\n\nChoose No to start with an empty caseload.").replace("%1", str(DEMO_SIZE)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    generate_demo(store, DEMO_SIZE, today=date.today())
    return True


def _refuse_if_damaged(store, paths: Paths) -> UserError | None:
    """Reading the file failed before the window showed. When start-up had left the full check
    out (unchanged since our clean close), run it now: damage gets the same plain refusal as
    a check at open would have given, and the store is closed."""
    from ..services.session import DEFERRED, FAILED, key_of
    from ..storage.database import DatabaseOpenError, forget_clean_close, verify_file

    if store.check_state != DEFERRED or store.path is None:
        return None
    try:
        verify_file(store.path, key=key_of(store))
    except DatabaseOpenError as err:
        store.check_state = FAILED
        forget_clean_close(store.path, paths.clean_close_file)
        store.close()
        return err
    return None


def paint_on_the_ui_thread() -> None:
    """Keep Qt's fills on the UI thread (unless QT_NO_GUI_THREADPOOL is already set).

    Qt's raster engine hands every fill of 96 or more pixel rows to a pool of helper threads
    and waits for them. For widget-sized fills the hand-off costs more than the fill: opening
    a participant woke the pool about 140 times and spent a quarter of its CPU time on it,
    and on a busy 2-core laptop the wait for a helper thread is what made the slow opens
    slow (docs/benchmarks.md). Qt reads the variable when it first paints, so this must run
    before the first window is shown.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def build(argv: Sequence[str]):
    """Start everything up to a shown main window. Returns (app, window or None, exit code)."""
    paint_on_the_ui_thread()
    args = parse_args(argv)
    secure_umask()
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    log_file = setup_logging(paths)
    settings = Settings.load(paths)
    if args.lang:
        settings.language = args.lang
    set_language(settings.language)
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    icon = resource("icons", "begeleider.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setDesktopFileName("begeleider")  # Wayland takes the icon from resources/begeleider.desktop
    fonts.install()  # Arabic and Ge'ez names have glyphs even without a system font for them
    _install_translations(app, settings.language)
    hook = ExceptionHook(log_file)
    sys.excepthook = hook
    device = Device.load_or_create(paths)
    db_path = args.db
    if db_path is None and settings.last_db and Path(settings.last_db).exists():
        db_path = Path(settings.last_db)
    db_path = db_path or paths.default_db

    from .dialogs.passphrase_dialog import obtain_store

    try:
        # Asks for the passphrase of an encrypted file; at first start (the default file does
        # not exist yet) the coach sets one or chooses no encryption (docs/security.md).
        # A file unchanged since our last clean close opens without the full page check; the
        # window runs that check in the background (start_integrity_check, docs/design.md).
        store = obtain_store(db_path, paths, device=device, settings=settings,
                             ask_new=db_path == paths.default_db, trust_clean_close=True)
    except UserError as err:
        log.warning("Database niet geopend: %s", err.key)
        QMessageBox.critical(None, APP_NAME, err.message())
        return app, None, 2
    if store is None:  # the coach cancelled the passphrase
        return app, None, 0
    log.info("Gestart met %s", db_path.name)
    first_start(args, settings, paths, store.path, app)
    from . import window_state
    from .main_window import MainWindow

    try:
        if not args.no_demo:
            offer_demo(store)
        window = MainWindow(store, paths, settings)
    except Exception:
        refused = _refuse_if_damaged(store, paths)
        if refused is None:
            raise
        log.warning("Database niet geopend: %s", refused.key)
        QMessageBox.critical(None, APP_NAME, refused.message())
        return app, None, 2
    hook.flush = window.flush
    window_state.show(window, window.geometry_restored)
    window.start_integrity_check()
    # Once the window is up: everything made during start-up stays for the whole session, so
    # move it out of the garbage collector's reach. Otherwise every full collection walks all
    # of it again, a 40-50 ms hitch now and then while the coach works.
    QTimer.singleShot(0, freeze_startup_objects)
    if not args.no_backup:
        window.start_daily_backup()
    return app, window, 0


def first_start(args: argparse.Namespace, settings: Settings, paths: Paths, db_path: Path | None,
                app: QApplication) -> None:
    """The first-start questions (coach, organisation, team, language), once, before the
    window opens; a new language applies at once."""
    from .dialogs.setup_wizard import SetupWizard, should_ask

    if not should_ask(settings, explicit_db=args.db is not None, asked_not_to=args.no_wizard):
        return
    if not settings.missing_details():  # everything already filled in (IT, an older version)
        settings.setup_done = True
        settings.save(paths)
        return
    wizard = SetupWizard(settings, paths, db_path=db_path)
    wizard.exec()
    if wizard.language_changed:
        set_language(settings.language)
        _install_translations(app, settings.language)


def freeze_startup_objects() -> None:
    # No gc.collect() first: on the organisation database it found 22 objects of garbage and
    # took 30-50 ms, just before the first paint of the window. Those few stay frozen.
    gc.freeze()


def run(argv: Sequence[str]) -> int:
    app, window, code = build(argv)
    if window is None:
        return code
    code = app.exec()
    from ..services.session import close_store

    try:
        window.flush()
        # Records the clean close that lets the next start skip the full check of the file.
        close_store(window.store, window.paths)
    except Exception as err:  # noqa: BLE001 - the next start checks the file in full
        log_without_text("Database niet netjes gesloten", err)
    return code


def log_without_text(what: str, err: BaseException) -> None:
    """Where and what kind of error, never its message: that can hold what the coach typed
    (a name, a date of birth), and the log is no place for personal data."""
    log.error("%s: %s.%s\n%s", what, type(err).__module__, type(err).__qualname__,
              "".join(traceback.format_tb(err.__traceback__)))

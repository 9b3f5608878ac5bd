"""Frozen entry point of the desktop program (`begeleider-app`, `begeleider-app.exe`).

`--smoke-test` is for the bundle check in CI (installer/smoke.sh): it goes through the real
start-up (`begeleider_app.ui.app.run`: paths, settings, language, database, main window) and,
once the event loop runs, checks that the main window is shown with its caseload, then quits
with exit code 0 (3 when the window is missing, 4 when a dialog waits for an answer). With
BEGELEIDER_SMOKE_SCREENSHOT=file.png it also saves a picture of the window. Nothing else changes.
"""

import os
import sys


def _arm_smoke_test(argv: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    app = QApplication.instance() or QApplication(argv)

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # an error or question dialog would wait for a coach forever
            text = getattr(modal, "text", lambda: "")()
            print(f"smoke-test: a dialog is open: {modal.windowTitle()!r} {text!r}", file=sys.stderr)
            app.exit(4)
            return
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "mainWindow" and w.isVisible()]
        if not windows:
            print("smoke-test: main window not shown", file=sys.stderr)
            app.exit(3)
            return
        window = windows[0]
        caseload = window.findChild(QAbstractItemView, "caseloadList") or window.findChild(
            QAbstractItemView, "caseloadTable")
        rows = caseload.model().rowCount() if caseload is not None and caseload.model() else -1
        print(f"smoke-test ok: window={window.windowTitle()!r} caseload_rows={rows} "
              f"icon={not app.windowIcon().isNull()}")
        shot = os.environ.get("BEGELEIDER_SMOKE_SCREENSHOT")
        if shot and not window.grab().save(shot):
            print(f"smoke-test: could not save {shot}", file=sys.stderr)
            app.exit(5)
            return
        window.close()
        app.exit(0)

    QTimer.singleShot(500, check)


def main() -> int:
    argv = list(sys.argv)
    if "--smoke-test" in argv:
        argv.remove("--smoke-test")
        _arm_smoke_test(argv)
    from begeleider_app.ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())

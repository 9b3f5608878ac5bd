"""Screenshots of the lock screen and the retention view (issue 7).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_privacy.py
Writes docs/screenshots/{lock,retention}.png from an encrypted synthetic demo caseload (only
invented people). The retention view is shown as on 1 March 2031, so some closed demo files
are past the default 5 years.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
PASSPHRASE = "demo wachtwoord voor screenshots"


def main() -> int:
    from make_screenshots import demo_store  # this folder (run as a script)

    from begeleider_app.config import Settings
    from begeleider_app.ui.dialogs.retention_dialog import RetentionDialog
    from begeleider_app.ui.main_window import MainWindow

    app, paths, store = demo_store(80, seed=7, key=PASSPHRASE)
    OUT.mkdir(parents=True, exist_ok=True)

    window = MainWindow(store, paths, Settings())
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    first = store.db["participant"].rows_where(order_by="first_name", limit=1)
    window.select_participant(next(iter(first))["id"])
    app.processEvents()
    window.privacy.lock()
    app.processEvents()
    window.privacy.lock_screen.passphrase.setText("gehe")
    app.processEvents()
    window.grab().save(str(OUT / "lock.png"))

    window.privacy.try_unlock(PASSPHRASE)
    dialog = RetentionDialog(store, window.settings, paths, window, today=date(2031, 3, 1))
    dialog.resize(820, 520)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "retention.png"))
    dialog.close()
    window.close()
    store.close()
    print(OUT / "lock.png", OUT / "retention.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

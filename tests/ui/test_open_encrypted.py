"""File > Open on an encrypted database asks for its passphrase instead of refusing it."""

from __future__ import annotations

from begeleider_app.services import participants as psvc
from begeleider_app.services.session import open_store
from begeleider_app.storage import crypto

PASS = "lange-zin-voor-de-demo-2026"


def test_open_an_encrypted_file_asks_the_passphrase(window, paths, tmp_path, fill_dialog, no_message_boxes):
    from begeleider_app.ui.dialogs.passphrase_dialog import PassphraseDialog

    path = tmp_path / "versleuteld.sqlite"
    other = open_store(path, paths, key=PASS)
    person = psvc.create_participant(other, {"first_name": "Senait", "last_name": "Woldu"})
    other.close()
    crypto.forget_session_keys()  # as after a restart: the program does not know the key

    def fill(dialog):
        assert dialog.mode == "enter"
        dialog.passphrase.setText(PASS)

    seen = fill_dialog(PassphraseDialog, fill)
    try:
        assert window.document.open_database(path)
        assert len(seen) == 1
        assert [r["id"] for r in window.caseload.model.rows] == [person["id"]]
        assert no_message_boxes == []
    finally:
        window.store.close()
        crypto.forget_session_keys()

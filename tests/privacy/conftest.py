"""Synthetic participants for the privacy tests (never real people)."""

from __future__ import annotations

from datetime import date

import pytest

NAME_FIRST = "Zephyrine"
NAME_LAST = "Quastelbroek"
HEALTH_MARKER = "GEZONDHEIDSMARKER-7731-rugklachten"
PASS = "correct paard batterij nietje"


@pytest.fixture(autouse=True)
def _no_session_keys():
    """Each test starts without passphrases remembered from another test."""
    from begeleider_app.storage import crypto

    crypto.forget_session_keys()
    yield
    crypto.forget_session_keys()


@pytest.fixture
def make_person():
    """Create a synthetic participant with an intake holding the health marker."""
    from begeleider_app.services.participants import create_participant, intake_for

    def make(store, first: str = NAME_FIRST, last: str = NAME_LAST, marker: str = HEALTH_MARKER):
        person = create_participant(store, {"first_name": first, "last_name": last},
                                    today=date(2026, 11, 1))
        intake = intake_for(store, person["id"])
        store.repo("intake").update(intake["id"], {"health": marker, "own_words": f"Ik ben {first}."})
        return person

    return make


@pytest.fixture
def dump():
    return all_text


def all_text(db) -> str:
    """Every value of every table (history and FTS shadow tables included) as one string."""
    parts = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        try:
            rows = db.execute(f"SELECT * FROM [{name}]").fetchall()
        except Exception:  # virtual tables that cannot be read directly
            continue
        for row in rows:
            parts.extend(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(parts)

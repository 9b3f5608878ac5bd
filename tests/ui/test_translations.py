"""Every visible string has a finished Dutch translation, and the .ts matches the source.

Fails when someone adds a `self.tr("...")` without running
`python -m begeleider_app.ui.i18n_build --update` and filling the Dutch text, or leaves a
message unfinished, or forgets to compile the .qm.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from begeleider_app.ui import i18n_build


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_message_has_a_finished_dutch_translation():
    problems = []
    for (context, source), message in _messages(i18n_build.TS_FILE).items():
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if not all((f or "").strip() for f in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "Missing Dutch translations:\n" + "\n".join(problems)


def test_translation_file_is_up_to_date_with_the_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    i18n_build.update_ts(fresh)
    in_source = set(_messages(fresh))
    in_ts = set(_messages(i18n_build.TS_FILE))
    missing = sorted(in_source - in_ts)
    stale = sorted(in_ts - in_source)
    assert not missing, f"Strings in the source but not in the .ts (run i18n_build --update): {missing}"
    assert not stale, f"Strings in the .ts no longer in the source (run i18n_build --update): {stale}"
    # A string must not be translated with an empty context (a tr() helper lupdate cannot see).
    assert not [s for (ctx, s) in in_source if not ctx], "tr() outside a class: use QCoreApplication.translate"


def test_compiled_translations_match_the_ts(tmp_path):
    qm = tmp_path / "check.qm"
    i18n_build.release(i18n_build.TS_FILE, qm)
    assert i18n_build.QM_FILE.exists(), "run python -m begeleider_app.ui.i18n_build"
    assert qm.read_bytes() == i18n_build.QM_FILE.read_bytes(), (
        "begeleider_nl.qm is older than begeleider_nl.ts: run python -m begeleider_app.ui.i18n_build")


@pytest.mark.parametrize("language, expected", [("nl", "&Bestand"), ("en", "&File")])
def test_the_menu_follows_the_chosen_language(qapp, make_window, store, language, expected):
    from begeleider_app.domain.messages import set_language
    from begeleider_app.ui.i18n import install_language

    install_language(qapp, language)
    set_language(language)
    window = make_window(store)
    assert window.menus["file"].title() == expected

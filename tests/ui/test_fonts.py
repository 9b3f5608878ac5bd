"""Arabic and Ge'ez names render in the window with the shipped font, on a machine without
any font for those scripts (issue 20, problem 5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).with_name("harness_fonts.py")
GEEZ, ARABIC = "የማነ ተስፋይ", "سميرة حداد"


def test_geez_and_arabic_names_have_glyphs_without_system_fonts(tmp_path, paths):
    from begeleider_app.services import participants as psvc
    from begeleider_app.services.session import open_store

    db = tmp_path / "namen.sqlite"
    store = open_store(db, paths)
    psvc.create_participant(store, {"first_name": "Yemane", "last_name": "Tesfay", "name_native": GEEZ})
    psvc.create_participant(store, {"first_name": "Samira", "last_name": "Haddad", "name_native": ARABIC})
    store.close()
    # No system fonts at all: fontconfig reads an empty folder.
    empty = tmp_path / "geen-lettertypen"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
                    encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(HARNESS), "--", "--data-dir", str(paths.data_dir), "--db", str(db),
         "--no-demo", "--no-backup", "--no-wizard"],
        env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["system"] == {"arabic": [], "ethiopic": []}, "the child must have no system fonts"
    shown = {n["text"]: n["runs"] for n in result["names"]}
    for native in (GEEZ, ARABIC):
        runs = next(r for text, r in shown.items() if native in text)
        script = [r for r in runs if any(c in native for c in r["text"])]
        assert script, runs
        for run in runs:
            assert run["no_box"] and run["in_font"], run
        assert {r["family"].casefold() for r in script} == {"begeleider sans"}


def test_the_screen_copy_of_the_font_declares_an_ordinary_line():
    """Qt measures lines with every font that may draw in them: the merged font's tall
    Arabic line (2.1 em) made every widget a third taller. Its glyphs stay the same."""
    import io

    from fontTools.ttLib import TTFont

    from begeleider_app.resources import resource
    from begeleider_app.ui.fonts import screen_copy

    original = resource("fonts", "BegeleiderSans-Regular.ttf").read_bytes()
    pdf, screen = TTFont(io.BytesIO(original)), TTFont(io.BytesIO(screen_copy(original)))
    assert pdf["hhea"].ascent - pdf["hhea"].descent > 2000
    assert (screen["hhea"].ascent, screen["hhea"].descent, screen["hhea"].lineGap) == (930, -250, 0)
    assert (screen["OS/2"].usWinAscent, screen["OS/2"].usWinDescent) == (930, 250)
    assert screen.getGlyphOrder() == pdf.getGlyphOrder()
    ye = pdf.getBestCmap()[ord("የ")]  # a Ge'ez letter: the same glyph
    assert screen.getBestCmap()[ord("የ")] == ye
    assert screen["glyf"][ye].getCoordinates(screen["glyf"])[0] == pdf["glyf"][ye].getCoordinates(pdf["glyf"])[0]

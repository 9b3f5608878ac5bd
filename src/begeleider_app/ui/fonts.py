"""The shipped font behind every widget, so Arabic and Ge'ez names always have glyphs.

A laptop without an Ethiopic font showed Ge'ez names as empty boxes in the caseload, the
header and the fields, although resources/fonts ships `Begeleider Sans` (Noto Sans, Noto Sans
Arabic and Noto Sans Ethiopic in one font, SIL OFL) for the PDFs. `install()` registers it
with Qt as the substitute of the system's font families: Latin text keeps the familiar
system font, and a character that font lacks (Ge'ez, Arabic where there is no Arabic font) is
drawn from ours before Qt looks for a system fallback that may not exist.

Two details make that work without changing how the window looks:

- Qt measures a line with every font that may draw in it, and the merged font declares the
  tall line of its Arabic part (2.1 em): every label and field grew by two thirds. The copy
  given to Qt declares an ordinary line (1.18 em, as common UI fonts); its glyphs are the
  same. The PDFs keep using the file itself (reports/fonts.py).
- The application font's family is often an alias ("Sans Serif" on Linux); a substitute of
  an alias would become the font of all text. So the alias is first resolved to the real
  family it stands for.
"""

from __future__ import annotations

import logging
import struct

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from ..resources import resource

FILES = ("BegeleiderSans-Regular.ttf", "BegeleiderSans-Bold.ttf", "BegeleiderSans-Italic.ttf")
# The line the copy for the screen declares, in font units of its 1000 per em.
SCREEN_ASCENT, SCREEN_DESCENT = 930, 250
_installed: list[str] = []


def screen_copy(data: bytes, ascent: int = SCREEN_ASCENT, descent: int = SCREEN_DESCENT) -> bytes:
    """The TrueType font ``data`` with its declared line (hhea and OS/2 metrics) set to
    ``ascent`` and ``descent`` and no line gap; the glyphs are untouched."""
    out = bytearray(data)
    tables = {}
    for i in range(struct.unpack_from(">H", out, 4)[0]):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", out, 12 + 16 * i)
        tables[tag] = offset
    struct.pack_into(">hhh", out, tables[b"hhea"] + 4, ascent, -descent, 0)
    # OS/2: sTypoAscender, sTypoDescender, sTypoLineGap, usWinAscent, usWinDescent
    struct.pack_into(">hhhHH", out, tables[b"OS/2"] + 68, ascent, -descent, 0, ascent, descent)
    return bytes(out)


def install() -> str | None:
    """Register the shipped font as every widget's fallback (once per process). Returns its
    family name, or None when the font files are missing."""
    if _installed:
        return _installed[0]
    family = None
    for name in FILES:
        try:
            data = screen_copy(resource("fonts", name).read_bytes())
        except (OSError, KeyError, struct.error):
            continue
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family is None:
        logging.getLogger("begeleider").warning("shipped font not found; Ge'ez may show as boxes")
        return None
    app_font = QGuiApplication.font()
    alias = app_font.family()
    real = QFontInfo(app_font).family()
    if real and real not in (alias, family):
        app_font.setFamily(real)
        QGuiApplication.setFont(app_font)
    systems = {alias, real, QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family(),
               QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()}
    for system in sorted(systems - {family, ""}):
        QFont.insertSubstitution(system, family)
    _installed.append(family)
    return family

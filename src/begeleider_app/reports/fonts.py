"""The shipped PDF font and Unicode text handling for paragraphs.

`BegeleiderSans` (resources/fonts, merged from Noto Sans, Noto Sans Arabic and Noto Sans
Ethiopic, SIL OFL 1.1) covers Dutch diacritics, Arabic and Ge'ez script in one font, so every
word is shaped with a font that has its glyphs. Arabic letters are joined by HarfBuzz when the
optional `uharfbuzz` package is importable (reportlab's `shaping` paragraph style); word order
in right-to-left runs is fixed by `bidi.visual_words`.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from ..resources import resource
from .bidi import visual_words

FONT = "BegeleiderSans"
FONT_BOLD = "BegeleiderSans-Bold"
FONT_ITALIC = "BegeleiderSans-Italic"
FILES = {FONT: "BegeleiderSans-Regular.ttf", FONT_BOLD: "BegeleiderSans-Bold.ttf",
         FONT_ITALIC: "BegeleiderSans-Italic.ttf"}


@cache
def register_fonts() -> str:
    """Register the font family with reportlab once; returns the regular font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT


@cache
def shaping_available() -> bool:
    """True when reportlab can shape text with HarfBuzz (joined Arabic letters)."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def missing_glyphs(text: str, font_name: str = FONT) -> set[str]:
    """Characters of ``text`` the font has no glyph for (whitespace and controls ignored)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return {ch for ch in set(text) if ch.isprintable() and not ch.isspace()
            and ord(ch) not in face.charToGlyph}


def markup(text: str | None) -> str:
    """Plain text to reportlab paragraph markup: escaped, RTL word order fixed, breaks kept."""
    if not text:
        return ""
    fixed = visual_words(str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return escape(fixed).replace("\n", "<br/>")

"""Word order for right-to-left names, and what the shipped font covers.

The documented limits (docs/rapportage.md) are tested here too, so a change in behaviour
shows up: a right-to-left run is reordered per paragraph, not per line.
"""

from __future__ import annotations

import unicodedata

import pytest

from begeleider_app.reports import fonts
from begeleider_app.reports.bidi import visual_words
from begeleider_app.resources import resource

from .conftest import ARABIC_NAME, GEEZ_NAME


def test_left_to_right_text_is_untouched():
    for text in ("Zoë Çelik", "Tesfaye ተስፋየ ገብረመድህን", "", "a  b\nc", "12 (x)"):
        assert visual_words(text) == text


def test_arabic_words_are_reversed_within_their_run_only():
    assert visual_words("محمد الحسن") == "الحسن محمد"
    assert visual_words("Naam: محمد الحسن en Zoë") == "Naam: الحسن محمد en Zoë"
    # commas inside the run stay with their word (HarfBuzz shows them on the word's left)
    assert visual_words("فاطمة حداد, أحمد") == "أحمد حداد, فاطمة"


def test_brackets_around_a_run_stay_outside_it():
    # HarfBuzz draws an RTL word as reverse(mirror(word)); the brackets are rewritten so the
    # drawn result is "(" + name + ")" with the opening bracket on the left.
    out = visual_words("Naam (محمد الحسن) ok")
    assert out == "Naam الحسن) (محمد ok"


def test_documented_limit_reordering_is_per_paragraph_not_per_line():
    # Three words that would wrap over two lines are reversed as one run: the first line
    # then shows the logically last words. Names are short, so this is accepted and written down.
    text = "ليلى منصور فاطمة حداد"
    assert visual_words(text).split() == list(reversed(text.split()))


def test_documented_limit_mixed_script_word_is_left_alone():
    assert visual_words("abcمحمد") == "abcمحمد"


@pytest.mark.parametrize("sample", [
    "Zoë Chloë Joëlle Çelik Yılmaz Öztürk café naïve één ĳ € – “ ” ‘ ’ · …",
    ARABIC_NAME, "فاطمة حداد أحمد خليل رانيا صالح ليلى منصور",
    GEEZ_NAME, "ሰላም ተስፋማርያም ዮናስ ሃይለ መብራት ኪዳነ ሰናይት ወልዱ",
])
def test_the_font_has_every_glyph(sample):
    for name in (fonts.FONT, fonts.FONT_BOLD, fonts.FONT_ITALIC):
        assert fonts.missing_glyphs(sample, name) == set()


def test_the_font_has_no_arabic_discretionary_ligatures_and_carries_its_licence():
    fontTools = pytest.importorskip("fontTools.ttLib")
    font = fontTools.TTFont(resource("fonts", "BegeleiderSans-Regular.ttf"))
    tags = {r.FeatureTag for r in font["GSUB"].table.FeatureList.FeatureRecord}
    assert {"init", "medi", "fina", "rlig"} <= tags  # Arabic joining is there
    assert "dlig" not in tags  # محمد is not turned into the ligature ﷴ
    assert "Open Font License" in resource("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_shaping_joins_arabic_letters_when_uharfbuzz_is_present():
    from begeleider_app.reports.model import Para, Report, Section
    from begeleider_app.reports.pdf import render

    from .conftest import pdf_text

    data = render(Report("handover", "T", "N", sections=[Section("s", "S", [Para(ARABIC_NAME)])]))
    text = pdf_text(data)
    presentation = [c for c in text if 0xFB50 <= ord(c) <= 0xFEFF]
    if fonts.shaping_available():
        assert presentation, "joined (contextual) letter forms expected"
    else:  # documented limit: without uharfbuzz letters stand alone
        assert not presentation
    folded = unicodedata.normalize("NFKC", text)
    assert all(word in folded for word in ARABIC_NAME.split())


def test_documented_limit_a_number_after_arabic_joins_the_run():
    assert visual_words("Kamer محمد 12 open") == "Kamer 12 محمد open"

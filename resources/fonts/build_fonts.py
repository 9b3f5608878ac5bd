"""Rebuild the merged PDF fonts BegeleiderSans-{Regular,Bold,Italic}.ttf from Noto (OFL 1.1).

Why one merged font: reportlab shapes a word (uharfbuzz) with the font of the word's first
character, so a word that mixes fonts ("(محمد") loses its glyphs. One font that covers Latin,
Arabic and Ethiopic avoids font switching inside a word altogether.

What changes against Noto: the three fonts are merged (fontTools.merge), hinting is dropped
(PDF viewers do not need it), the Arabic discretionary-ligature feature ``dlig`` is removed
(otherwise the name محمد turns into the honorific ligature ﷴ with vowel marks), and the family
is renamed, as the OFL asks of modified versions. Licence: resources/fonts/OFL.txt.

Run (needs fonttools, a development-only tool): ``python resources/fonts/build_fonts.py``.
The inputs are the Noto TTFs of Debian's fonts-noto-core (``apt-get install fonts-noto-core``),
or another folder given as the second argument.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTO = Path("/usr/share/fonts/truetype/noto")
FAMILY = "Begeleider Sans"
STYLES = {
    # style: (Latin, Arabic, Ethiopic) source files
    "Regular": ("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"),
    "Bold": ("NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansEthiopic-Bold"),
    "Italic": ("NotoSans-Italic", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"),
}
HINTING = ("fpgm", "prep", "cvt ", "gasp", "DSIG", "hdmx", "LTSH", "VDMX")


def _prepare(src: Path, dest: Path, *, drop_features: tuple[str, ...] = ()) -> None:
    from fontTools.ttLib import TTFont

    font = TTFont(src)
    for tag in HINTING:
        if tag in font:
            del font[tag]
    for glyph in font["glyf"].glyphs.values():
        if hasattr(glyph, "program"):
            glyph.program = None
            del glyph.program
    if drop_features and "GSUB" in font:
        table = font["GSUB"].table
        records = table.FeatureList.FeatureRecord
        keep = [i for i, r in enumerate(records) if r.FeatureTag not in drop_features]
        remap = {old: new for new, old in enumerate(keep)}
        table.FeatureList.FeatureRecord = [records[i] for i in keep]
        table.FeatureList.FeatureCount = len(keep)
        for script in table.ScriptList.ScriptRecord:
            langs = [script.Script.DefaultLangSys] + [
                r.LangSys for r in script.Script.LangSysRecord]
            for lang in langs:
                if lang is None:
                    continue
                lang.FeatureIndex = [remap[i] for i in lang.FeatureIndex if i in remap]
                lang.FeatureCount = len(lang.FeatureIndex)
                if lang.ReqFeatureIndex != 0xFFFF:
                    lang.ReqFeatureIndex = remap.get(lang.ReqFeatureIndex, 0xFFFF)
    font.save(dest)


def _rename(font, style: str) -> None:
    name = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    ps = f"BegeleiderSans-{style}"
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 3:
            record.string = f"{ps};merged-from-Noto"
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = ps
    name.setName(
        "Merged from Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic (SIL OFL 1.1) for "
        "Begeleider PDF reports; hinting and the Arabic dlig feature removed.", 10, 3, 1, 0x409)


def build(out_dir: Path = HERE, source_dir: Path = NOTO) -> list[Path]:
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for style, sources in STYLES.items():
            prepared = []
            for i, src in enumerate(sources):
                dest = Path(tmp) / f"{style}-{i}.ttf"
                _prepare(source_dir / f"{src}.ttf", dest,
                         drop_features=("dlig",) if "Arabic" in src else ())
                prepared.append(str(dest))
            merged = Merger().merge(prepared)
            _rename(merged, style)
            target = out_dir / f"BegeleiderSans-{style}.ttf"
            merged.save(target)
            TTFont(target)  # reads back
            written.append(target)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in build(out, Path(sys.argv[2]) if len(sys.argv) > 2 else NOTO):
        print(path, path.stat().st_size)

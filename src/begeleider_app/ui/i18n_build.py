"""Update the Dutch .ts from the source and compile the .qm: `make translations`.

`--update` runs pyside6-lupdate over every module in ui/ (existing translations are kept,
new strings appear as unfinished); then pyside6-lrelease compiles the .qm the program loads.
Translators (or developers) fill the Dutch text in resources/i18n/begeleider_nl.ts, e.g. with
pyside6-linguist.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..resources import resource

UI_DIR = Path(__file__).resolve().parent
TS_FILE = resource("i18n", "begeleider_nl.ts")
QM_FILE = resource("i18n", "begeleider_nl.qm")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")


def update_ts(ts_file: Path = TS_FILE, *, reuse: bool = True) -> list[tuple[str, str]]:
    """Run lupdate. With ``reuse``, a string that moved to another class (another context)
    keeps the Dutch it already had elsewhere in the file. Returns the (context, source) pairs
    still unfinished: those need a translator."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    known = _translations(ts_file) if reuse and ts_file.exists() else {}
    _lupdate(ts_file)
    if not reuse:
        return []
    left = _fill_unfinished(ts_file, known)
    _lupdate(ts_file)  # back into lupdate's own layout (small diffs)
    return left


def _lupdate(ts_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete", "-locations", "none",
         "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def fill(ts_file: Path, translations: dict[str, dict[str, str]], *,
         only_unfinished: bool = False) -> int:
    """Set Dutch translations ({context: {source: dutch}}), e.g. from a JSON file a developer
    or translator wrote; ``only_unfinished``: keep every translation that is already finished
    (the other side of a merge must not undo a fix made here). Returns how many were set."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    count = 0
    for ctx in tree.getroot().iter("context"):
        wanted = translations.get(ctx.findtext("name") or "", {})
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if only_unfinished and translation is not None and not translation.get("type") \
                    and (translation.text or "").strip():
                continue
            if source in wanted and translation is not None:
                translation.text = wanted[source]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    _lupdate(ts_file)
    return count


def _translations(ts_file: Path) -> dict[str, str]:
    """source -> Dutch, for sources translated the same way wherever they occur."""
    import xml.etree.ElementTree as ET

    seen: dict[str, set[str]] = {}
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            continue
        seen.setdefault(message.findtext("source") or "", set()).add(translation.text or "")
    return {source: next(iter(texts)) for source, texts in seen.items() if len(texts) == 1}


def finished(ts_file: Path) -> dict[str, dict[str, str]]:
    """{context: {source: Dutch}} of every finished translation in ``ts_file``."""
    import xml.etree.ElementTree as ET

    out: dict[str, dict[str, str]] = {}
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and (translation.text or "").strip():
                out.setdefault(name, {})[message.findtext("source") or ""] = translation.text or ""
    return out


def _fill_unfinished(ts_file: Path, known: dict[str, str]) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    left: list[tuple[str, str]] = []
    changed = False
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            if source in known:
                translation.text = known[source]
                del translation.attrib["type"]
                changed = True
            else:
                left.append((name, source))
    if changed:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return left


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    # Compile next to the target and rename: a running program maps the .qm, and rewriting
    # it in place made such programs crash with SIGBUS.
    tmp = qm_file.with_name(qm_file.name + ".tmp")
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(tmp)], check=True,
                   capture_output=True)
    os.replace(tmp, qm_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    parser.add_argument("--fill", type=Path, default=None,
                        help="JSON file {context: {source: Dutch}} with translations to set")
    parser.add_argument("--fill-from", type=Path, default=None,
                        help="another .ts (e.g. the other side of a merge): take its finished "
                             "translations for strings still unfinished here")
    args = parser.parse_args(argv)
    # Update first: the strings to translate must be in the file before they can be filled.
    left: list[tuple[str, str]] = update_ts() if args.update else []
    if args.fill_from is not None:
        count = fill(TS_FILE, finished(args.fill_from), only_unfinished=True)
        print(f"{count} translations taken from {args.fill_from}")
    if args.fill is not None:
        import json

        count = fill(TS_FILE, json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"{count} translations set")
    if args.fill_from is not None or args.fill is not None:
        left = update_ts()
    for context, source in left:
        print(f"unfinished: {context}: {source!r}")
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

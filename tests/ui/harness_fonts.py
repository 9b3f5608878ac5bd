"""Start the real program (ui.app.build) in a child process and report, as JSON, which font
draws each character of the participants' names in the caseload, and which system fonts the
machine has for Arabic and Ge'ez. tests/ui/test_fonts.py runs it with no system fonts at all.

Test-only. Usage: python tests/ui/harness_fonts.py -- [program arguments]
"""

from __future__ import annotations

import json
import os
import sys
import traceback


def main() -> int:
    program = sys.argv[sys.argv.index("--") + 1:]
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont, QTextLayout

    from begeleider_app.ui.app import build
    from begeleider_app.ui.models.caseload_model import NAME

    app, window, code = build(["begeleider-app", *program])
    if window is None:
        print(json.dumps({"error": code}))
        return 2
    sys.excepthook = lambda *exc: (traceback.print_exception(*exc), os._exit(3))  # never a dialog
    ours = {f for i in range(0, 64) for f in QFontDatabase.applicationFontFamilies(i)}
    others = sorted(set(QFontDatabase.families()) - ours)
    system = {script: [f for f in others if QRawFont.fromFont(QFont(f)).supportsCharacter(ch)]
              for script, ch in (("arabic", "س"), ("ethiopic", "የ"))}
    font = window.caseload.view.font()  # kept: the layout refers to it
    names = []
    # With no font at all Qt draws nothing and its raw fonts are not safe to ask anything.
    rows = window.caseload.model.rowCount() if ours or others else 0
    for row in range(rows):
        text = window.caseload.model.index(row, NAME).data()
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = []
        for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
            raw = run.rawFont()
            chars = [text[i] for i in run.stringIndexes() if text[i].isalpha()]
            if not raw.isValid() or not any(run.glyphIndexes()):  # the missing-glyph box
                runs.append({"family": "", "text": "".join(chars), "no_box": False, "in_font": False})
                continue
            used = QFontMetrics(QFont(raw.familyName()))
            runs.append({
                "family": raw.familyName(),
                "text": "".join(chars),
                "no_box": all(g != 0 for g in run.glyphIndexes()),
                "in_font": all(raw.supportsCharacter(ord(c)) and used.inFontUcs4(ord(c)) for c in chars),
            })
        names.append({"text": text, "runs": runs})
    print(json.dumps({"system": system, "names": names}, ensure_ascii=False))
    window.close()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

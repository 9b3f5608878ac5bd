"""Render a `model.Report` to PDF bytes with reportlab platypus (A4, Dutch).

The handover gets a letterhead on page 1, a running header on later pages, and on every page
a footer with the confidentiality line and "pagina x van y" (the total is known only at the
end, so pages are drawn after all of them are laid out: `_NumberedCanvas`). The letter uses
the same letterhead, no section titles and a signature block; the inzage (access request)
the handover's layout; the referrer reports (voortgang, eind) too, with a signature block at
the end. The participant's plan (`Report.large`) has large type and a picture beside each
step (reports/icons.py). Fonts are embedded (subset). This is the only package that imports
reportlab (tests/test_layering.py).
"""

from __future__ import annotations

import io
from typing import Any

from .bidi import has_rtl
from .fonts import FONT, FONT_BOLD, FONT_ITALIC, markup, register_fonts, shaping_available
from .model import (
    GREETING,
    Bullets,
    Facts,
    Para,
    Report,
    Scores,
    Signature,
    Steps,
    Table,
    header_facts,
    signature_lines,
    words,
)

ACCENT = (0x1F / 255, 0x4E / 255, 0x79 / 255)
ACCENT_LIGHT = (0xE8 / 255, 0xF0 / 255, 0xF7 / 255)
GREY = (0.4, 0.4, 0.4)


LARGE = 1.45  # type size of the participant's plan against a report's


def _styles(large: bool = False) -> dict[str, Any]:
    """The paragraph styles; ``large``: every size times `LARGE` (the plan)."""
    styles = _base_styles()
    if large:
        for style in styles.values():
            style.fontSize *= LARGE
            style.leading *= LARGE
            style.spaceAfter *= LARGE
            style.spaceBefore *= LARGE
    return styles


def _base_styles() -> dict[str, Any]:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle

    accent = Color(*ACCENT)
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, spaceAfter=6)
    return {
        "body": base,
        "lead": ParagraphStyle("lead", parent=base, fontSize=11.5, leading=16.5),
        "quote": ParagraphStyle("quote", parent=base, fontName=FONT_ITALIC, leftIndent=12,
                                borderPadding=(4, 0, 4, 8), textColor=Color(0.15, 0.15, 0.15)),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=12.5,
                               textColor=Color(*GREY)),
        "subhead": ParagraphStyle("subhead", parent=base, fontName=FONT_BOLD, spaceBefore=4,
                                  spaceAfter=2, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=base, spaceAfter=2),
        "signature": ParagraphStyle("signature", parent=base, fontSize=9, leading=12.5,
                                    spaceAfter=0, textColor=Color(*GREY)),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                                   leading=12.5, spaceAfter=0, textColor=accent),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25,
                             textColor=accent, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, fontSize=12.5, leading=17, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                             textColor=accent, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=base, fontName=FONT_ITALIC, fontSize=9.5,
                                  leading=13, textColor=Color(*GREY), keepWithNext=1),
    }


_SHAPED: dict[str, Any] = {}


def _para(text: str, style: Any) -> Any:
    """A Paragraph; shaped with HarfBuzz only when it holds right-to-left script.

    Shaping every word costs about a third of the render time and changes nothing for Latin
    or Ge'ez text, so only paragraphs with Arabic (or Hebrew) letters get a shaping style.
    """
    from reportlab.platypus import Paragraph

    if shaping_available() and has_rtl(text):
        shaped = _SHAPED.get(style.name)
        if shaped is None:
            from reportlab.lib.styles import ParagraphStyle

            shaped = _SHAPED[style.name] = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        style = shaped
    return Paragraph(text, style)


def _score_bar(value: float | None, low: int, high: int, width: float, height: float = 8):
    """A small horizontal bar for one rating, drawn straight on the canvas (no fonts)."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Flowable

    class Bar(Flowable):
        def wrap(self, _aw, _ah):
            return width, height + 2

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColor(Color(*ACCENT_LIGHT))
            c.rect(0, 1, width, height, stroke=0, fill=1)
            if value is not None and high > low:
                frac = max(0.0, min(1.0, (value - low + 1) / (high - low + 1)))
                c.setFillColor(Color(*ACCENT))
                c.rect(0, 1, width * frac, height, stroke=0, fill=1)
            c.restoreState()

    return Bar()


def _flowables(report: Report, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib.colors import Color, white
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus import Table as RLTable

    accent = Color(*ACCENT)
    light = Color(*ACCENT_LIGHT)
    story: list[Any] = []
    if report.kind == "letter":
        story += _letter_opening(report, styles)
    else:
        story.append(_para(markup(report.title), styles["h1"]))
        sub = report.participant_name
        if report.native_name:
            sub += f" ({report.native_name})"
        story.append(_para(markup(sub), styles["sub"]))
        story.append(_facts_table(header_facts(report), styles, width))
        story.append(Spacer(1, 4 * mm))

    def block_flowables(block: Any) -> list[Any]:
        if isinstance(block, Para):
            return [_para(markup(block.text), styles.get(block.style, styles["body"]))]
        if isinstance(block, Bullets):
            items = [ListItem(_para(markup(t), styles["bullet"]), leftIndent=11, value="•")
                     for t in block.items]
            return [ListFlowable(items, bulletType="bullet", start="•", bulletFontName=FONT,
                                 bulletColor=accent, leftIndent=11, spaceAfter=6)]
        if isinstance(block, Facts):
            return [_facts_table(block.rows, styles, width), Spacer(1, 2 * mm)]
        if isinstance(block, Steps):
            return [_steps_table(block, styles, width), Spacer(1, 2 * mm)]
        if isinstance(block, Signature):
            return [_signature(block, styles, width)]
        flow: list[Any] = []
        if block.caption:
            flow.append(_para(markup(block.caption), styles["caption"]))
        if isinstance(block, Scores):
            bar_w = 38 * mm
            data = [[_para(markup(label), styles["cell"]),
                     _score_bar(value, block.low, block.high, bar_w),
                     _para(markup(text), styles["cell"])]
                    for label, value, text in block.rows]
            t = RLTable(data, colWidths=[width * 0.38, bar_w + 4 * mm, None], hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, light),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]))
        else:
            data = [[_para(markup(h), styles["cellhead"]) for h in block.header]]
            data += [[_para(markup(c), styles["cell"]) for c in row] for row in block.rows]
            widths = [width * f for f in block.widths] if block.widths else None
            t = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, 0), light),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, Color(0.85, 0.85, 0.85)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, Color(0.98, 0.98, 0.98)]),
            ]))
        flow += [t, Spacer(1, 3 * mm)]
        return flow

    def kept(block: Any, flowables: list[Any]) -> list[Any]:
        small = isinstance(block, (Table, Scores)) and len(block.rows) <= 12
        return [KeepTogether(flowables)] if small else flowables

    closing: list[Any] = []
    for section in report.sections:
        if section.closing:
            closing += [_para(markup(section.title), styles["h2"])] if section.title else []
            closing += [f for b in section.blocks for f in block_flowables(b)]
            continue
        raw = [block_flowables(b) for b in section.blocks]
        blocks = [kept(b, f) for b, f in zip(section.blocks, raw, strict=True)]
        # The title stays with the first block, and an introducing paragraph with what follows.
        head = [_para(markup(section.title), styles["h2"])] if section.title else []
        take = 1 if blocks else 0
        if len(section.blocks) > 1 and isinstance(section.blocks[0], Para):
            take = 2
        for flowables in raw[:take]:
            head += flowables
        if head:
            story.append(KeepTogether(head))
        for flowables in blocks[take:]:
            story.extend(flowables)
    if closing:
        story.append(KeepTogether(closing))
    if report.kind == "letter":
        story += _letter_closing(report, styles)
    return story


def _facts_table(rows, styles, width):
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    data = [[_para(markup(a), styles["cellhead"]), _para(markup(b), styles["cell"])]
            for a, b in rows]
    # splitInRow: a cell with a long text (up to 20000 characters) may run over pages
    t = RLTable(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, Color(*ACCENT_LIGHT)),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


def _steps_table(block: Steps, styles, width):
    """One row per step: the picture (if any) and its lines, the first in bold."""
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    from .icons import drawing

    size = 13 * mm if styles["body"].fontSize > 12 else 8 * mm
    data = []
    for icon, text in block.items:
        first, *rest = text.splitlines() or [""]
        body = f"<b>{markup(first)}</b>" + "".join(f"<br/>{markup(line)}" for line in rest)
        data.append([drawing(icon, size) if icon else "", _para(body, styles["body"])])
    t = RLTable(data, colWidths=[size + 5 * mm, width - size - 5 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, Color(*ACCENT_LIGHT)),
    ]))
    return t


def _signature(block: Signature, styles, width):
    """Place and date, room to sign with a line, then the signer's lines; kept together."""
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    line = RLTable([[_para(markup(block.label), styles["note"])]], colWidths=[min(80 * mm, width)],
                   hAlign="LEFT")
    line.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, Color(*GREY)),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    parts: list[Any] = [_para(markup(block.place_date), styles["body"]), Spacer(1, 16 * mm), line]
    for i, text in enumerate(block.lines):
        parts.append(_para(f"<b>{markup(text)}</b>" if i == 0 else markup(text),
                           styles["body"] if i == 0 else styles["signature"]))
    return KeepTogether([Spacer(1, 2 * mm), *parts])


def _letter_opening(report: Report, styles) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    out: list[Any] = [Spacer(1, 6 * mm)]
    if report.recipient:
        out.append(_para(markup(report.recipient), styles["body"]))
    out.append(_para(markup(report.date_text), styles["body"]))
    out.append(Spacer(1, 4 * mm))
    out.append(_para(f"<b>{markup(report.title)}</b>", styles["lead"]))
    out.append(Spacer(1, 3 * mm))
    return out


def _letter_closing(report: Report, styles) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    lines = [_para(GREETING, styles["body"]), Spacer(1, 12 * mm)]
    for i, line in enumerate(signature_lines(report)):
        text = f"<b>{markup(line)}</b>" if i == 0 else markup(line)
        lines.append(_para(text, styles["body"] if i == 0 else styles["signature"]))
    return [Spacer(1, 6 * mm), KeepTogether(lines)]


def _page_decorator(report: Report):
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    page_w, page_h = A4
    left, right = 20 * mm, page_w - 20 * mm
    accent = Color(*ACCENT)
    org = report.organisation
    logo = _logo(report.logo)

    def draw(canvas, doc) -> None:
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(accent)
            canvas.rect(0, page_h - 6 * mm, page_w, 6 * mm, stroke=0, fill=1)
            name_x = left
            if logo is not None:  # at most 35 x 14 mm, the organisation's name beside it
                image, (w, h) = logo
                scale = min(35 * mm / w, 14 * mm / h)
                canvas.drawImage(image, left, page_h - 8 * mm - h * scale, w * scale, h * scale,
                                 mask="auto")
                name_x = left + w * scale + 4 * mm
            if org:
                canvas.setFont(FONT_BOLD, 13)
                canvas.drawString(name_x, page_h - 17 * mm, _line(org[0]), shaping=_shape(org[0]))
                canvas.setFont(FONT, 8.5)
                canvas.setFillColor(Color(*GREY))
                y = page_h - 13 * mm
                for line in org[1:]:
                    canvas.drawRightString(right, y, _line(line), shaping=_shape(line))
                    y -= 10.5
        else:
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(Color(*GREY))
            head = f"{report.title} · {report.participant_name}"
            canvas.drawString(left, page_h - 13 * mm, _line(head), shaping=_shape(head))
            if org:
                canvas.drawRightString(right, page_h - 13 * mm, _line(org[0]), shaping=_shape(org[0]))
            canvas.setStrokeColor(Color(*ACCENT_LIGHT))
            canvas.setLineWidth(0.8)
            canvas.line(left, page_h - 15 * mm, right, page_h - 15 * mm)
        canvas.restoreState()

    return draw


def _logo(path: str):
    """(reportlab image, (width, height)) of the logo file, or None (no file, not an image)."""
    if not path:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(path)
        return image, image.getSize()
    except Exception:  # noqa: BLE001 - a moved or broken logo must never stop a report
        return None


def _shape(text: str) -> bool:
    return shaping_available() and has_rtl(text)


def _line(text: str) -> str:
    from .bidi import visual_words

    return visual_words(" ".join(str(text).split()))


def render(report: Report) -> bytes:
    """The report as PDF bytes (nothing is written to disk here)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    register_fonts()
    styles = _styles(report.large)
    page_w, page_h = A4
    margin = 20 * mm
    width = page_w - 2 * margin
    footer = report.footer
    page_words = words(report)["page"]

    class _NumberedCanvas(Canvas):
        """Draws "pagina x van y" and the footer once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            from reportlab.lib.colors import Color

            self.saveState()
            self.setStrokeColor(Color(*ACCENT_LIGHT))
            self.setLineWidth(0.8)
            self.line(margin, 15 * mm, page_w - margin, 15 * mm)
            self.setFont(FONT, 8.5)
            self.setFillColor(Color(*GREY))
            if footer:
                self.drawString(margin, 10 * mm, _line(footer), shaping=_shape(footer))
            self.drawRightString(page_w - margin, 10 * mm,
                                 page_words.format(self._pageNumber, total))
            self.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=24 * mm,
        bottomMargin=22 * mm, title=f"{report.title} - {report.participant_name}",
        author=(report.organisation[0] if report.organisation else ""),
        subject=report.footer, creator="Begeleider",
        lang="en-GB" if report.language == "en" else "nl-NL",
        initialFontName=FONT, initialFontSize=10,  # no unembedded Helvetica anywhere
    )
    first = Frame(margin, 22 * mm, width, page_h - 22 * mm - 30 * mm, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, 22 * mm, width, page_h - 22 * mm - 22 * mm, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    deco = _page_decorator(report)
    doc.addPageTemplates([
        PageTemplate(id="First", frames=[first], onPage=deco, autoNextPageTemplate="Later"),
        PageTemplate(id="Later", frames=[later], onPage=deco),
    ])
    doc.build(_flowables(report, styles, width), canvasmaker=_NumberedCanvas)
    return buf.getvalue()

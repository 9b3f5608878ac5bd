"""Render a `model.Report` as an editable Word document (.docx) with python-docx.

Referrers often want a report in their own template, so the referrer reports are also
written as .docx with the same content and headings as the PDF: the letterhead in the header
of page 1, a running header on later pages, the footer with the confidentiality line and
"pagina x van y" (Word fields, so the numbers stay right after editing), the section titles as
Word headings (Kop 1), tables as Word tables and the signature block at the end. Text goes in
in logical order (Word and LibreOffice do their own bidi and shaping); runs in Arabic script
are marked right-to-left. LibreOffice opens it (tests/reports/test_referrer_docx.py converts
it to PDF headless and reads it back).
"""

from __future__ import annotations

import io
from typing import Any

from .bidi import has_rtl
from .model import (
    Bullets,
    Facts,
    Para,
    Report,
    Scores,
    Signature,
    Steps,
    Table,
    header_facts,
    words,
)

ACCENT = "1F4E79"
GREY = "666666"
FONT = "Arial"


def _run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False,
         size: float | None = None, color: str | None = None) -> None:
    """Add ``text`` as one run (a tab becomes a Word tab, a line break a Word break); a run
    with Arabic (or Hebrew) letters is marked right-to-left."""
    from docx.oxml import OxmlElement
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run()
    run.text = str(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if has_rtl(str(text)):
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _para(doc_or_cell: Any, text: str, style: str | None = None, **kw: Any) -> Any:
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    _run(p, text, **kw)
    return p


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), GREY)
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "17")  # half-points: 8.5 pt, as the rest of the footer
    props.extend([color, size])
    text = OxmlElement("w:t")
    text.text = "1"
    run.extend([props, text])
    fld.append(run)
    paragraph._p.append(fld)


def _cell_text(cell: Any, text: str, **kw: Any) -> None:
    cell.paragraphs[0].text = ""
    _run(cell.paragraphs[0], text, **kw)


def _table(doc: Any, header: tuple[str, ...] | None, rows, widths=()) -> Any:
    from docx.shared import Mm

    cols = len(header) if header else len(rows[0])
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Light List Accent 1" if header else "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            _cell_text(cell, text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for j, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _cell_text(cell, text, bold=(header is None and j == 0), color=ACCENT if
                       header is None and j == 0 else None)
    if widths:  # Word reads the cells' widths, LibreOffice the grid's: set both
        table.autofit = False
        for j, frac in enumerate(widths):
            table.columns[j].width = Mm(170 * frac)
            for cell in table.columns[j].cells:
                cell.width = Mm(170 * frac)
    doc.add_paragraph()
    return table


def _block(doc: Any, block: Any) -> None:
    if isinstance(block, Para):
        if block.style == "quote":
            _para(doc, block.text, "Quote")
        elif block.style == "note":
            _para(doc, block.text, size=9, color=GREY)
        elif block.style == "subhead":
            _para(doc, block.text, bold=True)
        elif block.style == "lead":
            _para(doc, block.text, size=11.5)
        else:
            _para(doc, block.text)
    elif isinstance(block, Bullets):
        for item in block.items:
            _para(doc, item, "List Bullet")
    elif isinstance(block, Steps):
        for _icon, text in block.items:
            first, *rest = text.splitlines() or [""]
            p = _para(doc, first, "List Bullet", bold=True)
            for line in rest:
                p.add_run().add_break()
                _run(p, line)
    elif isinstance(block, Facts):
        _table(doc, None, block.rows, (0.3, 0.7))
    elif isinstance(block, Signature):
        _para(doc, block.place_date)
        doc.add_paragraph()
        doc.add_paragraph()
        _para(doc, f"{block.label}: ______________________________", color=GREY, size=9)
        for i, line in enumerate(block.lines):
            _para(doc, line, bold=i == 0)
    else:  # Table, Scores
        if block.caption:
            _para(doc, block.caption, italic=True, color=GREY)
        if isinstance(block, Scores):
            _table(doc, None, tuple((label, text) for label, _v, text in block.rows), (0.4, 0.6))
        elif isinstance(block, Table):
            _table(doc, block.header, block.rows, block.widths)


def _headers(doc: Any, report: Report) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    org = report.organisation
    if org:
        _run(first.paragraphs[0], org[0], bold=True, size=13, color=ACCENT)
        if len(org) > 1:
            _para(first, " · ".join(org[1:]), size=8.5, color=GREY)
    later = section.header.paragraphs[0]
    later.style = doc.styles["Normal"]  # the Header style's own tab stops would come first
    _run(later, f"{report.title} · {report.participant_name}", size=8.5, color=GREY)
    if org:
        later.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
        _run(later, "\t" + org[0], size=8.5, color=GREY)
    left, right = words(report)["page"].split("{}")[0], words(report)["page"].split("{}")[1]
    for footer in (section.first_page_footer, section.footer):
        p = footer.paragraphs[0]
        p.style = doc.styles["Normal"]
        p.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
        _run(p, (report.footer or "") + "\t" + left, size=8.5, color=GREY)
        _field(p, "PAGE")
        _run(p, right, size=8.5, color=GREY)
        _field(p, "NUMPAGES")


def render(report: Report) -> bytes:
    """The report as .docx bytes (nothing is written to disk here)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin, section.bottom_margin = Mm(24), Mm(22)
    # Arial: on every Windows and Mac, and LibreOffice has a metric twin (Liberation Sans).
    for name in ("Normal", "Title", "Heading 1", "Quote", "List Bullet"):
        style = doc.styles[name]
        style.font.name = FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:cs"), FONT)
    doc.styles["Title"].font.size = Pt(22)
    doc.styles["Heading 1"].font.size = Pt(13)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB" if report.language == "en" else "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")
    normal.element.get_or_add_rPr().append(lang)
    props = doc.core_properties
    props.title = f"{report.title} - {report.participant_name}"
    props.author = report.organisation[0] if report.organisation else ""
    props.subject = report.footer
    props.language = "en-GB" if report.language == "en" else "nl-NL"

    _headers(doc, report)
    doc.add_heading(report.title, level=0)
    name = report.participant_name + (f" ({report.native_name})" if report.native_name else "")
    _para(doc, name, size=12.5)
    _table(doc, None, header_facts(report), (0.3, 0.7))
    for sec in report.sections:
        if sec.title:
            doc.add_heading(sec.title, level=1)
        for block in sec.blocks:
            _block(doc, block)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

"""The report model: what a report says, independent of how it is shown.

A `Report` is a list of `Section`s holding blocks (`Para`, `Bullets`, `Table`, `Facts`).
Services build it from the database; `to_html` (the preview in the dialog, and printing),
`to_text` and `reports.pdf.render` all read the same object, so the preview cannot differ
from the file. Only plain text goes in: the renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body | quote | note | lead | subhead


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label/value pairs (a two-column table without a header)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # fractions of the text width; empty: equal
    caption: str = ""


@dataclass(frozen=True)
class Scores:
    """Ratings per item on a scale: drawn as bars in the PDF, as a table in the preview."""

    low: int
    high: int
    rows: tuple[tuple[str, float | None, str], ...]  # (label, value or None, text)
    caption: str = ""


@dataclass(frozen=True)
class Steps:
    """Lines with a small picture each (the participant's plan): (icon name or "", text).

    The icon is a shipped resources/icons/plan-<name>.svg; a text may hold several lines (one
    idea per line), the first of which is printed bold."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signature:
    """The signature block at the end of a report: place and date, a line to sign on, and
    the signer's lines (name, role, organisation)."""

    place_date: str
    lines: tuple[str, ...]
    label: str = "Handtekening"


Block = Para | Bullets | Facts | Table | Scores | Steps | Signature


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    # the report's closing (contact, consent): the closing sections stay together on one page,
    # so the last page never holds only the consent paragraph
    closing: bool = False


@dataclass
class Report:
    # "handover" | "letter" | "inzage" (the participant's access request) | "voortgang" |
    # "eind" (referrer reports) | "plan" (the participant's own plan)
    kind: str
    title: str
    participant_name: str
    native_name: str = ""
    date_text: str = ""
    organisation: tuple[str, ...] = ()  # name, address lines, phone, e-mail
    coach: tuple[str, ...] = ()  # name, phone, e-mail
    recipient: str = ""
    sections: list[Section] = field(default_factory=list)
    footer: str = "Vertrouwelijk"
    language: str = "nl"  # of the report's own wording (page numbers, header labels)
    large: bool = False  # large type for the participant (the plan)
    logo: str = ""  # the organisation's logo (a PNG or JPEG file), top left of the first page

    @property
    def section_keys(self) -> list[str]:
        """Keys of the titled sections (an untitled opening or letter body is not a section)."""
        return [s.key for s in self.sections if s.title]


# ------------------------------------------------------------------ shared pieces

GREETING = "Met vriendelijke groet,"


_WORDS = {
    "nl": {"date": "Datum", "for": "Voor", "coach": "Begeleider", "page": "pagina {} van {}"},
    "en": {"date": "Date", "for": "For", "coach": "Coach", "page": "page {} of {}"},
}


def words(report: Report) -> dict[str, str]:
    """The renderers' own wording in the report's language (Dutch unless it is English)."""
    return _WORDS["en" if report.language == "en" else "nl"]


def header_facts(report: Report) -> list[tuple[str, str]]:
    """The facts under the title of a handover (date, recipient, coach): PDF and preview."""
    w = words(report)
    facts = [(w["date"], report.date_text)]
    if report.recipient:
        facts.append((w["for"], report.recipient))
    if report.coach:
        facts.append((w["coach"], report.coach[0]))
    return facts


def signature_lines(report: Report) -> list[str]:
    """The letter's signature block after the greeting: coach lines, then the organisation."""
    lines = list(report.coach)
    if report.organisation:
        lines.append(report.organisation[0])
    return lines


# ------------------------------------------------------------------ plain renderers

def _block_text(block: Block) -> list[str]:
    if isinstance(block, Para):
        return [block.text, ""]
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items] + [""]
    if isinstance(block, Facts):
        return [f"{label}: {value}" for label, value in block.rows] + [""]
    if isinstance(block, Steps):
        return [line for _icon, text in block.items for line in text.splitlines()] + [""]
    if isinstance(block, Signature):
        return [block.place_date, "", f"{block.label}: ____________________", *block.lines, ""]
    lines = [block.caption] if block.caption else []
    if isinstance(block, Scores):
        return lines + [f"{label}: {text}" for label, _value, text in block.rows] + [""]
    lines.append(" | ".join(block.header))
    lines += [" | ".join(row) for row in block.rows]
    return lines + [""]


def to_text(report: Report) -> str:
    """The whole report as plain text (used by tests and as a fallback preview)."""
    lines = [*report.organisation, "", report.title, report.participant_name]
    if report.native_name:
        lines.append(report.native_name)
    if report.kind == "letter":
        lines += [report.recipient, report.date_text, ""]
    else:
        lines += [f"{a}: {b}" for a, b in header_facts(report)] + [""]
    for section in report.sections:
        if section.title:
            lines += [section.title.upper(), ""]
        for block in section.blocks:
            lines += _block_text(block)
    if report.kind == "letter":
        lines += [GREETING, "", *signature_lines(report)]
    lines.append(report.footer)
    return "\n".join(line for line in lines if line is not None)


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _facts_html(rows) -> str:
    cells = "".join(f'<tr><td width="28%" style="color:#1f4e79;"><b>{_p(a)}</b></td>'
                    f"<td>{_p(b)}</td></tr>" for a, b in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>'


def _steps_html(block: Steps, size: int) -> str:
    from ..resources import resource

    rows = []
    for icon, text in block.items:
        path = resource("icons", f"plan-{icon}.svg") if icon else None
        img = (f'<img src="{path.as_uri()}" width="{size}" height="{size}"/>'
               if path is not None and path.exists() else "")
        first, *rest = text.splitlines() or [""]
        body = f"<b>{_p(first)}</b>" + "".join(f"<br/>{_p(line)}" for line in rest)
        rows.append(f'<tr><td width="{size + 12}" valign="top">{img}</td><td>{body}</td></tr>')
    return f'<table cellspacing="0" cellpadding="5">{"".join(rows)}</table>'


def to_html(report: Report) -> str:
    """Simple HTML for QTextBrowser preview and printing (Qt's rich-text subset)."""
    size = ' font-size: 15pt;' if report.large else ""
    out = [f'<html><body style="font-family: sans-serif;{size}">']
    if report.logo and Path(report.logo).is_absolute():
        out.append(f'<p><img src="{escape(Path(report.logo).as_uri())}" height="40"></p>')
    out.append(f'<p style="color:#1f4e79; font-size:small;">{_p(" · ".join(report.organisation))}</p>')
    if report.kind == "letter":
        if report.recipient:
            out.append(f"<p>{_p(report.recipient)}</p>")
        out.append(f"<p>{_p(report.date_text)}</p>")
        out.append(f"<p><b>{_p(report.title)}</b></p>")
    else:
        out.append(f'<h2 style="color:#1f4e79;">{_p(report.title)}</h2>')
        name = _p(report.participant_name)
        if report.native_name:
            name += f" ({_p(report.native_name)})"
        out.append(f"<p style=\"font-size:large;\">{name}</p>")
        out.append(_facts_html(header_facts(report)))
    for section in report.sections:
        if section.title:
            out.append(f'<h3 style="color:#1f4e79;">{_p(section.title)}</h3>')
        for block in section.blocks:
            if isinstance(block, Para):
                style = ' style="font-style:italic;"' if block.style == "quote" else (
                    ' style="color:#555555;"' if block.style == "note" else (
                        ' style="font-weight:bold;"' if block.style == "subhead" else ""))
                out.append(f"<p{style}>{_p(block.text)}</p>")
            elif isinstance(block, Bullets):
                out.append("<ul>" + "".join(f"<li>{_p(i)}</li>" for i in block.items) + "</ul>")
            elif isinstance(block, Facts):
                out.append(_facts_html(block.rows))
            elif isinstance(block, Steps):
                out.append(_steps_html(block, 48 if report.large else 28))
            elif isinstance(block, Signature):
                lines = "<br/>".join(_p(x) for x in block.lines)
                out.append(f"<p>{_p(block.place_date)}</p><p><br/><br/>"
                           f"{_p(block.label)}: ______________________________</p><p>{lines}</p>")
            elif isinstance(block, Scores):
                if block.caption:
                    out.append(f"<p><i>{_p(block.caption)}</i></p>")
                rows = "".join(f"<tr><td>{_p(label)}</td><td>{_p(text)}</td></tr>"
                               for label, _value, text in block.rows)
                out.append(f'<table width="100%" cellspacing="0" cellpadding="3">{rows}</table>')
            else:
                if block.caption:
                    out.append(f"<p><i>{_p(block.caption)}</i></p>")
                head = "".join(f'<th align="left" bgcolor="#e8f0f7">{_p(h)}</th>'
                               for h in block.header)
                rows = "".join("<tr>" + "".join(f"<td>{_p(c)}</td>" for c in row) + "</tr>"
                               for row in block.rows)
                out.append(f'<table width="100%" cellspacing="0" cellpadding="4" '
                           f'style="border-collapse: collapse;"><tr>{head}</tr>{rows}</table>')
    if report.kind == "letter":
        out.append(f"<p>{_p(GREETING)}</p><p>{'<br/>'.join(_p(x) for x in signature_lines(report))}</p>")
    out.append(f'<p style="color:#888888; font-size:small;">{_p(report.footer)}</p>')
    out.append("</body></html>")
    return "\n".join(out)

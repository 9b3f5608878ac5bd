"""The plan's pictures: the SVG files in resources/icons/plan-*.svg, drawn with reportlab.

The icons were drawn for this project from a handful of SVG shapes (rect, circle, ellipse,
line, polyline, polygon with fill and stroke), so this small reader is all it takes to draw
them in a PDF: no SVG library (svglib would bring lxml and CSS parsers for twelve shapes).
The same files show in the window's preview, where Qt reads them itself. A shape or attribute
this reader does not know raises, and a test draws every shipped icon, so a new icon that
uses more of SVG fails in the tests rather than in a coach's PDF.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from typing import Any

from ..resources import resource

SVG_NS = "{http://www.w3.org/2000/svg}"
SHAPES = ("rect", "circle", "ellipse", "line", "polyline", "polygon")
_PAINT = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")
_GEOMETRY = {"rect": ("x", "y", "width", "height", "rx"), "circle": ("cx", "cy", "r"),
             "ellipse": ("cx", "cy", "rx", "ry"), "line": ("x1", "y1", "x2", "y2"),
             "polyline": ("points",), "polygon": ("points",)}
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def icon_path(name: str):
    return resource("icons", f"plan-{name}.svg")


def icon_names() -> list[str]:
    """Every shipped plan icon (the part of the file name after plan-)."""
    folder = resource("icons")
    return sorted(p.stem[len("plan-"):] for p in folder.glob("plan-*.svg"))


@cache
def _shapes(name: str) -> tuple[tuple[float, float], tuple[tuple[str, dict[str, str]], ...]]:
    """(viewBox size, shapes) of one icon, checked against what this reader can draw."""
    root = ET.parse(icon_path(name)).getroot()
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "0 0 48 48").split())
    out = []
    for el in root.iter():
        tag = el.tag.replace(SVG_NS, "")
        if tag == "svg" or not isinstance(el.tag, str) or tag.startswith("{"):
            continue  # comments have a function as tag
        if tag not in SHAPES:
            raise ValueError(f"plan-{name}.svg: <{tag}> is not drawn by reports/icons.py")
        unknown = set(el.attrib) - set(_PAINT) - set(_GEOMETRY[tag])
        if unknown:
            raise ValueError(f"plan-{name}.svg: <{tag}> {sorted(unknown)} not supported")
        out.append((tag, dict(el.attrib)))
    return (width, height), tuple(out)


def _points(text: str) -> list[float]:
    return [float(v) for v in re.split(r"[\s,]+", text.strip()) if v]


def drawing(name: str, size: float) -> Any:
    """The icon as a reportlab Drawing (a platypus flowable) of ``size`` points square."""
    from reportlab.graphics.shapes import (
        Circle,
        Drawing,
        Ellipse,
        Group,
        Line,
        Polygon,
        PolyLine,
        Rect,
    )
    from reportlab.lib.colors import HexColor

    (width, height), shapes = _shapes(name)
    scale = size / max(width, height)
    group = Group(transform=(scale, 0, 0, -scale, 0, size))  # SVG's y runs down
    for tag, a in shapes:
        num = {k: float(a.get(k, 0)) for k in _GEOMETRY[tag] if k != "points"}
        if tag == "rect":
            shape = Rect(num["x"], num["y"], num["width"], num["height"], rx=num["rx"], ry=num["rx"])
        elif tag == "circle":
            shape = Circle(num["cx"], num["cy"], num["r"])
        elif tag == "ellipse":
            shape = Ellipse(num["cx"], num["cy"], num["rx"], num["ry"])
        elif tag == "line":
            shape = Line(num["x1"], num["y1"], num["x2"], num["y2"])
        elif tag == "polyline":
            shape = PolyLine(_points(a["points"]))
        else:
            shape = Polygon(_points(a["points"]))
        fill, stroke = a.get("fill", "#000000"), a.get("stroke", "none")
        if tag not in ("line", "polyline"):
            shape.fillColor = None if fill == "none" else HexColor(fill)
        shape.strokeColor = None if stroke == "none" else HexColor(stroke)
        shape.strokeWidth = float(a.get("stroke-width", 1))
        shape.strokeLineCap = _CAPS[a.get("stroke-linecap", "butt")]
        shape.strokeLineJoin = _JOINS[a.get("stroke-linejoin", "miter")]
        group.add(shape)
    out = Drawing(size, size)
    out.add(group)
    return out

"""The application icon and the Linux desktop file shipped in resources/."""

from __future__ import annotations

import configparser
import importlib.util
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def test_desktop_file_starts_the_gui_program_with_our_icon():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "resources" / "begeleider.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    with open(ROOT / "pyproject.toml", "rb") as fh:
        gui_scripts = tomllib.load(fh)["project"]["gui-scripts"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Begeleider"
    assert entry["Exec"].split()[0] in gui_scripts  # install.sh makes it an absolute path
    assert entry["Icon"] == "begeleider"  # install.sh installs begeleider.png under that name
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")


def test_icon_files_have_the_sizes_their_names_say():
    pngs = sorted(ICONS.glob("begeleider-*.png"))
    assert {p.stem.split("-")[1] for p in pngs} >= {"16", "32", "48", "256"}
    for png in pngs:
        size = int(png.stem.split("-")[1])
        with Image.open(png) as img:
            assert img.size == (size, size) and img.mode == "RGBA", png.name
    with Image.open(ICONS / "begeleider.png") as img:  # the window icon (ui/app.py)
        assert img.size == (256, 256)
    with Image.open(ICONS / "begeleider.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_svg_is_the_same_drawing_as_the_generator_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "installer" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    shipped = (ICONS / "begeleider.svg").read_text(encoding="utf-8")
    assert shipped == make_icons.svg()
    root = ET.fromstring(shipped)
    assert root.get("viewBox") == "0 0 256 256"
    # A corner pixel is transparent, the centre of the amber dot is amber, in the 256 PNG.
    with Image.open(ICONS / "begeleider-256.png") as img:
        assert img.getpixel((0, 0))[3] == 0
        r, g, b, a = img.getpixel(make_icons.DOT_CENTRE)
        assert (r, g, b, a) == (0xF2, 0xB1, 0x34, 255)

"""Draw the application icon: resources/icons/begeleider.svg, PNG sizes, .ico and .icns.

The design is our own and deliberately plain: a teal rounded square with three white steps
(the participatieladder: step by step towards work) and an amber dot (the participant)
arriving on the top step. The SVG and the Pillow drawing use the same 256-unit coordinates,
so the vector and the bitmaps match. Run it again after changing the shapes:

    .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"

TEAL = "#17707a"
WHITE = "#ffffff"
AMBER = "#f2b134"
# All shapes in a 256 x 256 box.
BACKGROUND = (8, 8, 248, 248)
RADIUS = 52
STEPS = [(44, 212), (44, 172), (100, 172), (100, 132), (156, 132), (156, 92), (212, 92), (212, 212)]
DOT_CENTRE, DOT_RADIUS = (184, 58), 22
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg() -> str:
    points = " ".join(f"{x},{y}" for x, y in STEPS)
    cx, cy = DOT_CENTRE
    x0, y0, x1, y1 = BACKGROUND
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        "  <title>Begeleider</title>\n"
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{RADIUS}" fill="{TEAL}"/>\n'
        f'  <polygon points="{points}" fill="{WHITE}"/>\n'
        f'  <circle cx="{cx}" cy="{cy}" r="{DOT_RADIUS}" fill="{AMBER}"/>\n'
        "</svg>\n"
    )


def draw(size: int) -> Image.Image:
    """Draw at 4x (at least 1024 px) and scale down, which gives clean anti-aliased edges."""
    big = max(1024, size * 4)
    k = big / 256
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(img)
    pen.rounded_rectangle([c * k for c in BACKGROUND], radius=RADIUS * k, fill=TEAL)
    pen.polygon([(x * k, y * k) for x, y in STEPS], fill=WHITE)
    cx, cy = DOT_CENTRE
    pen.ellipse([(cx - DOT_RADIUS) * k, (cy - DOT_RADIUS) * k,
                 (cx + DOT_RADIUS) * k, (cy + DOT_RADIUS) * k], fill=AMBER)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    (out / "begeleider.svg").write_text(svg(), encoding="utf-8")
    images = {size: draw(size) for size in PNG_SIZES}
    for size, img in images.items():
        img.save(out / f"begeleider-{size}.png", optimize=True)
    images[256].save(out / "begeleider.png", optimize=True)  # the window icon
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    images[256].save(out / "begeleider.ico", sizes=ico_sizes,
                     append_images=[images[s] for s, _ in ico_sizes if s != 256])
    images[512].save(out / "begeleider.icns")
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

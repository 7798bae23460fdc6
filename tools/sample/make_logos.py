"""Draw the sample's placeholder logos into inputs/assets/ (PNG, reproducible).

The sample names the real organisers but must not use their real logos
(ARCHITECTURE.md: "the sample uses drawn placeholder logos"), so each logo is a
plain drawn mark with a short name and the word "placeholder".

Usage: python tools/sample/make_logos.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from recbook.render.fonts import font_dirs

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "inputs" / "assets"
SIZE = (720, 240)

# file name → (short name, mark colour)
LOGOS = {
    "argo-placeholder.png": ("ARGO", (31, 94, 140)),
    "kas-placeholder.png": ("KAS", (0, 84, 74)),
}


def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    for folder in font_dirs():
        for path in sorted(Path(folder).rglob("NotoSans[[]*.ttf")):
            font = ImageFont.truetype(str(path), size)
            try:
                font.set_variation_by_name("Bold" if bold else "Regular")
            except (OSError, ValueError):
                pass
            return font
    raise SystemExit("Noto Sans not found: install the project (pip install -e .)")


def draw(name: str, colour: tuple[int, int, int]) -> bytes:
    """Return the PNG bytes of one placeholder logo."""
    img = Image.new("RGB", SIZE, (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((4, 4, SIZE[0] - 5, SIZE[1] - 5), radius=28, outline=colour, width=6)
    d.ellipse((36, 40, 196, 200), fill=colour)
    d.polygon([(76, 150), (116, 70), (156, 150)], fill=(255, 255, 255))
    d.text((230, 52), name, font=_font(104, True), fill=colour)
    d.text((234, 172), "placeholder logo", font=_font(34, False), fill=(110, 110, 110))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for filename, (name, colour) in LOGOS.items():
        (OUT / filename).write_bytes(draw(name, colour))
        print(f"wrote {(OUT / filename).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

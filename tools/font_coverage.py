"""Write src/recbook/glyphs.py: the characters every book font can print, as code point ranges.

    .venv/bin/python tools/font_coverage.py

A check must not open the fonts (fontTools and the font packages' discovery cost a cold check
~0.15 s), so the coverage is kept as data beside the code; run this after the font packages
change. tests/test_glyphs.py fails while the data and the installed fonts disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fontTools.ttLib import TTFont  # noqa: E402

from recbook.render.fonts import font_faces  # noqa: E402

TARGET = ROOT / "src" / "recbook" / "glyphs_data.py"


def common_coverage() -> set[int]:
    """Return the code points that every book font (serif and sans, upright and italic) maps."""
    maps = [set(TTFont(face.path, lazy=True)["cmap"].getBestCmap()) for face in font_faces()]
    return set.intersection(*maps)


def ranges(points: set[int]) -> list[tuple[int, int]]:
    """Return sorted code points as (first, last) runs."""
    found: list[tuple[int, int]] = []
    for point in sorted(points):
        if found and point == found[-1][1] + 1:
            found[-1] = (found[-1][0], point)
        else:
            found.append((point, point))
    return found


def module_text(points: set[int]) -> str:
    versions = ", ".join(sorted({f"{face.family} {face.version}" for face in font_faces()}))
    lines = [f"    (0x{a:04X}, 0x{b:04X})," for a, b in ranges(points)]
    return (f'"""Code points every book font maps ({versions}): written by tools/font_coverage.py."""\n\n'
            "PRINTABLE: tuple[tuple[int, int], ...] = (\n" + "\n".join(lines) + "\n)\n")


if __name__ == "__main__":
    TARGET.write_text(module_text(common_coverage()), "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")

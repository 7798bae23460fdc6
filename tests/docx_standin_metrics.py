"""Write src/recbook/render/docx/standin_widths.json from the system's DejaVu Serif.

LibreOffice stands DejaVu Serif in for Times New Roman where neither Times nor
Liberation Serif is installed; it is the widest common stand-in, so table
columns sized with its advances fit in every client. Run once when the
character set changes: `.venv/bin/python tests/docx_standin_metrics.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = {"regular": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"}
# Latin with its extensions, Cyrillic (Kazakh letters included), general punctuation, №
RANGES = ((0x20, 0x250), (0x400, 0x500), (0x2000, 0x2070), (0x2116, 0x2117))
TARGET = Path(__file__).resolve().parent.parent / "src/recbook/render/docx/standin_widths.json"


def advances(path: str) -> tuple[int, dict[str, int]]:
    """Return the font's units per em and each covered character's advance width."""
    font = TTFont(path)
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    found = {chr(c): metrics[cmap[c]][0] for lo, hi in RANGES for c in range(lo, hi) if c in cmap}
    return font["head"].unitsPerEm, found


def table() -> dict:
    """Return the JSON document: units per em and {weight: {character: advance}}."""
    units = {}
    widths = {}
    for weight, path in FONTS.items():
        units[weight], widths[weight] = advances(path)
    assert len(set(units.values())) == 1
    return {"font": "DejaVu Serif", "units_per_em": units["regular"], "advances": widths}


if __name__ == "__main__":
    TARGET.write_text(json.dumps(table(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"wrote {TARGET}")

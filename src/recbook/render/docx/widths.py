"""Table column widths from what the columns hold, as a browser's automatic table layout.

Word's own autofit is slow and jumpy on a 5,000-row table and LibreOffice
reads it differently, so the widths are computed once here and stored as a
fixed grid: every column is at least as wide as its longest word (a header
such as "Дауыстар" never breaks inside a word) and the rest of the text width
goes to the columns whose text would otherwise wrap most.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from fontpkg_noto_serif import ROOT as NOTO_SERIF_DIR
from PIL import ImageFont

from ...model import Text

CELL_PADDING = 2 * 57 + 20  # Book Table's cell margins (57 twips a side) and a little air
# The document names Times New Roman. Word has it; LibreOffice uses its metric twin Liberation
# Serif, or where neither is installed stands in DejaVu Serif, the widest of the three (up to
# 12 % wider than Noto Serif in bold). Columns are measured in DejaVu Serif's advances
# (standin_widths.json, tests/docx_standin_metrics.py) with 2 % to spare, so a header word
# or a cell line that fits there fits in every client.
SPARE = 1.02
NOTO_TO_STANDIN = {False: 1.08, True: 1.13}  # for a character the table lacks: Noto Serif, widened
TABLE_FONT_PT = 9.0  # Table Text and Table Heading in reference.docx
# words break at spaces only: a no-break space ("20 %", "1 —") holds its neighbours together
_SPACES = re.compile(r"[ \t\n]+")


@lru_cache(maxsize=1)
def _standin() -> tuple[int, dict[bool, dict[str, int]]]:
    """Return the stand-in font's units per em and its advances by weight (bold or not)."""
    data = json.loads((Path(__file__).with_name("standin_widths.json")).read_text(encoding="utf-8"))
    return data["units_per_em"], {False: data["advances"]["regular"], True: data["advances"]["bold"]}


@lru_cache(maxsize=2)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    """Return Noto Serif at 1,000 px per em, bold or regular."""
    font = ImageFont.truetype(str(NOTO_SERIF_DIR / "files" / "NotoSerif[wdth,wght].ttf"), 1000)
    font.set_variation_by_axes([700 if bold else 400, 100])  # axes: weight, width
    return font


@lru_cache(maxsize=65536)
def text_width(text: str, bold: bool = False, size_pt: float = TABLE_FONT_PT) -> int:
    """Return how wide `text` prints on one line in the widest common font, in twips."""
    units, advances = _standin()
    known = advances[bold]
    em = sum(known[c] / units for c in text if c in known)
    missing = "".join(c for c in text if c not in known and c != "\u00ad")  # a soft hyphen prints nothing
    if missing:
        em += _font(bold).getlength(missing) / 1000 * NOTO_TO_STANDIN[bold]
    return round(em * size_pt * 20 * SPARE)


def cell_text(value: object) -> str:
    """Return the printed text of a table cell (a string, a Text, or a list of them)."""
    if isinstance(value, list):
        return "".join(cell_text(v) for v in value)
    return value.value if isinstance(value, Text) else str(value)


def _extent(text: str, bold: bool) -> tuple[int, int]:
    """Return (longest word, longest line) of `text`, in twips with the cell's padding."""
    words = [text_width(word, bold) for word in _SPACES.split(text) if word] or [0]
    lines = [text_width(line.strip(), bold) for line in text.split("\n")] or [0]
    return max(words) + CELL_PADDING, max(lines) + CELL_PADDING


def column_widths(header: Sequence[str], rows: Iterable[Sequence[object]], total: int) -> list[int]:
    """Return widths (twips) summing to `total`: each column fits its longest word, then its rows' lines."""
    least = [0] * len(header)
    most = [0] * len(header)
    cells = [(cell, True) for cell in header]
    for index, (value, bold) in enumerate(cells + [(v, False) for row in rows for v in row]):
        word, line = _extent(cell_text(value), bold)
        column = index % len(header)
        least[column] = max(least[column], word)
        if not bold:  # a header may take two lines; a row that wraps costs a line on every row
            most[column] = max(most[column], line)
    most = [max(m, w) for m, w in zip(most, least)]
    return _share(least, most, total)


def _share(least: list[int], most: list[int], total: int) -> list[int]:
    """Give every column its minimum, then the rest in proportion to how much more it wants."""
    spare = total - sum(least)
    if spare <= 0:  # even the longest words do not fit: shrink them alike
        widths = [w * total / sum(least) for w in least]
    else:
        wants = [m - w for m, w in zip(most, least)]
        if sum(wants) <= spare:  # every line fits unbroken: the rest goes where lines are long
            rest = total - sum(most)
            widths = [m + rest * m / sum(most) for m in most]
        else:
            widths = [w + spare * want / sum(wants) for w, want in zip(least, wants)]
    rounded = [int(w) for w in widths]
    rounded[-1] += total - sum(rounded)  # the grid must add up to the text width exactly
    return rounded

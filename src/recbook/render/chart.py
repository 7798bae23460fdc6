"""The summary chart: recommendations and votes per direction, drawn as SVG.

Two aligned bar panels (recommendations on the left, votes on the right)
share one row per direction, because the two quantities have different
scales and a reader compares directions, not counts with votes. The SVG is
drawn here, not by a plotting library, so it is byte-stable and its text is
real text in the book's fonts. localize prepares the data (`LocalizedBook.chart`,
numbers formatted); the DOCX draws the same data as a PNG, so both editions
show the same numbers.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from textwrap import wrap
from typing import TYPE_CHECKING, Iterable

from ..model import ChartData, ChartRow

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

WIDTH = 480  # CSS px: the text width of an A4 page at our margins
ROW_GAP = 8
BAR_HEIGHT = 14
LINE_HEIGHT = 11
LABEL_WIDTH = 190
PANEL_GAP = 20
FONT = "'Noto Sans', sans-serif"
VALUE_SIZE = 9  # px: the value written after a bar
VALUE_GAP = 4  # px between a bar's end and its value
VALUE_ROOM = 24  # px kept after the longest bar at least; a wider value (12 345 votes) gets what it measures
MEASURE_PX = 100  # fonts are measured at this size and scaled: small sizes round their advances
# muted, print-safe colours with enough contrast for the labels written on them
COLOURS = ("#2f5d7c", "#b5651d")
# an untranslated direction title in a draft, marked as book.css's `.draft .fallback` marks text
FALLBACK_FILL, FALLBACK_RULE = "#fff1c7", "#c58a00"


@lru_cache(maxsize=4)
def sans_font(size: int, bold: bool = False) -> FreeTypeFont:
    """Return Noto Sans at `size` px (the variable font the PDF embeds, set to Bold when asked)."""
    from fontpkg_noto_sans import ROOT as NOTO_SANS_DIR  # Pillow only when a chart is drawn
    from PIL import ImageFont

    font = ImageFont.truetype(str(NOTO_SANS_DIR / "files" / "NotoSans[wdth,wght].ttf"), size)
    font.set_variation_by_axes([700 if bold else 400, 100])  # axes: weight, width
    return font


def text_width(text: str, size: float) -> float:
    """Return the width of `text` set in Noto Sans at `size` px."""
    return sans_font(MEASURE_PX).getlength(text) * size / MEASURE_PX


def value_room(widths: Iterable[float], gap: float, least: float) -> float:
    """Return the room to keep after a panel's longest bar: the widest value, with a gap either side.

    Every value in the panel counts, not only the longest bar's: the bars are scaled once, and a
    shorter bar may carry a value as wide ("1 000" beside "999"), so no value can leave the chart.
    """
    return max(least, max(widths, default=0.0) + 2 * gap)


def _text(x: float, y: float, value: str, **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(value)}</text>'


def _label_lines(row: ChartRow) -> list[str]:
    """Wrap a direction title to the label column (about 6 px per character)."""
    return wrap(f"{row.number}. {row.title}", width=LABEL_WIDTH // 6) or [row.number]


def _bar(x: float, y: float, value: int, shown: str, top: int, width: float, colour: str) -> str:
    """Return one bar with its value (as localize formatted it) written after it."""
    length = 0.0 if top == 0 else width * value / top
    rect = f'<rect x="{x:.1f}" y="{y:.1f}" width="{length:.1f}" height="{BAR_HEIGHT}" fill="{colour}"/>'
    label = _text(x + length + VALUE_GAP, y + BAR_HEIGHT - 3.5, shown, font_size=str(VALUE_SIZE))
    return rect + label


def _fallback_mark(line: str, baseline: float) -> str:
    """Return the highlight and rule under a label line printed untranslated (drawn before its text)."""
    width = text_width(line, 9) + 2
    return (f'<rect class="fallback" x="0" y="{baseline - 8:.1f}" width="{width:.1f}" height="10.5" '
            f'fill="{FALLBACK_FILL}"/>'
            f'<line x1="0" y1="{baseline + 2.5:.1f}" x2="{width:.1f}" y2="{baseline + 2.5:.1f}" '
            f'stroke="{FALLBACK_RULE}" stroke-width="0.8"/>')


def chart_svg(data: ChartData, marked: bool = False) -> str:
    """Return the chart as a standalone SVG document; `marked` (a draft) marks untranslated titles."""
    half = (WIDTH - LABEL_WIDTH - PANEL_GAP) / 2  # each panel: its bars, then room for their values
    panels = tuple(half - value_room((text_width(r.values[i], VALUE_SIZE) for r in data.rows), VALUE_GAP, VALUE_ROOM)
                   for i in (0, 1))
    starts = (LABEL_WIDTH, LABEL_WIDTH + half + PANEL_GAP)
    tops = (max((r.recommendations for r in data.rows), default=0),
            max((r.votes for r in data.rows), default=0))
    parts = [_text(x, 12, title, font_weight="bold", font_size="10") for x, title in zip(starts, data.series)]
    y = 22.0
    for row in data.rows:
        lines = _label_lines(row)
        height = max(BAR_HEIGHT, LINE_HEIGHT * len(lines))
        for i, line in enumerate(lines):
            if marked and row.fallback:
                parts.append(_fallback_mark(line, y + 9 + i * LINE_HEIGHT))
            parts.append(_text(0, y + 9 + i * LINE_HEIGHT, line, font_size="9"))
        bar_y = y + (height - BAR_HEIGHT) / 2
        values = (row.recommendations, row.votes)
        for x, value, shown, top, panel, colour in zip(starts, values, row.values, tops, panels, COLOURS):
            parts.append(_bar(x, bar_y, value, shown, top, panel, colour))
        y += height + ROW_GAP
    height = y
    axis = "".join(
        f'<line x1="{x:.1f}" y1="18" x2="{x:.1f}" y2="{height - ROW_GAP / 2:.1f}" stroke="#777" stroke-width="0.6"/>'
        for x in starts
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{escape(FONT)}" fill="#222">'
        f"{axis}{''.join(parts)}</svg>"
    )

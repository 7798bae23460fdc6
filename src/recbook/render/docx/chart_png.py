"""Draw the summary chart as a PNG for Word, from the same data as the PDF's SVG.

Word cannot be relied on to show SVG (2016+ only, and LibreOffice's DOCX
export differs), so the DOCX gets a raster. It is drawn with Pillow in
Noto Sans from the pip-installed font package, which has every Kazakh
letter, and PNG output carries no timestamp, so the bytes repeat.
"""

from __future__ import annotations

import math
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from ..chart import COLOURS, FALLBACK_FILL, FALLBACK_RULE, ChartData, ChartRow, sans_font, value_room

SCALE = 3  # the SVG is laid out in CSS px; three device px each gives ~220 dpi at text width
WIDTH = 480 * SCALE
LABEL_WIDTH = 190 * SCALE
PANEL_GAP = 20 * SCALE
BAR = 16 * SCALE
ROW_GAP = 8 * SCALE
LINE = 14 * SCALE
TOP = 26 * SCALE
VALUE_ROOM = 30 * SCALE  # space after the longest bar for its value, at least (a wider value gets its width)
VALUE_GAP = 4 * SCALE
INK, AXIS = (34, 34, 34), (119, 119, 119)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return Noto Sans at `size` px (the variable font, set to Bold when asked)."""
    return sans_font(size, bold)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break `text` into lines no wider than `width` pixels (words stay whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _layout(rows: tuple[ChartRow, ...]) -> list[tuple[ChartRow, list[str], int, int]]:
    """Return each row with its label lines, top y and height."""
    font = _font(11 * SCALE)
    out, y = [], TOP
    for row in rows:
        lines = _wrap(f"{row.number}. {row.title}", font, LABEL_WIDTH - 8 * SCALE)
        height = max(BAR, LINE * len(lines))
        out.append((row, lines, y, height))
        y += height + ROW_GAP
    return out


def chart_png(data: ChartData, marked: bool = False) -> bytes:
    """Return the chart as PNG bytes; `marked` (a draft) marks untranslated titles as the SVG does."""
    layout = _layout(data.rows)
    height = (layout[-1][2] + layout[-1][3] + ROW_GAP) if layout else TOP + ROW_GAP
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    half = (WIDTH - LABEL_WIDTH - PANEL_GAP) // 2  # each panel: its bars, then room for their values
    small = _font(11 * SCALE)
    panels = tuple(half - math.ceil(value_room((small.getlength(r.values[i]) for r in data.rows), VALUE_GAP,
                                               VALUE_ROOM)) for i in (0, 1))
    starts = (LABEL_WIDTH, LABEL_WIDTH + half + PANEL_GAP)
    tops = (max((r.recommendations for r in data.rows), default=0), max((r.votes for r in data.rows), default=0))
    for x, title in zip(starts, data.series):
        draw.text((x, 2 * SCALE), title, font=_font(12 * SCALE, bold=True), fill=INK)
        draw.line([(x, 22 * SCALE), (x, height - ROW_GAP // 2)], fill=AXIS, width=2)
    for row, lines, y, row_height in layout:
        for i, line in enumerate(lines):
            if marked and row.fallback:
                right = math.ceil(small.getlength(line)) + 2 * SCALE
                top, rule = y + i * LINE + SCALE, y + (i + 1) * LINE + SCALE // 2
                draw.rectangle([0, top, right, rule], fill=_rgb(FALLBACK_FILL))
                draw.line([(0, rule), (right, rule)], fill=_rgb(FALLBACK_RULE), width=2)
            draw.text((0, y + i * LINE), line, font=small, fill=INK)
        bar_y = y + (row_height - BAR) // 2
        for x, value, shown, top, panel, colour in zip(starts, (row.recommendations, row.votes), row.values, tops,
                                                       panels, COLOURS):
            length = 0 if top == 0 else round(panel * value / top)
            if length:
                draw.rectangle([x, bar_y, x + length, bar_y + BAR], fill=_rgb(colour))
            draw.text((x + length + VALUE_GAP, bar_y + SCALE), shown, font=small, fill=INK)
    out = BytesIO()
    image.save(out, format="PNG", optimize=False, dpi=(220, 220))
    return out.getvalue()

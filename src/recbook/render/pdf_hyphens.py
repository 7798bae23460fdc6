"""Give the hyphen a line break adds the Unicode value Tagged PDF requires: U+00AD, not U+2010.

WeasyPrint draws a word broken at a line end with its hyphenate-character,
U+2010, and maps that glyph to U+2010 in the font's ToUnicode map, so copying
or searching "взаимо‐/действие" finds "взаимо‐" and "действие", not the word.
PDF 1.7 (§10.7, "Incidental artifacts"; ISO 32000-1 §14.8.2.2.3) asks that such an
incidental division be represented by a soft hyphen, U+00AD, distinct from a
hard hyphen (U+002D), so a reader drops it and joins the word. The map is
per glyph, so this is done only when the book's own text has no U+2010: a
hyphen someone wrote must never read as one that may vanish (and it then reads
as before). The glyph drawn is the same.
"""

from __future__ import annotations

import pydyf

HYPHENATE_CHARACTER = "\u2010"  # WeasyPrint's hyphenate-character (css/properties.py), which book.css keeps
_CMAP_START = b"/CIDInit /ProcSet findresource begin"  # the first line of each ToUnicode map WeasyPrint writes
_BROKEN = b" <2010>"  # a glyph mapped to U+2010 alone, in a `<glyph> <unicode>` bfchar line
_SOFT = b" <00ad>"


def map_line_end_hyphens(pdf: pydyf.PDF) -> int:
    """Map the glyphs WeasyPrint maps to U+2010 to U+00AD in every ToUnicode map; return how many."""
    count = 0
    for obj in pdf.objects:
        lines = getattr(obj, "stream", None)
        if not isinstance(obj, pydyf.Stream) or not lines or lines[0] != _CMAP_START:
            continue
        for n, line in enumerate(lines):
            if isinstance(line, bytes) and line.endswith(_BROKEN):
                lines[n] = line[: -len(_BROKEN)] + _SOFT
                count += 1
    return count

"""Give hyphens in the PDF's text layer the values a reader copies and searches.

1. The hyphen a line break adds: U+00AD, as Tagged PDF requires, not U+2010.

WeasyPrint draws a word broken at a line end with its hyphenate-character,
U+2010, and maps that glyph to U+2010 in the font's ToUnicode map, so copying
or searching "взаимо‐/действие" finds "взаимо‐" and "действие", not the word.
PDF 1.7 (§10.7, "Incidental artifacts"; ISO 32000-1 §14.8.2.2.3) asks that such an
incidental division be represented by a soft hyphen, U+00AD, distinct from a
hard hyphen (U+002D), so a reader drops it and joins the word. The map is
per glyph, so this is done only when the book's own text has no U+2010: a
hyphen someone wrote must never read as one that may vanish (and it then reads
as before). The glyph drawn is the same.

2. The no-break hyphen typography puts in "3‑жұмыс тобы", "1.1‑ұсыным", "2‑й этап"
(localize/typography.py) reads as the hyphen it prints and the writer typed, U+002D:
a search for "1-қосымша" found nothing. A no-break hyphen someone typed reads so too.
"""

from __future__ import annotations

import pydyf

HYPHENATE_CHARACTER = "\u2010"  # WeasyPrint's hyphenate-character (css/properties.py), which book.css keeps
_CMAP_START = b"/CIDInit /ProcSet findresource begin"  # the first line of each ToUnicode map WeasyPrint writes
_BROKEN = b" <2010>"  # a glyph mapped to U+2010 alone, in a `<glyph> <unicode>` bfchar line
_SOFT = b" <00ad>"
_NO_BREAK = b" <2011>"  # a glyph mapped to U+2011 alone
_HYPHEN = b" <002d>"


def map_hyphens(pdf: pydyf.PDF, line_ends: bool) -> int:
    """Map U+2011 glyphs to U+002D and, if `line_ends`, U+2010 ones to U+00AD in every ToUnicode map.

    Return how many glyphs were mapped anew.
    """
    wanted = {_NO_BREAK: _HYPHEN, **({_BROKEN: _SOFT} if line_ends else {})}
    count = 0
    for obj in pdf.objects:
        lines = getattr(obj, "stream", None)
        if not isinstance(obj, pydyf.Stream) or not lines or lines[0] != _CMAP_START:
            continue
        for n, line in enumerate(lines):
            if isinstance(line, bytes) and line[-7:] in wanted:
                lines[n] = line[:-7] + wanted[line[-7:]]
                count += 1
    return count

"""Find the characters of a text that the book's fonts cannot print.

The PDF embeds the pip-installed Noto fonts only (render/fonts.py), so every
machine prints the same book. A character none of them has ("→", "≥", "✓",
"★", CJK, emoji) is drawn by whatever font the machine has for it, or as an
empty box where none has it: the book then differs from machine to machine,
or loses the character. A check names such characters so a person replaces
them ("->", "не менее", a plain word); the text is not changed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .glyphs_data import PRINTABLE

# what the check says elsewhere or what prints no glyph: line ends and tabs, and "�", which stands
# for a character text_checks already reported
_SAID_ELSEWHERE = "\n\t\ufffd"


@lru_cache(maxsize=1)
def _unprintable() -> re.Pattern[str]:
    """Return a pattern matching one character outside every font's map (compiled on first use)."""
    spans = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in PRINTABLE)
    return re.compile(f"[^{spans}{re.escape(_SAID_ELSEWHERE)}]")


def unprintable(value: str) -> list[str]:
    """Return the distinct characters of `value` that the book's fonts do not have, in order."""
    if value.isascii():  # every printable ASCII character is in the fonts: the common case costs nothing
        return []
    return list(dict.fromkeys(_unprintable().findall(value)))


def describe(chars: list[str], limit: int = 3) -> str:
    """Return '"→" (U+2192 RIGHTWARDS ARROW), "✓" (U+2713 CHECK MARK) and 2 more'."""
    named = [f'"{c}" (U+{ord(c):04X} {unicodedata.name(c, "unnamed")})' for c in chars[:limit]]
    return ", ".join(named) + (f" and {len(chars) - limit} more" if len(chars) > limit else "")

"""Give over-long words break opportunities, so laying them out stays linear.

WeasyPrint (with `overflow-wrap: anywhere`) splits a word with no break point by
trying ever shorter pieces of it, which costs time that grows with the square
of the word's length: one 4,000-letter word took 45 s. A zero-width space
every `EVERY` characters inside a word longer than `MAX_WORD_LENGTH` gives the
line breaker places to break: the word prints the same, only wrapped, and the
cost is linear. `recbook check` warns about such words (text.long-word).
"""

from __future__ import annotations


from ..text_checks import MAX_WORD_LENGTH, _UNBREAKABLE

ZWSP = "\u200b"
EVERY = 20  # characters between break opportunities: a narrow column still fits one piece


def break_long_words(text: str, limit: int = MAX_WORD_LENGTH, every: int = EVERY) -> str:
    """Return `text` with a zero-width space every `every` characters of each word longer than `limit`."""
    if len(text) <= limit:
        return text
    return _UNBREAKABLE.sub(lambda m: _pieces(m.group(0), every) if len(m.group(0)) > limit else m.group(0), text)


def _pieces(word: str, every: int) -> str:
    return ZWSP.join(word[i:i + every] for i in range(0, len(word), every))


def unbreak(text: str) -> str:
    """Return `text` without the zero-width spaces `break_long_words` added (for tests and extraction)."""
    return text.replace(ZWSP, "")


__all__ = ["ZWSP", "break_long_words", "unbreak"]

"""Hyphenate Kazakh written in Latin letters by the syllable rules of hyphenate_kk.

A working group may type Kazakh in the 2021 alphabet, informally («zh», «sh», «ng») or in the
2017 (apostrophes) and 2018 (acutes) drafts (recbook.kazakh_latin). Its syllables are those of
the same word in Cyrillic, so each word is read in Cyrillic letter by letter
(kazakh_latin.readings), hyphenated there, and its breaks are carried back to the Latin letters:
«qūr|met|teu» as «құр|мет|теу», each at the Latin cut between the same letters, never inside
«zh», «ia» or «a'» (a break with no such cut, in a letter read as two, is dropped). Only a
passage the package reads as Kazakh is touched, and in it only its Kazakh words: a foreign one
("Google", "software") stays whole, so does an address. The limits are Cyrillic's and hold in
Latin letters too (apostrophes are no letters): two before a break, three after, words of five
letters or fewer whole, abbreviations whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kazakh_latin import APOSTROPHES, readings
from .hyphenate_kk import _MIN_AFTER, _MIN_BEFORE, _MIN_WORD, SOFT_HYPHEN, syllable_breaks

if TYPE_CHECKING:  # the rules behind it load at the first Latin text, not in every Cyrillic build
    from ..kazakh_latin.words import Reading


def hyphenate_latin(text: str, separator: str = SOFT_HYPHEN) -> str:
    """Return `text` with `separator` at the syllable breaks of its Latin-script Kazakh words."""
    pieces, start = [], 0
    for word in readings(text):
        for cut in latin_breaks(word):
            pieces.append(text[start:word.start + cut])
            start = word.start + cut
    if not pieces:  # no Latin Kazakh: the text as it came, not a copy
        return text
    pieces.append(text[start:])
    return separator.join(pieces)


def latin_breaks(word: Reading) -> list[int]:
    """Return where a Latin Kazakh word may break: its reading's syllable breaks, at clean cuts."""
    cuts = (word.latin_cut(at) for at in syllable_breaks(word.cyrillic))
    return [at for at in cuts if at is not None and _long_enough(word.latin[:at], word.latin[at:])]


def _long_enough(head: str, tail: str) -> bool:
    """Return True if a break leaves enough Latin letters on each side (apostrophes are no letters)."""
    before = len(head) - sum(head.count(mark) for mark in APOSTROPHES)
    after = len(tail) - sum(tail.count(mark) for mark in APOSTROPHES)
    return before >= _MIN_BEFORE and after >= _MIN_AFTER and before + after >= _MIN_WORD

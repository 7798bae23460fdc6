"""The Kazakh words of a text in Latin letters, each read in Cyrillic letter by letter.

The hyphenation of the book (render/hyphenate_kk_latin.py) breaks such a word where its Cyrillic
reading breaks, so it must know which Latin letters spell which Cyrillic ones: 2021's letters map
one to one, but «zh», «sh», «ng» (informal), «a'», «s'» (2017), «ia», «tsi» spell one letter, and a
line must never break inside them. The spellers (`rules`) work by patterns over a whole text, so
the alignment is found by spelling each head of a word: where the head's reading begins the word's
reading, the two can be cut there between whole letters ("ji|ia" reads «жи|я», "z|hol" no cut).
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from . import APOSTROPHES
from .rules import (_ADDRESS, _ENGLISH, _FOREIGN, _FOREIGN_TO_INFORMAL, _INFORMAL_WORD, _MARKS_2017,
                    _OWN_LETTERS, is_kazakh_latin, reads_foreign)
from .spelling import SPELLERS, style

# a word is a run of letters and digits (a digit or another script leaves it whole); the 2017
# draft's letters keep their apostrophe («tasymaldy'g'a»), other spellings have none inside words
_TOKEN = {True: re.compile(rf"(?:[^\W_][{APOSTROPHES}]?)+"), False: re.compile(r"[^\W_]+")}
_LATIN_WORD = re.compile(rf"(?:[A-Za-zÀ-ɏ][{APOSTROPHES}]?)+")


class Reading(NamedTuple):
    """A Kazakh word of a Latin text: where it is, its Cyrillic reading, and the speller that read it."""

    start: int
    end: int
    latin: str
    cyrillic: str
    spell: Callable[[str], str]

    def latin_cut(self, at: int) -> int | None:
        """Return where the Latin word cuts the letters `cyrillic[:at]` off the rest, or None: no clean cut."""
        # each Cyrillic letter comes of one Latin letter or more (x, read кс, is foreign: never read
        # here), so the cut is at `at` or after it
        for cut in range(max(at, 1), len(self.latin)):
            if self.latin[cut] in APOSTROPHES:  # a letter keeps its apostrophe («a'» is ә): spare the spelling
                continue
            head = self.spell(self.latin[:cut])
            if len(head) == at and self.cyrillic.startswith(head):
                return cut
        return None


def readings(text: str) -> list[Reading]:
    """Return the Kazakh words of a Latin text (recbook.kazakh_latin.is_latin) if it is Kazakh, else none."""
    if reads_foreign(text) or not is_kazakh_latin(text):  # as the merge reads it (spelling.cyrillic)
        return []
    spelling = style(text)
    spell = SPELLERS[spelling]
    foreign = _FOREIGN_TO_INFORMAL if spelling == "informal" else _FOREIGN  # informal «ch» is ч
    addresses = [m.span() for m in _ADDRESS.finditer(text)]  # "https://qoldau.kz/aqparat" is no word
    found = []
    for match in _TOKEN[spelling == "2017"].finditer(text):
        word = match.group()
        if (_LATIN_WORD.fullmatch(word) and _is_kazakh(word, foreign)
                and not any(a <= match.start() < b for a, b in addresses)):
            found.append(Reading(match.start(), match.end(), word, spell(word), spell))
    return found


def _is_kazakh(word: str, foreign: re.Pattern[str]) -> bool:
    """Return True unless a word has foreign signs, or is capitalized without Kazakh ones ("Google")."""
    if foreign.search(word) or word.lower() in _ENGLISH:
        return False
    # a capitalized word may be a name or a brand in any language: it is Kazakh if it shows so («Aqtöbe»)
    own = _OWN_LETTERS.search(word) or _MARKS_2017.search(word) or _INFORMAL_WORD.fullmatch(word)
    return word[0].islower() or bool(own)

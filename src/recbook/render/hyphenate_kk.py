"""Hyphenate Kazakh by its syllable rules (тасымал), with soft hyphens.

Pyphen and LibreOffice have no Kazakh patterns, so WeasyPrint cannot
hyphenate Kazakh with ``hyphens: auto``. Instead we insert U+00AD (soft
hyphen) at every allowed break and set Kazakh passages ``hyphens: manual``:
the soft hyphen is invisible unless the line breaks there.

Rules (KAZAKH.md §3):
- one vowel per syllable; a break goes between syllables;
- one consonant between vowels opens the next syllable (ке|йін, да|уыс);
- two consonants split one–one (құр|мет); three or more keep all but the
  last (күңгірт|теу, мырс|қа, министр|лік);
- и and у after a consonant stand for ый/ій/ұу/үу: they are the vowel, and a
  following vowel starts the next syllable (қи|ын, бу|ын); у after a vowel
  or before a vowel at the start of a word is the consonant w (да|уыс, уа|қыт);
- ь and ъ stay with the letter before them;
- never leave or carry one letter (ала|қан, not а|лақан): at least two
  letters before a break and three after it (the editors' rule, stricter than
  KAZAKH.md's two), and words of five letters or fewer stay whole;
- abbreviations (two or more capitals: БҰҰ, ҮЕҰ) and words mixing scripts
  or digits are never hyphenated.

Kazakh typed in Latin letters gets the same breaks, carried over from its
Cyrillic reading (hyphenate_kk_latin).
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"

_PLAIN_VOWELS = frozenset("аәеёоөұүыіэюя")
_SIGNS = frozenset("ьъ")
_CYRILLIC = "а-яёәғқңөұүһі"
_KAZAKH_WORD = re.compile(rf"^[{_CYRILLIC}]+$", re.IGNORECASE)
# a word is a run of letters and digits; hyphens and punctuation separate words
_TOKEN = re.compile(r"[^\W_]+")
_MIN_BEFORE = 2
_MIN_AFTER = 3
_MIN_WORD = 6  # words of five letters or fewer are never broken


def _nuclei(word: str) -> list[int]:
    """Return the indexes of the syllable nuclei (see the module rules), left to right.

    Whether у is a vowel depends on the letter before it, so the flags are built in
    order (a recursive definition looped forever on words starting with "уу").
    """
    flags: list[bool] = []
    for i, letter in enumerate(word):
        if letter in _PLAIN_VOWELS or letter == "и":
            flags.append(True)
        elif letter != "у":
            flags.append(False)
        else:
            after_vowel = i > 0 and flags[i - 1]
            starts_before_vowel = i == 0 and len(word) > 1 and (word[1] in _PLAIN_VOWELS or word[1] == "и")
            flags.append(not (after_vowel or starts_before_vowel))
    return [i for i, vowel in enumerate(flags) if vowel]


def _boundary(word: str, left: int, right: int) -> int:
    """Return the index where the syllable of `right`'s vowel starts."""
    consonants = [j for j in range(left + 1, right) if word[j] not in _SIGNS]
    if not consonants:
        return right
    # one consonant opens the next syllable; from two on, only the last one moves
    return consonants[-1]


def syllable_breaks(word: str) -> list[int]:
    """Return the indexes inside `word` where a line may break (before that letter)."""
    if len(word) < _MIN_WORD or not _KAZAKH_WORD.match(word):
        return []
    if sum(1 for c in word if c.isupper()) > 1:  # an abbreviation such as БҰҰ
        return []
    lower = word.lower()
    nuclei = _nuclei(lower)
    breaks = (_boundary(lower, a, b) for a, b in zip(nuclei, nuclei[1:]))
    return [p for p in breaks if _MIN_BEFORE <= p <= len(word) - _MIN_AFTER]


def hyphenate_word(word: str, separator: str = SOFT_HYPHEN) -> str:
    """Return `word` with `separator` at every allowed break."""
    if SOFT_HYPHEN in word:  # the author already chose the breaks
        return word
    pieces, start = [], 0
    for p in syllable_breaks(word):
        pieces.append(word[start:p])
        start = p
    pieces.append(word[start:])
    return separator.join(pieces)


def hyphenate(text: str, separator: str = SOFT_HYPHEN) -> str:
    """Return Kazakh `text` with soft hyphens at the syllable breaks of each word."""
    from .hyphenate_kk_latin import hyphenate_latin  # here: that module reads the rules of this one

    # Kazakh in Latin letters breaks where its Cyrillic reading does; a Cyrillic text comes back as it is
    text = hyphenate_latin(text, separator)
    return _TOKEN.sub(lambda m: hyphenate_word(m.group(0), separator), text)

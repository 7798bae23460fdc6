"""Kazakh words typed on a Russian keyboard: «кызметин» for «қызметін», «айкын» for «айқын».

A Russian layout has none of the nine Kazakh letters, so a writer without the Kazakh layout types
the look-alike (KAZAKH.md §1: ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и). The word is then no
Kazakh word, and the book prints it so: a reader searching for «қызмет» does not find it.

The rule (README, "Kazakh typed on a Russian keyboard"): a word of a Kazakh text is reported when
- it is Cyrillic and has none of the nine letters (one with any of them was typed with the layout);
- it is not a word of the Kazakh dictionary as written, alone or with a suffix the dictionary
  lets it take ("тапсырысты", "департамент", "Алматы" are);
- reading its look-alikes as Kazakh letters gives a dictionary word ("кызметин" → "қызметін"), and
- it is not a Russian word (pymorphy3's dictionary): a Russian name or quotation in a Kazakh
  text stays silent, as does a word the Kazakh dictionary lacks but Russian shares; a case form
  of a Russian name or place only («жане», of «Жан») is no Russian word here;
- nor a Russian noun or adjective of 4 letters or more, in its dictionary form, with a Kazakh
  ending (lexicon.endings) that the reading leaves as it is: a loanword the Kazakh dictionary lacks, «туристер»
  (турист + ер, not «түрістер»), «курсын» (not «құрсын»); «корсетилетин» is still reported, as its
  reading («көрсетілетін») restores letters of the ending too, and «тагайындау» («тағайындау»),
  whose «тага» is a Russian word only as a form of «таг», and «Казакстан» («стан» is no ending).
The dictionary is Hunspell's Kazakh one (hunspell-kk 1.1, data/README.md): 54,000 words and the
suffixes each may take. A word it lacks is never reported, so the check errs towards silence.
Two things are not words typed without the Kazakh layout: an abbreviation (a word of
capitals up to 5 letters: «СКО», «ИИН» are no Kazakh words, whatever they fold to), and a text that
is Russian, not Kazakh (no Kazakh letter, and 70 % or more of its words Russian ones: «Костанай»,
«маслихат» are right there; the language check says the text looks Russian).
Only the word is named; the text is never changed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from . import lexicon

FOLD = lexicon.FOLD
_KAZAKH_LETTER = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
# a word: Cyrillic letters only (a word with a Latin letter is the mixed-script check's); the
# Russian letters a Kazakh word may be typed with and nothing else of Cyrillic's
_WORD = re.compile(r"[^\W\d_]+")
_RUSSIAN_ONLY = re.compile("[А-Яа-яЁё]+")
MIN_LETTERS = 2  # a one-letter word («у», «и») is any language's


class Typed(NamedTuple):
    """A word of a text that looks typed on a Russian keyboard, and what it was probably meant to be."""

    start: int  # where it starts in the text
    word: str  # as written
    meant: tuple[str, ...]  # the likeliest Kazakh spellings, in the word's case (at most MAX_MEANT; may be empty)


MAX_MEANT = 2  # more readings than this are not a suggestion but a guess: none is named


def typed_on_russian_keyboard(text: str) -> list[Typed]:
    """Return the words of a Kazakh `text` that look typed on a Russian keyboard, each once, in order."""
    found: list[Typed] = []
    seen: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group()
        if word in seen or len(word) < MIN_LETTERS or not _RUSSIAN_ONLY.fullmatch(word) or _lost_letter(
                text, match.start(), match.end()) or (word.isupper() and len(word) <= ABBREVIATION_LETTERS):
            continue
        seen.add(word)
        readings = lexicon.readings(word.lower())
        if readings and not _russian_word(word):
            readings = tuple(r for r in readings if not _loanword(word.lower(), r))
        else:
            readings = ()
        if readings:
            meant = readings if len(readings) <= MAX_MEANT else ()
            found.append(Typed(match.start(), word, tuple(_in_case_of(word, m) for m in meant)))
    return [] if found and _is_russian_text(text) else found


ABBREVIATION_LETTERS = 5
RUSSIAN_SHARE = 0.7  # of a Kazakh text retyped without its letters, 1 in 974 has as many Russian words (dev half)
RUSSIAN_WORDS = 3  # fewer words («Развитие Костаная») say too little


def _is_russian_text(text: str) -> bool:
    """Return whether `text` is Russian: no Kazakh letter, and mostly words of the Russian dictionary."""
    if has_kazakh_letter(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= MIN_LETTERS and _RUSSIAN_ONLY.fullmatch(w)]
    return len(words) >= RUSSIAN_WORDS and sum(map(_is_russian, words)) >= RUSSIAN_SHARE * len(words)


def _lost_letter(text: str, start: int, end: int) -> bool:
    """Return whether a "?" or "_" touches the word: a letter lost to a code page, the lost-letter check's."""
    return text[start - 1:start] in ("?", "_") or text[end:end + 1] in ("?", "_")


LOANWORD_LETTERS = 4  # «шаг» (a step) must not excuse «шагын» for «шағын»


def _loanword(word: str, reading: str) -> bool:
    """Return whether `word` reads as a Russian word with a Kazakh ending the reading leaves unchanged."""
    # an н the reading makes ң is an ending either way («каналдарын»: their channels; «-ың»: yours)
    last = max((i for i, (a, b) in enumerate(zip(word, reading)) if a != b and (a, b) != ("н", "ң")), default=-1)
    return any(word[cut:] in lexicon.endings() and _russian_stem(word[:cut])
               for cut in range(max(LOANWORD_LETTERS, last + 1), len(word)))


@lru_cache(maxsize=4096)
def _russian_stem(word: str) -> bool:
    """Return whether `word` is a Russian noun or adjective in its dictionary form (a loanword's stem)."""
    analyzer = _russian()
    return analyzer.word_is_known(word) and any(
        parse.normal_form == word and parse.tag.POS in ("NOUN", "ADJF") for parse in analyzer.parse(word))


def has_kazakh_letter(text: str) -> bool:
    """Return whether `text` has one of the nine Kazakh letters."""
    return _KAZAKH_LETTER.search(text) is not None


def _in_case_of(word: str, reading: str) -> str:
    """Return `reading` in the case of `word` ("Кызмет" → "Қызмет", "КЫЗМЕТ" → "ҚЫЗМЕТ")."""
    if word.isupper() and len(word) > 1:
        return reading.upper()
    if word[:1].isupper():
        return reading[:1].upper() + reading[1:]
    return reading


@lru_cache(maxsize=4096)
def _is_russian(word: str) -> bool:
    """Return whether pymorphy3's Russian dictionary has `word` (a Russian word in a Kazakh text)."""
    analyzer = _russian()
    return bool(analyzer.word_is_known(word.lower().replace("ё", "е")) or analyzer.word_is_known(word.lower()))


_PROPER = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn"))


@lru_cache(maxsize=4096)
def _russian_word(word: str) -> bool:
    """Return whether `word` of a Kazakh text is a Russian word, so no Kazakh word mistyped.

    A Russian name's or place's case form only is none («жане», of the name «Жан», is «және»): a
    Kazakh text writes a name in its own form. Its dictionary form is one («гана», Ghana). Measured: 2 points
    more of the retyped words found, no more false alarm on correct Kazakh (bench/kazakh_keyboard.py).
    """
    if not _is_russian(word):
        return False
    lower = word.lower()
    return any(parse.normal_form == lower or not _PROPER & parse.tag.grammemes
               for parse in _russian().parse(lower) if parse.is_known)


def _russian() -> Any:
    """Return pymorphy3's Russian analyzer, loaded at the first word that needs it (~60 ms), the merge's."""
    from ..russian_dictionary import analyzer

    return analyzer()

"""Dictionary forms of Russian words (pymorphy3), loaded on first use.

A lemma joins forms a stemmer cannot ("людей" → "человек", "лучше" → "хороший").
Kazakh and English have no such library here: Kazakh keeps a fixed-length
prefix, English the Snowball stem (features.stem).
"""

from __future__ import annotations

from functools import lru_cache

from ..russian_dictionary import analyzer as _analyzer  # one per process, shared with the keyboard check


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """Return the most probable dictionary form of a folded Russian word, else the word."""
    if language != "ru" or not word.isalpha():
        return word
    analyzer = _analyzer()
    if not analyzer.word_is_known(word):
        return word  # guessing the lemma of an unknown word is slow and unreliable: the stem does it
    return analyzer.parse(word)[0].normal_form.replace("ё", "е")

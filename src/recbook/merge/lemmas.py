"""Dictionary forms of Russian words (pymorphy3), loaded on first use.

A lemma joins forms a stemmer cannot ("людей" → "человек", "лучше" → "хороший").
Kazakh and English have no such library here: Kazakh keeps a fixed-length
prefix, English the Snowball stem (features.stem).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    """Return pymorphy3's analyzer of the Russian dictionary package (imported on first use)."""
    import pymorphy3  # ~60 ms and 16 MB of dictionaries: only when Russian text is merged
    import pymorphy3_dicts_ru

    # the dictionary named by its package: finding it through the installed packages' entry
    # points (pymorphy3's default) reads every package's metadata, ~25 ms of a cold check
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """Return the most probable dictionary form of a folded Russian word, else the word."""
    if language != "ru" or not word.isalpha():
        return word
    analyzer = _analyzer()
    if not analyzer.word_is_known(word):
        return word  # guessing the lemma of an unknown word is slow and unreliable: the stem does it
    return analyzer.parse(word)[0].normal_form.replace("ё", "е")

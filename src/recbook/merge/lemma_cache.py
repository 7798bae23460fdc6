"""A table of stems known before this merge, so a merge of known words loads no dictionary.

A word's stem (its pymorphy3 lemma, then Snowball) depends only on the word,
its language, recbook's code and the installed packages (pymorphy3's
dictionaries among them). Computing them costs a check of the sample about a
quarter of a second, most of it importing pymorphy3 and loading its
dictionary; after an edit to one proposal nearly every word is one seen
before. So `persistent` wraps `features.stem`: words in the table `preload`
was given are answered from it, new ones are computed and collected for
`learned`. The merge stays pure: the table is read and written outside it
(recbook/word_cache.py), and a stem is the same from the table or computed
(tests/test_word_cache.py).
"""

from __future__ import annotations

from functools import wraps
from typing import Callable

Table = dict[tuple[str, str], str]  # (folded word, language) → stem

_known: list[Table] = [{}]  # the preloaded table (a one-item list: replaced, never copied)
_new: Table = {}  # computed since the last `learned`


def preload(table: Table) -> None:
    """Answer the (word, language) pairs of `table` from it from now on."""
    _known[0] = table


def learned() -> Table:
    """Return the pairs computed since the last call (and forget them)."""
    new = dict(_new)
    _new.clear()
    return new


def persistent(stem: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """Return `stem` answering preloaded (word, language) pairs from the table."""

    @wraps(stem)
    def kept_stem(word: str, language: str) -> str:
        known = _known[0].get((word, language))
        if known is not None:
            return known
        value = stem(word, language)
        _new[(word, language)] = value
        return value

    return kept_stem

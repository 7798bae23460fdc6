"""Keep the stems a merge computed in the user cache, for the next merge on this machine.

One table per code version (recbook's code, the installed distributions,
Python's version: check_cache.code_and_packages), loaded before a merge into
recbook.merge.lemma_cache and written back with the words that merge had to
compute. A damaged, foreign or unreadable table is ignored; an unwritable
cache only costs time. Two checks at once may each write theirs: the last
one wins and the other's new words are computed again next time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .merge import lemma_cache
from .user_cache import load_keyed, store_keyed, user_cache_dir

MAX_WORDS = 300_000  # a few MiB: many conferences' vocabularies; beyond it new words are not kept


def _path() -> Path:
    return user_cache_dir() / "words" / "stems.pickle"


@lru_cache(maxsize=1)
def _key() -> str:
    from .check_cache import code_and_packages

    return code_and_packages()


def load() -> None:
    """Give the merge the stems kept for this code version (none if there is no usable table)."""
    table = load_keyed(_path(), _key())
    lemma_cache.preload(table if isinstance(table, dict) else {})


def save() -> None:
    """Add the stems the merge computed to the kept table, if there are any and it has room."""
    new = lemma_cache.learned()
    if not new:
        return
    table = load_keyed(_path(), _key())  # read again: another process may have added words
    table = table if isinstance(table, dict) else {}
    for pair in list(new)[: max(0, MAX_WORDS - len(table))]:
        table[pair] = new[pair]
    store_keyed(_path(), _key(), table)
    lemma_cache.preload(table)

"""The features of texts read before, so a merge after an edit reads only the texts that changed.

A Variant (features.make_variant: one proposal's title and text as read in one
language, with the part that asks) depends only on its arguments, recbook's
code and the installed packages. Reading the sample's 133 texts (its 45
proposals in each language they are read in) cost an edited check ~0.13 s of its
~0.6 s, and an edited build as much, though an edit changes one text. So
`persistent` wraps make_variant:
the texts of the table `preload` was given are answered from it, the others are
read and counted; `taken` returns the texts this merge used (an edit's old
wording and a removed proposal drop out of the next table) and ends the table's
use: outside a preload and its `taken`, make_variant runs as written (a test's or a
library's thousand merges keep nothing). The merge stays pure:
the table is read and written outside it (recbook/merge_cache.py), and a
Variant is the same from the table or read (tests/test_variant_cache.py).
"""

from __future__ import annotations

from functools import wraps
from typing import Any, Callable

Key = tuple[str, str, "str | None", "str | None", bool]  # proposal id, language, title, text, original
Table = dict[Key, Any]  # → its Variant

_session: list[tuple[Table, Table] | None] = [None]  # (the preloaded table, the texts used) while in use


def preload(table: Table) -> None:
    """Answer the texts of `table` from it, and note the texts used, until `taken`."""
    _session[0] = (table, {})


def taken() -> tuple[Table, int]:
    """Return the texts used since `preload` with their Variants and how many were read afresh; stop."""
    session, _session[0] = _session[0], None
    if session is None:
        return {}, 0
    known, used = session
    return used, sum(key not in known for key in used)


def persistent(make: Callable[..., Any]) -> Callable[..., Any]:
    """Return `make` (make_variant) answering a whole text of the preloaded table from it."""

    @wraps(make)
    def kept_variant(proposal_id: str, language: str, title: str | None, text: str | None,
                     original: bool, whole: bool = True) -> Any:
        session = _session[0]
        if session is None or not whole:  # no table in use; an ask part (kept inside its whole text's)
            return make(proposal_id, language, title, text, original, whole)
        key = (proposal_id, language, title, text, original)
        variant = session[0].get(key)
        if variant is None:
            variant = make(proposal_id, language, title, text, original)
        session[1][key] = variant
        return variant

    return kept_variant

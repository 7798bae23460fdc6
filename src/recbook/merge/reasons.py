"""The reason a reviewer reads beside a listed pair: what the scoring found, said as fully as the pair needs.

The scoring keeps one guard per pair, enough to keep it from merging but not always what a
person should read. Here, for the pairs listed only (nothing merges or is listed otherwise):

- two proposals with no language in common, matched on terms, numbers and names, are read
  for what reads alike in every language too (similarity.across_guard): «80 пайыз» against
  «50 %» is "different numbers: 80% vs 50%; no shared language: …", not a plain match;
- the scoring reads numbers first; a pair whose asks also turn round (a "not", more or less)
  is read with that first when only one text gives a number: «Запретить пакеты с 2027 года» /
  «Не запрещать пакеты, а сделать их платными» is "negation in one text only; different
  numbers: 1 and 2027 vs none", not a pair apart on a date alone. Two texts that each give
  another number are told by it alone ("different numbers: 4 vs 90"): a "not" in a context
  ("нет светофора") would only cloud it.

The words a reason names are said as the proposals wrote them (written.py): «Бәйдібек / Жаңақорған»,
not «байдибек / жанакорган». Two reasons of one pair are joined by SEP; render.review_words says
each in the page's words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..model import Suggestion
from .cluster import Scores, pair
from .features import Variant
from .guards import NUMBERS_GUARD, guard, turned_guard
from .similarity import BRIDGE, across_guard, asks_read
from .written import Written

SEP = "; "  # between two reasons of one pair


def explained(found: Sequence[Suggestion], scores: Scores, written: Written) -> tuple[Suggestion, ...]:
    """Return the listed pairs, each with the reason a reviewer should read, its words as written."""
    return tuple(replace(s, reason=written.said(pair_reason(s.a, s.b, s.reason, scores), s.a, s.b, SEP))
                 for s in found)


def pair_reason(a: str, b: str, why: str, scores: Scores) -> str:
    """Return `why`, the scoring's reason for a listed pair, with what else sets the two apart."""
    score, va, vb = scores.known.get(pair(a, b)), scores.variants.get(a), scores.variants.get(b)
    if score is None or not va or not vb:
        return why  # a test may list pairs it has no texts for
    if score.language == BRIDGE:
        # the originals' numbers, "not"s, more or less read alike in any language: a match on terms
        # alone said nothing of «80 пайыз» against «50 %»
        conflict = across_guard(va[0], vb[0])
        if conflict and not why.startswith(conflict):
            return conflict + SEP + why
    elif _one_sided(why) and va[0].language == vb[0].language and (turned := _turned(va[0], vb[0], why)):
        return turned + SEP + why
    return why


def _turned(a: Variant, b: Variant, why: str) -> str:
    """Return the "not" or more / less two originals differ in besides the number guard `why`, or "".

    Read as the scoring read the guard: the asks, or both texts whole (similarity.near_reading).
    """
    for read in (asks_read(a, b), (a, b)):
        if guard(*read) == why:
            return turned_guard(*read)
    return ""


def _one_sided(why: str) -> bool:
    """Return True if a number guard is a number one text gives and the other does not ("1 vs none")."""
    numbers = why[len(NUMBERS_GUARD):]
    return why.startswith(NUMBERS_GUARD) and (numbers.endswith(" vs none") or numbers.startswith("none vs "))

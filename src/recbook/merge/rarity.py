"""Weigh words by rarity in the conference's own texts: a word every proposal uses says nothing.

The weight of a token is a smoothed inverse document frequency, counted per
language over every text that can be read in it (originals and translations).
PRIOR imaginary texts that do not use the word keep the weights of a tiny
corpus (two proposals in a test) close to flat instead of zeroing shared words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from math import fsum, log
from typing import Iterable, Mapping

from .features import SKELETON_MARK, Variant

PRIOR = 30  # imaginary texts that lack every word
# originals of a language that must use a skeleton before it counts against a pair with that language
# (bridge_dice): one stray text — a Russian document filed as Kazakh, a bilingual cell — is not enough
SKELETON_USERS = 2
_NO_SKELETONS: Counter[str] = Counter()  # read only


@dataclass
class Rarity:
    """Document frequencies per language, and the weights they give."""

    df: dict[str, Counter[str]] = field(default_factory=dict)
    texts: Counter[str] = field(default_factory=Counter)
    # per language, how many of its originals use each loanword skeleton (bridge_dice: which can meet across)
    skeletons: dict[str, Counter[str]] = field(default_factory=dict)
    _totals: dict[Variant, float] = field(default_factory=dict)
    _weights: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def of(cls, variants: Mapping[str, tuple[Variant, ...]]) -> "Rarity":
        """Return the frequencies of every token of every variant, per language."""
        found = cls()
        for vs in variants.values():
            for v in vs:
                found.df.setdefault(v.language, Counter()).update(v.stems)
                found.texts[v.language] += 1
            # "*": the language-neutral tokens of the original, for pairs with no language in common
            found.df.setdefault("*", Counter()).update(vs[0].bridge)
            found.texts["*"] += 1
            found.skeletons.setdefault(vs[0].language, Counter()).update(
                t for t in vs[0].bridge if t.startswith(SKELETON_MARK))
        return found

    def weight(self, language: str, token: str) -> float:
        """Return log((N + PRIOR) / (df + 1)): rare words weigh most."""
        key = (language, token)
        found = self._weights.get(key)
        if found is None:
            df = self.df[language][token] if language in self.df else 0
            found = self._weights[key] = log((self.texts[language] + PRIOR) / (df + 1))
        return found

    def total(self, v: Variant) -> float:
        """Return the summed weight of a variant's tokens (cached per text)."""
        if v not in self._totals:
            self._totals[v] = self.sum(v.language, v.stems)
        return self._totals[v]

    def sum(self, language: str, tokens: Iterable[str]) -> float:
        """Return the summed weight of `tokens` (fsum: the same in any set order, so any hash seed)."""
        return fsum(self.weight(language, t) for t in tokens)

    def dice(self, a: Variant, b: Variant) -> float:
        """Return the rarity-weighted Dice of two texts' tokens (length-independent)."""
        shared = a.stems & b.stems
        if not shared:
            return 0.0
        return 2 * self.sum(a.language, shared) / (self.total(a) + self.total(b))

    def bridge_dice(self, a: Variant, b: Variant) -> tuple[float, int, float]:
        """Return the rarity-weighted Dice of the language-neutral tokens, how many are shared,
        and their evidence: their summed weight in units of an unseen token's weight.

        A skeleton of one text counts only if the other text's language uses it (in SKELETON_USERS
        originals): most skeletons are of native words («жөндеу» → ~zn), which no text in another
        language can share, and counted they made every long cross-language pair look unlike its
        translation. One text in a language is not enough: a Russian report filed as Kazakh would
        make every Russian word "used in Kazakh" and bring the dilution back for all kk–ru pairs.
        """
        shared = a.bridge & b.bridge
        if not shared:
            return 0.0, 0, 0.0
        weight = self.sum("*", shared)
        total = self.sum("*", self._comparable(a, b)) + self.sum("*", self._comparable(b, a))
        return 2 * weight / total, len(shared), weight / log(self.texts["*"] + PRIOR)

    def bridgeable(self, v: Variant) -> frozenset[str]:
        """Return the language-neutral tokens of `v` that a text in some other language could share.

        What the candidates index across languages (candidates.neighbour_pairs): a native word's
        skeleton, rare because no other text has it, would fill the few rarest tokens looked up.
        """
        others = [seen for language, seen in self.skeletons.items() if language != v.language]
        return frozenset(t for t in v.bridge if not t.startswith(SKELETON_MARK) or any(t in seen for seen in others))

    def _comparable(self, v: Variant, other: Variant) -> Iterable[str]:
        """Return the language-neutral tokens of `v` that a text in the language of `other` could share."""
        seen = self.skeletons.get(other.language, _NO_SKELETONS)
        return (t for t in v.bridge
                if not t.startswith(SKELETON_MARK) or seen[t] >= SKELETON_USERS or t in other.bridge)


FLAT = Rarity()  # no corpus: every token weighs log(PRIOR)

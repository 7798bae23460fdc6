"""A second reading of two texts, by their letters: the forms of a word share their letter n-grams.

The score (similarity.py) compares words by their stems: five first letters in Kazakh, Snowball's
stem of the dictionary form in Russian and English. Two groups that ask one thing in their own
words often use other forms and derivations of the same roots («генератор» / «генераторлармен»,
«электричество» / «электроснабжение», "maintained" / "maintenance") that no stem joins. Here
each original text is a bag of the GRAM-letter pieces of its folded words (a word's edges
marked), weighted by tf-idf in its language over this conference's originals (a piece every
text has says nothing), and two texts compare by the cosine of their vectors.

It only ranks, never merges: among the candidate pairs a proposal was compared with (from
FLOOR × `suggest` of the score up), it keeps each proposal's best match by letters, and a pair
that is each other's best by letters, at least MIN_COSINE alike, may be suggested (assemble.py).
Measured on the labelled forums before it was kept: docs/decisions.md, "Each other's best match
by letters".
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from math import fsum, log, sqrt
from typing import Mapping

from .features import Variant
from .similarity import BRIDGE, PairScore

GRAM = 4  # letters per piece: three match too many unrelated words, five too few forms of one
MIN_COSINE = 0.2  # two texts less alike by letters than this are no one's best match worth a look
FLOOR = 0.75  # × `suggest`: pairs the score ranks lower are not read by letters (0.30 by default)
VECTORS_KEPT = 4_096  # texts whose vectors are kept at once: pairs come sorted, so the first text's is reused
PIECES_KEPT = 2_000_000  # ... and their pieces at most (~150 MB): a few huge texts must not fill memory
LONGEST_CACHED = 40  # letters: a longer "word" is no vocabulary two texts share (a hostile run of letters)


def pieces(folded: str) -> Counter[str]:
    """Return the GRAM-letter pieces of a text's folded words, each word's edges marked by a space."""
    return Counter(chain.from_iterable(map(_word_pieces, folded.split())))


def _word_pieces(word: str) -> tuple[str, ...]:
    """Return one word's pieces (a word of the vocabulary from the cache)."""
    return _vocabulary_pieces(word) if len(word) <= LONGEST_CACHED else _pieces_of(word)


@lru_cache(maxsize=50_000)  # a conference's vocabulary; memory stays bounded at 100,000 proposals
def _vocabulary_pieces(word: str) -> tuple[str, ...]:
    """Return one word's pieces (cached: texts share their vocabulary)."""
    return _pieces_of(word)


def _pieces_of(word: str) -> tuple[str, ...]:
    """Return one word's pieces, its edges marked."""
    marked = f" {word} "
    return tuple(marked[i:i + GRAM] for i in range(len(marked) - GRAM + 1))


@dataclass
class Letters:
    """Piece frequencies per language over the originals, and each proposal's best match by letters."""

    originals: Mapping[str, Variant]
    df: dict[str, Counter[str]] = field(default_factory=dict)
    texts: Counter[str] = field(default_factory=Counter)
    best: dict[str, tuple[float, str]] = field(default_factory=dict)
    _idf: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)
    _kept: OrderedDict[str, dict[str, float]] = field(default_factory=OrderedDict, repr=False)
    _kept_pieces: int = field(default=0, repr=False)

    def _vector(self, pid: str) -> dict[str, float]:
        """Return a text's vector, keeping the latest VECTORS_KEPT (and PIECES_KEPT pieces) built."""
        if (kept := self._kept.get(pid)) is not None:
            self._kept.move_to_end(pid)
            return kept
        vector = self._kept[pid] = self._build(pid)
        self._kept_pieces += len(vector)
        while len(self._kept) > 1 and (len(self._kept) > VECTORS_KEPT or self._kept_pieces > PIECES_KEPT):
            self._kept_pieces -= len(self._kept.popitem(last=False)[1])
        return vector

    @classmethod
    def of(cls, variants: Mapping[str, tuple[Variant, ...]]) -> "Letters":
        """Return the piece frequencies of every proposal's original text, per language."""
        found = cls({pid: vs[0] for pid, vs in variants.items()})
        for v in found.originals.values():
            found.df.setdefault(v.language, Counter()).update(pieces(v.folded).keys())
            found.texts[v.language] += 1
        return found

    def _build(self, pid: str) -> dict[str, float]:
        """Return a text's unit tf-idf vector of pieces."""
        v = self.originals[pid]
        idf = self._idf.setdefault(v.language, {})
        raw = {p: (1 + log(c)) * (idf.get(p) or idf.setdefault(p, self._rarity(v.language, p)))
               for p, c in pieces(v.folded).items()}
        norm = sqrt(fsum(w * w for w in raw.values())) or 1.0
        return {p: w / norm for p, w in raw.items()}

    def _rarity(self, language: str, piece: str) -> float:
        """Return a piece's inverse document frequency in its language (smoothed: never zero)."""
        return log((self.texts[language] + 1) / (self.df[language][piece] + 0.5))

    def cosine(self, a: str, b: str) -> float:
        """Return the cosine of two originals' piece vectors (fsum: the same in any hash order)."""
        va, vb = self._vector(a), self._vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        return fsum(w * vb[p] for p, w in va.items() if p in vb)

    def offer(self, a: str, b: str, s: PairScore, suggest: float) -> None:
        """Read a scored candidate pair by letters if both were written in one language and it scored
        from FLOOR × `suggest` up; remember it as either's best so far (ties: the first offered)."""
        if s.language == BRIDGE or s.score < FLOOR * suggest:
            return
        if self.originals[a].language != self.originals[b].language:
            return
        alike = self.cosine(a, b)
        for one, other in ((a, b), (b, a)):
            if one not in self.best or alike > self.best[one][0]:
                self.best[one] = (alike, other)

    def mutual(self) -> set[tuple[str, str]]:
        """Return the pairs (a < b) that are each other's best match by letters, from MIN_COSINE."""
        return {(a, b) for a, (alike, b) in self.best.items()
                if a < b and alike >= MIN_COSINE and self.best.get(b, (0.0, ""))[1] == a}

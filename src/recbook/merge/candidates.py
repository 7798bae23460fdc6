"""Find the pairs worth scoring without comparing all pairs: each text's nearest neighbours.

Per language, an inverted index maps every informative token (stem or lemma)
to the texts that use it. A text looks up its rarest tokens, counts which
texts share them, re-ranks the most frequent ones by rarity-weighted Dice and
keeps at most `cap` of those above FLOOR. Tokens used by more than
max(COMMON_MIN, COMMON_SHARE × texts) texts are not looked up: they would make
every pair a candidate and say nothing (a forum written with 20 words). Cost is
bounded by texts × PROBE × that posting length, never by the number of pairs.

The index is only a bound on cost: where a language holds at most EXHAUSTIVE_PAIRS
pairs of untranslated originals (about 140 texts, a forum's worth before any
translation), every pair of them is scored too (but for texts made only of too common
tokens, as the index), so a duplicate the index would miss — two asks in other words
that share one rare stem, or none but their terms and letters — is still scored
(1.6 s of CPU at the bound for 70-word texts). A translated text is looked up once in
each of its languages, and a pair of translated texts is scored in each: comparing
all of them cost a project with its catalogs 14 % more instructions on its first check
(the sample's: 3,717 → 4,245 M).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from math import fsum
from typing import Callable, Mapping, Protocol, Sequence

from .copies import Copies
from .features import Variant
from .rarity import Rarity

Pair = tuple[str, str]
COMMON_SHARE = 0.01  # a token in more than 1% of texts …
COMMON_MIN = 50  # … and in more than 50 of them is too common to find duplicates by
PROBE = 12  # rarest tokens of a text that are looked up
SHORTLIST = 2  # × cap: texts sharing the most probed tokens that are re-ranked
FLOOR = 0.15  # weighted Dice below this: not a candidate
ASK_CAP = 3  # nearest asks per text: only a text's best matches can become suggestions by their ask
# between two long texts (context, then ask), an ask's few nearest asks are kept whatever their word
# overlap: two asks that say the same in other words share few stems (their letters and terms may
# still make them a pair); ASK_CAP bounds the cost, and short texts are not searched so
LONG_FLOOR = 0.0
BITES = 0.3  # the cap is reported only if a text left out was this close (could be a suggestion)
EXHAUSTIVE_PAIRS = 10_000  # a language with at most this many pairs of untranslated originals compares them all


class Progress(Protocol):
    """What the merge reports long work to (recbook.progress draws it on a terminal)."""

    def step(self, n: int = 1) -> None: ...

    def close(self) -> None: ...


ProgressFactory = Callable[[str, int], "Progress | None"]  # (label, total) → a tracker, or None


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


@dataclass
class Found:
    """Candidate pairs, and the proposals the bounds stopped from being fully compared."""

    pairs: set[Pair]
    capped: set[str]  # had more close neighbours than the cap
    common_only: set[str]  # only tokens too common to look up (compared for exact duplicates only)
    common_above: int = 0  # a token in more texts than this (the largest language's bound) is too common


@dataclass(frozen=True)
class Doc:
    """One text as the index sees it: whose it is and its tokens."""

    proposal_id: str
    tokens: frozenset[str]


def by_language(variants: Mapping[str, tuple[Variant, ...]]) -> dict[str, list[Variant]]:
    """Return the variants of every proposal grouped by language, in id order."""
    grouped: dict[str, list[Variant]] = {}
    for pid in sorted(variants):
        for v in variants[pid]:
            grouped.setdefault(v.language, []).append(v)
    return grouped


def neighbour_pairs(variants: Mapping[str, tuple[Variant, ...]], rarity: Rarity, cap: int,
                    progress: Progress | None = None) -> Found:
    """Return each text's nearest neighbours in its language, and the bridges across languages."""
    found = Found(set(), set(), set())
    for language, vs in sorted(by_language(variants).items()):
        docs = [Doc(v.proposal_id, v.stems) for v in vs if v.stems]
        # a text readable in one language only is looked up once; a translated one, once per language
        alone = [Doc(v.proposal_id, v.stems) for v in vs if v.stems and len(variants[v.proposal_id]) == 1]
        if len(alone) * (len(alone) - 1) // 2 <= EXHAUSTIVE_PAIRS:
            _every_pair(alone, docs, found)
        _neighbours(docs, lambda t, lang=language: rarity.weight(lang, t), cap, found, progress)
        if any(v.ask is not None for v in vs):
            # long texts that share their ask but not their context: their nearest asks
            docs = [Doc(v.proposal_id, asked.stems) for v in vs if (asked := v.ask or v).stems]
            longs = [Doc(v.proposal_id, v.ask.stems) for v in vs if v.ask is not None and v.ask.stems]
            found.pairs |= _ask_pairs(docs, longs, lambda t, lang=language: rarity.weight(lang, t))
    languages = {v.language for vs in variants.values() for v in vs}
    # only a proposal not readable in every language can lack a language in common with another
    # what a text in another language could share (rarity.bridgeable): the same tokens the score counts
    bridges = [Doc(vs[0].proposal_id, tokens) for _, vs in sorted(variants.items())
               if len(vs) < len(languages) and (tokens := rarity.bridgeable(vs[0]))]
    across = Found(set(), set(), set())
    _neighbours(bridges, lambda t: rarity.weight("*", t), cap, across, progress)
    if any(vs[0].ask is not None for vs in variants.values()):
        asks = [Doc(vs[0].proposal_id, tokens) for _, vs in sorted(variants.items())
                if len(vs) < len(languages) and (tokens := rarity.bridgeable(vs[0].ask or vs[0]))]
        longs = [Doc(vs[0].proposal_id, tokens) for _, vs in sorted(variants.items())
                 if vs[0].ask is not None and len(vs) < len(languages) and (tokens := rarity.bridgeable(vs[0].ask))]
        across.pairs |= _ask_pairs(asks, longs, lambda t: rarity.weight("*", t))
    # a pair that shares a language was already compared in it
    found.pairs |= {(a, b) for a, b in across.pairs if not _share_language(variants[a], variants[b])}
    return found


def common_limit(texts: int) -> float:
    """Return how many of a language's `texts` may use a token before it is too common to look up."""
    return max(COMMON_MIN, COMMON_SHARE * texts)


def _every_pair(chosen: Sequence[Doc], docs: Sequence[Doc], found: Found) -> None:
    """Add every pair of `chosen` to `found`, but for texts made only of words too common to look up.

    Such a text is checked for exact duplicates only, as by the index over all the language's
    `docs` (a forum written with 20 words: two texts sharing most of a common vocabulary are not
    one idea); the index, run over them too, is what reports it (Found.common_only).
    """
    limit = common_limit(len(docs))
    used = Counter(t for d in docs for t in d.tokens)
    informative = [d for d in chosen if any(used[t] <= limit for t in d.tokens)]
    found.pairs |= {_pair(a.proposal_id, b.proposal_id) for a, b in combinations(informative, 2)}


def _ask_pairs(docs: Sequence[Doc], longs: Sequence[Doc], weight: Callable[[str], float]) -> set[Pair]:
    """Return each ask's nearest asks from FLOOR up, and each long text's nearest long asks from LONG_FLOOR."""
    found = Found(set(), set(), set())
    _neighbours(docs, weight, ASK_CAP, found, None)
    _neighbours(longs, weight, ASK_CAP, found, None, LONG_FLOOR)
    return found.pairs


def _neighbours(docs: Sequence[Doc], weight: Callable[[str], float], cap: int, found: Found,
                progress: Progress | None, floor: float = FLOOR) -> None:
    """Add the nearest neighbours of every doc from `floor` up to `found`."""
    index = _Index(docs, weight, SHORTLIST * cap, floor)
    for i, d in enumerate(docs):
        close = index.closest(i)
        if close is None:
            found.common_only.add(d.proposal_id)
            found.common_above = max(found.common_above, int(index.limit))
        else:
            if len(close) > cap and -close[cap][0] >= BITES:
                found.capped.add(d.proposal_id)
            found.pairs |= {_pair(d.proposal_id, pid) for _, pid in close[:cap]}
        if progress:
            progress.step()


class _Index:
    """An inverted index of one language's texts, with each token's weight."""

    def __init__(self, docs: Sequence[Doc], weight: Callable[[str], float], shortlist: int,
                 floor: float = FLOOR) -> None:
        self.docs, self.shortlist, self.floor = docs, shortlist, floor
        self.postings: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            for t in d.tokens:
                self.postings.setdefault(t, []).append(i)
        self.limit = common_limit(len(docs))
        self.weight = {t: weight(t) for t in self.postings}
        self.totals = [fsum(self.weight[t] for t in d.tokens) for d in docs]

    def closest(self, i: int) -> list[tuple[float, str]] | None:
        """Return (−score, id) of the texts close to text i, best first; None if nothing to look up."""
        tokens = self.docs[i].tokens
        w = self.weight
        probe = sorted((t for t in tokens if len(self.postings[t]) <= self.limit), key=lambda t: (-w[t], t))
        if not probe:
            return None
        counts: Counter[int] = Counter()
        for t in probe[:PROBE]:
            counts.update(self.postings[t])  # in C: the cost is the postings' length, not Python steps
        del counts[i]
        close = []
        for j, _ in counts.most_common(self.shortlist):
            s = 2 * fsum(w[t] for t in tokens & self.docs[j].tokens) / (self.totals[i] + self.totals[j])
            if s >= self.floor:
                close.append((-s, self.docs[j].proposal_id))
        return sorted(close)


def _share_language(a: tuple[Variant, ...], b: tuple[Variant, ...]) -> bool:
    return bool({v.language for v in a} & {v.language for v in b})


def all_pairs(variants: Mapping[str, tuple[Variant, ...]]) -> set[Pair]:
    """Return every pair of proposals (the exhaustive reference for benchmarks)."""
    return set(combinations(sorted(variants), 2))


def exact_pairs(variants: Mapping[str, tuple[Variant, ...]]) -> set[Pair]:
    """Return pairs with the same normalized text, so no exact duplicate depends on the index."""
    groups: dict[tuple[str, str], list[str]] = {}
    for pid in sorted(variants):
        original = variants[pid][0]
        if original.key:
            groups.setdefault((original.language, original.key), []).append(pid)
    copies = Copies(variants)
    # a chain a–b, b–c is enough: exact duplicates cluster together without every pair
    return {_pair(ids[k], ids[k + 1]) for ids in groups.values()
            for ids in [_by_kind(ids, copies)] for k in range(len(ids) - 1)}


def _by_kind(ids: list[str], copies: Copies) -> list[str]:
    """Return one text's copies with those of a kind side by side (copies.py), else in id order.

    A chain in id order broke where a copy under a title the others disagree with stood between two
    copies that agree («Протоколы», «Больше протоколов», «Меньше протоколов», «Протоколы» …): its edges
    are refused, and in a forum too large to score every pair nothing else joins the two (300 copies
    under such titles made 202 recommendations). Each kind is now one unbroken run of the chain.
    """
    if len({copies.title(p) for p in ids}) < 2:
        return ids  # one title: every copy is of one kind
    first: dict[object, int] = {}
    for k, pid in enumerate(ids):
        first.setdefault(copies.kind(pid), k)
    return sorted(ids, key=lambda pid: first[copies.kind(pid)])  # stable: id order within a kind

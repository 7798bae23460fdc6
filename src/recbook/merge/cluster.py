"""Group proposals into clusters: decisions first, then automatic merges without chaining.

Automatic merging is agglomerative with complete linkage: two clusters join only
if *every* pair across them is in the auto band, has no guard and is not kept
apart. So A and C never meet just because both resemble B.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..diagnostics import Report, error
from .copies import Copies, Kinds
from .decisions import Decision, Decisions
from .features import Variant
from .normalize import natural_key
from .rarity import Rarity
from .settings import MergeSettings
from .similarity import BRIDGE, MIN_EVIDENCE, PairScore, score_pair

Pair = tuple[str, str]
# two long texts that share their ask but not their context score lower than two titles that say
# the same: between two long texts, mutual nearest neighbours are suggested from this share of
# `suggest` (assemble.suggestions)
LONG_SHARE = 0.75
# two long texts with no language in common that are each other's clear best match across languages
# are suggested from this share of `suggest` (leads.py): such pairs share only terms, numbers and names
LEAD_SHARE = 0.5
# two texts in one language that are each other's best match are suggested from this share of `suggest`
# (assemble._mutual_best): a pair of one-sentence texts is kept from it too, or the rule could only
# ever lift long ones (a terse card and another in other words score 0.34-0.40; 0.8 lifted more noise than pairs)
MUTUAL_SHARE = 0.85
TOP_KEPT = 4  # best cross-language matches remembered per proposal, to tell a clear best from a close race


def pair(a: str, b: str) -> Pair:
    """Return the pair in a fixed order."""
    return (a, b) if a < b else (b, a)


@dataclass
class Scores:
    """Pair scores: those of the candidates, and any other pair computed when asked."""

    variants: Mapping[str, tuple[Variant, ...]]
    known: dict[Pair, PairScore] = field(default_factory=dict)
    rarity: Rarity = field(default_factory=Rarity)
    min_evidence: float = MIN_EVIDENCE  # MergeSettings.min_evidence: the floor across languages
    # per proposal, its TOP_KEPT best cross-language matches (score, other id), also those not kept
    top_bridges: dict[str, list[tuple[float, str]]] = field(default_factory=dict)

    def consider(self, a: str, b: str, keep_from: float) -> PairScore:
        """Score a candidate pair and return its score; remember it only if it matters (memory at 100k)."""
        key = pair(a, b)
        if key in self.known:
            return self.known[key]
        s = score_pair(self.variants[key[0]], self.variants[key[1]], self.rarity, self.min_evidence)
        if s.language == BRIDGE:
            self._rank_bridge(key, s.score)
        share = LEAD_SHARE if s.language == BRIDGE else LONG_SHARE
        if (s.exact or s.score >= keep_from or (s.score >= share * keep_from and self.long(*key))
                or (s.language != BRIDGE and s.score >= MUTUAL_SHARE * keep_from)):
            self.known[key] = s
        return s

    def _rank_bridge(self, key: Pair, score: float) -> None:
        """Remember a cross-language match among the best few of both its proposals."""
        for pid, other in (key, key[::-1]):
            top = self.top_bridges.setdefault(pid, [])
            top.append((score, other))
            top.sort(key=lambda t: (-t[0], natural_key(t[1])))
            del top[TOP_KEPT:]

    def long(self, a: str, b: str) -> bool:
        """Return True if both proposals give context before their ask (features.ask_sentences)."""
        va, vb = self.variants.get(a), self.variants.get(b)  # a test may score pairs it has no texts for
        return bool(va and vb) and va[0].ask is not None and vb[0].ask is not None

    def same_language(self, a: str, b: str) -> bool:
        """Return True if both proposals were written in one language (their originals compare)."""
        va, vb = self.variants.get(a), self.variants.get(b)
        return bool(va and vb) and va[0].language == vb[0].language

    def get(self, a: str, b: str) -> PairScore:
        key = pair(a, b)
        if key not in self.known:
            self.known[key] = score_pair(self.variants[key[0]], self.variants[key[1]], self.rarity,
                                         self.min_evidence)
        return self.known[key]


@dataclass
class Clusters:
    """A partition of proposal ids that only grows by joining whole clusters."""

    of: dict[str, int]
    members: dict[int, list[str]]
    # each join a merge decision made: the decision, and the members of the two clusters it joined
    # (joined.py reads what they join that no one joined directly)
    forced: list[tuple[Decision, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @classmethod
    def singletons(cls, ids: Iterable[str]) -> "Clusters":
        ordered = sorted(ids, key=natural_key)
        return cls({p: i for i, p in enumerate(ordered)}, {i: [p] for i, p in enumerate(ordered)})

    def join(self, a: str, b: str) -> None:
        ka, kb = self.of[a], self.of[b]
        if len(self.members[ka]) < len(self.members[kb]):
            ka, kb = kb, ka  # move the smaller group: joining n copies one by one stays linear
        for p in self.members.pop(kb):
            self.of[p] = ka
            self.members[ka].append(p)

    def groups(self) -> list[tuple[str, ...]]:
        """Return the clusters, each in natural id order, ordered by their first id."""
        found = [tuple(sorted(m, key=natural_key)) for m in self.members.values()]
        return sorted(found, key=lambda g: natural_key(g[0]))


def auto_ok(s: PairScore, settings: MergeSettings) -> bool:
    """Return True if a pair may merge without a person."""
    return s.exact or (s.score >= settings.auto_threshold and not s.guard)


def build_clusters(
    ids: Iterable[str], scores: Scores, decisions: Decisions,
    settings: MergeSettings, report: Report,
) -> Clusters:
    """Return the clusters: forced merges, then automatic ones by descending score."""
    apart = {pair(*d.ids) for d in decisions.of("apart")}
    clusters = Clusters.singletons(ids)
    _force_merges(clusters, decisions, apart, report)
    edges = [(p, s) for p, s in scores.known.items() if auto_ok(s, settings) and p not in apart]
    edges.sort(key=lambda e: (not e[1].exact, -e[1].score, natural_key(e[0][0]), natural_key(e[0][1])))
    copies = Copies(scores.variants)
    kinds: dict[int, Kinds] = {}  # per cluster, its kinds of copy (copies.py)
    for (a, b), s in edges:
        if clusters.of[a] != clusters.of[b] and _linkable(clusters, a, b, scores, apart, settings, s.exact,
                                                          kinds, copies):
            ka, kb = clusters.of[a], clusters.of[b]
            both = (kinds.pop(ka), kinds.pop(kb)) if ka in kinds and kb in kinds else None
            clusters.join(a, b)
            if both is not None:  # the smaller cluster's kinds into the larger's, as Clusters.join moves members
                big, small = sorted(both, key=lambda k: len(k.titles), reverse=True)
                big.absorb(small)
                kinds[clusters.of[a]] = big
            else:
                kinds.pop(ka, None)
                kinds.pop(kb, None)
    return clusters


def _force_merges(clusters: Clusters, decisions: Decisions, apart: set[Pair], report: Report) -> None:
    """Apply merge decisions, refusing one that would join a pair kept apart."""
    for d in decisions.of("merge"):
        group = {p for i in d.ids for p in clusters.members[clusters.of[i]]}
        clash = sorted(p for p in apart if p[0] in group and p[1] in group)
        if clash:
            a, b = clash[0]
            report.add(error(d.location, f"merge contradicts a decision to keep {a} and {b} apart; "
                             "merge not applied", "decisions.conflict"))
            continue
        for other in d.ids[1:]:
            if clusters.of[other] != clusters.of[d.ids[0]]:
                left, right = (tuple(clusters.members[clusters.of[i]]) for i in (d.ids[0], other))
                clusters.forced.append((d, left, right))
                clusters.join(d.ids[0], other)


def _linkable(clusters: Clusters, a: str, b: str, scores: Scores, apart: set[Pair],
              settings: MergeSettings, exact: bool,
              kinds: dict[int, Kinds] | None = None, copies: Copies | None = None) -> bool:
    """Return True if every member of a's cluster may merge with every member of b's.

    An exact duplicate goes wherever its twin is (even into a cluster a person
    forced together), unless a pair across is kept apart or it is no copy of a member
    there and a member across may not merge with it. "Exact" reads one text under two
    titles as one proposal where a title only sums the text up, so it is no equivalence:
    «X» and «Not X» over one text are each exact with a copy titled «About X», never with
    each other. A pair across whose two proposals are copies (text and title) of one
    needs no score, nor do two kinds of copy of one text that are exact copies throughout
    (copies.py), so thousands of copies of one text cost no more than their number.
    """
    left, right = clusters.members[clusters.of[a]], clusters.members[clusters.of[b]]
    ka, kb = clusters.of[a], clusters.of[b]
    if any({clusters.of[x], clusters.of[y]} == {ka, kb} for x, y in apart):
        return False
    if not exact:
        return all(auto_ok(scores.get(x, y), settings) or _as_twins(x, y, clusters, scores, settings)
                   for x in left for y in right)
    kinds = {} if kinds is None else kinds
    copies = Copies(scores.variants) if copies is None else copies
    of_left, of_right = (_kinds(k, members, scores, kinds, copies) for k, members in ((ka, left), (kb, right)))
    for kind_x, xs in of_left.kinds.items():
        for kind_y, ys in of_right.kinds.items():
            if copies.alike(kind_x, kind_y):
                continue
            if not all(tx in of_right.titles or ty in of_left.titles or auto_ok(scores.get(x, y), settings)
                       for tx, x in xs.items() for ty, y in ys.items()):
                return False
    return True


def _as_twins(x: str, y: str, clusters: Clusters, scores: Scores, settings: MergeSettings) -> bool:
    """Return True if x or y is a copy with typos of a proposal that may merge with the other (or its copy).

    A copy with typos (PairScore.spelt) is its text, and goes wherever its text goes, as an exact copy
    does: its twin already in the other cluster, or a twin that may merge with the other. The typos,
    and two copies each misspelt elsewhere, cost it the score its text has with a member's
    paraphrase or with its text under another title (a cluster is complete: every pair across merges).
    """
    members = clusters.members[clusters.of[x]] + clusters.members[clusters.of[y]]
    twins_x = [x] + [t for t in members if t not in (x, y) and _spelt(scores, x, t, settings)]
    twins_y = [y] + [t for t in members if t not in (x, y) and _spelt(scores, y, t, settings)]
    return any(clusters.of[tx] == clusters.of[ty] or auto_ok(scores.get(tx, ty), settings)
               for tx in twins_x for ty in twins_y if (tx, ty) != (x, y))


def _spelt(scores: Scores, a: str, b: str, settings: MergeSettings) -> bool:
    """Return True if two proposals are one text, one of them with typos, merged on it (a known pair only)."""
    s = scores.known.get(pair(a, b))
    return s is not None and s.spelt and auto_ok(s, settings)


def _kinds(key: int, members: list[str], scores: Scores, kinds: dict[int, Kinds], copies: Copies) -> Kinds:
    """Return the kinds of copy in a cluster (remembered: a cluster of copies grows one by one)."""
    if key not in kinds:
        found = Kinds()
        for pid in members:
            if pid in scores.variants:  # a test may cluster pairs it has no texts for
                found.add(copies.kind(pid), copies.title(pid), pid)
        kinds[key] = found
    return kinds[key]

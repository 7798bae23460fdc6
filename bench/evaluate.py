"""Score a merge against a labelled evaluation set: pairwise recall per kind, precision, ARI.

The set (tests/data/dedupe_eval.yaml) is a list of cases; every item of a
positive case (exact, spelling, …, cross) is one idea, items of a trap case
must never merge automatically, and items of different cases are different asks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from math import comb
from typing import Any, Iterable, Mapping, Sequence

from recbook.model import MergeResult, Proposal, SuppliedTranslation

TRAPS = ("trap-polarity", "trap-number")
UNRELATED = "different"


@dataclass(frozen=True)
class KindStats:
    """How the pairs of one kind came out."""

    kind: str
    pairs: int
    merged: int
    suggested: int

    @property
    def merged_rate(self) -> float:
        return self.merged / self.pairs if self.pairs else 1.0

    @property
    def found_rate(self) -> float:
        return (self.merged + self.suggested) / self.pairs if self.pairs else 1.0


@dataclass(frozen=True)
class Evaluation:
    kinds: tuple[KindStats, ...]
    auto_precision: float  # share of auto-merged pairs that are truly the same idea
    ari: float  # adjusted Rand index of clusters vs the gold partition

    def kind(self, name: str) -> KindStats:
        return next(k for k in self.kinds if k.kind == name)


def proposals_from_cases(cases: Sequence[Mapping[str, Any]]) -> list[Proposal]:
    """Return the proposals of an evaluation set (group = case number, one direction)."""
    found = []
    for n, case in enumerate(cases, 1):
        for item in case["items"]:
            tr = tuple(
                SuppliedTranslation(lang, t.get("title"), t.get("text"))
                for lang, t in sorted((item.get("translations") or {}).items())
            )
            found.append(Proposal(item["id"], f"C{n}", "D1", item["lang"], item["title"], item["text"], translations=tr))
    return found


def gold_labels(cases: Sequence[Mapping[str, Any]]) -> tuple[dict[tuple[str, str], str], dict[str, int]]:
    """Return the kind of every labelled pair and the gold cluster of every id."""
    labels: dict[tuple[str, str], str] = {}
    gold: dict[str, int] = {}
    for n, case in enumerate(cases):
        ids = [item["id"] for item in case["items"]]
        together = case["kind"] not in TRAPS and case["kind"] != "distinct"
        for i, pid in enumerate(ids):
            gold[pid] = n * 1000 + (0 if together else i)
        for a, b in combinations(sorted(ids), 2):
            labels[(a, b)] = case["kind"]
    return labels, gold


def evaluate(cases: Sequence[Mapping[str, Any]], result: MergeResult) -> Evaluation:
    """Return per-kind pair statistics, auto-merge precision and ARI of `result`."""
    labels, gold = gold_labels(cases)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    suggested = {tuple(sorted((s.a, s.b))) for s in result.suggestions}
    counts: Counter[tuple[str, str]] = Counter()
    for a, b in combinations(sorted(gold), 2):
        kind = labels.get((a, b), UNRELATED)
        outcome = "merged" if cluster[a] == cluster[b] else "suggested" if (a, b) in suggested else "apart"
        counts[(kind, outcome)] += 1
    kinds = sorted({k for k, _ in counts})
    stats = tuple(
        KindStats(k, sum(counts[(k, o)] for o in ("merged", "suggested", "apart")),
                  counts[(k, "merged")], counts[(k, "suggested")])
        for k in kinds
    )
    merged_total = sum(s.merged for s in stats)
    wrong = sum(s.merged for s in stats if s.kind in TRAPS + (UNRELATED, "distinct"))
    precision = (merged_total - wrong) / merged_total if merged_total else 1.0
    return Evaluation(stats, precision, adjusted_rand_index(gold, cluster))


def adjusted_rand_index(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> float:
    """Return the adjusted Rand index of two partitions of the same ids (Hubert & Arabie)."""
    ids = list(gold)
    pairs = Counter((gold[i], predicted[i]) for i in ids)
    index = sum(comb(n, 2) for n in pairs.values())
    a = sum(comb(n, 2) for n in Counter(gold[i] for i in ids).values())
    b = sum(comb(n, 2) for n in Counter(predicted[i] for i in ids).values())
    total = comb(len(ids), 2)
    expected = a * b / total if total else 0.0
    best = (a + b) / 2
    return 1.0 if best == expected else (index - expected) / (best - expected)


def format_table(ev: Evaluation) -> Iterable[str]:
    """Yield the lines of the quality report."""
    yield f"{'kind':<15}{'pairs':>7}{'merged':>9}{'found':>9}"
    for k in ev.kinds:
        yield f"{k.kind:<15}{k.pairs:>7}{k.merged_rate:>9.1%}{k.found_rate:>9.1%}"
    yield f"auto-merge precision {ev.auto_precision:.1%}   adjusted Rand index {ev.ari:.3f}"

"""Score a merge against a labelled evaluation set: pairwise recall per kind, precision, ARI.

The set (tests/data/dedupe_eval.yaml) is a list of cases; every item of a
positive case (exact, spelling, …, cross) is one idea, items of a trap case
must never merge automatically, and items of different cases are different asks.
"""

from __future__ import annotations

import hashlib
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
    suggestions: int = 0  # suggestions among the evaluated ids
    trap_suggestions: int = 0  # of which trap pairs: opposite asks flagged for a person
    unmerged_true: int = 0  # same-idea pairs left unmerged (what the suggestions are for)
    look_alikes: int = 0  # look-alike pairs kept apart (a separate list, not suggestions) among the ids
    look_alike_true: int = 0  # of which one idea after all: a guard that misread them (not counted as found)

    @property
    def suggestion_ratio(self) -> float:
        """Return suggestions / max(5, true pairs still unmerged): the target is ≤ 1.5."""
        return self.suggestions / max(5, self.unmerged_true)

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
    first = {case["items"][0]["id"]: n for n, case in enumerate(cases)}
    homes: dict[int, list[Mapping[str, Any]]] = {}
    for n, case in enumerate(cases):
        ids = [item["id"] for item in case["items"]]
        together = case["kind"] not in TRAPS and case["kind"] != "distinct"
        home = first.get(case.get("same_as"), n)  # one idea written in two cases
        for i, pid in enumerate(ids):
            gold[pid] = home * 1000 + (0 if together else i)
        for a, b in combinations(sorted(ids), 2):
            labels[(a, b)] = case["kind"]
        homes.setdefault(home, []).append(case)
    for same in homes.values():  # every two cases of one idea, also two that name the same third
        for one, other in combinations(same, 2):
            labels.update(_across(one, other))
    return labels, gold


def _across(one: Mapping[str, Any], other: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """Return the pairs between two cases of one idea: cross-language or paraphrase."""
    found = {}
    for x in one["items"]:
        for y in other["items"]:
            found[tuple(sorted((x["id"], y["id"])))] = "cross" if x["lang"] != y["lang"] else "paraphrase"
    return found


def evaluate(cases: Sequence[Mapping[str, Any]], result: MergeResult) -> Evaluation:
    """Return per-kind pair statistics, auto-merge precision and ARI of `result`.

    `result` may cover more proposals than `cases` (a part of a forum merged whole):
    only pairs of ids in `cases` count.
    """
    labels, gold = gold_labels(cases)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    # a suggestion joins two clusters when accepted: it finds every pair across them
    suggested = {tuple(sorted((cluster[s.a], cluster[s.b]))) for s in result.suggestions}
    shown = sum(1 for s in result.suggestions if s.a in gold and s.b in gold)
    traps = sum(1 for s in result.suggestions if labels.get(tuple(sorted((s.a, s.b)))) in TRAPS)
    counts: Counter[tuple[str, str]] = Counter()
    for a, b in combinations(sorted(gold), 2):
        kind = labels.get((a, b), UNRELATED)
        across = tuple(sorted((cluster[a], cluster[b])))
        outcome = "merged" if cluster[a] == cluster[b] else "suggested" if across in suggested else "apart"
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
    unmerged = sum(s.pairs - s.merged for s in stats if s.kind not in TRAPS + (UNRELATED, "distinct"))
    alike = [s for s in getattr(result, "look_alikes", ()) if s.a in gold and s.b in gold]  # older results: none
    return Evaluation(stats, precision, adjusted_rand_index(gold, {i: cluster[i] for i in gold}),
                      shown, traps, unmerged, len(alike), sum(1 for s in alike if gold[s.a] == gold[s.b]))


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
    yield (f"suggestions {ev.suggestions} for {ev.unmerged_true} true pairs unmerged: "
           f"ratio {ev.suggestion_ratio:.2f} (target ≤ 1.5); without the {ev.trap_suggestions} trap pairs "
           f"{(ev.suggestions - ev.trap_suggestions) / max(5, ev.unmerged_true):.2f}")
    yield f"look-alikes kept apart {ev.look_alikes}, of which one idea after all {ev.look_alike_true}"


def part_of(case: Mapping[str, Any], held_out_share: int = 3) -> str:
    """Return "held-out" for about one case in `held_out_share`, by a hash of its first id, else "tune"."""
    digest = hashlib.sha256(case["items"][0]["id"].encode()).digest()
    return "held-out" if digest[0] % held_out_share == 0 else "tune"

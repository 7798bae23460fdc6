"""Merge and deduplicate proposals into recommendations, with provenance (no I/O).

    merge(proposals, decisions) → MergeResult

Steps: features per language (normalize, features) → candidate pairs (MinHash
LSH, candidates) → scores with guards (similarity) → clusters without chaining,
decisions first (cluster) → recommendations and suggestions (assemble).
"""

from __future__ import annotations

from typing import Sequence

from ..diagnostics import Report
from ..model import MergeResult, Proposal
from . import candidates
from .assemble import recommendations, suggestions
from .cluster import Scores, build_clusters, pair
from .decisions import NO_DECISIONS, Decision, Decisions, applicable, decision_line, read_decisions
from .features import CatalogTranslations, all_variants
from .settings import MergeSettings

__all__ = [
    "CatalogTranslations", "Decision", "Decisions", "MergeSettings", "NO_DECISIONS",
    "decision_line", "merge", "read_decisions",
]


def merge(
    proposals: Sequence[Proposal],
    decisions: Decisions = NO_DECISIONS,
    settings: MergeSettings | None = None,
    report: Report | None = None,
    translations: CatalogTranslations | None = None,
) -> MergeResult:
    """Return the recommendations and review suggestions for `proposals` (order-independent)."""
    settings = settings or MergeSettings()
    report = report if report is not None else Report()
    by_id = {p.id: p for p in proposals}
    decisions = applicable(decisions, by_id, report)  # read_decisions already dropped stale ones
    scores = Scores(all_variants(proposals, translations))
    for a, b in sorted(candidate_pairs(scores, decisions, settings)):
        scores.consider(a, b, settings.suggest_threshold)
    clusters = build_clusters(by_id, scores, decisions, settings, report)
    return MergeResult(
        recommendations(clusters, by_id, scores, decisions, settings, report),
        suggestions(clusters, scores, decisions, settings),
    )


def candidate_pairs(scores: Scores, decisions: Decisions, settings: MergeSettings) -> set[tuple[str, str]]:
    """Return the pairs to score: LSH candidates, exact duplicates, pairs a decision names."""
    variants = scores.variants
    if len(variants) < settings.exhaustive_below:
        found = candidates.all_pairs(variants)
    else:
        found = candidates.lsh_pairs(variants, settings.lsh_threshold, settings.num_perm)
        found |= candidates.bridge_pairs(variants, settings.bridge_lsh_threshold, settings.num_perm)
    found |= candidates.exact_pairs(variants)
    for d in decisions.of("merge") + decisions.of("apart"):
        found |= {pair(a, b) for a in d.ids for b in d.ids if a < b}
    return found

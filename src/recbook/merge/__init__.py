"""Merge and deduplicate proposals into recommendations, with provenance (no I/O).

    merge(proposals, decisions) → MergeResult

Steps: features per language (normalize, features) → candidate pairs (MinHash
LSH, candidates) → scores with guards (similarity) → clusters without chaining,
decisions first (cluster) → recommendations and suggestions (assemble).

`translations` takes catalog translations {(proposal id, lang): (title, text)}
from the content catalogs; they beat the groups' own title:LANG/text:LANG columns.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..diagnostics import Report, warning
from ..model import MergeResult, Proposal
from . import candidates
from .assemble import recommendations, suggestions
from .cluster import Scores, build_clusters, pair
from .decisions import NO_DECISIONS, Decision, Decisions, applicable, decision_line
from .features import CatalogTranslations, Variant, all_variants
from .settings import MergeSettings

__all__ = [
    "CatalogTranslations", "Decision", "Decisions", "MergeSettings", "NO_DECISIONS",
    "decision_line", "merge",
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
    decisions = applicable(decisions, by_id, report)  # recbook.load.decisions already dropped stale ones
    scores = Scores(all_variants(proposals, translations))
    for a, b in sorted(candidate_pairs(scores, decisions, settings, report)):
        scores.consider(a, b, settings.suggest_threshold)
    clusters = build_clusters(by_id, scores, decisions, settings, report)
    return MergeResult(
        recommendations(clusters, by_id, scores, decisions, settings, report),
        suggestions(clusters, scores, decisions, settings),
    )


def candidate_pairs(scores: Scores, decisions: Decisions, settings: MergeSettings,
                    report: Report) -> set[tuple[str, str]]:
    """Return the pairs to score: LSH candidates, exact duplicates, pairs a decision names."""
    variants = scores.variants
    if len(variants) < settings.exhaustive_below:
        found = candidates.all_pairs(variants)
    else:
        found = candidates.lsh_pairs(variants, settings.lsh_threshold, settings.num_perm)
        found |= _bridge(variants, settings, report)
    found |= candidates.exact_pairs(variants)
    for d in decisions.of("merge") + decisions.of("apart"):
        found |= {pair(a, b) for a in d.ids for b in d.ids if a < b}
    return found


def _bridge(variants: Mapping[str, tuple[Variant, ...]], settings: MergeSettings, report: Report) -> set[tuple[str, str]]:
    """Return glossary-term candidates across languages, or say why they were not looked for."""
    docs = candidates.bridge_docs(variants)
    if len(docs) > settings.bridge_max:
        # a few dozen glossary terms cannot tell apart this many texts: buckets would explode
        report.add(warning(None, f"{len(docs)} proposals share no language with some others and have no "
                           "translation; they were not compared across languages (add title:LANG/text:LANG "
                           "columns or catalog translations)", "merge.no-translation"))
        return set()
    return candidates.bridge_pairs(variants, docs, settings.bridge_lsh_threshold, settings.num_perm)

"""Merge and deduplicate proposals into recommendations, with provenance (no I/O).

    merge(proposals, decisions) → MergeResult

Steps: features per language (normalize, features) → word rarity (rarity) → each
text's nearest neighbours (candidates) → scores with guards (similarity), and each
proposal's best match by letters (letters) →
clusters without chaining, decisions first (cluster) → recommendations and the
ranked suggestions (assemble).

`translations` takes catalog translations {(proposal id, lang): (title, text)}
from the content catalogs; they beat the groups' own title:LANG/text:LANG columns.
"""

from __future__ import annotations

from typing import Sequence

from ..counts import counted
from ..diagnostics import Report, warning
from ..model import MergeResult, Proposal
from . import candidates
from .rarity import Rarity
from .assemble import recommendations, suggestions
from .cluster import Scores, build_clusters, pair
from .decisions import NO_DECISIONS, Decision, Decisions, applicable, decision_line
from .features import CatalogTranslations, all_variants
from .joined import linked_conflicts
from .letters import Letters
from .reasons import explained
from .settings import MergeSettings
from .written import Written

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
    progress: candidates.ProgressFactory | None = None,
) -> MergeResult:
    """Return the recommendations and review suggestions for `proposals` (order-independent).

    `progress` (label, total) → a tracker is told of long work (recbook.progress.terminal).
    """
    settings = settings or MergeSettings()
    report = report if report is not None else Report()
    by_id = {p.id: p for p in proposals}
    decisions = applicable(decisions, by_id, report)  # recbook.load.decisions already dropped stale ones
    variants = all_variants(proposals, translations)
    scores = Scores(variants, rarity=Rarity.of(variants), min_evidence=settings.min_evidence)
    letters = Letters.of(variants)
    _score(scores, letters, candidate_pairs(scores, decisions, settings, report, progress), settings, progress)
    by_letters = letters.mutual()
    for a, b in sorted(by_letters):
        scores.get(a, b)  # a pair kept below `suggest` only as each other's best by letters
    clusters = build_clusters(by_id, scores, decisions, settings, report)
    written = Written(by_id, translations)  # the words a reason names, as the proposals wrote them
    report.extend(linked_conflicts(clusters, scores, decisions, written))
    offered, look_alikes = suggestions(clusters, scores, decisions, settings, by_letters)
    return MergeResult(recommendations(clusters, by_id, scores, decisions, settings, report),
                       explained(offered, scores, written), explained(look_alikes, scores, written))


def _score(scores: Scores, letters: Letters, pairs: set[tuple[str, str]], settings: MergeSettings,
           track: candidates.ProgressFactory | None) -> None:
    """Score the candidate pairs (in a fixed order), read them by letters, telling `track` how far it got."""
    progress = track("scoring pairs", len(pairs)) if track else None
    for a, b in sorted(pairs):
        letters.offer(a, b, scores.consider(a, b, settings.suggest_threshold), settings.suggest_threshold)
        if progress:
            progress.step()
    if progress:
        progress.close()


def candidate_pairs(scores: Scores, decisions: Decisions, settings: MergeSettings, report: Report,
                    track: candidates.ProgressFactory | None = None) -> set[tuple[str, str]]:
    """Return the pairs to score: nearest neighbours, exact duplicates, pairs a decision names."""
    variants = scores.variants
    total = sum(len(vs) for vs in variants.values()) + len(variants)
    progress = track("finding candidates", total) if track else None
    found = candidates.neighbour_pairs(variants, scores.rarity, settings.candidate_cap, progress)
    if progress:
        progress.close()
    _report_bounds(found, settings, report)
    pairs = found.pairs | candidates.exact_pairs(variants)
    for d in decisions.of("merge") + decisions.of("apart"):
        pairs |= {pair(a, b) for a in d.ids for b in d.ids if a < b}
    return pairs


def _report_bounds(found: candidates.Found, settings: MergeSettings, report: Report) -> None:
    """Warn about proposals the cost bounds kept from being fully compared (never silently)."""
    if found.capped:
        report.add(warning(None, f"{counted(len(found.capped), 'proposal')} {'has' if len(found.capped) == 1 else 'have'} more than {settings.candidate_cap} close "
                           f"neighbours (first: {min(found.capped)}); each was compared with its "
                           f"{settings.candidate_cap} closest only (thresholds: candidates_per_proposal in conference.yaml)",
                           "merge.candidate-cap"))
    paired = {p for pr in found.pairs for p in pr}
    alone = sorted(found.common_only - paired)
    if alone:
        report.add(warning(None, f"{counted(len(alone), 'proposal')} {'uses' if len(alone) == 1 else 'use'} only words that more than "
                           f"{found.common_above} texts use (first: {alone[0]}); {'it was' if len(alone) == 1 else 'they were'} "
                           "checked for exact duplicates only", "merge.common-words"))

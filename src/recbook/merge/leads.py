"""Find long proposals in two languages, no translation between them, that are each other's clear best match.

Two long texts that ask the same in two languages share only language-neutral
tokens (terms, numbers, loanwords): their score runs low, often below `suggest`,
and a low score alone is noise. What a low score lacks, a clear lead gives: each
is the other's best match across languages, ahead of the runner-up of each by
`cross_language_lead` (1.2 ×) or more. Such a pair is suggested from
LEAD_SHARE × `suggest` (0.20) if nothing language-neutral sets the asks apart
(numbers, more or less, a "not", binding, bounds, groups). A suggestion only,
never a merge. docs/decisions.md, "A clear lead across languages".
"""

from __future__ import annotations

from .cluster import LEAD_SHARE, Clusters, Pair, Scores
from .settings import MergeSettings
from .similarity import BRIDGE, across_guard


def clear_leads(clusters: Clusters, scores: Scores, settings: MergeSettings) -> set[Pair]:
    """Return the cross-language pairs of long texts that lead both their proposals' other matches clearly."""
    floor = LEAD_SHARE * settings.suggest_threshold
    found = set()
    for (a, b), s in scores.known.items():
        if (s.language != BRIDGE or s.score < floor or clusters.of[a] == clusters.of[b]
                or not scores.long(a, b)):
            continue
        lead = settings.cross_language_lead
        if all(s.score >= lead * _runner_up(x, y, clusters, scores, floor) for x, y in ((a, b), (b, a))):
            if not across_guard(scores.variants[a][0], scores.variants[b][0]):  # the originals
                found.add((a, b))
    return found


def _runner_up(x: str, y: str, clusters: Clusters, scores: Scores, floor: float) -> float:
    """Return the best cross-language match of x's cluster with any cluster but its own and y's.

    A cluster that matches y's from `floor` up too is no rival but a third version of the
    same ask (a kk/ru/en triple with no translation): it does not count.
    """
    own, other = clusters.of[x], clusters.of[y]
    third = {clusters.of[z] for m in clusters.members[other] for score, z in scores.top_bridges.get(m, ())
             if score >= floor}
    return max((score for m in clusters.members[own] for score, z in scores.top_bridges.get(m, ())
                if clusters.of[z] not in (own, other) and clusters.of[z] not in third), default=0.0)

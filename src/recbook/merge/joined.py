"""Warn when merge decisions join two proposals the merge reads as different, that no decision joins directly.

Accepting A~C and B~C joins A and B, which no one read side by side ("Linked through a
third", docs/decisions.md): a kk proposal asking «80 пайыз» accepted with a ru one asking
80 % and with another asking 50 % prints 50 % under the 80 % groups' names. A pair two
merge decisions link, read as a conflict (a guard that is no detail one text leaves out:
a look-alike; across languages, similarity.across_guard), is a warning at the decision that
linked it. It never blocks (`--strict` fails on it, as on any warning): a merge naming both
says a person read them together and joined them anyway, as a look-alike may be joined.
"""

from __future__ import annotations

from ..counts import counted
from ..diagnostics import Diagnostic, warning
from .assemble import kept_apart
from .cluster import Clusters, Scores, pair
from .decisions import Decisions
from .reasons import SEP
from .similarity import BRIDGE, across_guard
from .written import Written

SHOWN = 3  # pairs named per decision; the rest are counted


def linked_conflicts(clusters: Clusters, scores: Scores, decisions: Decisions, written: Written) -> list[Diagnostic]:
    """Return a warning at each merge decision that links two proposals read as different."""
    named = {pair(x, y) for d in decisions.of("merge") for x in d.ids for y in d.ids if x != y}
    found = []
    for d, left, right in clusters.forced:
        differ = [(p, why) for p in sorted({pair(x, y) for x in left for y in right} - named)
                  if (why := conflict(*p, scores))]
        if not differ:
            continue
        said = "; ".join(f"{a} and {b} ({written.said(why, a, b, SEP)})" for (a, b), why in differ[:SHOWN])
        more = f"; and {counted(len(differ) - SHOWN, 'more pair')}" if len(differ) > SHOWN else ""
        (a, b), _ = differ[0]
        found.append(warning(d.location, f"{d.action} puts into one recommendation proposals that no decision "
                             f"joins directly and that differ: {said}{more}. If they ask the same, say so "
                             f"(- {{merge: [{a}, {b}]}}); if not, take back the merge that links them (this one "
                             "or an earlier one)", "decisions.joins-different"))
    return found


def conflict(a: str, b: str, scores: Scores) -> str:
    """Return what sets two proposals apart as the merge reads them (a look-alike's guard), or ""."""
    s = scores.get(a, b)
    if kept_apart(s):
        return s.guard
    va, vb = scores.variants.get(a), scores.variants.get(b)
    if va and vb and s.language in (BRIDGE, "") and va[0].language != vb[0].language:
        return across_guard(va[0], vb[0])  # no language in common: what reads alike in any language
    return ""


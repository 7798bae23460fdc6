"""How an exact duplicate is written beside its twins, for the provenance annex's "how merged".

Apart from merge/provenance.py (the internal report's fates), so that localizing a book, which a
check does, imports no more than this.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Proposal, Recommendation


def exact_wording(proposal_id: str, rec: Recommendation, proposals: Mapping[str, Proposal]) -> str:
    """Return how an exact duplicate is written beside its twins ("" for a member that joined otherwise).

    The merge calls two texts exact when their matching keys agree (normalize.py: case, spacing,
    punctuation, ё/е, number grouping, look-alike letters aside; titles may differ): "identical"
    is only for a title and text the same letter for letter (as read: NFC, trimmed),
    "case_spacing" for ones that differ only in letter case and spacing, "other" for the rest.
    The canonical compares with every exact twin and takes the weakest.
    """
    member = next(m for m in rec.members if m.proposal_id == proposal_id)
    if member.how != "exact" or len(rec.members) == 1:
        return ""
    if proposal_id != rec.canonical:
        return _written(proposals[proposal_id], proposals[rec.canonical])
    twins = [_written(proposals[m.proposal_id], proposals[proposal_id]) for m in rec.members
             if m.how == "exact" and m.proposal_id != proposal_id]
    return max(twins, key=_WRITTEN.index, default="identical")


_WRITTEN = ("identical", "case_spacing", "other")  # from the strongest claim to the weakest


def _written(a: Proposal, b: Proposal) -> str:
    if (a.title, a.text) == (b.title, b.text):
        return "identical"
    if all(_folded(x) == _folded(y) for x, y in ((a.title, b.title), (a.text, b.text))):
        return "case_spacing"
    return "other"


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())

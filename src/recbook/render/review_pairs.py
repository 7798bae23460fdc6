"""The pairs the secretariat reviews, as review.html and review.csv both show them, with their decision lines.

A module of its own so that both renderers import it: review_csv.py took it from review.py at
call time, and review.py re-exported review_csv's render_csv, each importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..model import MergeResult, Proposal
from ..merge.decisions import decision_line, text_hash


@dataclass(frozen=True)
class ReviewPair:
    """Two proposals to look at together, with what a person may decide about them."""

    kind: str  # "merged" (b is in a's recommendation), "suggestion" or "look-alike" (kept apart: they differ)
    recommendation: str  # the recommendation holding a
    a: Proposal
    b: Proposal
    score: float
    why: str  # how it was merged, or why it was only suggested
    decisions: tuple[tuple[str, str], ...]  # (what it does: a review_words key, pasteable decision line)


def review_pairs(result: MergeResult, proposals: Mapping[str, Proposal]) -> list[ReviewPair]:
    """Return the merged members (against their canonical), the suggestions, then the look-alikes."""
    pairs = []
    home = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    for r in result.recommendations:
        a = proposals[r.canonical]
        for m in r.members[1:]:
            b = proposals[m.proposal_id]
            lines = (("split_off", decision_line("apart", (a.id, b.id), text_hash((a, b)))),
                     ("use_wording", decision_line("canonical", (b.id,), text_hash((b,)))))
            pairs.append(ReviewPair("merged", r.id, a, proposals[m.proposal_id], m.score, m.how, lines))
    for kind, found in (("suggestion", result.suggestions), ("look-alike", result.look_alikes)):
        for s in found:
            both = (proposals[s.a], proposals[s.b])
            lines = (("join", decision_line("merge", (s.a, s.b), text_hash(both))),
                     ("keep_apart", decision_line("apart", (s.a, s.b), text_hash(both))))
            pairs.append(ReviewPair(kind, home[s.a], proposals[s.a], proposals[s.b], s.score, s.reason, lines))
    return pairs

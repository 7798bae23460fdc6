"""What the merge gives: recommendations, their members and suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from .inputs import MergeHow, Status



@dataclass(frozen=True)
class Member:
    """A proposal inside a recommendation, and how it got there."""

    proposal_id: str
    how: MergeHow  # "single" for the canonical of a one-member cluster
    score: float  # similarity to the canonical proposal, 1.0 for itself


RECOMMENDATION_PREFIX = "R-"  # a recommendation's id is this and its canonical proposal's id


@dataclass(frozen=True)
class Recommendation:
    """A cluster of proposals that the book prints once (ARCHITECTURE: `clusters`)."""

    id: str  # "R-<canonical proposal id>": derived, never a running counter
    canonical: str
    members: tuple[Member, ...]  # canonical first, then by proposal id
    how: MergeHow
    score: float  # lowest member score; 1.0 for singletons and exact merges
    edited_title: str | None = None  # from decisions.yaml
    edited_text: str | None = None
    status: Status = "accepted"  # reject / withdraw / defer decisions set it aside
    reason: str | None = None  # why it was set aside

    @property
    def member_ids(self) -> tuple[str, ...]:
        return tuple(m.proposal_id for m in self.members)


@dataclass(frozen=True)
class Suggestion:
    """A pair left apart that a person should look at."""

    a: str
    b: str
    score: float
    reason: str = ""


@dataclass(frozen=True)
class MergeResult:
    recommendations: tuple[Recommendation, ...]  # every proposal is in exactly one, set aside or not
    suggestions: tuple[Suggestion, ...] = ()
    # pairs that read alike but differ (numbers, more/less, "not", names): kept apart, shown to check
    look_alikes: tuple[Suggestion, ...] = ()

    @property
    def accepted(self) -> tuple[Recommendation, ...]:
        """Return the recommendations the book prints."""
        return tuple(r for r in self.recommendations if r.status == "accepted")

    @property
    def set_aside(self) -> tuple[Recommendation, ...]:
        """Return the rejected, withdrawn and deferred recommendations."""
        return tuple(r for r in self.recommendations if r.status != "accepted")

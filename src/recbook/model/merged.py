"""What the merge gives: recommendations, their members and suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .inputs import MergeHow, Proposal, Status



@dataclass(frozen=True)
class Member:
    """A proposal inside a recommendation, and how it got there."""

    proposal_id: str
    how: MergeHow  # "single" for the canonical of a one-member cluster
    score: float  # similarity to the canonical proposal, 1.0 for itself


RECOMMENDATION_PREFIX = "R-"  # a recommendation's id is this and its canonical proposal's id


def printed_as(rid: str, numbers: Mapping[str, str]) -> str:
    """Return "1.16 (R-G1-01)": the number people cite, then the id decisions and catalogs use; the id alone without one."""
    return f"{numbers[rid]} ({rid})" if rid in numbers else rid


@dataclass(frozen=True)
class Recommendation:
    """A cluster of proposals that the book prints once (ARCHITECTURE: `clusters`)."""

    id: str  # "R-<canonical proposal id>": derived, never a running counter
    canonical: str
    members: tuple[Member, ...]  # canonical first, then by proposal id
    how: MergeHow
    score: float  # lowest member score; 1.0 for singletons and exact merges
    edited_title: str | None = None  # from decisions.yaml, in the conference's source language
    edited_text: str | None = None
    status: Status = "accepted"  # reject / withdraw / defer decisions set it aside
    reason: str | None = None  # why it was set aside

    @property
    def member_ids(self) -> tuple[str, ...]:
        return tuple(m.proposal_id for m in self.members)

    def wording(self, name: str, canonical: Proposal, source_language: str) -> tuple[str, str, str]:
        """Return the msgctxt, the words and the language of the printed title or text (`name`).

        Kept wording is the canonical proposal's, in its language, under ``<proposal id>.<name>``.
        Edited wording (decisions.yaml, the review sheet) is under ``<recommendation id>.<name>`` and
        written in the conference's source language (docs/decisions.md): the secretariat writes it, so
        an English proposal edited in Russian prints as the Russian original and is translated into
        English. An edit that repeats the canonical's own words letter for letter is in its language.
        """
        own = getattr(canonical, name)
        edited = self.edited_title if name == "title" else self.edited_text
        if edited is None:
            return f"{canonical.id}.{name}", own, canonical.language
        return f"{self.id}.{name}", edited, canonical.language if edited == own else source_language


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

"""Thresholds and knobs of the merge stage (documented in docs/decisions.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MergeSettings:
    """How close two proposals must be to merge, or to be shown to a person."""

    auto_threshold: float = 0.80  # ≥ this, and no guard: merged automatically
    suggest_threshold: float = 0.40  # ≥ this (or guarded): listed for review
    source_language: str | None = None  # preferred language of the canonical wording
    candidate_cap: int = 20  # nearest neighbours compared per proposal (bounds the cost)
    suggest_per_proposal: int = 2  # suggestions one proposal may take part in, best first
    # a pair with no language in common needs shared tokens weighing this many unseen tokens
    # (similarity.bridge; docs/decisions.md, "Evidence floor across languages")
    min_evidence: float = 1.1
    # two long texts with no language in common are suggested from half of `suggest` when each is the
    # other's best match across languages by this factor over the runner-up (leads.py)
    cross_language_lead: float = 1.2

    def __post_init__(self) -> None:
        if not 0 < self.suggest_threshold <= self.auto_threshold <= 1:
            raise ValueError("need 0 < suggest_threshold ≤ auto_threshold ≤ 1")
        if self.candidate_cap < 1 or self.suggest_per_proposal < 1:
            raise ValueError("need candidate_cap ≥ 1 and suggest_per_proposal ≥ 1")
        if not 0 <= self.min_evidence <= 10:
            raise ValueError("need 0 ≤ min_evidence ≤ 10")
        if not 1 <= self.cross_language_lead <= 10:
            raise ValueError("need 1 ≤ cross_language_lead ≤ 10")

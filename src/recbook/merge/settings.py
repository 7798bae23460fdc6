"""Thresholds and knobs of the merge stage (documented in docs/decisions.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MergeSettings:
    """How close two proposals must be to merge, or to be shown to a person."""

    auto_threshold: float = 0.80  # ≥ this, and no guard: merged automatically
    suggest_threshold: float = 0.45  # ≥ this (or guarded): listed for review
    source_language: str | None = None  # preferred language of the canonical wording
    lsh_threshold: float = 0.25  # Jaccard of stems that LSH aims to catch
    bridge_lsh_threshold: float = 0.4  # the same, for glossary terms of texts with no shared language
    bridge_max: int = 5_000  # more untranslated texts than this: not compared across languages
    num_perm: int = 64  # MinHash permutations
    exhaustive_below: int = 400  # fewer proposals than this: score all pairs (cheap, no misses)

    def __post_init__(self) -> None:
        if not 0 < self.suggest_threshold <= self.auto_threshold <= 1:
            raise ValueError("need 0 < suggest_threshold ≤ auto_threshold ≤ 1")

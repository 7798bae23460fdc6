"""What became of each proposal: the provenance report's and the groups' sheets' rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from .book import Text, WithdrawnRecommendation
from .inputs import Proposal, Status



@dataclass(frozen=True)
class AppliedDecision:
    """A decisions.yaml item that shaped a proposal's recommendation, where it is and why."""

    action: str  # merge, apart, canonical, edit, reject, withdraw, defer
    line: str  # the item as one pasteable YAML line
    where: str  # "inputs/decisions.yaml:3" (empty when not known)
    reason: str = ""  # the reason of a set-aside, else the note


@dataclass(frozen=True)
class ProposalFate:
    """One original proposal and what became of it: the internal provenance report's row.

    `how` says how it reached its recommendation: single (alone), canonical (its wording
    is printed), edited (its recommendation prints edited wording), or exact/auto/manual
    (joined to the canonical proposal that way).
    """

    proposal: Proposal
    recommendation: str  # the recommendation id
    number: str  # the printed number ("1.2"); empty when set aside
    how: str
    score: float  # similarity to the canonical proposal (1.0 for itself)
    status: Status
    reason: str  # why it was set aside (empty when printed)
    merged_with: tuple[str, ...]  # the other proposals of its recommendation
    decisions: tuple[AppliedDecision, ...] = ()


@dataclass(frozen=True)
class GroupSheetEntry:
    """One proposal of a group as its "what happened to your proposals" sheet prints it."""

    proposal_id: str
    title: str  # as the group wrote it
    language: str  # the language it was written in
    outcome: str  # "Printed as recommendation 1.2" / "Not included in the book: rejected …"
    printed: bool
    wording_title: Text | None = None  # the recommendation's final wording, in the sheet's language
    wording_text: Text | None = None
    others: str = ""  # the other groups credited with it, joined the CLDR way
    reason: str = ""  # why it was set aside, as the secretariat wrote it
    # numbers an earlier edition gave to recommendations merged into this one since ("1.16 … — Merged
    # into 1.6"): a moderator who was told 1.16 finds it here
    merged: tuple[WithdrawnRecommendation, ...] = ()


@dataclass(frozen=True)
class GroupSheet:
    """A working group's sheet, in the group's language: each of its proposals and its fate."""

    group_id: str
    lang: str
    group: Text
    conference: Text  # the conference title
    stamp: str  # "Draft" / "Edition 1, 15 October 2025 · Final edition"
    entries: tuple[GroupSheetEntry, ...]
    labels: dict[str, str] = field(hash=False)  # the sheet's headings, already translated

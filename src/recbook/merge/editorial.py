"""Editorial checks on a merge result: merged recommendations still printing one member's raw words,
and automatic merges of proposals filed under different directions.

`editorial_problems` is what `recbook check`, `build` and `release` all say (pipeline.check_project):
a draft prints such a recommendation with a warning, `--strict` and `release --final` fail on it.
"""

from __future__ import annotations

from typing import Mapping

from ..diagnostics import Diagnostic, warning
from ..model import MergeResult, Proposal
from .decisions import NO_DECISIONS, Decisions


def editorial_problems(result: MergeResult, proposals: Mapping[str, Proposal],
                       decisions: Decisions = NO_DECISIONS) -> list[Diagnostic]:
    """Return both checks' warnings: the recommendations an editor has still to look at.

    None while decisions.yaml cannot be read: they would ask for decisions it may hold (its own error
    is reported, and the run fails on it until it is fixed).
    """
    if not decisions.read:
        return []
    return unedited(result, proposals) + across_directions(result, proposals, decisions)


def unedited(result: MergeResult, proposals: Mapping[str, Proposal]) -> list[Diagnostic]:
    """Warn, at its canonical proposal, about each printed merge without an edited title and text."""
    found = []
    for r in result.accepted:
        missing = [name for name, value in (("title", r.edited_title), ("text", r.edited_text)) if not value]
        if len(r.members) < 2 or not missing:
            continue
        canon = proposals[r.canonical]
        if all(_same_words(proposals[m.proposal_id], canon) for m in r.members):
            continue  # one proposal copied into several groups' sheets: its own words are every member's
        found.append(warning(canon.location, f"{r.id} joins {len(r.members)} proposals ({', '.join(r.member_ids)}) "
                             f"but prints {r.canonical}'s own {' and '.join(missing)}; write its wording in "
                             f"inputs/decisions.yaml (- edit: {r.canonical} with title: and text:) or with "
                             "recbook review", "editorial.unedited"))
    return found


def _same_words(one: Proposal, other: Proposal) -> bool:
    """Return True if two proposals say the same in one language, letter for letter but for spacing.

    Not "but for case" or punctuation: a canonical title typed in lower case prints so, and an editor
    should see it (the books print one space for a run of them: text.whitespace).
    """
    return (one.language == other.language and _spaced(one.title) == _spaced(other.title)
            and _spaced(one.text) == _spaced(other.text))


def _spaced(value: str | None) -> str:
    return " ".join((value or "").split())


def across_directions(result: MergeResult, proposals: Mapping[str, Proposal],
                      decisions: Decisions = NO_DECISIONS) -> list[Diagnostic]:
    """Warn, at its canonical proposal, about each recommendation merged automatically across directions.

    It is printed under its canonical proposal's direction: the other direction loses it without a
    word (two groups filed the same words under two directions). A merge decided in decisions.yaml
    is the secretariat's own choice and is not reported.
    """
    decided = {pid for action in ("merge", "canonical") for d in decisions.of(action) for pid in d.ids}
    found = []
    for r in result.accepted:
        directions = {m.proposal_id: proposals[m.proposal_id].direction for m in r.members}
        if len(set(directions.values())) < 2 or set(directions) <= decided:
            continue
        canon = proposals[r.canonical]
        # only the members the canonical one's direction took away: one filed under it lost nothing
        others = ", ".join(f"{pid} ({direction})" for pid, direction in directions.items()
                           if direction != canon.direction)
        found.append(warning(canon.location, f"{r.id} joins proposals filed under other directions ({others}) and "
                             f"is printed under {canon.direction}, {r.canonical}'s; to print it under another, "
                             "make that proposal canonical (- canonical: ID in inputs/decisions.yaml), or keep "
                             "them apart (- apart: [ID, ID])", "editorial.across-directions"))
    return found

"""Where an edit whose proposal was deleted should go: the recommendation the rest of its members now form.

An edit names one proposal of the recommendation it rewords. When that proposal is deleted (its
group withdrew it), the edit is not applied: the recommendation, now named after another of its
proposals, prints that proposal's raw words, and "edit names unknown proposal(s) G11-21" alone did
not say where the edited wording belonged. What the recommendation was made of is known from the
catalogs' last update ("merged from …", i18n.extract.recorded_members) and from the merge decisions
that named the deleted proposal with others; the warning names the recommendation those proposals
form now and its canonical proposal, the one to re-point the edit to.
"""

from __future__ import annotations

from typing import Sequence

from ..diagnostics import Diagnostic
from ..model import MergeResult
from .decisions import NOT_APPLIED, Decision, Decisions, LostEdit, unknown_ids
from .normalize import natural_key


def lost_edit_warnings(decisions: Decisions, merged: MergeResult,
                       recorded: Sequence[Sequence[str]]) -> list[Diagnostic]:
    """Return the warning of each edit in `decisions.lost_edits`, naming where its recommendation went when known."""
    return [_pointed(lost.decision, lost.warning, _others(lost, recorded), merged) for lost in decisions.lost_edits]


def _others(lost: LostEdit, recorded: Sequence[Sequence[str]]) -> list[str]:
    """Return the proposals that shared a recommendation with the gone one, as far as anything recorded it."""
    gone = lost.decision.ids[0]
    groups = [*(m for m in recorded if gone in m), lost.merged_with]
    return sorted({p for members in groups for p in members if p != gone}, key=natural_key)


def _pointed(d: Decision, said: Diagnostic, others: list[str], merged: MergeResult) -> Diagnostic:
    home = {m: r for r in merged.recommendations for m in r.member_ids}
    found: dict[str, list[str]] = {}  # recommendation id → the proposals of `others` it holds now
    for pid in others:
        if pid in home:
            found.setdefault(home[pid].id, []).append(pid)
    if not found:
        return said  # nothing recorded, or every other member is gone too: no better pointer
    ranked = sorted(found, key=lambda rid: (-len(found[rid]), natural_key(rid)))
    where = " and ".join(f"{rid} ({', '.join(found[rid])})" for rid in ranked)
    canonical = next(r.canonical for r in merged.recommendations if r.id == ranked[0])
    # without "did you mean" another id: the proposal existed, its id was not misspelt
    message = (f"{unknown_ids(d.action, d.ids, NOT_APPLIED)}: the other proposals of its recommendation are now in {where}; re-point the edit to "
               f"{canonical} (edit: {canonical}), or its wording is not printed")
    return Diagnostic(said.location, said.severity, message, said.code)

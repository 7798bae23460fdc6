"""What became of each original proposal: its recommendation, how it got there, the decisions that applied.

The internal provenance report and the groups' sheets both read these rows
(no I/O). A decision applies to a proposal when it names the proposal, or when
it acts on the proposal's recommendation (merge, canonical, edit, reject,
withdraw, defer naming one of its members); `apart` only when it names it.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import AppliedDecision, Proposal, ProposalFate, Recommendation
from .decisions import Decision, Decisions
from .normalize import natural_key


def proposal_fates(proposals: Sequence[Proposal], recommendations: Sequence[Recommendation],
                   decisions: Decisions | None, numbers: Mapping[str, str]) -> tuple[ProposalFate, ...]:
    """Return one row per proposal, by proposal id (natural order).

    `numbers` maps recommendation ids to their printed numbers ("1.2").
    """
    home = {m.proposal_id: r for r in recommendations for m in r.members}
    items = decisions.items if decisions is not None else ()
    rows = [_fate(p, home[p.id], items, numbers) for p in proposals]
    return tuple(sorted(rows, key=lambda f: natural_key(f.proposal.id)))


def _fate(p: Proposal, rec: Recommendation, items: Sequence[Decision], numbers: Mapping[str, str]) -> ProposalFate:
    member = next(m for m in rec.members if m.proposal_id == p.id)
    return ProposalFate(
        proposal=p, recommendation=rec.id,
        number=numbers.get(rec.id, "") if rec.status == "accepted" else "",
        how=how_joined(p.id, rec), score=member.score, status=rec.status, reason=rec.reason or "",
        merged_with=tuple(i for i in rec.member_ids if i != p.id),
        decisions=tuple(_applied(d) for d in items if _applies(d, p.id, rec)),
    )


def how_joined(proposal_id: str, rec: Recommendation) -> str:
    """Return single, canonical, edited (the wording printed is rewritten) or the member's exact/auto/manual."""
    if proposal_id == rec.canonical:
        if rec.edited_title is not None or rec.edited_text is not None:
            return "edited"
        return "single" if len(rec.members) == 1 else "canonical"
    return next(m.how for m in rec.members if m.proposal_id == proposal_id)


def _applies(d: Decision, proposal_id: str, rec: Recommendation) -> bool:
    if proposal_id in d.ids:
        return True
    return d.action != "apart" and bool(set(d.ids) & set(rec.member_ids))


def _applied(d: Decision) -> AppliedDecision:
    where = ""
    if d.location is not None:
        where = d.location.path + (f":{d.location.line}" if d.location.line is not None else "")
    return AppliedDecision(d.action, d.line(), where, d.reason or d.note or "")

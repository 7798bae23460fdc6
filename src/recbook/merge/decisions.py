"""The secretariat's decisions (inputs/decisions.yaml) as frozen data (recbook.load.decisions reads them).

The file is a YAML list; each item holds exactly one action::

    - {merge: [G1-01, G3-02]}          # force these into one recommendation
    - {apart: [G2-02, G5-01]}          # never put these two together
    - {canonical: G3-02}               # this proposal's wording represents its cluster
    - edit: G1-01                      # edited wording for the cluster holding G1-01
      title: …
      text: …

Any item may carry a `note`. See docs/decisions.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection

from ..diagnostics import Location, Report, warning

ACTIONS = ("merge", "apart", "canonical", "edit")


@dataclass(frozen=True)
class Decision:
    """One item of decisions.yaml: an action, the proposal ids it names, and its place."""

    action: str  # one of ACTIONS
    ids: tuple[str, ...]
    location: Location | None = None
    title: str | None = None  # edit only
    text: str | None = None  # edit only
    note: str | None = None

    def line(self) -> str:
        """Return the decision as the one-line YAML item review.html shows."""
        return decision_line(self.action, self.ids)


@dataclass(frozen=True)
class Decisions:
    """All decisions, in file order."""

    items: tuple[Decision, ...] = ()

    def of(self, action: str) -> tuple[Decision, ...]:
        """Return the decisions of one kind, in file order."""
        return tuple(d for d in self.items if d.action == action)


NO_DECISIONS = Decisions()


def decision_line(action: str, ids: tuple[str, ...]) -> str:
    """Return a pasteable flow-style YAML list item such as ``- {merge: [A, B]}``."""
    value = ids[0] if action in ("canonical", "edit") else "[" + ", ".join(ids) + "]"
    return f"- {{{action}: {value}}}"


def applicable(decisions: Decisions, proposal_ids: Collection[str], report: Report) -> Decisions:
    """Return the decisions that still match the proposals, reporting every stale one."""
    known = set(proposal_ids)
    kept = (_still_applies(d, known, report) for d in decisions.items)
    return Decisions(tuple(d for d in kept if d is not None))


def _still_applies(d: Decision, known: set[str], report: Report) -> Decision | None:
    """Report ids that match no proposal; keep a merge of the ids that remain, if two do."""
    missing = [i for i in d.ids if i not in known]
    if not missing:
        return d
    left = tuple(i for i in d.ids if i in known)
    keeps = d.action == "merge" and len(left) >= 2
    effect = f"merging only {', '.join(left)}" if keeps else "the decision is not applied"
    report.add(warning(d.location, f"{d.action} names unknown proposal(s) {', '.join(missing)}; "
                       f"{effect}", "decisions.stale"))
    return replace(d, ids=left) if keeps else None

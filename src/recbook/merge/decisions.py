"""The secretariat's decisions (inputs/decisions.yaml) as frozen data (recbook.load.decisions reads them).

The file is a YAML list; each item holds exactly one action::

    - {merge: [G1-01, G3-02]}          # force these into one recommendation
    - {apart: [G2-02, G5-01]}          # never put these two together
    - {canonical: G3-02}               # this proposal's wording represents its cluster
    - edit: G1-01                      # edited wording for the cluster holding G1-01
      title: …
      text: …
    - {reject: G4-02, reason: …}       # the book does not print the recommendation holding G4-02
    - {withdraw: G2-03, reason: …}     # its group withdrew it
    - {defer: G5-04, reason: …}        # kept for a later edition

Any item may carry a `note` and a `text_hash` (the text it was made on). See docs/decisions.md.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, replace
from typing import Collection, Mapping, Sequence

from ..diagnostics import Diagnostic, Location, Report, error, warning
from ..model import Proposal
from ..near_miss import Known

# the actions that set a recommendation aside, and the status each gives it
SET_ASIDE = {"reject": "rejected", "withdraw": "withdrawn", "defer": "deferred"}
ACTIONS = ("merge", "apart", "canonical", "edit", *SET_ASIDE)
ONE_ID = ("canonical", "edit", *SET_ASIDE)  # actions naming one proposal (its recommendation)
HASH_LENGTH = 12


@dataclass(frozen=True)
class Decision:
    """One item of decisions.yaml: an action, the proposal ids it names, and its place."""

    action: str  # one of ACTIONS
    ids: tuple[str, ...]
    location: Location | None = None
    title: str | None = None  # edit only
    text: str | None = None  # edit only
    note: str | None = None
    reason: str | None = None  # reject, withdraw, defer (required there)
    text_hash: str | None = None  # text_hash() of the named proposals when the decision was made

    def line(self) -> str:
        """Return the decision as the one-line YAML item review.html shows."""
        return decision_line(self.action, self.ids)


@dataclass(frozen=True)
class LostEdit:
    """An edit whose proposal is gone, the warning that says so, and what it was merged with by decision."""

    decision: Decision
    warning: Diagnostic
    # the proposals a merge decision put with the gone one (such a decision is stale now too, and dropped)
    merged_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decisions:
    """All decisions, in file order."""

    items: tuple[Decision, ...] = ()
    # False when decisions.yaml could not be read (its error is reported, and fails the run): the
    # checks that read what it decides (merge/editorial.py) are withheld, not made as if it were empty
    read: bool = True
    # edits whose proposal is gone: said once the merge can tell where the rest of their recommendation
    # went (recbook.merge.lost_edits), when `applicable` was asked to keep them
    lost_edits: tuple[LostEdit, ...] = ()

    def of(self, action: str) -> tuple[Decision, ...]:
        """Return the decisions of one kind, in file order."""
        return tuple(d for d in self.items if d.action == action)

    def set_aside(self) -> tuple[Decision, ...]:
        """Return the reject, withdraw and defer decisions, in file order."""
        return tuple(d for d in self.items if d.action in SET_ASIDE)


NO_DECISIONS = Decisions()
UNREAD = Decisions(read=False)  # decisions.yaml is there but unreadable: no decisions, and none known


def decision_line(action: str, ids: tuple[str, ...], digest: str | None = None) -> str:
    """Return a pasteable flow-style YAML list item such as ``- {merge: [A, B], text_hash: …}``."""
    value = ids[0] if action in ONE_ID else "[" + ", ".join(ids) + "]"
    tail = f", text_hash: {digest}" if digest else ""
    return f"- {{{action}: {value}{tail}}}"


def applicable(decisions: Decisions, proposal_ids: Collection[str], report: Report,
               with_errors: Collection[str] = (), keep_lost_edits: bool = False) -> Decisions:
    """Return the decisions that still match the proposals, reporting every stale one.

    An id in `with_errors` is a proposal left out for an error already reported: the decision
    leaves it out too, silently (the run fails on that error, and applies the decision once it is
    fixed); calling it unknown sent the secretariat looking for a proposal that is there.
    With `keep_lost_edits`, an edit whose proposal is gone is not reported but returned in
    `lost_edits` with its warning, for the caller to say once it knows where its recommendation went.
    """
    known, erring = set(proposal_ids), set(with_errors)
    index = Known(known | erring) if any(i not in known for d in decisions.items for i in d.ids) else None
    kept, lost = [], []
    for d in decisions.items:
        found = Report()
        still = _still_applies(d, known, erring, index, found)
        if keep_lost_edits and d.action == "edit" and found.items and not found.errors:
            # one warning, decisions.stale (a misspelt id is an error): said later, with where it went
            lost.append(LostEdit(d, found.items[0], _merged_with(d.ids[0], decisions)))
        else:
            report.extend(found.items)
        if still is not None:
            kept.append(still)
    return Decisions(tuple(kept), lost_edits=tuple(lost))


def _merged_with(gone: str, decisions: Decisions) -> tuple[str, ...]:
    """Return the other proposals the merge decisions naming `gone` put with it."""
    return tuple(dict.fromkeys(i for d in decisions.of("merge") if gone in d.ids for i in d.ids if i != gone))


def _still_applies(d: Decision, known: set[str], erring: set[str], index: Known | None,
                   report: Report) -> Decision | None:
    """Report ids that match no proposal; keep a merge of the ids that remain, if two do."""
    left = tuple(i for i in d.ids if i in known)
    if len(left) == len(d.ids):
        return d
    keeps = d.action == "merge" and len(left) >= 2
    missing = [i for i in d.ids if i not in known and i not in erring]
    if missing:
        effect = f"merging only {', '.join(left)}" if keeps else NOT_APPLIED
        hints = [h for h in (index.hint(i) for i in missing) if h is not None] if index else []
        message = unknown_ids(d.action, missing, effect) + "".join(f"; {h.text}" for h in hints)
        # an id that only looks unlike a proposal's (case, a Cyrillic «О») was meant for it: an error,
        # or a draft would print the proposal the secretariat rejected; any other is a decision gone stale
        if any(h.same_looking for h in hints):
            report.add(error(d.location, message, "decisions.misspelt-id"))
        else:
            report.add(warning(d.location, message, "decisions.stale"))
    return replace(d, ids=left, text_hash=None) if keeps else None  # already reported


NOT_APPLIED = "the decision is not applied"


def unknown_ids(action: str, missing: Sequence[str], effect: str) -> str:
    """Return what a decision naming proposals that do not exist says, before any hint."""
    return f"{action} names {'an unknown proposal' if len(missing) == 1 else 'unknown proposals'} {', '.join(missing)}; {effect}"


def text_hash(proposals: Sequence[Proposal]) -> str:
    """Return the first 12 hex digits of the SHA-256 of the proposals' NFC titles and texts, in order."""
    joined = "\x1e".join(f"{p.title}\x1f{p.text}" for p in proposals)
    return hashlib.sha256(unicodedata.normalize("NFC", joined).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def stale_texts(decisions: Decisions, proposals: Mapping[str, Proposal]) -> list[Diagnostic]:
    """Warn at each decision whose proposals' text changed since it was made (it is still applied)."""
    found = []
    for d in decisions.items:
        if d.text_hash is None or any(i not in proposals for i in d.ids):
            continue
        now = text_hash([proposals[i] for i in d.ids])
        if now != d.text_hash:
            found.append(warning(d.location, f"{d.action} was decided on another text of {', '.join(d.ids)} "
                                 f"(text_hash {d.text_hash}, now {now}); it is still applied: read the "
                                 f"proposals again, then set text_hash: {now}", "decisions.stale-text"))
    return found

"""Validate raw inputs into the frozen `Conference` and `Proposal`s: pure, no I/O.

Every problem is a diagnostic in the report, all of them in one pass. The
rules for text values (NFC, forbidden characters, mixed scripts, lost letters)
are in `recbook.text_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Location, Report
from ..load.records import RawProject
from ..model import Inputs, Proposal
from .conference import validate_conference
from .proposals import validate_proposals

__all__ = ["Validated", "validate", "validate_all"]


@dataclass(frozen=True)
class Validated:
    """What validation made of a project, also when the conference is unusable.

    decisions.yaml names proposals, not the conference: it is checked against `proposals` and
    `with_errors` even when `inputs` is None, so one run reports its problems too.
    """

    inputs: Inputs | None  # None if the conference itself is unusable
    proposals: tuple[Proposal, ...]  # the valid proposals (those of `inputs` when there is one)
    with_errors: frozenset[str]  # ids of proposals read but left out for an error already reported


def validate(raw: RawProject, report: Report) -> Inputs | None:
    """Return the validated inputs, or None if the conference itself is unusable."""
    return validate_all(raw, report).inputs


def validate_all(raw: RawProject, report: Report) -> Validated:
    """Return the validated inputs, the valid proposals and the ids of those with errors."""
    result = validate_conference(raw.conference, report)
    read: dict[str, Location] = {}
    proposals = validate_proposals(raw.proposals, result.ids, report, read, result.names)
    with_errors = frozenset(read) - {p.id for p in proposals}
    inputs = None if result.conference is None else Inputs(result.conference, proposals)
    return Validated(inputs, proposals, with_errors)

"""Validate raw inputs into the frozen `Conference` and `Proposal`s: pure, no I/O.

Every problem is a diagnostic in the report, all of them in one pass. The
rules for text values (NFC, forbidden characters, mixed scripts, lost letters)
are in `recbook.load.text_checks`.
"""

from __future__ import annotations

from ..diagnostics import Report
from ..load.records import RawProject
from ..model import Inputs
from .conference import validate_conference
from .proposals import validate_proposals

__all__ = ["validate"]


def validate(raw: RawProject, report: Report) -> Inputs | None:
    """Return the validated inputs, or None if the conference itself is unusable."""
    result = validate_conference(raw.conference, report)
    proposals = validate_proposals(raw.proposals, result.ids, report)
    if result.conference is None:
        return None
    return Inputs(result.conference, proposals)

"""Editorial checks on a merge result: merged recommendations still printing one member's raw words."""

from __future__ import annotations

from typing import Mapping

from ..diagnostics import Diagnostic, warning
from ..model import MergeResult, Proposal


def unedited(result: MergeResult, proposals: Mapping[str, Proposal]) -> list[Diagnostic]:
    """Warn, at its canonical proposal, about each printed merge without an edited title and text."""
    found = []
    for r in result.accepted:
        missing = [name for name, value in (("title", r.edited_title), ("text", r.edited_text)) if not value]
        if len(r.members) < 2 or not missing:
            continue
        canon = proposals[r.canonical]
        found.append(warning(canon.location, f"{r.id} joins {len(r.members)} proposals ({', '.join(r.member_ids)}) "
                             f"but prints {r.canonical}'s own {' and '.join(missing)}; write its wording in "
                             f"inputs/decisions.yaml (- edit: {r.canonical} with title: and text:) or with "
                             "recbook review", "editorial.unedited"))
    return found

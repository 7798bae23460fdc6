"""Edited wording against the language it is translated from: the conference's source language.

Run once the merge is known (recbook.pipeline.gather): which recommendation an edit rewords, and
whether it repeats its canonical proposal's own words, decide the language it is read in
(Recommendation.wording). Here, not in merge/: the language test is the check's own (load.text_checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from ..diagnostics import Diagnostic, warning
from ..load.text_checks import language_mismatch
from ..model import MergeResult, Proposal

if TYPE_CHECKING:
    from ..merge.decisions import Decisions


def edit_languages(result: MergeResult, proposals: Mapping[str, Proposal], source_language: str,
                   decisions: Decisions) -> list[Diagnostic]:
    """Warn, at its decision, about each printed edit whose wording does not look written in the source language.

    The source-language book prints edited wording as written and the others translate it from the
    source language: an English edit in a Russian conference would be printed untranslated as the
    Russian original, and sent to translators as Russian text.
    """
    found = []
    edits = decisions.of("edit")
    for r in result.accepted:
        # the first edit in the file naming a member is the one applied (merge.assemble)
        d = next((d for d in edits if d.ids and d.ids[0] in r.member_ids), None)
        if d is None:
            continue
        for name in ("title", "text"):
            words = getattr(d, name)
            _, _, language = r.wording(name, proposals[r.canonical], source_language)
            looks = language_mismatch(source_language, words) if words and language == source_language else None
            if looks:
                found.append(warning(d.location, f"the edited {name} of {r.id} looks {looks}, but an edit is "
                                     f"written in the conference's source_language ({source_language}): the "
                                     f"{source_language} book prints it as written and the others translate it "
                                     f"from {source_language}; write it in {source_language}",
                                     "decisions.edit-language"))
                break  # one warning says it
    return found

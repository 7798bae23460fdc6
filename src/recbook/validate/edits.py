"""Edited wording against the language it is translated from: the conference's source language.

Run once the merge is known (recbook.pipeline.gather): which recommendation an edit rewords, and
whether it repeats its canonical proposal's own words, decide the language it is read in
(Recommendation.wording). Here, not in merge/: the language test is the check's own (recbook.text_checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from ..diagnostics import Diagnostic, warning
from ..text_checks import language_mismatch
from ..model import MergeResult, Proposal

if TYPE_CHECKING:
    from ..merge.decisions import Decision, Decisions


def edit_languages(result: MergeResult, proposals: Mapping[str, Proposal], source_language: str,
                   decisions: Decisions) -> list[Diagnostic]:
    """Warn, at its decision, about each printed edit whose wording does not look written in the source language.

    The source-language book prints edited wording as written and the others translate it from the
    source language: an English edit in a Russian conference would be printed untranslated as the
    Russian original, and sent to translators as Russian text.
    """
    found = []
    # the first edit in the file naming a member is the one applied (merge.assemble): each proposal's
    # first edit with its place in the file, looked up per member (not every edit per recommendation)
    first_edit: dict[str, tuple[int, Decision]] = {}
    for n, d in enumerate(decisions.of("edit")):
        if d.ids:
            first_edit.setdefault(d.ids[0], (n, d))
    for r in result.accepted:
        if r.edited_title is None and r.edited_text is None:
            continue  # the merge applied no edit here
        named = [first_edit[i] for i in r.member_ids if i in first_edit]
        if not named:
            continue
        d = min(named, key=lambda found: found[0])[1]
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

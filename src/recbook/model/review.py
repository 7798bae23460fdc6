"""The rows of the secretariat's review spreadsheet (`recbook review export/import`).

Apart from the merge's result (model/merged.py): only `recbook review` makes them, and a
module's dataclasses have their methods compiled when it is imported (`recbook check` never
imports this one).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetRow:
    """One row of the secretariat's review spreadsheet (`recbook review export/import`).

    `kind` is "recommendation", "member" (of a merged recommendation) or "suggestion";
    decision, reason and the edited wording are what a person fills in; the rest is shown.
    """

    kind: str
    recommendation: str
    ids: tuple[str, ...]
    decision: str = ""
    reason: str = ""
    edited_title: str = ""
    edited_text: str = ""
    title: str = ""
    text: str = ""
    groups: str = ""
    status: str = ""
    text_hash: str = ""


SHEET_NAME = "Review"
# (SheetRow field, column header, width): the review sheet's columns; the import finds them by header
SHEET_COLUMNS = (("kind", "Row", 15), ("recommendation", "Recommendation", 16), ("ids", "Proposals", 18),
                 ("decision", "Decision", 15), ("reason", "Reason", 30), ("edited_title", "Edited title", 40),
                 ("edited_text", "Edited text", 60), ("title", "Title", 40), ("text", "Text", 60),
                 ("groups", "Groups", 30), ("status", "Status", 24), ("text_hash", "Text hash", 14))

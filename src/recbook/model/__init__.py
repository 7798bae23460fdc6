"""The typed, frozen data that flows through the pipeline.

load → validate gives `Conference` + `Proposal`s; merge gives a `MergeResult`;
localize gives one `LocalizedBook` per language, which both renderers (PDF and
DOCX) read. Stages never mutate these: they build new ones.

One module per stage's output (inputs, merged, book, changelog, editions, fates,
review); everything is re-exported here, so `from recbook.model import Proposal`
stays the way in. Python 3.11 compiles each dataclass's generated methods when
its module is imported (~0.13 ms each): the classes `recbook check` of a project
without released editions never makes (changelog, editions, fates, review) are
imported on first use, by the module `__getattr__` below.
"""

from __future__ import annotations

import importlib

from .inputs import (
    LANGUAGES, TIMEFRAMES, MergeHow, Status, Named, Partner, Conference, SuppliedTranslation, Proposal,
    Inputs,
)
from .merged import RECOMMENDATION_PREFIX, Member, Recommendation, Suggestion, MergeResult, printed_as
from .book import (
    Text, Line, LocalizedMember, LocalizedSdg, LocalizedRecommendation, WithdrawnRecommendation,
    LocalizedDirection, ChartRow, ChartData, Summary, GroupRow, ProvenanceRow, SdgRow, Annexes,
    FooterPart, LocalizedBook,
)

# name → the module that holds it, imported when the name is first asked for
_ON_FIRST_USE = {
    **dict.fromkeys(("SheetRow", "SHEET_NAME", "SHEET_COLUMNS"), "review"),
    **dict.fromkeys(("ChangeEntry", "ChangeGroup", "Changelog"), "changelog"),
    **dict.fromkeys(("Edition", "Release"), "editions"),
    **dict.fromkeys(("AppliedDecision", "ProposalFate", "GroupSheetEntry", "GroupSheet"), "fates"),
}

__all__ = [
    "LANGUAGES",
    "TIMEFRAMES",
    "MergeHow",
    "Status",
    "Named",
    "Partner",
    "Conference",
    "SuppliedTranslation",
    "Proposal",
    "Inputs",
    "RECOMMENDATION_PREFIX",
    "printed_as",
    "Member",
    "Recommendation",
    "Suggestion",
    "MergeResult",
    "SheetRow",
    "SHEET_NAME",
    "SHEET_COLUMNS",
    "Text",
    "Line",
    "LocalizedMember",
    "LocalizedSdg",
    "LocalizedRecommendation",
    "WithdrawnRecommendation",
    "LocalizedDirection",
    "ChartRow",
    "ChartData",
    "Summary",
    "GroupRow",
    "ProvenanceRow",
    "SdgRow",
    "Annexes",
    "ChangeEntry",
    "ChangeGroup",
    "Changelog",
    "FooterPart",
    "LocalizedBook",
    "Edition",
    "Release",
    "AppliedDecision",
    "ProposalFate",
    "GroupSheetEntry",
    "GroupSheet",
]


def __getattr__(name: str) -> object:
    """Return a name of a module imported on first use (`from recbook.model import Edition` too)."""
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value

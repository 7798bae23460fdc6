"""The typed, frozen data that flows through the pipeline.

load → validate gives `Conference` + `Proposal`s; merge gives a `MergeResult`;
localize gives one `LocalizedBook` per language, which both renderers (PDF and
DOCX) read. Stages never mutate these: they build new ones.

One module per stage's output (inputs, merged, book, editions, fates); everything
is re-exported here, so `from recbook.model import Proposal` stays the way in.
"""

from __future__ import annotations

from .inputs import (
    LANGUAGES, TIMEFRAMES, MergeHow, Status, Named, Partner, Conference, SuppliedTranslation, Proposal,
    Inputs,
)
from .merged import Member, Recommendation, Suggestion, MergeResult, SheetRow, SHEET_NAME, SHEET_COLUMNS
from .book import (
    Text, Line, LocalizedMember, LocalizedSdg, LocalizedRecommendation, WithdrawnRecommendation,
    LocalizedDirection, ChartRow, ChartData, Summary, GroupRow, ProvenanceRow, SdgRow, Annexes,
    ChangeEntry, ChangeGroup, Changelog, FooterPart, LocalizedBook,
)
from .editions import Edition, Release
from .fates import AppliedDecision, ProposalFate, GroupSheetEntry, GroupSheet

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

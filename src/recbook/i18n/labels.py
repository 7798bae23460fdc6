"""The book's own wording, in English, marked for gettext extraction.

Each label's key is also its msgctxt in book.po, so a translation follows the
label even when the English wording is edited. Renderers print these from
`LocalizedBook.labels[key]`. Placeholders in braces ({page}, {number}) are
filled by localize (`translator.fill`); translators must keep them.
"""

from __future__ import annotations

# Babel keyword specs for these markers (msgctxt first), used by `extract`.
KEYWORDS = {"L_": ((1, "c"), 2), "LP_": ((1, "c"), 2, 3)}


def L_(key: str, text: str) -> tuple[str, str]:
    """Mark a label for extraction; return (key, English text)."""
    return key, text


def LP_(key: str, singular: str, plural: str) -> tuple[str, str, str]:
    """Mark a plural label for extraction; return (key, singular, plural)."""
    return key, singular, plural


LABELS: tuple[tuple[str, str], ...] = (
    # cover and front matter
    L_("book.kind", "Recommendations"),
    L_("illustrative_notice", "Illustrative sample — proposals are fictional"),
    L_("draft_notice", "Draft — translation {percent} complete"),
    L_("fallback_note", "Not yet translated: shown in the original language"),
    L_("organizers", "Organizers"),
    L_("partners", "Partners"),
    L_("contents", "Contents"),
    L_("foreword", "Foreword"),
    L_("methodology", "Methodology"),
    L_("disclaimer", "Disclaimer"),
    L_("imprint", "Imprint"),
    L_("edition", "Edition"),
    L_("licence", "Licence"),
    L_("isbn", "ISBN"),
    L_("udc", "UDC"),
    # PDF edition: edition label, summary section and its chart
    L_("edition.draft", "Draft"),
    L_("edition.final", "Final edition"),
    L_("summary", "Summary"),
    L_("chart.caption", "Recommendations and votes by direction"),
    L_("table.total", "Total"),
    # body
    L_("recommendations", "Recommendations"),
    L_("direction_n", "Direction {number}"),
    L_("recommendation_n", "Recommendation {number}"),
    L_("proposed_by", "Proposed by:"),
    L_("addressees", "Addressees"),
    L_("timeframe", "Timeframe"),
    L_("timeframe.short", "short term (up to 1 year)"),
    L_("timeframe.medium", "medium term (1–3 years)"),
    L_("timeframe.long", "long term (3–5 years)"),
    L_("support", "Support"),
    L_("support.none", "no vote count"),
    L_("sdgs", "Sustainable Development Goals"),
    L_("sdg_n", "SDG {number}"),
    # annexes
    L_("annex_n", "Annex {number}"),
    # the annex is a table (where each proposal went: number, how merged, votes), then every original as written
    L_("annex.provenance", "Proposals of the working groups: place in the book and original texts"),
    L_("annex.groups", "Working groups"),
    L_("annex.sdgs", "Recommendations by Sustainable Development Goal"),
    L_("table.number", "No."),
    L_("table.id", "ID"),
    L_("table.recommendation", "Recommendation"),
    L_("table.proposal", "Proposal"),
    L_("table.group", "Working group"),
    L_("table.language", "Language"),
    L_("table.how", "How merged"),
    L_("table.votes", "Votes"),
    L_("table.direction", "Direction"),
    L_("merge.single", "single proposal"),
    L_("merge.exact", "identical wording"),
    # an exact duplicate that is not written letter for letter as its twin (merge/provenance.py)
    L_("merge.exact.case_spacing", "same words"),
    L_("merge.exact.other", "nearly identical text"),
    L_("merge.auto", "merged automatically"),
    L_("merge.manual", "merged by the editors"),
    # editions (recbook release): cover and imprint stamp, withdrawn numbers, the changelog annex
    L_("edition.stamp", "Edition {number}, {date}"),
    L_("withdrawn", "Withdrawn"),
    # a numbered recommendation whose proposals another one now holds: where a partner citing it looks
    L_("merged_into", "Merged into {number}"),
    # a numbered recommendation now printed in another direction: its old number says where it is now
    L_("moved_to", "Moved to {number}"),
    L_("changes.since", "Changes since edition {number} of {date}"),
    L_("changes.added", "Added"),
    L_("changes.withdrawn", "Withdrawn"),
    L_("changes.merged", "Merged into another recommendation"),
    L_("changes.moved", "Moved to another area"),
    L_("changes.reworded", "Reworded"),
    L_("changes.none", "No recommendation was added, withdrawn or reworded."),
    # the 17 Sustainable Development Goals (KAZAKH.md §5)
    L_("sdg.1", "No Poverty"),
    L_("sdg.2", "Zero Hunger"),
    L_("sdg.3", "Good Health and Well-being"),
    L_("sdg.4", "Quality Education"),
    L_("sdg.5", "Gender Equality"),
    L_("sdg.6", "Clean Water and Sanitation"),
    L_("sdg.7", "Affordable and Clean Energy"),
    L_("sdg.8", "Decent Work and Economic Growth"),
    L_("sdg.9", "Industry, Innovation and Infrastructure"),
    L_("sdg.10", "Reduced Inequalities"),
    L_("sdg.11", "Sustainable Cities and Communities"),
    L_("sdg.12", "Responsible Consumption and Production"),
    L_("sdg.13", "Climate Action"),
    L_("sdg.14", "Life Below Water"),
    L_("sdg.15", "Life on Land"),
    L_("sdg.16", "Peace, Justice and Strong Institutions"),
    L_("sdg.17", "Partnerships for the Goals"),
)

PLURAL_LABELS: tuple[tuple[str, str, str], ...] = (
    LP_("votes", "{n} vote", "{n} votes"),
    LP_("recommendations_count", "{n} recommendation", "{n} recommendations"),
)

LABEL_SOURCE_LANGUAGE = "en"

# a working group's "what happened to your proposals" sheet (recbook.localize.group_sheets); not part of
# the book, so not counted in its translation's completeness
GROUP_SHEET_LABELS: tuple[tuple[str, str], ...] = (
    L_("sheet.title", "What happened to your proposals"),
    L_("sheet.intro", "Every proposal your working group submitted, and what became of it in the "
                      "recommendations book."),
    L_("sheet.proposal", "Your proposal"),
    L_("sheet.outcome", "Outcome"),
    L_("sheet.printed_as", "Printed as recommendation {number}"),
    L_("sheet.wording", "Wording in the book"),
    L_("sheet.others", "Also proposed by"),
    L_("sheet.rejected", "Not included in the book: rejected by the editors"),
    L_("sheet.withdrawn", "Not included in the book: withdrawn"),
    L_("sheet.deferred", "Not included in this edition: deferred to a later one"),
    L_("sheet.reason", "Reason"),
    L_("sheet.none", "Your working group submitted no proposals."),
)

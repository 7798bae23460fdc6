"""The typed, frozen data that flows through the pipeline.

load → validate gives `Conference` + `Proposal`s; merge gives a `MergeResult`;
localize gives one `LocalizedBook` per language, which both renderers (PDF and
DOCX) read. Stages never mutate these: they build new ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .diagnostics import Location

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
TIMEFRAMES: tuple[str, ...] = ("short", "medium", "long")
MergeHow = Literal["exact", "auto", "manual", "single"]
# what the secretariat decided about a recommendation: only "accepted" ones are printed
Status = Literal["accepted", "rejected", "withdrawn", "deferred"]


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Named:
    """A conference.yaml list entry with an id and a text in the source language."""

    id: str
    text: str
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Partner:
    """An organiser or partner, with an optional logo (a path inside the project)."""

    name: str
    logo: str | None = None
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Conference:
    """conference.yaml, validated. Text values are in `source_language`."""

    id: str
    source_language: str
    languages: tuple[str, ...]
    title: str
    date: dt.date
    city: str
    organizers: tuple[Partner, ...]
    directions: tuple[Named, ...]
    groups: tuple[Named, ...]
    addressees: tuple[Named, ...]
    subtitle: str | None = None
    partners: tuple[Partner, ...] = ()
    venue: str | None = None
    methodology: str | None = None
    foreword: str | None = None  # Markdown-ish plain text; per-language files may override
    foreword_signatory: str | None = None
    disclaimer: str | None = None
    adopted: str | None = None  # "adopted by the participants on …" line
    edition: str | None = None
    licence: str | None = None
    isbn: str | None = None
    udc: str | None = None
    publisher: str | None = None  # imprint, at the foot of the page after the cover
    contacts: str | None = None
    copyright: str | None = None
    illustrative: bool = False  # sample data: the cover says the proposals are fictional
    # the merge's knobs written under thresholds: (MergeSettings field, value), docs/decisions.md
    thresholds: tuple[tuple[str, float], ...] = ()
    # where each text field was written, keyed like "title", "directions.D1" (for catalogs)
    locations: tuple[tuple[str, Location], ...] = field(default=(), compare=False)

    def direction(self, id: str) -> Named:
        return next(d for d in self.directions if d.id == id)

    def group(self, id: str) -> Named:
        return next(g for g in self.groups if g.id == id)

    def addressee(self, id: str) -> Named:
        return next(a for a in self.addressees if a.id == id)

    def location_of(self, key: str) -> Location | None:
        return dict(self.locations).get(key)


@dataclass(frozen=True)
class SuppliedTranslation:
    """A translation a group wrote itself in a `title:LANG` / `text:LANG` column."""

    language: str
    title: str | None
    text: str | None


@dataclass(frozen=True)
class Proposal:
    """One working-group proposal, validated (text NFC-normalized, nothing else changed)."""

    id: str
    group: str
    direction: str
    language: str
    title: str
    text: str
    addressees: tuple[str, ...] = ()
    timeframe: str | None = None  # one of TIMEFRAMES
    votes: int | None = None
    sdgs: tuple[int, ...] = ()
    translations: tuple[SuppliedTranslation, ...] = ()
    location: Location | None = field(default=None, compare=False)  # the row / item
    # where each field came from ("title" → file:line:col), for diagnostics and catalogs
    field_locations: tuple[tuple[str, Location], ...] = field(default=(), compare=False)

    def translation(self, language: str) -> SuppliedTranslation | None:
        return next((t for t in self.translations if t.language == language), None)

    def location_of(self, key: str) -> Location | None:
        return dict(self.field_locations).get(key) or self.location


# ---------------------------------------------------------------- merge


@dataclass(frozen=True)
class Member:
    """A proposal inside a recommendation, and how it got there."""

    proposal_id: str
    how: MergeHow  # "single" for the canonical of a one-member cluster
    score: float  # similarity to the canonical proposal, 1.0 for itself


@dataclass(frozen=True)
class Recommendation:
    """A cluster of proposals that the book prints once (ARCHITECTURE: `clusters`)."""

    id: str  # "R-<canonical proposal id>": derived, never a running counter
    canonical: str
    members: tuple[Member, ...]  # canonical first, then by proposal id
    how: MergeHow
    score: float  # lowest member score; 1.0 for singletons and exact merges
    edited_title: str | None = None  # from decisions.yaml
    edited_text: str | None = None
    status: Status = "accepted"  # reject / withdraw / defer decisions set it aside
    reason: str | None = None  # why it was set aside

    @property
    def member_ids(self) -> tuple[str, ...]:
        return tuple(m.proposal_id for m in self.members)


@dataclass(frozen=True)
class Suggestion:
    """A pair left apart that a person should look at."""

    a: str
    b: str
    score: float
    reason: str = ""


@dataclass(frozen=True)
class MergeResult:
    recommendations: tuple[Recommendation, ...]  # every proposal is in exactly one, set aside or not
    suggestions: tuple[Suggestion, ...] = ()
    # pairs that read alike but differ (numbers, more/less, "not", names): kept apart, shown to check
    look_alikes: tuple[Suggestion, ...] = ()

    @property
    def accepted(self) -> tuple[Recommendation, ...]:
        """Return the recommendations the book prints."""
        return tuple(r for r in self.recommendations if r.status == "accepted")

    @property
    def set_aside(self) -> tuple[Recommendation, ...]:
        """Return the rejected, withdrawn and deferred recommendations."""
        return tuple(r for r in self.recommendations if r.status != "accepted")


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


# ---------------------------------------------------------------- localized book


@dataclass(frozen=True)
class Text:
    """A printed string and the language it is really in.

    `fallback` is True when the translation was missing (or fuzzy) and the
    source text is shown instead: renderers mark it so an editor sees it.
    """

    value: str
    lang: str
    fallback: bool = False


Line = tuple[Text, ...]  # a printed line: pieces that keep their own language, separators included


@dataclass(frozen=True)
class LocalizedMember:
    """One original proposal as the provenance annex prints it (in its own language)."""

    proposal_id: str
    group: Text
    language: str
    title: str
    text: str
    how: MergeHow
    score: float
    votes: int | None
    body: Line = ()  # `text` split into paragraphs
    meta: Line = ()  # "group · Recommendation 1.2"


@dataclass(frozen=True)
class LocalizedSdg:
    """One goal under a recommendation: "SDG 16" and its localized title."""

    goal: int
    label: str  # "SDG 16" / "16-ТДМ"
    title: Text


@dataclass(frozen=True)
class LocalizedRecommendation:
    number: str  # "1.2", printed literally in PDF and DOCX
    id: str
    title: Text
    text: Text
    addressees: tuple[Text, ...]
    timeframe: Text | None
    sdgs: tuple[tuple[int, Text], ...]  # (goal number, localized goal title)
    votes: int
    votes_label: str  # "12 голосов", plural-correct; "no vote count" when none was given
    proposed_by: tuple[Text, ...]  # group names, in group order
    proposed_by_label: str  # the list joined the CLDR way
    members: tuple[LocalizedMember, ...]
    body: Line = ()  # `text` split into paragraphs
    addressees_line: Line = ()  # names with their separators
    sdg_lines: tuple[LocalizedSdg, ...] = ()
    proposed_by_line: Line = ()  # the joined list, or names marked one by one


@dataclass(frozen=True)
class WithdrawnRecommendation:
    """A number a released edition gave to a recommendation the book no longer prints."""

    number: str  # "1.3": printed at its place, never given to another recommendation
    id: str
    label: str  # "Withdrawn"


@dataclass(frozen=True)
class LocalizedDirection:
    number: str  # "1"
    id: str
    title: Text
    recommendations: tuple[LocalizedRecommendation, ...]
    total_votes: int
    heading: str = ""  # "Direction 1"
    count_label: str = ""  # the number of recommendations, formatted
    votes_label: str = ""  # total_votes, formatted
    withdrawn: tuple[WithdrawnRecommendation, ...] = ()

    @property
    def entries(self) -> tuple[LocalizedRecommendation | WithdrawnRecommendation, ...]:
        """Return recommendations and withdrawn numbers together, in number order (as printed)."""
        items = [*self.recommendations, *self.withdrawn]
        return tuple(sorted(items, key=lambda item: tuple(int(n) for n in item.number.split("."))))


@dataclass(frozen=True)
class ChartRow:
    """One direction of the summary chart: its number, localized title and the two counts."""

    number: str
    title: str
    lang: str
    recommendations: int
    votes: int
    values: tuple[str, str] = ("", "")  # the two counts as printed next to the bars


@dataclass(frozen=True)
class ChartData:
    """Everything a renderer needs to draw the chart (SVG in the PDF, PNG in the DOCX)."""

    rows: tuple[ChartRow, ...]
    series: tuple[str, str]  # localized panel titles: recommendations, votes
    caption: str
    lang: str
    alt: str = ""  # the text equivalent, for screen readers


@dataclass(frozen=True)
class Summary:
    """The summary table's totals, formatted (its rows are the directions)."""

    recommendations: str
    votes: str


@dataclass(frozen=True)
class GroupRow:
    """Annex 1: a working group and the numbers of the recommendations it proposed."""

    id: str
    name: Text
    numbers: str  # "1.1, 2.3"


@dataclass(frozen=True)
class ProvenanceRow:
    """Annex 2: one original proposal and where it went."""

    recommendation: LocalizedRecommendation
    member: LocalizedMember
    group_id: str
    language: str  # the language's name, in the book's language
    how: str  # how it was merged, in words (the score is an internal metric: review.html shows it)
    votes: str  # formatted, or a dash when not given


@dataclass(frozen=True)
class SdgRow:
    """Annex 3: a goal and the recommendations citing it."""

    goal: str
    title: Text
    numbers: str


@dataclass(frozen=True)
class Annexes:
    """The annexes' headings ("Annex 1. Working groups") and rows, shared by both renderers."""

    groups_heading: str
    groups: tuple[GroupRow, ...]
    provenance_heading: str
    provenance: tuple[ProvenanceRow, ...]
    sdgs_heading: str
    sdgs: tuple[SdgRow, ...]


@dataclass(frozen=True)
class ChangeEntry:
    """One line of the changelog: a number and, unless withdrawn, the title as printed now."""

    number: str
    title: Text | None


@dataclass(frozen=True)
class ChangeGroup:
    """Added, withdrawn or reworded recommendations, under their localized heading."""

    kind: Literal["added", "withdrawn", "reworded"]
    heading: str
    entries: tuple[ChangeEntry, ...]


@dataclass(frozen=True)
class Changelog:
    """What changed since the previous released edition (printed as the last annex)."""

    heading: str  # "Annex 4. Changes since edition 1 of 1 December 2026"
    title: str  # the same without "Annex 4. ", for the changelog file next to the archive
    since: int  # the previous edition's number
    groups: tuple[ChangeGroup, ...]  # only the kinds that have entries
    none_label: str = ""  # the sentence printed when no group has entries


# the running footer: literal text and page-number fields ("page", "pages"), in order
FooterPart = tuple[Literal["text", "field"], str]


@dataclass(frozen=True)
class LocalizedBook:
    """Everything a renderer prints for one language, already translated and formatted.

    Renderers print fields; they never look a label up with placeholders, format
    a number or a date, or split a paragraph. `labels` holds the book wording that
    has no placeholders ("contents" → "Мазмұны").
    """

    lang: str
    conference_id: str
    title: Text
    subtitle: Text | None
    date: dt.date
    date_label: str  # "2025 жылғы 26 қыркүйек"
    city: Text
    organizers: tuple[Partner, ...]
    partners: tuple[Partner, ...]
    directions: tuple[LocalizedDirection, ...]
    groups: tuple[tuple[str, Text], ...]  # (group id, name) for the annex
    labels: dict[str, str] = field(hash=False)  # book wording: "contents" → "Мазмұны"
    foreword: Text | None = None
    methodology: Text | None = None
    disclaimer: Text | None = None
    adopted: Text | None = None
    # imprint and signatory (translated like the other conference texts; ISBN/UDC are codes)
    venue: Text | None = None
    foreword_signatory: Text | None = None
    edition: Text | None = None
    licence: Text | None = None
    isbn: str | None = None
    udc: str | None = None
    publisher: Text | None = None
    contacts: Line = ()  # one Text per line
    copyright: Text | None = None
    draft: bool = True  # not the final edition: fallbacks are marked, the cover says "Draft"
    completeness: float = 1.0  # share of translated strings, 0..1
    missing: tuple[str, ...] = ()  # msgctxt/msgid of strings shown in the source language
    illustrative: bool = False
    source_date_epoch: int = 0  # for PDF/DOCX metadata dates (from the conference date)
    # prepared by localize so renderers only print
    foreword_body: Line = ()
    methodology_body: Line = ()
    disclaimer_body: Line = ()
    draft_notice: str = ""  # "Draft — translation 97 % complete"; empty when nothing is missing
    footer: tuple[FooterPart, ...] = ()
    summary: Summary | None = None
    chart: ChartData | None = None
    annexes: Annexes | None = None
    # editions (recbook release): status and stamps; the changelog against the previous edition
    edition_status: Literal["draft", "final"] = "draft"  # "final" only in a final release
    edition_label: str = ""  # "Draft" / "Final edition"; empty for a final illustrative sample
    edition_number: int | None = None  # the edition being released; None for a build
    edition_stamp: str = ""  # "Edition 1, 1 December 2026"
    changelog: Changelog | None = None


# ---------------------------------------------------------------- editions


@dataclass(frozen=True)
class Edition:
    """One released edition as inputs/editions.yaml records it: the numbers it froze."""

    number: int
    date: dt.date
    final: bool
    numbers: tuple[tuple[str, str], ...]  # (recommendation id, printed number) of those printed
    withdrawn: tuple[tuple[str, str], ...] = ()  # numbers printed as "withdrawn", never reused
    wording: tuple[tuple[str, str], ...] = ()  # (id, hash of the source title and text)
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Release:
    """The edition `recbook release` is making: its number, date and whether it is final."""

    number: int
    date: dt.date
    final: bool


# ---------------------------------------------------------------- stage bundles


@dataclass(frozen=True)
class Inputs:
    """What validate returns: the conference and its proposals, in input order."""

    conference: Conference
    proposals: tuple[Proposal, ...]


# ---------------------------------------------------------------- what became of each proposal


@dataclass(frozen=True)
class AppliedDecision:
    """A decisions.yaml item that shaped a proposal's recommendation, where it is and why."""

    action: str  # merge, apart, canonical, edit, reject, withdraw, defer
    line: str  # the item as one pasteable YAML line
    where: str  # "inputs/decisions.yaml:3" (empty when not known)
    reason: str = ""  # the reason of a set-aside, else the note


@dataclass(frozen=True)
class ProposalFate:
    """One original proposal and what became of it: the internal provenance report's row.

    `how` says how it reached its recommendation: single (alone), canonical (its wording
    is printed), edited (its recommendation prints edited wording), or exact/auto/manual
    (joined to the canonical proposal that way).
    """

    proposal: Proposal
    recommendation: str  # the recommendation id
    number: str  # the printed number ("1.2"); empty when set aside
    how: str
    score: float  # similarity to the canonical proposal (1.0 for itself)
    status: Status
    reason: str  # why it was set aside (empty when printed)
    merged_with: tuple[str, ...]  # the other proposals of its recommendation
    decisions: tuple[AppliedDecision, ...] = ()


@dataclass(frozen=True)
class GroupSheetEntry:
    """One proposal of a group as its "what happened to your proposals" sheet prints it."""

    proposal_id: str
    title: str  # as the group wrote it
    language: str  # the language it was written in
    outcome: str  # "Printed as recommendation 1.2" / "Not included in the book: rejected …"
    printed: bool
    wording_title: Text | None = None  # the recommendation's final wording, in the sheet's language
    wording_text: Text | None = None
    others: str = ""  # the other groups credited with it, joined the CLDR way
    reason: str = ""  # why it was set aside, as the secretariat wrote it


@dataclass(frozen=True)
class GroupSheet:
    """A working group's sheet, in the group's language: each of its proposals and its fate."""

    group_id: str
    lang: str
    group: Text
    conference: Text  # the conference title
    stamp: str  # "Draft" / "Edition 1, 15 October 2025 · Final edition"
    entries: tuple[GroupSheetEntry, ...]
    labels: dict[str, str] = field(hash=False)  # the sheet's headings, already translated

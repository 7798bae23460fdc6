"""One language's book as localize builds it and both renderers (PDF and DOCX) read it."""

from __future__ import annotations

import datetime as dt
from html import escape
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .inputs import MergeHow, Partner

if TYPE_CHECKING:  # made only for a book with released editions (model/changelog.py)
    from .changelog import Changelog


@dataclass(frozen=True)
class Text:
    """A printed string and the language it is really in.

    `fallback` is True when the translation was missing (or fuzzy) and the
    source text is shown instead: renderers mark it so an editor sees it.
    """

    value: str
    lang: str
    fallback: bool = False

    def __html__(self) -> str:
        """Return the value, escaped: what `{{ text }}` prints in a template (marks come from `p.inline`)."""
        return escape(self.value)


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
    written: str = ""  # an exact duplicate's wording beside its twins: identical, case_spacing, other


@dataclass(frozen=True)
class LocalizedSdg:
    """One goal under a recommendation: "SDG 16" and its localized title."""

    goal: int
    label: Text  # "SDG 16" / "16-ТДМ"
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
    votes_label: Text  # "12 голосов", plural-correct; "no vote count" when none was given
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
    label: Text  # "Withdrawn", "Merged into 1.6" or "Moved to 4.1"
    title: Text | None = None  # as the last edition printing it did (None: not recorded, and gone)
    merged_into: str | None = None  # the number of the recommendation that now holds its proposals
    moved_to: str | None = None  # its own number now, printed in another direction


@dataclass(frozen=True)
class LocalizedDirection:
    number: str  # "1"
    id: str
    title: Text
    recommendations: tuple[LocalizedRecommendation, ...]
    total_votes: int
    heading: Text = Text("", "")  # "Direction 1"
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
    # book.po labels printed in English for want of a translation, as `labels` holds them: each the Text a
    # renderer marks as it marks a content string in its source language (`label_text`)
    fallback_labels: dict[str, Text] = field(default_factory=dict, hash=False)
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

    def label_text(self, key: str) -> Text:
        """Return the label `key` as printed: in the book's language, or its English source marked as a fallback."""
        return self.fallback_labels.get(key) or Text(self.labels[key], self.lang)

    @property
    def has_imprint(self) -> bool:
        """Return whether the page after the cover has anything to print: the one answer the PDF template
        (book-layout.html) and the DOCX (render.docx.sections.imprint) both print the page by.

        Without it both editions go from the cover to the contents, numbered 1: a PDF that printed
        the page blank was numbered one ahead of its DOCX. The disclaimer counts by its paragraphs,
        which is what both print: one of no text printed a blank page in the PDF and none in the DOCX.
        """
        texts = (self.publisher, self.adopted, self.edition, self.licence, self.isbn, self.udc, self.copyright)
        return any(t is not None for t in texts) or bool(
            self.contacts or self.disclaimer_body or self.edition_stamp or self.draft_notice)

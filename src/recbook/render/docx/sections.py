"""The book's front parts and recommendations, in the order of book-layout.html.

Cover, imprint, contents, foreword, methodology, then one chapter per
direction; the summary and annexes are in annexes.py. The wording, numbers
and attributions are the PDF's, so both editions carry the same book.
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph

from ...model import LocalizedDirection, LocalizedRecommendation, LocalizedSdg, Partner, WithdrawnRecommendation
from .assets import add_logo
from .builder import BookWriter
from .text import Piece

EN_SPACE = "\u2002"  # between "SDG 16" and the goal's title, as in the PDF


def cover(w: BookWriter) -> None:
    """Write the cover: organisers, kind, title, place and date, edition, partners."""
    book = w.book
    _partners(w, book.organizers)
    w.paragraph("Cover Kind", [w.label("book.kind")])
    w.paragraph("Title", [book.title])
    if book.subtitle is not None:
        w.paragraph("Subtitle", [book.subtitle])
    if book.venue is not None:
        w.paragraph("Cover Text", [book.venue])
    w.paragraph("Cover Text", [book.city, ", ", book.date_label])
    if book.edition_label:
        w.paragraph("Cover Notice" if book.edition_status == "draft" else "Cover Text", [book.edition_label])
    if book.edition_stamp:
        w.paragraph("Cover Text", [book.edition_stamp])
    if book.draft:
        w.paragraph("Cover Text", [book.draft_notice])
    if book.illustrative:
        w.paragraph("Cover Notice", [w.label("illustrative_notice")])
    if book.partners:
        w.paragraph("Cover Text", [w.label("partners")])
        _partners(w, book.partners)


def _partners(w: BookWriter, partners: tuple[Partner, ...]) -> None:
    """Write one line per partner: its logo (when it has one), then its name."""
    for partner in partners:
        paragraph = w.paragraph("Cover Text")
        if partner.logo:
            add_logo(paragraph, w.ctx, partner.logo, partner.name)
            w.runs.piece(paragraph, " ")
        w.runs.piece(paragraph, partner.name)


def imprint(w: BookWriter) -> None:
    """Write the back of the cover: adoption line, disclaimer, notices, fallback legend."""
    book = w.book
    written: list[Paragraph] = []
    if book.adopted is not None:
        written.append(w.paragraph("Imprint", [book.adopted]))
    if book.disclaimer is not None:
        written += w.prose(book.disclaimer_body, style="Imprint")
    details = (("edition", book.edition), ("licence", book.licence), ("isbn", book.isbn), ("udc", book.udc))
    for key, value in details:
        if value is not None:
            written.append(w.detail(_colon(w.label(key)), [value], style="Imprint"))
    if book.edition_stamp:
        stamp = book.edition_stamp + (f" · {book.edition_label}" if book.edition_label else "")
        written.append(w.detail(_colon(w.label("edition")), [stamp], style="Imprint"))
    if book.draft:
        written.append(w.paragraph("Imprint", [book.draft_notice]))
        if book.missing:
            legend = w.paragraph("Imprint")
            w.runs.piece(legend, w.label("fallback_note"), style="Untranslated")
            written.append(legend)
    if written:
        w.page_break(written[0])


def contents(w: BookWriter) -> Paragraph:
    """Write the Contents heading; return the placeholder the TOC replaces later."""
    w.paragraph("TOC Heading", [w.label("contents")])
    return w.paragraph("Normal")


def front_matter(w: BookWriter) -> None:
    """Write foreword and methodology, each under its own heading."""
    for key, body in (("foreword", w.book.foreword_body), ("methodology", w.book.methodology_body)):
        if body:
            w.heading(1, [w.label(key)])
            w.prose(body)
            if key == "foreword" and w.book.foreword_signatory is not None:
                w.paragraph("Signature", [w.book.foreword_signatory])


def recommendations(w: BookWriter) -> None:
    """Write every direction and its numbered recommendations."""
    for direction in w.book.directions:
        _direction(w, direction)


def _direction(w: BookWriter, direction: LocalizedDirection) -> None:
    """Write "Direction 1" over the title; the TOC lists it as "1. Title", as the PDF does."""
    w.heading(1, [direction.heading, "\n", direction.title], toc=[f"{direction.number}. ", direction.title])
    for entry in direction.entries:
        if isinstance(entry, WithdrawnRecommendation):
            # a number partners may cite: kept at its place, never a heading of its own
            w.paragraph("Recommendation Details", [entry.number, " ", entry.label])
        else:
            _recommendation(w, entry)


def _recommendation(w: BookWriter, rec: LocalizedRecommendation) -> None:
    """Write one recommendation: "1.2 Title", its text, then its details."""
    # the number is literal text, identical to the PDF's, never a Word list number
    w.heading(2, [rec.number, " ", rec.title])
    w.prose(rec.body)
    if rec.addressees_line:
        w.detail(_colon(w.label("addressees")), rec.addressees_line)
    if rec.timeframe is not None:
        w.detail(_colon(w.label("timeframe")), [rec.timeframe])
    if rec.sdg_lines:
        w.detail(_colon(w.label("sdgs")), _sdgs(rec.sdg_lines))
    w.detail(_colon(w.label("support")), [rec.votes_label])
    w.detail(w.label("proposed_by"), rec.proposed_by_line)


def _sdgs(sdgs: tuple[LocalizedSdg, ...]) -> list[Piece]:
    """Return "SDG 16 Peace, Justice …", one goal per line."""
    pieces: list[Piece] = []
    for sdg in sdgs:
        pieces += ["\n" if pieces else "", sdg.label + EN_SPACE, sdg.title]
    return pieces


def _colon(label: str) -> str:
    """Return a details label ending in a colon ("Proposed by:" already has one)."""
    return label if label.endswith(":") else f"{label}:"

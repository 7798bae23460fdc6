"""The book's parts in print order: cover, contents, front matter, recommendations.

The order and wording mirror templates/book.html (the PDF edition), so both
editions carry the same book; annexes are in annexes.py.
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph

from ...model import LocalizedDirection, LocalizedRecommendation, Text
from .builder import BookWriter
from .text import Piece, joined, separated


def cover(w: BookWriter) -> None:
    """Write the cover: title, subtitle, date and city, organisers, notices."""
    book = w.book
    w.paragraph("Title", [book.title])
    if book.subtitle is not None:
        w.paragraph("Subtitle", [book.subtitle])
    w.paragraph("Cover Text", [book.city, ", ", book.date_label])
    if book.organizers:
        w.paragraph("Cover Text", [w.label("organizers")])
        for partner in book.organizers:
            w.paragraph("Cover Text", [partner.name])
    if book.partners:
        w.paragraph("Cover Text", [w.label("partners")])
        for partner in book.partners:
            w.paragraph("Cover Text", [partner.name])
    if book.adopted is not None:
        w.paragraph("Cover Text", [book.adopted])
    if book.illustrative:
        w.paragraph("Cover Notice", [w.label("illustrative_notice")])
    if book.draft:
        w.paragraph("Cover Notice", [draft_notice(w)])


def draft_notice(w: BookWriter) -> str:
    """Return "Draft — translation n% complete" (localize fills the percent)."""
    text = w.label("draft_notice")
    if "{percent}" in text:  # a hand-built book: format it the CLDR way here
        from babel.numbers import format_percent

        text = text.replace("{percent}", format_percent(w.book.completeness, locale=w.book.lang))
    return text


def contents(w: BookWriter) -> Paragraph:
    """Write the Contents heading; return the placeholder the TOC replaces later."""
    w.paragraph("TOC Heading", [w.label("contents")])
    return w.paragraph("Normal")


def front_matter(w: BookWriter) -> None:
    """Write foreword and methodology, each under its own heading."""
    for key, text in (("foreword", w.book.foreword), ("methodology", w.book.methodology)):
        if text is not None:
            w.heading(1, [w.label(key)])
            w.prose(text)


def disclaimer(w: BookWriter) -> None:
    """Write the funder disclaimer, when there is one."""
    if w.book.disclaimer is not None:
        w.heading(1, [w.label("disclaimer")])
        w.prose(w.book.disclaimer)


def recommendations(w: BookWriter) -> None:
    """Write every direction and its numbered recommendations."""
    for direction in w.book.directions:
        _direction(w, direction)


def _direction(w: BookWriter, direction: LocalizedDirection) -> None:
    w.heading(1, [w.label("direction_n", number=direction.number), ". ", direction.title])
    for rec in direction.recommendations:
        _recommendation(w, rec)


def _recommendation(w: BookWriter, rec: LocalizedRecommendation) -> None:
    """Write one recommendation: "1.2 Title", its text, then its details."""
    # the number is literal text, identical to the PDF's, never a Word list number
    w.heading(2, [rec.number, " ", rec.title])
    w.prose(rec.text)
    if rec.addressees:
        w.detail(_colon(w.label("addressees")), separated(rec.addressees))
    if rec.timeframe is not None:
        w.detail(_colon(w.label("timeframe")), [rec.timeframe])
    if rec.sdgs:
        w.detail(_colon(w.label("sdgs")), _sdgs(w, rec.sdgs))
    w.detail(_colon(w.label("support")), [rec.votes_label])
    w.detail(w.label("proposed_by"), joined(rec.proposed_by_label, rec.proposed_by))


def _sdgs(w: BookWriter, sdgs: tuple[tuple[int, Text], ...]) -> list[Piece]:
    """Return "SDG 16 — Peace, Justice and Strong Institutions; …" as pieces."""
    pieces: list[Piece] = []
    for number, title in sdgs:
        pieces += ["; " if pieces else "", f"{w.label('sdg_n', number=str(number))} — ", title]
    return pieces


def _colon(label: str) -> str:
    """Return a details label ending in a colon ("Proposed by:" already has one)."""
    return label if label.endswith(":") else f"{label}:"


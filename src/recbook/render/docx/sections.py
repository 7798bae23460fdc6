"""The book's front parts and recommendations, in the order of book-layout.html.

Cover, imprint, contents, foreword, methodology, then one chapter per
direction; the summary and annexes are in annexes.py. The wording, numbers
and attributions are the PDF's, so both editions carry the same book.
"""

from __future__ import annotations

from dataclasses import replace

from docx.text.paragraph import Paragraph

from ...model import LocalizedDirection, LocalizedRecommendation, LocalizedSdg, Partner, Text, WithdrawnRecommendation
from .assets import add_logo, logo_width
from .builder import BookWriter
from .pages import at_page_foot
from .text import Piece, label_piece

EN_SPACE = "\u2002"  # between "SDG 16" and the goal's title, as in the PDF
LOGO_GAP = 170  # twips between the widest logo and the names: 3 mm, as in book.css


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
    if book.draft_notice:
        w.paragraph("Cover Text", [book.draft_notice])
    if book.illustrative:
        w.paragraph("Cover Notice", [w.label("illustrative_notice")])
    if book.partners:
        w.paragraph("Cover Text", [w.label("partners")])
        _partners(w, book.partners)


def _partners(w: BookWriter, partners: tuple[Partner, ...]) -> None:
    """Write the partners: logos in one column, names beside them (PDF: .cover ul.partners)."""
    with_logo = [p for p in partners if p.logo]
    if not with_logo:
        for partner in partners:  # a name is never hyphenated, translated or not (the PDF's neither)
            w.runs.piece(w.paragraph("Cover Text"), _name(partner), hyphens=False)
        return
    column = min(max(logo_width(w.ctx, p.logo) for p in with_logo) + LOGO_GAP, w.text_width // 2)
    table = w.layout_table((column, w.text_width - column))
    for partner in partners:
        logo, name = w.layout_row(table)
        paragraph = w.paragraph_in(logo, "Cover Partner")
        if partner.logo:
            add_logo(paragraph, w.ctx, partner.logo, partner.name)
        w.runs.piece(w.paragraph_in(name, "Cover Partner"), _name(partner), hyphens=False)


def _name(partner: Partner) -> Piece:
    """Return a partner's name: a Text marked as a fallback when it is untranslated, else its plain words."""
    return partner.name if partner.untranslated is None else Text(partner.name, partner.untranslated, fallback=True)


def imprint(w: BookWriter) -> Paragraph | None:
    """Write the back of the cover (page 1) at the foot of its page; return its paragraph in the text flow.

    None where `book.has_imprint` says the page has nothing to print: the PDF template asks it too,
    so the two editions cannot disagree on whether the page is there (every later page number).
    """
    book = w.book
    if not book.has_imprint:
        return None
    written: list[Paragraph] = []
    if book.publisher is not None:
        written.append(w.paragraph("Imprint", [book.publisher]))
    if book.contacts:
        written.append(w.paragraph("Imprint", [piece for line in book.contacts for piece in ("\n", line)][1:]))
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
    if book.draft_notice:
        written.append(w.paragraph("Imprint", [book.draft_notice]))
        if book.missing:
            legend = w.paragraph("Imprint")
            w.runs.piece(legend, w.book.labels["fallback_note"], style="Untranslated")
            written.append(legend)
    if book.copyright is not None:
        written.append(w.paragraph("Imprint", [book.copyright]))
    at_page_foot(written, w.text_width)
    # the frame's anchor: an empty line on the same page (the contents heading breaks the page,
    # and a frame anchored to it would follow it onto the next one); LibreOffice places a
    # bookmark inside a frame on no page, so page 1 is marked here
    return w.paragraph("Normal")


def contents(w: BookWriter) -> tuple[Paragraph, Paragraph]:
    """Write the Contents heading; return it and the placeholder the TOC replaces later."""
    return w.paragraph("TOC Heading", [w.label("contents")]), w.paragraph("Normal")


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
    w.heading(1, [label_piece(direction.heading), "\n", direction.title], toc=[f"{direction.number}. ", direction.title])
    for entry in direction.entries:
        if isinstance(entry, WithdrawnRecommendation):
            # a number partners may cite: kept at its place, never a heading of its own
            title = [entry.title, "\u00a0— "] if entry.title is not None else []
            w.paragraph("Recommendation Details", [entry.number, " ", *title, label_piece(entry.label)])
        else:
            _recommendation(w, entry)


# LibreOffice moves a paragraph that keeps with the next one to the next page whole, and the
# heading kept with it goes along: a text longer than a page cannot move, and its heading was left
# alone on a page after a half-empty one. So only a last paragraph of up to 1,200 characters
# (15 to 18 of the 44 lines a page holds) keeps with the details; a longer one breaks where the
# page ends, and its last lines (widow control: two) come before the details.
KEEP_WITH_DETAILS = 1200


def _recommendation(w: BookWriter, rec: LocalizedRecommendation) -> None:
    """Write one recommendation: "1.2 Title", its text, then its details, kept together when short."""
    # the number is literal text, identical to the PDF's, never a Word list number
    w.heading(2, [rec.number, " ", rec.title])
    text = w.prose(rec.body)
    if text and len(rec.body[-1].value) <= KEEP_WITH_DETAILS:  # the details follow it to the next page
        text[-1].paragraph_format.keep_with_next = True
    if rec.addressees_line:
        w.detail(_colon(w.label("addressees")), rec.addressees_line)
    if rec.timeframe is not None:
        w.detail(_colon(w.label("timeframe")), [rec.timeframe])
    if rec.sdg_lines:
        w.goals(_colon(w.label("sdgs")), _sdgs(rec.sdg_lines))
    w.detail(_colon(w.label("support")), [rec.votes_label])
    # details keep with the next line; "Proposed by", the last, ends the block (PDF: .rec-meta)
    w.detail(w.label("proposed_by"), rec.proposed_by_line, style="Proposed By")


def _sdgs(sdgs: tuple[LocalizedSdg, ...]) -> list[Piece]:
    """Return "SDG 16 Peace, Justice …", one goal per line (each under the first: BookWriter.goals)."""
    pieces: list[Piece] = []
    for sdg in sdgs:
        said = [sdg.label, EN_SPACE] if sdg.label.fallback else [sdg.label.value + EN_SPACE]  # marked alone
        pieces += ["\n" if pieces else "", *said, sdg.title]
    return pieces


def _colon(label: Piece) -> Piece:
    """Return a details label ending in a colon ("Proposed by:" already has one)."""
    if isinstance(label, Text):
        return label if label.value.endswith(":") else replace(label, value=f"{label.value}:")
    return label if label.endswith(":") else f"{label}:"

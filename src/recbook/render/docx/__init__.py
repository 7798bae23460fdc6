"""The DOCX edition: the same LocalizedBook as the PDF, written with python-docx.

Editors keep working in Word, so the file is styled, not formatted: every
paragraph names a style from reference.docx (project override first), the TOC
is a real TOC field whose stored page numbers come from LibreOffice's layout
of the file (paginate.py), and the bytes repeat for the same inputs.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from typing import Callable
from io import BytesIO
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph

from ...model import LocalizedBook
from ...resources import default_dir
from .. import RenderContext
from . import annexes, sections
from .builder import BookWriter
from .fields import add_bookmark
from .package import normalize_zip, zip_time
from .pages import core_properties, end_cover, header_and_footer, set_languages
from .paginate import Layout, Pager, find_office
from .settings import book_settings
from .styles import adopt_missing_styles
from .text import RunWriter
from .toc import Toc, fill_toc

__all__ = ["render_docx"]


DEFAULT_REFERENCE = default_dir("templates") / "reference.docx"
PAGE_ONE = "_BookPage1"  # bookmark on the first paragraph after the cover: the page numbered 1
CONTENTS = "_BookContents"  # bookmark on the contents heading: where LibreOffice's contents pages begin
# RenderContext option: "none" stores no page numbers (unit tests; Word fills them on open)
PAGES_OPTION = "docx.pages"
PLACEHOLDER = "00"  # the first layout's page numbers: most of a book's are two digits
MAX_LAYOUTS = 3
DOTS_PER_DIGIT = 3  # leader dots that surely cover one more digit's width
TITLE_DOTS = 4  # dots counted that may be the title's own "…" or period, and one for a partly filled gap


def reference_docx(ctx: RenderContext) -> Path:
    """Return the reference.docx to style the book with (project override wins)."""
    found = ctx.find_template("reference.docx")
    return found if found is not None else DEFAULT_REFERENCE


def book_time(book: LocalizedBook) -> dt.datetime:
    """Return the time stamped into metadata: the conference date, never "now" (naive, in UTC)."""
    if book.source_date_epoch:
        return dt.datetime.fromtimestamp(book.source_date_epoch, dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.combine(book.date, dt.time())


def _empty_body(document: docx.document.Document) -> None:
    """Drop the reference document's sample paragraphs, keeping its page setup."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def render_docx(book: LocalizedBook, ctx: RenderContext) -> bytes:
    """Return the book as DOCX bytes (nothing is written to disk)."""
    reference = reference_docx(ctx)
    document = docx.Document(str(reference))
    _empty_body(document)
    if reference != DEFAULT_REFERENCE:
        adopt_missing_styles(document, DEFAULT_REFERENCE)
    when = book_time(book)
    w = BookWriter(document, book, when, ctx)
    toc = _write_book(w)
    counts = header_and_footer(document, book, w.runs)
    set_languages(document, book.lang)
    note = book.labels["illustrative_notice"] if book.illustrative else ""
    core_properties(document, book, when, note)
    office = find_office() if ctx.options.get(PAGES_OPTION) != "none" else None
    book_settings(document, book.lang, update_fields=office is None)
    if office is not None:
        with tempfile.TemporaryDirectory(prefix="recbook-lo-") as folder:
            pager = Pager(office, Path(folder), (PAGE_ONE, CONTENTS), ctx.timeout)
            _paginate(document, when, toc, counts, pager.page_numbers)
    return _save(document, when)


def _write_book(w: BookWriter) -> Toc:
    """Write the body in the order of templates/book-layout.html (both editions carry the same book)."""
    sections.cover(w)
    cover_end = w.last_paragraph()
    end_cover(cover_end)
    page_one = sections.imprint(w)
    heading, placeholder = sections.contents(w)
    add_bookmark(page_one or _next_paragraph(cover_end), PAGE_ONE, 0)
    sections.front_matter(w)
    annexes.summary(w)
    sections.recommendations(w)
    annexes.annexes(w)
    add_bookmark(heading, CONTENTS, len(w.outline.entries) + 1)  # an id after every heading's
    plain = RunWriter(w.book.lang, draft=False, mark_fallback=None, ids=w.ids)  # no marks in the contents
    return fill_toc(heading, placeholder, w.outline, plain)


def _paginate(document, when: dt.datetime, toc: Toc, counts, measure: Callable[[bytes, dict[str, str]], Layout]) -> None:
    """Store LibreOffice's page numbers, laying out again until storing them moves nothing.

    Only the numbers' widths can change the layout, and digits are all one
    width: the first layout stores two-digit placeholders. A number of other
    width needs another layout only if it is wider than the leader before it
    can give up, or narrower where the placeholder had to go on a line of its
    own (it may now fit beside its entry's text). Three layouts at most.
    """
    toc.fill(dict.fromkeys(toc.pages, PLACEHOLDER))
    for _ in range(MAX_LAYOUTS):
        shown = {b: t.text or "" for b, t in toc.pages.items()}
        layout = measure(_save(document, when), shown)
        toc.fill(layout.numbers)
        for count in counts:
            count.text = str(layout.count)
        if all(_same_lines(shown[b], layout.numbers.get(b, ""), b in layout.alone, layout.room.get(b, 0))
               for b in shown):
            return


def _same_lines(shown: str, stored: str, alone: bool, room: int = 0) -> bool:
    """Return True when storing `stored` where `shown` was laid out cannot rewrap the entry.

    `room` is the leader dots before `shown`: a wider number takes its extra
    digits' width from the leader, and its line stays the same, when the dots
    cover it with some to spare. A digit is two dots wide in Times (0.5 em, a
    period 0.25 em), up to 2.5 in other fonts; the title's own closing period or
    ellipsis may be among the dots.
    """
    extra = len(stored) - len(shown)
    if extra <= 0:
        return extra == 0 or not alone
    return room >= DOTS_PER_DIGIT * extra + TITLE_DOTS


def _next_paragraph(paragraph: Paragraph) -> Paragraph:
    """Return the paragraph after `paragraph` in the body (the first one numbered 1)."""
    element = paragraph._p.getnext()
    while element is not None and element.tag != paragraph._p.tag:
        element = element.getnext()
    return Paragraph(element if element is not None else paragraph._p, paragraph._parent)


def _save(document: docx.document.Document, when: dt.datetime) -> bytes:
    """Return the document's bytes, zipped reproducibly."""
    raw = BytesIO()
    document.save(raw)
    return normalize_zip(raw.getvalue(), zip_time(when))

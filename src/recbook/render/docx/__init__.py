"""The DOCX edition: the same LocalizedBook as the PDF, written with python-docx.

Editors keep working in Word, so the file is styled, not formatted: every
paragraph names a style from reference.docx (project override first), the TOC
is prebuilt, and the bytes repeat for the same inputs.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import docx

from ...model import LocalizedBook
from ...resources import default_dir
from .. import RenderContext
from . import annexes, sections
from .builder import BookWriter
from .package import normalize_zip, zip_time
from .pages import core_properties, header_and_footer, set_languages, update_fields_on_open
from .styles import adopt_missing_styles
from .text import RunWriter
from .toc import fill_toc

__all__ = ["render_docx"]


DEFAULT_REFERENCE = default_dir("templates") / "reference.docx"


def reference_docx(ctx: RenderContext) -> Path:
    """Return the reference.docx to style the book with (project override wins)."""
    found = ctx.find_template("reference.docx")
    return found if found is not None else DEFAULT_REFERENCE


def book_time(book: LocalizedBook) -> dt.datetime:
    """Return the time stamped into metadata: the conference date, never "now"."""
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
    # the order of templates/book-layout.html, so both editions carry the same book
    sections.cover(w)
    sections.imprint(w)
    placeholder = sections.contents(w)
    sections.front_matter(w)
    annexes.summary(w)
    sections.recommendations(w)
    annexes.annexes(w)
    fill_toc(placeholder, w.outline, RunWriter(book.lang, draft=False, mark_fallback=None, ids=w.ids))
    header_and_footer(document, book, w.runs)
    set_languages(document, book.lang)
    update_fields_on_open(document)
    note = w.label("illustrative_notice") if book.illustrative else ""
    core_properties(document, book, when, note)
    raw = BytesIO()
    document.save(raw)
    return normalize_zip(raw.getvalue(), zip_time(when))

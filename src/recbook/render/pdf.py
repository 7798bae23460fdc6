"""Render a LocalizedBook to PDF bytes with WeasyPrint (never writes files).

- Tagged PDF/UA-1 by default, or PDF/A-3b (`ctx.pdf_variant`), tagged as well.
- Reproducible: metadata dates come from the book's `source_date_epoch` (the
  conference day, or SOURCE_DATE_EPOCH read once by the pipeline), the file identifier is a hash of the content, fonts
  are the pip-installed ones (see fonts.py), and nothing random is drawn.
- Safe: the URL fetcher (fetch.py) loads only the font files, the project's
  asset folders and `data:` URIs. Anything else (http, other files,
  redirects) or a missing asset stops the build with a message naming the
  URL (RELIABILITY.md 16).
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import logging
import os
import weakref
from pathlib import Path

import jinja2
import pydyf
import weasyprint
from weasyprint.text.fonts import FontConfiguration

from ..diagnostics import LocatedError, Location, RecbookError
from ..model import LocalizedBook
from . import RenderContext
from .fetch import AssetRefused, SafeFetcher
from .font_instances import harfbuzz_font_instances
from .fonts import font_dirs, font_face_css
from .html import plain, render_html
from .pdf_hyphens import HYPHENATE_CHARACTER, map_hyphens
from .pdf_tags import completed_tags
from .pdf_pages import cached_page_references
from .pdf_streams import streams_deflated_once

PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b")


class _LogCatcher(logging.Handler):
    """Collect WeasyPrint's errors (e.g. an image without alt text) to fail the build."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def source_date(book: LocalizedBook) -> dt.datetime:
    """Return the build's fixed date (the pipeline put SOURCE_DATE_EPOCH, if set, into the book)."""
    return dt.datetime.fromtimestamp(book.source_date_epoch, dt.timezone.utc)


@contextlib.contextmanager
def _fixed_clock(when: dt.datetime):
    """Set SOURCE_DATE_EPOCH while WeasyPrint writes the PDF.

    WeasyPrint saves instantiated variable fonts with fontTools, which stamps
    the font's head.modified with the current time unless SOURCE_DATE_EPOCH
    is set: without this, two renders differ in every embedded bold font.
    """
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(when.timestamp()))
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _finisher(cover_pages: int, soft_hyphens: bool):
    """Return a finisher numbering pages like the footer (the cover unnumbered, then 1, 2 …) and
    giving hyphens their text values (pdf_hyphens.py; line-end ones U+00AD if `soft_hyphens`)."""

    def finisher(document: weasyprint.Document, pdf: pydyf.PDF) -> None:
        nums = pydyf.Array([0, pydyf.Dictionary({"P": pydyf.String("")})])
        nums.extend([cover_pages, pydyf.Dictionary({"S": "/D", "St": 1})])
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": nums})
        map_hyphens(pdf, line_ends=soft_hyphens)

    return finisher


def _template_error(exc: Exception, project: Path) -> RecbookError:
    """Return a template's failure as an error located at the template's line when Jinja knows it (a project
    template's path shown from the project, as check shows it), else with the place in its message."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file, line, message = exc.filename or exc.name, exc.lineno, exc.message
    else:
        file, line = _template_place(exc) or (None, None)
        message = str(exc) if isinstance(exc, jinja2.TemplateError) else f"{type(exc).__name__}: {exc}"
    shown = _from_project(file, project) if file else None
    if shown is not None:  # the line to mend, where the build's other errors about the project's files are
        return LocatedError(f"PDF template: {message}", Location(shown, line))
    return RecbookError(f"PDF template: {f'{file}:{line}: ' if file else ''}{message}")


def _from_project(file: str, project: Path) -> str | None:
    """Return a template file's path as shown from the project (templates/book.html), None if outside it."""
    with contextlib.suppress(ValueError, OSError):
        return Path(file).resolve().relative_to(project.resolve()).as_posix()
    return None


def _template_place(exc: BaseException, under: Path | None = None) -> tuple[str, int] | None:
    """Return (file, line) of the innermost template frame (in folder `under`, if given) an exception
    passed through, or None."""
    frames, place = getattr(exc, "__traceback__", None), None
    inside = str(under.resolve()) + os.sep if under is not None else ""
    while frames is not None:
        code = frames.tb_frame.f_code
        if code.co_filename.endswith((".html", ".css")) and str(Path(code.co_filename).resolve()).startswith(inside):
            place = (code.co_filename, frames.tb_lineno)
        frames = frames.tb_next
    return place


def render_document(book: LocalizedBook, ctx: RenderContext, fetcher: SafeFetcher) -> weasyprint.Document:
    """Lay the book out into pages (the step tests inspect before writing bytes)."""
    return _layout(*render_html(book, ctx, created=source_date(book)), ctx, fetcher)


# Every font configuration made here, until it is freed: each keeps the book's @font-face files in a
# temporary folder, which its __del__ removes. One left as cyclic garbage when a render worker leaves
# (recbook.render.jobs._leave, which frees nothing) has it removed by this exit handler instead of
# by a last collection of everything the worker holds (0.18 G instructions of a first build).
_FONT_CONFIGURATIONS: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def remove_font_folders() -> None:
    """Remove the temporary font folders of the font configurations still in memory (what their __del__ does)."""
    for fonts in list(_FONT_CONFIGURATIONS):
        with contextlib.suppress(Exception):  # at exit: a folder left behind is not worth a traceback
            fonts.__del__()


def _layout(html: str, styles: list[str], ctx: RenderContext, fetcher: SafeFetcher) -> weasyprint.Document:
    """Lay the book's HTML out into pages."""
    fonts = FontConfiguration()
    _FONT_CONFIGURATIONS.add(fonts)
    base = ctx.project.resolve().as_uri() + "/"
    stylesheets = [
        weasyprint.CSS(string=css, font_config=fonts, url_fetcher=fetcher, base_url=base)
        for css in (font_face_css(), *styles)
    ]
    document = weasyprint.HTML(string=html, base_url=base, url_fetcher=fetcher).render(
        font_config=fonts, stylesheets=stylesheets)
    # the outline (bookmark-label: the headings' data-bookmark) as the metadata holds text: a
    # bookmark pane's search for "1-қосымша" or "3 жыл" finds typography's no-break ones too
    for page in document.pages:
        page.bookmarks[:] = [(level, plain(label), *rest) for level, label, *rest in page.bookmarks]
    return document


def render_pdf(book: LocalizedBook, ctx: RenderContext) -> bytes:
    """Return the book as PDF bytes in `ctx.pdf_variant`."""
    return render_pdf_document(book, ctx)[1]


def render_pdf_document(book: LocalizedBook, ctx: RenderContext) -> tuple[weasyprint.Document, bytes]:
    """Return the laid-out pages and the PDF bytes (tests inspect the pages' boxes)."""
    if ctx.pdf_variant not in PDF_VARIANTS:
        raise RecbookError(f"unknown PDF variant {ctx.pdf_variant!r}; expected one of: {', '.join(PDF_VARIANTS)}")
    fetcher = SafeFetcher((*font_dirs(), *ctx.asset_dirs))
    catcher = _LogCatcher()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(catcher)
    try:
        try:
            html, styles = render_html(book, ctx, created=source_date(book))
        except (ArithmeticError, LookupError, TypeError, ValueError) as exc:
            if _template_place(exc, under=ctx.project / "templates") is None:
                raise  # not a project template's own expression: an internal error, reported as such
            # a project template's own expression failed ({{ 1/0 }}, {{ x[9] }}): say where
            raise _template_error(exc, ctx.project) from exc
        document = _layout(html, styles, ctx, fetcher)
        with _fixed_clock(source_date(book)), completed_tags(), harfbuzz_font_instances(), \
                cached_page_references(), streams_deflated_once():
            # pdf_tags: the archival PDF/A-3b is tagged too (its variant alone would drop the
            # structure PDF/UA-1 has, and a screen reader with it); PDF/UA-1 tags either way
            pdf = document.write_pdf(pdf_variant=ctx.pdf_variant, pdf_identifier=True, pdf_tags=True,
                                     finisher=_finisher(1, soft_hyphens=HYPHENATE_CHARACTER not in html))
    except weasyprint.urls.FatalURLFetchingError as exc:
        raise RecbookError(f"PDF: {exc.__cause__ or exc}") from exc
    except AssetRefused as exc:  # a logo, checked while the HTML is made
        raise RecbookError(f"PDF: {exc}") from exc
    except jinja2.TemplateError as exc:
        raise _template_error(exc, ctx.project) from exc
    finally:
        logger.removeHandler(catcher)
    if catcher.messages:
        raise RecbookError("PDF: " + "; ".join(dict.fromkeys(catcher.messages)))
    return document, pdf

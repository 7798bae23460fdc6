"""Turn a LocalizedBook into the HTML and CSS that WeasyPrint lays out.

Templates are looked up in `ctx.template_dirs` (the project's `templates/`
first, then the packaged defaults), so a project overrides a whole file or,
with ``{% extends %}``, single blocks (the block names are listed in
templates/README.md). Every value from the book is escaped (autoescape) and a
misspelt variable fails the build (StrictUndefined) rather than printing
nothing. Values that reach CSS go through `css_string`, never raw.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import replace
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from ..model import Line, LocalizedBook, Partner, Text
from . import RenderContext
from .chart import chart_svg
from .fetch import data_uri
from .hyphenate_kk import hyphenate
from .long_words import break_long_words
from .templating import template_environment

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# the last space of a heading whose last word has 5 characters or fewer ("рабочих групп")
_SHORT_LAST_WORD = re.compile(r"(?<=\S) (?=\S{1,5}$)")
_MIN_WORDS = 3  # a two-word heading breaks anywhere it likes
# Proposal and group ids (partners cite them): where Unicode line breaking lets one break, after
# one of its hyphens and before a letter ("Law-|Regional"; never "Finance-|01" nor inside a word)
_ID_BREAK = re.compile(r"(?<=-)(?=[^\W\d_])")
SHORT_ID = 16  # characters: an id this short never breaks at all
LONGEST_ID_RUN = 24  # characters without a break: a longer run may break anywhere, or no table fits


def make_env(ctx: RenderContext) -> Environment:
    """Return the Jinja environment over the context's template folders."""
    env = template_environment(ctx.template_dirs)
    env.filters.update(css_string=css_string, css_content=css_content, keep_last_word=keep_last_word, plain=plain)
    return env


# what typography adds so a line cannot break there, as the plain characters a search types
_AS_TYPED = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2011": "-", "\u2060": None})


def plain(value: str) -> str:
    """Return printed text as the PDF's metadata (title, author, keywords) should hold it.

    No-break spaces and hyphens keep a line whole on the page; in a document system's
    search field "в будущее" must find the title, so the metadata has plain ones.
    """
    out = str(value).translate(_AS_TYPED)
    return Markup(out) if isinstance(value, Markup) else out  # an escaped block stays escaped, once


def keep_last_word(heading: Text | str) -> Text | str:
    """Return a heading whose short last word cannot stand alone on the heading's last line.

    A layout rule of the PDF (headings are set ragged right, unhyphenated): the
    book's wording, the DOCX and the PDF outline keep their plain spaces.
    """
    value = heading.value if isinstance(heading, Text) else heading
    if len(value.split()) >= _MIN_WORDS:
        value = _SHORT_LAST_WORD.sub("\u00a0", value)
    return replace(heading, value=value) if isinstance(heading, Text) else value


def css_string(value: str) -> str:
    """Return `value` as a quoted CSS string that cannot end the string or the style."""
    out = []
    for char in value:
        if char in '"\\<>&' or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\{ord(char):x} ")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def css_content(template: str, **counters: str) -> str:
    """Return a CSS `content` value for a label like "Page {page} of {pages}".

    Each placeholder becomes the CSS expression given for it (e.g.
    ``page="counter(page)"``), the text around it a quoted string.
    """
    parts = []
    for i, piece in enumerate(_PLACEHOLDER.split(template)):
        if i % 2:
            parts.append(counters[piece])
        elif piece:
            parts.append(css_string(piece))
    return " ".join(parts) or '""'


class Printer:
    """Print the book's values as HTML fragments, marking language and fallbacks (no formatting)."""

    def __init__(self, book: LocalizedBook) -> None:
        self.book = book

    def _attrs(self, text: Text) -> str:
        attrs = ""
        if text.lang != self.book.lang:
            attrs += f' lang="{escape(text.lang)}"'
        if text.fallback and self.book.draft:
            attrs += ' class="fallback"'
        return attrs

    def _words(self, value: str, lang: str, hyphens: bool) -> Markup:
        # over-long words get break opportunities first: WeasyPrint splits them in quadratic time
        value = break_long_words(value)
        # Kazakh has no hyphenation dictionary: soft hyphens at syllable breaks instead
        body = escape(hyphenate(value) if hyphens and lang == "kk" else value)
        return Markup("<br>\n").join(body.split("\n"))  # a line break inside a cell or a paragraph

    def inline(self, text: Text, *, hyphens: bool = False) -> Markup:
        """Return `text` as inline HTML, in a span when its language or status differs."""
        body = self._words(text.value, text.lang, hyphens)
        attrs = self._attrs(text)
        return Markup(f"<span{attrs}>{body}</span>") if attrs else body

    def partner_name(self, partner: Partner) -> Markup:
        """Return an organizer's or partner's name, marked (and in its language) when it is untranslated."""
        if partner.untranslated is None:
            return escape(partner.name)
        return self.inline(Text(partner.name, partner.untranslated, fallback=True))

    def label(self, key: str) -> Markup:
        """Return the book's wording for `key`, marked as a fallback (and in English) when book.po lacks it."""
        return self.inline(self.book.label_text(key))

    def line(self, pieces: Line, *, hyphens: bool = False) -> Markup:
        """Return a line of pieces (names and their separators) as inline HTML."""
        return Markup("").join(self.inline(t, hyphens=hyphens) for t in pieces)

    def toc_title(self, text: Text | str) -> Markup:
        """Return a contents title whose last word carries the dot leader (never a lone leader line)."""
        if isinstance(text, str):
            text = Text(text, self.book.lang)
        head, _, last = text.value.rpartition(" ")
        body = escape(head + " " if head else "") + Markup('<span class="toc-last">%s</span>') % last
        attrs = self._attrs(text)
        return Markup(f"<span{attrs}>{body}</span>") if attrs else body

    def pid(self, value: str) -> Markup:
        """Return a proposal or group id in a span whose class says where it may break (book.css)."""
        value = str(value)
        kind = "pid"
        if len(value) <= SHORT_ID:
            kind += " pid-whole"
        elif max(len(run) for run in _ID_BREAK.split(value)) > LONGEST_ID_RUN:
            kind += " pid-anywhere"
        return Markup('<span class="%s">%s</span>') % (kind, value)

    def paragraphs(self, paras: Line) -> Markup:
        """Return paragraphs (split by localize) as <p> elements."""
        return Markup("\n").join(
            Markup(f"<p{self._attrs(p)}>{self._words(p.value, p.lang, True)}</p>") for p in paras)


def svg_data_uri(svg: str) -> str:
    """Return `svg` as a data: URI, the one kind of URL the fetcher always allows."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


def asset_url(ctx: RenderContext, path: str) -> str:
    """Return a project asset (a logo) as a data: URI; refuse files outside the asset folders."""
    return data_uri(ctx.project / path, ctx.asset_dirs, path)


def template_context(book: LocalizedBook, ctx: RenderContext, created: dt.datetime) -> dict[str, Any]:
    """Return the variables every template sees."""
    return {
        "book": book,
        "p": Printer(book),
        "labels": book.labels,
        "chart": {"uri": svg_data_uri(chart_svg(book.chart, marked=book.draft)), "alt": book.chart.alt, "data": book.chart},
        "annexes": book.annexes,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "options": ctx.options,
        "asset_url": lambda path: asset_url(ctx, path),
    }


def render_html(book: LocalizedBook, ctx: RenderContext, created: dt.datetime) -> tuple[str, list[str]]:
    """Return the book's HTML and its stylesheets (book.css, then the project's custom.css).

    `created` dates the metadata. custom.css stays a stylesheet of its own so
    its rules win and its @import lines are honoured (through the fetcher).
    """
    env = make_env(ctx)
    variables = template_context(book, ctx, created)
    html = env.get_template("book.html").render(variables)
    names = ["book.css"] + (["custom.css"] if ctx.find_template("custom.css") else [])
    return html, [env.get_template(name).render(variables) for name in names]

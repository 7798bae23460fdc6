"""Complete the PDF structure tree WeasyPrint 70 makes, element by element, while recbook writes a PDF.

WeasyPrint builds one structure element per box in a private function (pinned by
the lock file); this wraps it and, for each element it yields, adds what the HTML
says and WeasyPrint leaves out:

- /Lang from an element's `lang`: WeasyPrint uses it for hyphenation but tags the
  PDF with the document language only, so a screen reader would read a Kazakh
  original quoted in the English book with English rules.
- A link annotation's /Contents, the description a screen reader announces (PDF/UA-1
  §7.18.5), from the link's `title` or else its text: WeasyPrint writes the anchor id
  ("foreword", "R-G2-02"), English slugs in a Kazakh book.
- A header cell's /Scope from its `scope`: WeasyPrint reads `scope="row"` to link the
  cells to their headers (/Headers, /ID) but writes no /Scope, which PDF/UA checkers
  ask of every TH (Matterhorn 15-003). A TH without `scope="row"` is a column header,
  as WeasyPrint's /Headers take it.

If WeasyPrint renames the function, the wrapper is skipped and
tests/test_pdf_sample.py fails on what is missing.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import pydyf
from weasyprint.pdf import tags

from .html import plain

_SKIPPED = ("html", "body")  # the catalog's /Lang already says the document language


def _completed(build):
    """Return `build` (WeasyPrint's _build_box_tree) completing each element it yields from the box's HTML."""

    links: list[str] = []  # the descriptions of the links being built, innermost last

    def build_completed(box, parent, pdf, *args):
        element = getattr(box, "element", None)
        lang = None
        if element is not None and getattr(box, "element_tag", None) not in _SKIPPED:
            lang = element.get("lang")
        annotation, inside = getattr(box, "link_annotation", None), False
        if annotation is not None:
            # WeasyPrint gives each box inside a link (the contents line's last-word span) an
            # annotation of its own: it says what the whole link says
            if element is not None and element.get("href") is not None:
                links.append(_description(element))
                inside = True
            if links and links[-1]:  # (an image alone would keep WeasyPrint's id: the book has none)
                annotation["Contents"] = pydyf.String(links[-1])
        try:
            for struct in build(box, parent, pdf, *args):
                if lang and "Lang" not in struct:
                    struct["Lang"] = pydyf.String(lang)
                if struct["S"] == "/TH" and "A" in struct and "Scope" not in struct["A"]:
                    struct["A"]["Scope"] = "/Row" if element.get("scope") == "row" else "/Column"
                yield struct
        finally:
            if inside:
                links.pop()

    return build_completed


def _description(link) -> str:
    """Return what a link says: its `title`, else its text, as a search or a voice takes it (plain
    spaces and hyphens, no soft hyphen, one space between words)."""
    text = link.get("title") or "".join(link.itertext())
    return " ".join(plain(text).replace("\u00ad", "").split())


@contextlib.contextmanager
def completed_tags() -> Iterator[None]:
    """Complete the structure elements WeasyPrint makes while a PDF is being written."""
    original = getattr(tags, "_build_box_tree", None)
    if original is None:
        yield
        return
    tags._build_box_tree = _completed(original)
    try:
        yield
    finally:
        tags._build_box_tree = original

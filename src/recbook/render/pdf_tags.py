"""Complete the PDF structure tree WeasyPrint 70 makes, element by element, while recbook writes a PDF.

WeasyPrint builds one structure element per box in a private function (pinned by
the lock file); this wraps it and, for each element it yields, adds what the HTML
says and WeasyPrint leaves out:

- /Lang from an element's `lang`: WeasyPrint uses it for hyphenation but tags the
  PDF with the document language only, so a screen reader would read a Kazakh
  original quoted in the English book with English rules.

If WeasyPrint renames the function, the wrapper is skipped and
tests/test_pdf_sample.py fails on what is missing.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import pydyf
from weasyprint.pdf import tags

_SKIPPED = ("html", "body")  # the catalog's /Lang already says the document language


def _completed(build):
    """Return `build` (WeasyPrint's _build_box_tree) completing each element it yields from the box's HTML."""

    def build_completed(box, parent, pdf, *args):
        element = getattr(box, "element", None)
        lang = None
        if element is not None and getattr(box, "element_tag", None) not in _SKIPPED:
            lang = element.get("lang")
        for struct in build(box, parent, pdf, *args):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            yield struct

    return build_completed


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

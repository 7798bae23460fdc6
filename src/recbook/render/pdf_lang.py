"""Write each passage's language into the PDF structure tree (/Lang on StructElem).

WeasyPrint 70 uses an element's `lang` for hyphenation but tags the PDF with
the document language only, so a screen reader would read a Kazakh original
quoted in the English book with English rules. While recbook writes a PDF,
this wraps WeasyPrint's tag builder (a private function, pinned by the lock
file) to copy `lang` onto the structure element made for that HTML element.
If WeasyPrint renames the function, the wrapper is skipped and
tests/test_pdf_sample.py fails on the missing /Lang entries.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import pydyf
from weasyprint.pdf import tags

_SKIPPED = ("html", "body")  # the catalog's /Lang already says the document language


def _with_lang(build):
    """Return `build` (WeasyPrint's _build_box_tree) adding /Lang from the box's element."""

    def build_with_lang(box, parent, pdf, *args):
        element = getattr(box, "element", None)
        lang = None
        if element is not None and getattr(box, "element_tag", None) not in _SKIPPED:
            lang = element.get("lang")
        for struct in build(box, parent, pdf, *args):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            yield struct

    return build_with_lang


@contextlib.contextmanager
def passage_languages() -> Iterator[None]:
    """Tag other-language passages with /Lang while a PDF is being written."""
    original = getattr(tags, "_build_box_tree", None)
    if original is None:
        yield
        return
    tags._build_box_tree = _with_lang(original)
    try:
        yield
    finally:
        tags._build_box_tree = original

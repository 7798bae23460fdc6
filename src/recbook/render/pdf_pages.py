"""Read the PDF's page references once per page added, not once per tagged element.

pydyf's `PDF.page_references` formats every page's "N 0 R" on each access,
and WeasyPrint 70's PDF/UA tagging (and each link's destination) reads it for
every structure element it makes: O(elements × pages), 72 million formatted
references (an eighth of the render's CPU) for a 542-page book, and four
times that at 1,075 pages. While recbook writes a PDF, the property is
replaced by one that keeps the tuple until a page is added; it holds the same
references, so the bytes do not change. If pydyf drops the property, nothing
is replaced.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import pydyf

_CACHE = "_recbook_page_references"  # (the Kids list, its length when the tuple was made, the tuple)


def _page_references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    """Return the pages' references, made again only when a page was added since."""
    kids = pdf.pages["Kids"]
    made = getattr(pdf, _CACHE, None)
    if made is None or made[0] is not kids or made[1] != len(kids):
        made = (kids, len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        setattr(pdf, _CACHE, made)
    return made[2]


@contextlib.contextmanager
def cached_page_references() -> Iterator[None]:
    """Serve `PDF.page_references` from a cache while a PDF is written."""
    original = pydyf.PDF.__dict__.get("page_references")
    if not isinstance(original, property):
        yield
        return
    pydyf.PDF.page_references = property(_page_references)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original

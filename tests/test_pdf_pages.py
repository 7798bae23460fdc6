"""The PDF's page references are made once per page added while recbook writes a PDF, and are the same."""

from __future__ import annotations

import pydyf

from recbook.render.pdf_pages import cached_page_references


def _pdf_with_pages(count: int) -> pydyf.PDF:
    pdf = pydyf.PDF()
    for _ in range(count):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    return pdf


def test_the_cached_references_are_pydyfs_and_follow_each_page_added():
    pdf = _pdf_with_pages(3)
    expected = pdf.page_references
    with cached_page_references():
        first = pdf.page_references
        assert first == expected and pdf.page_references is first  # made once
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
        assert pdf.page_references == _pdf_with_pages(4).page_references
        assert _pdf_with_pages(2).page_references == expected[:2]  # one cache per PDF
    assert isinstance(pydyf.PDF.__dict__["page_references"], property)
    assert pdf.page_references is not pdf.page_references  # pydyf's own again: a new tuple each time

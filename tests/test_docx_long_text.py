"""A recommendation whose text is longer than a page: its heading is followed by the text's start.

A recommendation's last text paragraph keeps with its details (keepNext). LibreOffice moves
a paragraph that keeps with the next one to the next page whole, with the heading kept with it;
a text longer than a page cannot move whole, and the heading was left alone on a page with the
page before it half empty. Only a text short enough to move whole keeps with its details now.
"""

from __future__ import annotations

import pytest
from book_factory import with_text
from docx_lo import convert, pages
from docx_parts import NS, context, paragraph_text, parse_docx, w

from recbook.render.docx import render_docx
from recbook.render.docx.sections import KEEP_WITH_DETAILS

SENTENCE = ("Необходимо создать прозрачную и предсказуемую систему государственного социального заказа, "
            "при которой конкурсы объявляются заранее, а итоги сопровождаются обоснованием решения. ")
LONG = SENTENCE * 30  # about 5,500 characters: more than a page
SHORT = SENTENCE * 3


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())  # typography's no-break spaces


def _paragraph(parsed, start: str):
    """Return the first paragraph starting with `start` (the recommendation's; Annex 2 repeats the text)."""
    return next(p for p in parsed.document.iter(w("p")) if _plain(paragraph_text(p)).startswith(start))


def _keeps(p) -> bool:
    return bool(p.xpath("w:pPr/w:keepNext[not(@w:val) or @w:val!='0']", namespaces=NS))


def test_only_a_text_that_can_move_whole_keeps_with_its_details():
    assert len(SHORT) <= KEEP_WITH_DETAILS < len(LONG)
    for text, keeps in ((SHORT, True), (LONG, False)):
        book = with_text("G3-02", text, "ru")
        parsed = parse_docx(render_docx(book, context()))
        (rec,) = [r for d in book.directions for r in d.recommendations if r.id == "R-G3-02"]
        body = _paragraph(parsed, SENTENCE[:40])
        assert _keeps(body) is keeps
        # the heading keeps with the text's first lines (its style), whatever the text's length
        heading = body.getprevious()
        assert _plain(paragraph_text(heading)) == f"{rec.number} {rec.title.value}"
        assert heading.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) == "Heading2"
        details = body.getnext()
        assert details.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) == "Details"


@pytest.mark.slow
def test_libreoffice_prints_the_heading_of_a_long_text_on_the_page_its_text_starts(tmp_path):
    book = with_text("G3-02", LONG, "ru")
    (rec,) = [r for d in book.directions for r in d.recommendations if r.id == "R-G3-02"]
    docx = tmp_path / "book.ru.docx"
    docx.write_bytes(render_docx(book, context()))
    laid = pages(convert([docx], tmp_path / "lo")[0])
    heading = f"{rec.number} {rec.title.value.split()[0]}"
    *contents, page = [p for p in laid if any(_plain(ln.text).startswith(heading) for ln in p.lines)]
    assert len(contents) == 1  # the contents line, then the heading
    texts = [_plain(line.text) for line in page.lines]
    assert any(t.startswith(SENTENCE[:30]) for t in texts), texts  # not alone: the text begins below it

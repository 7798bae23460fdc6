"""The DOCX as LibreOffice lays it out, in Times' metric twin and in the wider stand-in font.

Annex 2's columns are sized from content: no header word and no "How merged"
value is split over two lines, whichever font LibreOffice finds. The imprint
sits at the foot of page 1, as in the PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx_lo import Page, convert, pages, sample_books

from recbook.model import LocalizedBook
from recbook.render.docx.widths import cell_text

LANGS = ("kk", "ru", "en")
FONTS = ("installed", "stand-in")


@pytest.fixture(scope="module")
def books(sample_build) -> dict[str, LocalizedBook]:
    """Return the sample\'s LocalizedBook per language, as the build made them."""
    return sample_books(sample_build, LANGS)


@pytest.fixture(scope="module")
def laid_out(sample_build, tmp_path_factory) -> dict[tuple[str, str], list[Page]]:
    """Convert the three DOCX files with the installed fonts and again with the stand-in; read every line."""
    files = sorted(Path(sample_build).glob("*.docx"))
    found = {}
    for fonts in FONTS:
        for pdf in convert(files, tmp_path_factory.mktemp(fonts), stand_in=fonts == "stand-in"):
            found[(pdf.suffixes[-2].strip("."), fonts)] = pages(pdf)
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _annex_lines(book: LocalizedBook, laid: list[Page]) -> list[str]:
    """Return the lines of the pages holding the provenance table (from its first row to its last)."""
    first_id = book.annexes.provenance[0].member.proposal_id
    start = next(i for i, page in enumerate(laid) if any(ln.text.split(" ")[0] == first_id for ln in page.lines))
    last_id = book.annexes.provenance[-1].member.proposal_id
    lines: list[str] = []
    for page in laid[start:]:
        lines += [ln.text for ln in page.lines]
        if any(ln.text.split(" ")[0] == last_id for ln in page.lines):
            return lines
    raise AssertionError("the provenance table's last row was not found")


@pytest.mark.parametrize("fonts", FONTS)
@pytest.mark.parametrize("lang", LANGS)
def test_annex_2_headers_and_how_merged_values_stay_on_one_line(lang, fonts, books, laid_out) -> None:
    book = books[lang]
    laid = laid_out[(lang, fonts)]
    if fonts == "stand-in":
        assert any("DejaVuSerif" in f for f in laid[0].fonts), laid[0].fonts  # the wider font was used
    lines = _annex_lines(book, laid)
    printed = {word for line in lines for word in _words(line)}
    keys = ("table.proposal", "table.group", "table.language", "table.recommendation", "table.how", "table.votes")
    for key in keys:
        for word in _words(book.labels[key]):
            assert word in printed, (key, word)  # a word split over two lines shows as two halves
    values: dict[str, int] = {}
    for row in book.annexes.provenance:
        how = " ".join(cell_text(row.how).split())
        values[how] = values.get(how, 0) + 1
    for how, rows in values.items():
        assert sum(1 for line in lines if how in " ".join(line.split())) >= rows, (how, rows)


@pytest.mark.parametrize("lang", LANGS)
def test_imprint_sits_at_the_foot_of_page_one_without_the_running_header(lang, books, laid_out) -> None:
    book = books[lang]
    imprint = laid_out[(lang, "installed")][1]  # the page after the cover
    last = " ".join(cell_text(book.copyright).split())
    bottoms = [ln.bottom for ln in imprint.lines if last in ln.text]
    assert bottoms, (last, [ln.text for ln in imprint.lines])
    assert bottoms[-1] > 0.8 * imprint.height  # the copyright closes the imprint near the foot
    publisher = cell_text(book.publisher)
    first = next(ln for ln in imprint.lines if publisher.split()[0] in ln.text)
    assert first.bottom > 0.5 * imprint.height
    assert not any(cell_text(book.title).split()[0] in ln.text and ln.bottom < 0.15 * imprint.height
                   for ln in imprint.lines)  # no running header on the imprint page

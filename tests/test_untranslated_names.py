"""An organizer's name and a chart's direction title with no translation yet are marked in a draft,
as the title and the city are: highlighted in the PDF, the Untranslated style (and a note) in the DOCX,
a highlight behind the chart's label in both charts. Translated names and final books are not marked."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from dataclasses import replace

from book_factory import inputs, make_book, merged, tiny_catalogs
from docx_parts import NS, context, parse_docx
from PIL import Image

from recbook.localize import localize
from recbook.render.chart import chart_svg
from recbook.render.docx import render_docx
from recbook.render.docx.chart_png import chart_png
from recbook.render.html import render_html

SVG = "{http://www.w3.org/2000/svg}"
FALLBACK_FILL = "#fff1c7"  # book.css's `.draft .fallback` background
DAY = dt.datetime(2025, 9, 26, tzinfo=dt.timezone.utc)
MISSING = ("organizers.1", "directions.D1")  # no en translation of the first organizer and direction yet


def _book(*, draft: bool = True, lang: str = "en"):
    """Return the factory book whose kk→en catalog lacks the first organizer and direction."""
    inp = inputs()
    catalogs = tiny_catalogs(draft=draft)
    content = dict(catalogs.content)
    catalog = content[(lang, "kk")]
    content[(lang, "kk")] = replace(catalog, entries=tuple(e for e in catalog.entries if e.msgctxt not in MISSING))
    book, _ = localize(inp, merged(inp), replace(catalogs, content=content), lang, draft=draft)
    return book


def test_localize_says_which_names_are_untranslated():
    book = _book()
    assert [p.untranslated for p in book.organizers] == ["kk", None]
    assert [r.fallback for r in book.chart.rows] == [True, False]
    translated = make_book("en", draft=True)  # the factory's catalogs translate every name
    assert {p.untranslated for p in translated.organizers} == {None}
    assert {r.fallback for r in translated.chart.rows} == {False}


def test_the_pdf_cover_marks_an_untranslated_organizer():
    html, _ = render_html(_book(), context(), created=DAY)
    name = _book().organizers[0].name
    assert f'<span class="partner-name"><span lang="kk" class="fallback">{name}</span></span>' in html
    second = _book().organizers[1].name
    assert f'<span class="partner-name">{second}</span>' in html
    final, _ = render_html(_book(draft=False), context(), created=DAY)
    assert 'class="fallback"' not in final.split('class="cover-organizers"')[1].split("</ul>")[0]


def test_the_docx_cover_marks_an_untranslated_organizer_with_style_language_and_note():
    book = _book()
    parsed = parse_docx(render_docx(book, context()))
    name = book.organizers[0].name
    runs = parsed.xpath("word/document.xml", f"//w:p[w:pPr/w:pStyle[starts-with(@w:val, 'Cover')]]"
                                             f"/w:r[w:t='{name}']")
    assert len(runs) == 1
    assert runs[0].xpath("w:rPr/w:rStyle/@w:val", namespaces=NS) == ["Untranslated"]
    assert runs[0].xpath("w:rPr/w:lang/@w:val", namespaces=NS) == ["kk-KZ"]
    assert runs[0].getprevious().tag.endswith("commentRangeStart")  # the note says why it is marked
    other = parsed.xpath("word/document.xml", f"//w:r[w:t='{book.organizers[1].name}']")
    assert other and not other[0].xpath("w:rPr/w:rStyle", namespaces=NS)


def test_the_svg_chart_highlights_an_untranslated_direction_title_in_a_draft():
    book = _book()
    root = ET.fromstring(chart_svg(book.chart, marked=True))
    marks = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "fallback"]
    assert marks and {r.get("fill") for r in marks} == {FALLBACK_FILL}
    # one mark a line of the first direction's label, none for the translated second
    first = [t for t in root.iter(f"{SVG}text") if float(t.get("y")) < float(marks[-1].get("y")) + 11]
    assert len(marks) == len([t for t in first if float(t.get("x")) == 0])
    assert not [r for r in ET.fromstring(chart_svg(book.chart)).iter(f"{SVG}rect") if r.get("class")]


def _highlighted(png: bytes, box: tuple[int, int, int, int]) -> int:
    """Return how many pixels in `box` are the highlight's colour."""
    fill = tuple(int(FALLBACK_FILL[i:i + 2], 16) for i in (1, 3, 5))
    image = Image.open(io.BytesIO(png)).convert("RGB").crop(box)
    return sum(count for count, colour in image.getcolors(image.width * image.height) if colour == fill)


def test_the_docx_chart_highlights_an_untranslated_direction_title_in_a_draft():
    from recbook.render.docx.chart_png import LABEL_WIDTH

    book = _book()
    marked, plain = chart_png(book.chart, marked=True), chart_png(book.chart)
    height = Image.open(io.BytesIO(marked)).height
    labels = (0, 0, LABEL_WIDTH, height)
    assert _highlighted(marked, labels) > 1000 and _highlighted(plain, labels) == 0
    translated = replace(book.chart, rows=tuple(replace(r, fallback=False) for r in book.chart.rows))
    assert chart_png(translated, marked=True) == chart_png(translated)

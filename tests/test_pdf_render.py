"""The PDF renderer on the hand-built book: escaping, the URL fetcher, overrides, metadata."""

from __future__ import annotations

import dataclasses

import io
import re
from dataclasses import replace

import pikepdf
import pytest
import weasyprint.urls
from weasyprint.formatting_structure.boxes import TextBox

from book_factory import make_book, with_text
from pdf_helpers import context, embedded_fonts, labelled_book, pdf_text
from recbook.diagnostics import LocatedError, RecbookError
from recbook.model import Partner, Text
from recbook.render.html import css_content, css_string
from recbook.render.fetch import AssetRefused, SafeFetcher
from recbook.render.pdf import render_pdf, render_pdf_document

HOSTILE = '<img src="file:///etc/passwd"> <script>x</script> & {{ 7*7 }}'


@pytest.fixture
def fetched(monkeypatch):
    """Record every URL that reaches WeasyPrint's own (networked) fetcher."""
    urls: list[str] = []
    original = weasyprint.urls.URLFetcher.fetch

    def spy(self, url, headers=None):
        urls.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(weasyprint.urls.URLFetcher, "fetch", spy)
    return urls


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory):
    """Render a kk book whose first recommendation text is markup and a file: URL.

    Returns the book, the project, the PDF and every URL the fetcher was asked for.
    """
    book = with_text("G1-01", HOSTILE, "kk")
    project = tmp_path_factory.mktemp("project")
    requested: list[str] = []
    original = SafeFetcher.fetch

    def spy(self, url, headers=None):
        requested.append(url)
        return original(self, url, headers)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SafeFetcher, "fetch", spy)
        pdf = render_pdf(book, context(project))
    return book, project, pdf, requested


def test_markup_in_a_proposal_is_printed_literally(hostile_pdf):
    text = pdf_text(hostile_pdf[2])
    assert '<img src=«file:///etc/passwd»>' in text  # printed as text (its quotes typeset), never loaded
    assert "<script>x</script> & {{ 7*7 }}" in text


def test_nothing_outside_fonts_and_data_is_ever_requested(hostile_pdf):
    requested = hostile_pdf[3]
    assert any(u.startswith("file:") and u.endswith(".ttf") for u in requested)  # the fonts do go through it
    assert [u for u in requested if "passwd" in u or not u.startswith(("file:", "data:"))] == []


def test_two_renders_are_byte_identical(hostile_pdf):
    book, project, first, _ = hostile_pdf
    assert render_pdf(book, context(project)) == first


def test_css_import_in_a_project_override_is_refused(tmp_path, fetched):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "custom.css").write_text('@import url("http://example.invalid/x.css");\n')
    with pytest.raises(RecbookError, match=r"refused to fetch http://example\.invalid/x\.css"):
        render_pdf(labelled_book("en"), context(tmp_path))
    assert all(u.startswith("data:") for u in fetched)


def test_a_block_override_replaces_only_that_block(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text(
        '{% extends "book-layout.html" %}{% block foreword_body %}<p>{{ "Our own foreword" }}</p>{% endblock %}'
    )
    text = pdf_text(render_pdf(labelled_book("en"), context(tmp_path)))
    assert "Our own foreword" in text and "Алғы сөз:" not in text
    assert "Develop NGO endowment funds" in text


def test_an_undefined_template_variable_fails_with_its_place(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text(
        '{% extends "book-layout.html" %}\n{% block foreword %}\n{{ book.no_such_field }}{% endblock %}'
    )
    with pytest.raises(LocatedError, match=r"PDF template: .*no_such_field") as caught:
        render_pdf(labelled_book("en"), context(tmp_path))
    assert str(caught.value.location) == "templates/book.html:3"  # where the build says it, as check would


def test_logo_from_the_asset_folder_is_embedded_and_a_missing_one_fails(tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#246"/></svg>')
    book = replace(labelled_book("ru"), organizers=(Partner("ARGO", "assets/logo.svg"),))
    pdf = render_pdf(book, context(tmp_path, (assets,)))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert any("/XObject" in p.resources for p in doc.pages[:1])
    missing = replace(book, organizers=(Partner("ARGO", "assets/nope.png"),))
    with pytest.raises(RecbookError, match="missing asset"):
        render_pdf(missing, context(tmp_path, (assets,)))
    outside = replace(book, organizers=(Partner("ARGO", "inputs/logo.svg"),))
    with pytest.raises(RecbookError, match="outside the project's asset folders"):
        render_pdf(outside, context(tmp_path, (assets,)))


def test_fetcher_allows_data_and_files_inside_only(tmp_path):
    inside, outside = tmp_path / "assets", tmp_path / "other"
    inside.mkdir(), outside.mkdir()
    (inside / "a.png").write_bytes(b"png")
    (outside / "b.png").write_bytes(b"png")
    (inside / "link.png").symlink_to(outside / "b.png")
    fetcher = SafeFetcher((inside,))
    assert fetcher.fetch((inside / "a.png").as_uri()).read() == b"png"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    for url in ((outside / "b.png").as_uri(), (inside / "link.png").as_uri(), "file:///etc/passwd",
                "http://example.com/a.png", "https://example.com/", "ftp://x/y", "file://host/share/a.png"):
        with pytest.raises(AssetRefused):
            fetcher.fetch(url)


def test_pdf_a3b_has_metadata_dates_output_intent_and_pdfaid(tmp_path):
    book = dataclasses.replace(labelled_book("ru"), source_date_epoch=1700000000)
    pdf = render_pdf(book, context(tmp_path, pdf_variant="pdf/a-3b"))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        info = doc.docinfo
        assert str(info["/Title"]).startswith(book.title.value.replace("\u00a0", " "))  # plain spaces
        assert str(info["/Author"]) == "ARGO; Konrad-Adenauer-Stiftung"
        assert "Рекомендации" in str(info["/Subject"])
        assert "Устойчивость организаций" in str(info["/Keywords"])
        assert str(info["/CreationDate"]).startswith("D:20231114")
        assert str(doc.Root.Lang) == "ru"
        assert "/OutputIntents" in doc.Root
        xmp = doc.Root.Metadata.read_bytes()
        assert b"pdfaid:part" in xmp and b"2023-11-14" in xmp
    assert all(has_file for _, has_file, _ in embedded_fonts(pdf))


def test_pdf_a3b_is_tagged_like_the_default(tmp_path):
    # the archival variant keeps the structure a screen reader needs (WeasyPrint's PDF/A-3b alone has none)
    book = labelled_book("kk")
    for variant in ("pdf/a-3b", "pdf/ua-1"):
        with pikepdf.open(io.BytesIO(render_pdf(book, context(tmp_path, pdf_variant=variant)))) as doc:
            assert doc.Root.MarkInfo.Marked is True, variant
            tree = doc.Root.StructTreeRoot
            kinds = set()
            stack = [tree.K] if not isinstance(tree.K, pikepdf.Array) else list(tree.K)
            while stack:
                node = stack.pop()
                if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                    kinds.add(str(node.S))
                    kids = node.get("/K")
                    if isinstance(kids, pikepdf.Array):
                        stack.extend(kids)
                    elif isinstance(kids, pikepdf.Dictionary):
                        stack.append(kids)
            assert {"/H1", "/P"} <= kinds, (variant, kinds)


def test_unknown_pdf_variant_is_refused(tmp_path):
    with pytest.raises(RecbookError, match="unknown PDF variant"):
        render_pdf(labelled_book("en"), context(tmp_path, pdf_variant="pdf/x-4"))


def test_css_strings_cannot_escape():
    quoted = css_string('a"b\\c</style>\n')
    assert quoted.count('"') == 2 and "<" not in quoted and "\n" not in quoted and "\\\\" not in quoted
    assert css_content("{page}-бет, барлығы {pages}", page="counter(page)", pages="X") == 'counter(page) "-бет, барлығы " X'


def test_a_very_long_word_wraps_inside_the_text_block(tmp_path):
    """RELIABILITY 17: an unbreakable 3,000-letter word wraps; nothing runs off the page."""
    book = with_text("G1-01", "Start " + "x" * 3000 + " end", "en")
    document, pdf = render_pdf_document(book, context(tmp_path))
    for page in document.pages:
        box = page._page_box
        right = box.margin_left + box.padding_left + box.border_left_width + box.width
        overflowing = [b for b in box.descendants() if isinstance(b, TextBox) and b.position_x + b.width > right + 0.5]
        assert overflowing == []
    printed = re.search(r"Start (.*?) end", pdf_text(pdf)).group(1)  # across a page break
    assert printed.count("x") == 3000


def test_the_printer_gives_over_long_words_break_opportunities_and_leaves_others_alone():
    from recbook.model import Text
    from recbook.render.html import Printer
    from recbook.render.long_words import ZWSP

    printer = Printer(make_book("en"))
    long = printer.inline(Text("a " + "x" * 100 + " b", "en"))
    assert str(long) == "a " + ZWSP.join(["x" * 20] * 5) + " b"
    assert ZWSP not in str(printer.inline(Text("an ordinary sentence of words", "en")))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_line_break_inside_a_cell_stays_a_line_break_in_the_html(lang, tmp_path):
    import datetime as dt

    from recbook.render.html import render_html

    book = with_text("G1-01", "Ұсыныстар:\n1) бірінші\n2) екінші", lang)
    html, _ = render_html(book, context(tmp_path), dt.datetime(2025, 9, 26))
    assert "бірінші<br>\n2)" in html.replace("\u00ad", "")


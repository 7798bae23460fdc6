"""The page after the cover (imprint) is printed only when it has something to say, as in the DOCX.

A Russian-source draft without publisher, contacts or disclaimer, fully translated into Russian,
has no imprint and no translation notice: its PDF printed page 1 anyway, blank but for the draft
mark and the folio, while the DOCX left it out, so the two books' page numbers differed. The
Kazakh book of the same project keeps the page: it carries the "translation n %" notice.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace

import pytest
from book_factory import make_book
from click.testing import CliRunner
from docx_parts import NS, context, parse_docx
from inputs_project import make_project

from recbook.cli import main
from recbook.model import LocalizedBook, Text
from recbook.render.docx import render_docx
from recbook.render.html import render_html

PROPOSALS = "".join(
    f"- id: G{g}-0{n}\n  group: G{g}\n  direction: D{g}\n  language: ru\n  title: {title}\n"
    f"  text: {text}\n  votes: {10 + n}\n"
    for g, n, title, text in (
        (1, 1, "Развивать эндаумент-фонды НПО", "Принять поправки, позволяющие НПО создавать эндаумент-фонды."),
        (1, 2, "Ввести многолетние гранты", "Перейти к многолетнему финансированию НПО на срок 3–5 лет."),
        (2, 1, "Создать молодежные советы", "Создать молодежные советы при акиматах всех областей."),
    ))


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, list[str]]:
    """Build the ru and kk drafts; return each PDF's pages as text."""
    project = make_project(tmp_path_factory.mktemp("imprint"), {"proposals.yaml": PROPOSALS})
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "ru,kk", "--format", "pdf"])
    assert result.exit_code == 0, result.output
    found = {}
    for lang in ("ru", "kk"):
        pdf = project / "output" / f"demo-2025.{lang}.pdf"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        found[lang] = text.split("\f")[:-1]  # a form feed ends every page
    return found


def _words(page: str) -> list[str]:
    return page.split()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_page_holds_only_the_draft_mark_and_its_number(books, lang):
    mark = {"ru": "ЧЕРНОВИК", "kk": "ЖОБА"}[lang]
    empty = [number for number, page in enumerate(books[lang], 1)
             if not [w for w in _words(page) if w != mark and not re.fullmatch(r"\d+", w)]]
    assert empty == []


def test_a_draft_with_nothing_missing_goes_from_the_cover_to_the_contents_on_page_one(books):
    ru = books["ru"]
    assert _words(ru[1])[:2] == ["ЧЕРНОВИК", "Содержание"]  # the draft mark, then the contents' heading
    assert _words(ru[1])[-1] == "1"


def test_a_draft_with_a_translation_notice_keeps_it_on_page_one_before_the_contents(books):
    kk = books["kk"]
    assert "Жоба — аударма" in " ".join(_words(kk[1])) and _words(kk[1])[-1] == "1"
    assert "Мазмұны" in _words(kk[2]) and _words(kk[2])[-1] == "2"
    assert len(kk) == len(books["ru"]) + 1  # the same sections, each a page, and the notice's page



# The PDF template prints the page when book.has_imprint says so; the DOCX writer decided for itself
# from its own list of what it writes. A disclaimer whose text is empty printed a blank page in the PDF
# and none in the DOCX, so every page number of the PDF was one ahead.
NO_IMPRINT = dict(publisher=None, contacts=(), adopted=None, disclaimer=None, disclaimer_body=(), edition=None,
                  licence=None, isbn=None, udc=None, copyright=None, edition_stamp="", draft_notice="")
PUBLISHER = {"publisher": Text("Издательство", "ru")}
CONTACTS = {"contacts": (Text("info@example.org", "ru"), Text("+7 727 000 00 00", "ru"))}
DISCLAIMER = {"disclaimer": Text("Мнение авторов.", "ru"), "disclaimer_body": (Text("Мнение авторов.", "ru"),)}
VARIANTS = {  # the fields set → whether the page after the cover prints
    "nothing": ({}, False),
    "publisher": (PUBLISHER, True),
    "contacts": (CONTACTS, True),
    "disclaimer": (DISCLAIMER, True),
    "a-disclaimer-of-no-text": ({"disclaimer": Text("", "ru"), "disclaimer_body": ()}, False),
    "translation-notice": ({"draft_notice": "Черновик — перевод 97 % готов"}, True),
    "publisher-contacts-and-disclaimer": ({**PUBLISHER, **CONTACTS, **DISCLAIMER}, True),
}


def _pdf_prints_the_imprint(book: LocalizedBook) -> bool:
    html, _ = render_html(book, context(), dt.datetime(2025, 9, 26, tzinfo=dt.timezone.utc))
    return '<section class="imprint">' in html


def _docx_prints_the_imprint(book: LocalizedBook) -> bool:
    # page 1 is marked on the imprint's paragraph, or, without an imprint, on the contents heading
    (page_one,) = parse_docx(render_docx(book, context())).xpath(
        "word/document.xml", "//w:p[w:bookmarkStart/@w:name='_BookPage1']")
    return page_one.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS) != ["TOCHeading"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_pdf_and_the_docx_print_the_imprint_page_for_the_same_books(variant):
    fields, prints = VARIANTS[variant]
    book = replace(make_book("ru"), **{**NO_IMPRINT, **fields})
    assert (_pdf_prints_the_imprint(book), _docx_prints_the_imprint(book)) == (prints, prints)

"""A book.po label printed in English (untranslated, fuzzy, a plural form empty) is marked as content is.

QA: the ru draft printed "52 votes" (ru `votes` with `msgstr[2] ""`) and an untranslated "Support" in English
with no highlight, while the README promises each untranslated string "printed in its source language and
marked"; the untranslated proposal texts beside them were highlighted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from book_factory import inputs, merged, tiny_catalogs
from docx_parts import NS, parse_docx
from docx_parts import context as docx_context
from pdf_helpers import context as pdf_context

from recbook.localize import localize
from recbook.render.docx import render_docx
from recbook.render.html import render_html

# ru: `votes` with its third form empty (the whole entry is then printed in English), `support` empty
# and `direction_n` (a label filled with a number: "Direction 1")
EDITS = {"votes": ("{n} голос", "{n} голоса", ""), "support": ("",), "direction_n": ("",)}


def ru_book(*, draft: bool = True):
    catalogs = tiny_catalogs(draft=draft)
    ru = catalogs.book["ru"]
    entries = tuple(replace(e, msgstr=EDITS[e.msgctxt]) if e.msgctxt in EDITS else e for e in ru.entries)
    catalogs = replace(catalogs, book={**catalogs.book, "ru": replace(ru, entries=entries)})
    inp = inputs()
    book, _ = localize(inp, merged(inp), catalogs, "ru", draft=draft)
    return book


def _plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u2060]", " ", text)


def test_an_untranslated_label_and_plural_are_marked_in_the_html_of_the_pdf(tmp_path):
    book = ru_book()
    html, _ = render_html(book, pdf_context(tmp_path), dt.datetime(2025, 9, 26))
    marked = [_plain(m) for m in re.findall(r'<span lang="en" class="fallback">([^<]*)</span>', html)]
    assert {"21 votes", "5 votes", "1 vote"} <= set(marked), marked
    assert marked.count("Support") == 3  # one a recommendation
    assert {"Direction 1", "Direction 2"} <= set(marked)
    assert "<dt>Адресаты</dt>" in html  # a translated label stays as it was: no span, no lang


def test_an_untranslated_label_and_plural_are_marked_in_the_docx_with_the_editors_note():
    book = ru_book()
    parsed = parse_docx(render_docx(book, docx_context()))
    runs = parsed.xpath("word/document.xml", "//w:body//w:r")
    marked = []
    for run in runs:
        text = _plain("".join(run.xpath("w:t/text()", namespaces=NS)))
        shaded = run.xpath("w:rPr/w:rStyle[@w:val='Untranslated'] | w:rPr/w:shd", namespaces=NS)
        noted = run.xpath("following-sibling::w:r[1]/w:commentReference | following-sibling::w:commentRangeEnd",
                          namespaces=NS)
        lang = run.xpath("string(w:rPr/w:lang/@w:val)", namespaces=NS)
        if shaded:
            marked.append((text, lang, bool(noted)))
    for votes in ("21 votes", "5 votes", "1 vote"):
        assert (votes, "en-US", True) in marked, marked
    assert [m for m in marked if m[0] == "Support:"] == [("Support:", "en-US", True)] * 3
    assert ("Direction 1", "en-US", True) in marked
    strong = parsed.xpath("word/document.xml", "//w:r[w:rPr/w:rStyle/@w:val='Strong'][w:t='Support:']")
    assert len(strong) == 3  # still the details' bold label, highlighted as well


def test_a_final_book_marks_no_label(tmp_path):
    book = ru_book(draft=False)
    html, _ = render_html(book, pdf_context(tmp_path), dt.datetime(2025, 9, 26))
    html = re.sub(r'<p class="fallback-legend">.*?</p>', "", html)  # the legend says what the mark means
    assert "fallback" not in html and ">Support<" in html
    parsed = parse_docx(render_docx(book, docx_context()))
    marked = parsed.xpath("word/document.xml", "//w:r[w:rPr/w:rStyle/@w:val='Untranslated' or w:rPr/w:shd]/w:t/text()")
    assert marked == [book.labels["fallback_note"]]  # the legend alone

"""Issue 10's rules read from the sample conference's printed books (PDF via pdftotext, DOCX XML), per language.

The sample's working groups and addressees have names holding "және"/"и"/"and",
its recommendations are merged from several groups, and its annex names every
proposal's recommendation: the rules an editor checks are visible in it.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from data.i18n.sample_inputs import inputs, singletons
from docx_parts import NS, w
from pdf_helpers import ROOT, context
from recbook.diagnostics import Report
from recbook.i18n.writer import format_po
from recbook.load.catalogs import load_catalogs, read_po
from recbook.localize import localize
from recbook.render.pdf import render_pdf
from recbook.resources import default_dir

LANGS = ("kk", "ru", "en")


def pdf_words(path: Path) -> str:
    """Return a PDF's text as pdftotext reads it: words hyphenated at line ends rejoined, spaces collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(re.sub("[\u2010\u00ad]\n", "", text).split())


def docx_words(path: Path) -> str:
    """Return a DOCX's document text, no-break hyphens as U+2011, paragraphs and spaces collapsed."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(w("p")):
        out.append("".join(n.text or "" if n.tag == w("t") else "\u2011" if n.tag == w("noBreakHyphen") else " "
                           for n in p.iter(w("t"), w("noBreakHyphen"), w("br"), w("tab"))))
    return " ".join(" ".join(out).split())


def printed(sample_build: Path, lang: str) -> dict[str, str]:
    """Return each format's text; the PDF's no-break hyphens read as the hyphens typed (pdf_hyphens.py),
    so that text is given them back to compare with the DOCX's (where they are w:noBreakHyphen)."""
    return {fmt: (_pdf_with_no_break_hyphens if fmt == "pdf" else docx_words)(next(sample_build.glob(f"*.{lang}.{fmt}")))
            for fmt in ("pdf", "docx")}


def _pdf_with_no_break_hyphens(path: Path) -> str:
    return re.sub(r"(?<=\d)-(?=[^\W\d_])", "\u2011", pdf_words(path))  # "1-жұмыс" as typeset: "1‑жұмыс"


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "1\u2011жұмыс тобы — Тұрақтылық және қаржыландыру; 4\u2011жұмыс тобы"),
    ("ru", "Рабочая группа 1 — Устойчивость и финансирование; Рабочая группа 4"),
    ("en", "Working Group 1 — Resilience and funding; Working Group 4"),
])
def test_names_holding_the_conjunction_are_listed_with_semicolons(sample_build, lang, expected):
    for fmt, text in printed(sample_build, lang).items():
        assert expected in text, fmt


@pytest.mark.parametrize(("lang", "label"), [("kk", "Ұқсастық"), ("ru", "Сходство"), ("en", "Similarity")])
def test_no_merge_metric_is_printed(sample_build, lang, label):
    for fmt, text in printed(sample_build, lang).items():
        assert label.lower() not in text.lower(), fmt
        assert not re.search(r"\d[.,]\d\d\s*[–-]\s*\d[.,]\d\d", text), fmt  # "0.46–1.00"


@pytest.mark.parametrize(("lang", "expected", "never"), [
    ("kk", "1.1\u2011ұсыным", "Ұсыным 1.1"), ("ru", "Рекомендация 1.1", "1.1-рекомендация"),
    ("en", "Recommendation 1.1", "1.1-recommendation")])
def test_the_annex_names_recommendations_the_languages_way(sample_build, lang, expected, never):
    for fmt, text in printed(sample_build, lang).items():
        assert expected in text and never not in text, fmt


@pytest.mark.parametrize(("lang", "title"), [("kk", "ҰСЫНЫМДАР"), ("ru", "РЕКОМЕНДАЦИИ"), ("en", "RECOMMENDATIONS")])
def test_capitals_are_not_letter_spaced_so_search_finds_them(sample_build, lang, title):
    text = printed(sample_build, lang)["pdf"]
    assert f" {title} " in f" {text} "
    assert not re.search(r"(?:\b[^\W\d_] ){4}[^\W\d_]\b", text)  # "R E C O M M E N D …"
    css = (ROOT / "templates" / "book.css").read_text("utf-8")
    assert re.findall(r"letter-spacing:\s*([^;]+);", css) == []


@pytest.mark.parametrize(("lang", "msgstr"), [("kk", "{numbr}-бағыт"), ("ru", "Направление {number.__class__}")])
def test_a_broken_catalog_entry_prints_the_source_wording(tmp_path, lang, msgstr):
    source = default_dir("locales") / lang / "LC_MESSAGES/book.po"
    file = read_po(source)
    entries = [replace(e, msgstr=(msgstr,)) if e.msgctxt == "direction_n" else e for e in file.entries]
    target = tmp_path / "locales" / lang / "LC_MESSAGES/book.po"
    target.parent.mkdir(parents=True)
    target.write_text(format_po(file.header_entry, entries), encoding="utf-8")
    book, diagnostics = localize(inputs(), singletons(inputs()), load_catalogs(tmp_path, Report()), lang, draft=True)
    (tmp_path / "book.pdf").write_bytes(render_pdf(book, context(tmp_path)))
    text = pdf_words(tmp_path / "book.pdf")
    assert "direction 1" in text.lower()  # the kicker is set in capitals
    assert "numbr" not in text and "__class__" not in text and "KeyError" not in text
    assert [d.code for d in diagnostics if d.code == "i18n.placeholder"]


@pytest.mark.parametrize(("lang", "line", "last"), [
    ("kk", "Мемлекеттік сатып алуда әлеуметтік кәсіпорындарға", "беру"),
    ("ru", "место в сборнике и исходные тексты", "тексты"),  # Annex 2's title, over two lines
])
def test_a_heading_never_ends_on_a_short_word_alone(sample_build, lang, line, last):
    # "3.3 … артықшылық / беру", "Приложение 2. … рабочих / групп" before the rule
    text = subprocess.run(["pdftotext", str(next(sample_build.glob(f"*.{lang}.pdf"))), "-"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    assert last not in text  # no line holding only the last word
    assert any(line in t for t in text)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_range_of_numbers_is_never_parted_and_reads_as_written(sample_build, lang):
    # the kk foreword broke «3–» / «5 жылда»; the word joiner that holds it prints and copies nothing
    text = subprocess.run(["pdftotext", str(next(sample_build.glob(f"*.{lang}.pdf"))), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert re.findall(r"\d–\n", text) == [] and "\u2060" not in text
    assert "3–5" in text


@pytest.mark.parametrize(("lang", "label"), [("ru", "Рекомендация"), ("ru", "группа"), ("en", "Recommendation"),
                                             ("en", "Group")])
def test_a_label_is_never_parted_from_its_number_at_a_line_end(sample_build, lang, label):
    # the ru annex printed «… · Рекомендация» at a line end and «1.3» alone on the next line (p. 24–25);
    # the en «Proposed by» of 1.2 and 5.2 broke «Working Group» / «5 — Youth and volunteering»
    pdf = subprocess.run(["pdftotext", str(next(sample_build.glob(f"*.{lang}.pdf"))), "-"],
                         capture_output=True, text=True, check=True).stdout
    # (the label after other words: a table's header cell stands alone on its line; pdftotext may put
    # a blank line between the two lines)
    assert re.findall(r"\S[ \t]+" + label + r"[ \t]*\n\s*\d", pdf) == []
    # the DOCX, laid out by Word or LibreOffice: the space before the number is a no-break one
    with zipfile.ZipFile(next(sample_build.glob(f"*.{lang}.docx"))) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paragraphs = ["".join(t.text or "" for t in p.iter(w("t"))) for p in root.iter(w("p"))]
    assert any(label + "\u00a0" in p for p in paragraphs)
    assert [p for p in paragraphs if re.search(label + r" \d", p)] == []
    if label.startswith(("Реком", "Recom")):  # the annex's captions: set unhyphenated, «Рекоменда-» / «ция 1.3» was
        whole = re.compile(label + "\u00a0\\d")  # pdftotext reads the no-break space as a space
        assert len(re.findall(label + r"[ \u00a0]\d", pdf)) == sum(len(whole.findall(p)) for p in paragraphs) > 30

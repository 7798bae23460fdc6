"""Hyphenation in the printed books (issue 10), read from the PDFs' own line ends with pdftotext.

Every word broken at a line end in the kk, ru and en books: at least 2 letters
before the break and 3 after, never a word of 5 letters or fewer, and at a
point its own language allows (English by the en-US patterns, not pyphen's
en-GB ones that break "initiat-ives"; Russian by pyphen's; Kazakh by
recbook's syllable rules), so a Russian or English passage inside the Kazakh
book is hyphenated in its own language.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pyphen
import pytest
import weasyprint

from recbook.render.hyphenate_kk import syllable_breaks
from recbook.resources import default_dir

_BROKEN = re.compile(r"([^\W\d_]+)[\u2010\u00ad]\n\s*([^\W\d_]+)")


def breaks(pdf: Path) -> list[tuple[str, str]]:
    """Return (before, after) for every word the PDF breaks with a hyphen at a line end."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return _BROKEN.findall(text)


@cache
def patterns(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=2, right=3)


def allowed(before: str, after: str, book: str) -> set[str]:
    """Return the languages whose rules allow breaking `before + after` there."""
    word, at = before + after, len(before)
    found = set()
    if re.fullmatch("[A-Za-z]+", word) and at in patterns("en_US").positions(word):
        found.add("en")
    if not re.search("[A-Za-z]", word):
        if at in patterns("ru").positions(word):
            found.add("ru")
        if at in syllable_breaks(word.lower()):
            found.add("kk")
    return found


def pdf(sample_build: Path, lang: str) -> Path:
    return next(sample_build.glob(f"*.{lang}.pdf"))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_break_leaves_fewer_than_two_letters_before_or_three_after_nor_splits_a_short_word(
        sample_build, lang):
    found = breaks(pdf(sample_build, lang))
    assert len(found) > 20  # the books are justified and hyphenated
    assert [f"{b}-{a}" for b, a in found if len(b) < 2 or len(a) < 3 or len(b + a) <= 5] == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_break_is_one_its_words_language_allows(sample_build, lang):
    found = breaks(pdf(sample_build, lang))
    assert [f"{b}-{a}" for b, a in found if not allowed(b, a, lang)] == []


def test_russian_and_english_passages_in_the_kazakh_book_are_hyphenated_in_their_language(sample_build):
    found = [allowed(b, a, "kk") for b, a in breaks(pdf(sample_build, "kk"))]
    assert {"en"} in found  # an English original, by the English patterns
    assert {"ru"} in found  # a Russian original, at a break Kazakh rules would not make


def test_english_uses_morphological_breaks_not_the_en_gb_patterns(tmp_path):
    # pyphen's en-GB patterns break "initiat-ives", "activit-ies", "entrepren-eurship"
    css = weasyprint.CSS(filename=str(default_dir("templates") / "book.css"))
    html = ('<html lang="en"><body><p style="width: 6.2em; font-size: 12pt">'
            "initiatives organizations activities entrepreneurship</p></body></html>")
    weasyprint.HTML(string=html).write_pdf(tmp_path / "en.pdf", stylesheets=[css])
    broken = {f"{b}-{a}" for b, a in breaks(tmp_path / "en.pdf")}
    assert broken and not broken & {"initiat-ives", "activit-ies", "entrepren-eurship", "organiz-ations"}
    assert all("en" in allowed(*b.split("-"), "en") for b in broken)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_line_end_hyphen_reads_as_a_soft_hyphen_so_copied_words_come_back_whole(sample_build, lang):
    # Tagged PDF asks that a hyphen made by line breaking map to U+00AD (PDF 1.7 §10.7, "Incidental
    # artifacts"): it was U+2010, so a copied or searched «мазмұнына» read «маз‐» and «мұнына»
    text = subprocess.run(["pdftotext", str(pdf(sample_build, lang)), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "\u2010" not in text
    assert text.count("\u00ad") > 20 and text.count("\u00ad") == text.count("\u00ad\n")  # only at line ends
    joined = text.replace("\u00ad\n", "")
    assert all(f"{b}{a}" in joined for b, a in breaks(pdf(sample_build, lang)))


def test_a_hyphen_someone_wrote_keeps_its_own_value(tmp_path):
    # the map is per glyph: in a book whose text has U+2010, the line-end hyphens stay U+2010 too,
    # or the writer's hyphen would read as one that may vanish
    from book_factory import with_text
    from pdf_helpers import context

    from recbook.render.pdf import render_pdf

    words = " ".join(["общественно‐политических"] + ["взаимодействие", "государственной", "поддержки"] * 40)
    out = tmp_path / "book.pdf"
    out.write_bytes(render_pdf(with_text("G1-01", words, "ru", draft=False), context(tmp_path)))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "общественно‐политических" in text.replace("\n", "")
    assert "\u00ad" not in text and text.count("\u2010\n") > 3  # words broken at line ends, read as before


def test_a_no_break_hyphen_reads_as_the_hyphen_the_writer_typed(sample_build):
    # typography prints "3‑жұмыс тобы" with U+2011 so the line cannot break there; a search for
    # "3-жұмыс" (U+002D, as typed) found nothing
    text = subprocess.run(["pdftotext", str(pdf(sample_build, "kk")), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "\u2011" not in text
    assert "3-жұмыс тобы" in text and "1-қосымша" in text

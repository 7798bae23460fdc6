"""Hyphenation: Kazakh carries its syllable breaks as w:softHyphen (Word has no kk hyphenation);
ru and en are hyphenated by the client, and LibreOffice (with hyphen-ru, hyphen-en-us) does."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from book_factory import make_book
from docx_parts import NS, context, parse_docx

from recbook.render.docx import render_docx
from recbook.render.docx.text import PROOFING


def soft_hyphens_by_style(lang: str) -> dict[str, int]:
    parsed = parse_docx(render_docx(make_book(lang), context()))
    counts: dict[str, int] = {}
    for paragraph in parsed.document.iter(f"{{{NS['w']}}}p"):
        style = paragraph.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)
        found = len(paragraph.xpath(".//w:softHyphen", namespaces=NS))
        counts[style] = counts.get(style, 0) + found
    return counts


def test_kazakh_body_text_is_hyphenated_but_headings_are_not() -> None:
    counts = soft_hyphens_by_style("kk")
    assert counts["BodyText"] > 0
    assert counts.get("Heading1", 0) == counts.get("Heading2", 0) == counts.get("Title", 0) == 0


def test_only_kazakh_runs_get_soft_hyphens_in_a_russian_book() -> None:
    parsed = parse_docx(render_docx(make_book("ru"), context()))
    runs = [r for r in parsed.document.iter(f"{{{NS['w']}}}r") if r.xpath(".//w:softHyphen", namespaces=NS)]
    assert runs, "the factory book quotes Kazakh originals, which should be hyphenated"
    assert {r.xpath("string(w:rPr/w:lang/@w:val)", namespaces=NS) for r in runs} == {"kk-KZ"}


# --- LibreOffice's layout: ru and en hyphenated by its dictionaries, Kazakh at its syllable breaks ---

_HYPHEN_DICTIONARIES = {"ru": "hyph_ru_RU.dic", "en": "hyph_en_US.dic"}  # Debian hyphen-ru, hyphen-en-us
_BROKEN = re.compile(r"(\w+)-$")
_CONTINUED = re.compile(r"^(\w+)")


def _words_by_language(data: bytes, default: str) -> dict[str, dict[str, str]]:
    """Return {proofing language: {word: word with its soft hyphens as U+00AD}} from a DOCX body."""
    found: dict[str, dict[str, str]] = {}
    for paragraph in parse_docx(data).document.iter(f"{{{NS['w']}}}p"):
        chars: list[tuple[str, str]] = []
        for run in paragraph.iter(f"{{{NS['w']}}}r"):
            lang = run.xpath("string(w:rPr/w:lang/@w:val)", namespaces=NS) or default
            for node in run:
                if node.tag == f"{{{NS['w']}}}t":
                    chars += [(c, lang) for c in node.text or ""]
                elif node.tag == f"{{{NS['w']}}}softHyphen":
                    chars.append(("\u00ad", lang))
        text = "".join(c for c, _ in chars)
        for match in re.finditer(r"[\w\u00ad]+", text):
            word = match.group()
            plain, known = word.replace("\u00ad", ""), found.setdefault(chars[match.start()][1], {})
            if word.count("\u00ad") >= known.get(plain, "").count("\u00ad"):  # a heading has no breaks
                known[plain] = word
    return found


def _line_end_breaks(laid) -> list[tuple[str, str]]:
    """Return (before, after) for every word LibreOffice broke with a hyphen at a line's end."""
    breaks = []
    for page in laid:
        for line, following in zip(page.lines, page.lines[1:]):
            head, tail = _BROKEN.search(line.text), _CONTINUED.search(following.text)
            if head and tail:
                breaks.append((head.group(1), tail.group(1)))
    return breaks


@pytest.fixture(scope="module")
def laid_out(sample_build, tmp_path_factory):
    from docx_lo import convert, pages

    files = sorted(Path(sample_build).glob("*.docx"))
    return {pdf.suffixes[-2].strip("."): (pages(pdf), (Path(sample_build) / f"{pdf.stem}.docx").read_bytes())
            for pdf in convert(files, tmp_path_factory.mktemp("hyphen"))}


def _require_dictionary(lang: str) -> None:
    if not (Path("/usr/share/hyphen") / _HYPHEN_DICTIONARIES[lang]).exists():
        message = f"LibreOffice has no {lang} hyphenation dictionary (apt-get install hyphen-{lang}...)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _syllable_breaks(marked: str) -> set[int]:
    """Return where a word with soft hyphens may break (lengths of the part before each)."""
    positions, length = set(), 0
    for char in marked:
        if char == "\u00ad":
            positions.add(length)
        else:
            length += 1
    return positions


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_libreoffice_hyphenates_the_books_language_and_kazakh_only_at_its_syllables(lang, laid_out) -> None:
    laid, data = laid_out[lang]
    words = _words_by_language(data, PROOFING[lang])
    kazakh = words.get("kk-KZ", {})
    others = {w for tag, found in words.items() if tag != "kk-KZ" for w in found}
    breaks = _line_end_breaks(laid)
    own = [(h, t) for h, t in breaks if h + t in words[PROOFING[lang]]]
    if lang != "kk":
        _require_dictionary(lang)
        own = [(h, t) for h, t in own if h + t not in kazakh]
    assert len(own) >= 5, (lang, breaks[:20])  # a book's worth of justified text breaks some words
    for head, tail in breaks:
        if head + tail in kazakh and head + tail not in others:
            # Kazakh breaks only where its syllable breaks were placed, whichever book quotes it
            assert len(head) in _syllable_breaks(kazakh[head + tail]), (head, tail, kazakh[head + tail])

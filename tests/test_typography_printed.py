"""Each typography rule of issue 10, in each language it applies to, read from the printed PDF and DOCX.

test_localize_typography.py proves the functions; this module proves the
books: a proposal written in the book's language (as a secretariat types it:
straight quotes, plain spaces and hyphens) is rendered, and the rule is read
back from WeasyPrint's laid-out lines and the DOCX XML. The text repeats in
paragraphs shifted by one word each, so some protected pair would fall at a
line end if it were not protected.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from book_factory import book_of, inputs
from docx_parts import NS, parse_docx, w
from pdf_helpers import context
from weasyprint.formatting_structure.boxes import LineBox, TextBox

from recbook.model import MergeResult, Member, Recommendation, Text
from recbook.render.docx import render_docx
from recbook.render.html import keep_last_word
from recbook.render.pdf import render_pdf_document

NB, NBH, WJ = "\u00a0", "\u2011", "\u2060"  # a word joiner holds a range "3–5" together
NO_PROJECT = Path("/nonexistent-project")  # packaged templates only

# a proposal as typed, the words the shifted copies start with, and what the book must print
TYPED = {
    "kk": ('Гранттың 20 % бөлігін алдағы 3–5 жылда 3-жұмыс тобы — "АРГО" қауымдастығы '
           '"Жастар "Болашақ" одағы" арқылы бөлу, № 36 бұйрық, Д\'Арк.',
           "біз жыл сайын ұйымдар үшін жаңа мүмкіндік ашамыз және қоғамды дамытамыз".split()),
    "ru": ('Не менее 20 % грантов в ближайшие 3–5 лет направлять через 2-й этап — "Союз "Новый '
           'день"" и с НПО в регионах к 2030 году, а также у нас, приказ № 36, О\'Нил.',
           "мы каждый год открываем для организаций новые возможности и развиваем общество".split()),
    "en": ('At least 20 % of grants over the next 3–5 years go to the 3-year plan — the "ARGO" '
           'association\'s "Youth \'Bolashak\' Union", not loans, order № 36.',
           "every year we open new opportunities for organisations and develop society".split()),
}
PRINTED = {
    "kk": [f"20{NB}%", f"3–{WJ}5{NB}жылда", f"3{NBH}жұмыс", f"тобы{NB}—", f"№{NB}36",
           "«АРГО»", "«Жастар „Болашақ“ одағы»", "Д’Арк"],
    "ru": [f"20{NB}%", f"3–{WJ}5{NB}лет", f"2{NBH}й", f"этап{NB}—", f"№{NB}36", "«Союз „Новый день“»",
           f"в{NB}ближайшие", f"и{NB}с{NB}НПО в{NB}регионах", f"к{NB}2030{NB}году", f"а{NB}также",
           f"у{NB}нас", "О’Нил"],
    "en": [f"20{NB}%", f"3–{WJ}5{NB}years", f"3{NBH}year", f"plan{NB}—", f"№{NB}36", "“ARGO”",
           "association’s", "“Youth ‘Bolashak’ Union”"],
}
CELL_LINES = {"kk": ("Ұсыныстар:", "1) бірінші", "2) екінші"), "ru": ("Предложения:", "1) первое", "2) второе"),
              "en": ("Proposals:", "1) the first", "2) the second")}


def typed_text(lang: str) -> str:
    """Return the proposal's text: the sentence after 0–11 filler words, then an Alt+Enter list."""
    sentence, filler = TYPED[lang]
    paragraphs = [" ".join([*filler[:k], sentence]) for k in range(len(filler))]
    return "\n\n".join([*paragraphs, "\n".join(CELL_LINES[lang])])


def merged_three(inp) -> MergeResult:
    """Return G2-04 joined by G1-01 and G3-02: one recommendation proposed by three groups."""
    members = (Member("G2-04", "manual", 1.0), Member("G1-01", "manual", 0.5), Member("G3-02", "manual", 0.5))
    return MergeResult((Recommendation("R-G2-04", "G2-04", members, "manual", 0.5),))


@cache
def book(lang: str):
    """Return the factory book whose one recommendation is a proposal in `lang`, without votes."""
    inp = inputs()
    proposals = tuple(replace(p, language=lang, text=typed_text(lang), votes=None) if p.id == "G2-04"
                      else replace(p, votes=None) for p in inp.proposals)
    inp = replace(inp, proposals=proposals)
    return book_of(inp, merged_three(inp), lang, draft=True)


@cache
def pdf_blocks(lang: str) -> tuple[tuple[str, ...], ...]:
    """Return the text of the laid-out lines of each block (paragraph, cell, heading) of the PDF."""
    document, _ = render_pdf_document(book(lang), context(NO_PROJECT))
    blocks = []
    for page in document.pages:
        for box in page._page_box.descendants():
            lines = [child for child in getattr(box, "children", ()) if isinstance(child, LineBox)]
            if lines:
                blocks.append(tuple(_line_text(line) for line in lines))
    return tuple(blocks)


def _line_text(line: LineBox) -> str:
    text = "".join(b.text for b in line.descendants() if isinstance(b, TextBox))
    return text.replace("\u00ad", "").strip()  # Kazakh words carry soft hyphens


def pdf_lines(lang: str) -> tuple[str, ...]:
    """Return the text of every laid-out line of the PDF, in order."""
    return tuple(line for block in pdf_blocks(lang) for line in block)


@cache
def docx_paragraphs(lang: str) -> tuple[str, ...]:
    """Return every DOCX paragraph's text: no-break hyphens as U+2011, line breaks as newlines."""
    document = parse_docx(render_docx(book(lang), context(NO_PROJECT))).document
    out = []
    for p in document.iter(w("p")):
        nodes = p.iter(w("t"), w("br"), w("noBreakHyphen"))
        out.append("".join(n.text or "" if n.tag == w("t") else "\n" if n.tag == w("br") else NBH for n in nodes))
    return tuple(out)


def pdf_text(lang: str) -> str:
    return "\n".join(pdf_lines(lang))


# a line must not end with a number, "№", an ordinal's hyphen, nor start with a dash or a sign
_BAD_END = re.compile(r"(?<![\w.,])\d+(?:–\d+)?$|№$|\d[-\u2011]$")
_BAD_START = re.compile(r"^[—–%]")
_RU_ONE_LETTER_END = re.compile(r"(?<!\w)[вксуоиаяВКСУОИАЯ]$")


def bad_breaks(lang: str) -> list[str]:
    """Return each line break that separates what the rules keep together."""
    return [f"{a} / {b}" for lines in pdf_blocks(lang) for a, b in zip(lines, lines[1:])
            if _BAD_END.search(a) or _BAD_START.match(b) or (lang == "ru" and _RU_ONE_LETTER_END.search(a))]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_printed_text_carries_no_break_spaces_hyphens_and_typographic_quotes(lang):
    pdf, docx = pdf_text(lang), "\n".join(docx_paragraphs(lang))
    assert [s for s in PRINTED[lang] if s not in pdf] == []
    # the DOCX, the text editors copy from, has no word joiner (docx/text.py xml_safe)
    assert [s for s in PRINTED[lang] if s.replace(WJ, "") not in docx] == [] and WJ not in docx
    assert '"' not in pdf and "'" not in pdf and '"' not in docx and "'" not in docx


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_line_of_the_pdf_breaks_where_a_no_break_space_or_hyphen_stands(lang):
    lines = [line for line in pdf_lines(lang) if TYPED[lang][1][0] in line or "№" in line]
    assert len(lines) > 12  # the shifted copies wrap over many lines
    assert bad_breaks(lang) == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_line_break_inside_a_cell_survives_into_both_outputs(lang):
    first, second, third = CELL_LINES[lang]
    lines = pdf_lines(lang)
    at = lines.index(first)
    assert lines[at + 1: at + 3] == (second, third)
    assert "\n".join(CELL_LINES[lang]) in docx_paragraphs(lang)


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "Жұмыс тобы 1, Жұмыс тобы 2 және Жұмыс тобы 3"),  # 3+ names end in "және"
    ("ru", "Рабочая группа 1, Рабочая группа 2 и Рабочая группа 3"),
    ("en", "Working group 1, Working group 2 and Working group 3"),  # en-GB: no serial comma
])
def test_three_groups_are_listed_the_languages_way(lang, expected):
    assert expected in " ".join(pdf_text(lang).split())
    assert any(expected in " ".join(p.split()) for p in docx_paragraphs(lang))


@pytest.mark.parametrize(("lang", "expected", "never"), [
    ("kk", "дауыс саны көрсетілмеген", "0 дауыс"), ("ru", "число голосов не указано", "0 голос"),
    ("en", "no vote count", "0 votes")])
def test_a_recommendation_without_votes_prints_no_vote_count(lang, expected, never):
    pdf, docx = " ".join(pdf_text(lang).split()), " ".join(" ".join(docx_paragraphs(lang)).split())
    assert expected in pdf and expected in docx
    assert never not in pdf and never not in docx


@pytest.mark.parametrize(("heading", "expected"), [
    ("Мемлекеттік сатып алуда артықшылық беру", f"Мемлекеттік сатып алуда артықшылық{NB}беру"),
    ("Приложение 2. Предложения в редакции рабочих групп", f"Приложение 2. Предложения в редакции рабочих{NB}групп"),
    ("Micro-grants for youth", f"Micro-grants for{NB}youth"),
    ("Give social enterprises preference in public procurement",
     "Give social enterprises preference in public procurement"),  # a long last word may stand alone
    ("Youth work", "Youth work"),  # two words: nothing to keep
])
def test_a_short_last_word_of_a_pdf_heading_is_kept_with_the_word_before(heading, expected):
    assert keep_last_word(heading) == expected
    assert keep_last_word(Text(heading, "ru")) == Text(expected, "ru")

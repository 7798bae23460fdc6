"""Kazakh text in the DOCX carries its syllable breaks as w:softHyphen (Word has no kk hyphenation)."""

from __future__ import annotations

from book_factory import make_book
from docx_parts import NS, context, parse_docx

from recbook.render.docx import render_docx


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

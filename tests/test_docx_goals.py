"""A recommendation's SDG line in the DOCX hangs as the PDF's goals column does (sections.py, styles.py).

The PDF prints the goals in a column beside their label, one goal a line, a long goal's title
wrapping within that column; the DOCX gives the line a hanging indent as wide as the label, so
every goal, and every wrapped line of one, starts under the first goal's text.
"""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest
from book_factory import make_book
from docx.shared import Twips
from docx_parts import context

from recbook.model import LocalizedSdg
from recbook.render.docx import render_docx
from recbook.render.docx.widths import text_width


def _with_goals(book, *goals: int):
    """Return `book` with its first recommendation citing `goals` (the factory's cite one)."""
    direction = book.directions[0]
    rec = direction.recommendations[0]
    first = rec.sdg_lines[0]
    lines = tuple(LocalizedSdg(g, replace(first.label, value=first.label.value.replace(str(first.goal), str(g))),
                               replace(first.title, value=f"{first.title.value} {g}")) for g in goals)
    recs = (replace(rec, sdg_lines=lines), *direction.recommendations[1:])
    return replace(book, directions=(replace(direction, recommendations=recs), *book.directions[1:]))


def _goals_paragraph(book):
    document = docx.Document(io.BytesIO(render_docx(book, context())))
    label = book.labels["sdgs"] + ":"
    return document, next(p for p in document.paragraphs if p.text.startswith(label)), label


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_goals_hang_under_the_first_goal_one_a_line(lang):
    book = _with_goals(make_book(lang), 16, 17, 9)
    document, paragraph, label = _goals_paragraph(book)
    style = paragraph.style.paragraph_format
    base = document.styles["Recommendation Details"].paragraph_format.left_indent
    hang = -style.first_line_indent.twips
    assert style.left_indent.twips == base.twips + hang  # the label starts where the other details start
    assert hang >= text_width(label + " ", bold=True, size_pt=12)  # and fits before the goals, in any font
    assert hang <= (9355 - base.twips) * 0.6  # the goals keep 40 % of the line or more
    assert [stop.position for stop in style.tab_stops] == [style.left_indent]  # where the first goal starts
    assert paragraph.text.startswith(label + "\t")
    assert paragraph.text.count("\n") == 2  # one goal a line; each line, and a wrapped one, at the indent
    # as every paragraph: a named style, nothing formatted on the paragraph itself
    own = paragraph.paragraph_format
    assert (own.left_indent, own.first_line_indent, len(own.tab_stops)) == (None, None, 0)
    assert paragraph.style.base_style.name == "Recommendation Details"  # keeps with the details as they do


def test_a_label_wider_than_most_of_the_line_stands_alone_over_the_goals():
    book = make_book("en")
    book = replace(book, labels={**book.labels, "sdgs": ("Goals of sustainable development " * 3).strip()})
    document, paragraph, label = _goals_paragraph(book)
    style = paragraph.style.paragraph_format
    assert paragraph.text.startswith(label + "\n")
    assert -style.first_line_indent == Twips(567)
    assert style.left_indent == document.styles["Recommendation Details"].paragraph_format.left_indent + Twips(567)

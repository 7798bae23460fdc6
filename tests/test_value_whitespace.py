"""A tab or repeated spaces inside a value: printed as one space in both formats, and said so.

The PDF (HTML) always set them as one space; the DOCX kept "гранты   для" and a tab. Both print
one space now, as typesetting does, and `check` warns at the value (`text.whitespace`). A text's
line breaks and blank lines (its paragraphs) are not this: the spaces around them are not warned of.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner
from docx import Document

from inputs_project import check, make_project
from recbook.cli import main

TITLE = "Многолетние гранты   для НПО"
TEXT = "Перейти\tк многолетнему финансированию НПО."
ITEM = "- id: G1-01\n  group: G1\n  direction: D1\n  language: ru\n  title: %s\n  text: %s\n"


def test_a_tab_or_repeated_spaces_inside_a_value_is_a_warning_at_its_place(tmp_path: Path) -> None:
    item = ITEM % (TITLE, f'"{TEXT}"'.replace("\t", "\\t"))
    inputs, lines = check(make_project(tmp_path, {"p.yaml": item}))
    assert lines == [
        'inputs/proposals/p.yaml:5:10: warning: "title" has repeated spaces (at character 19); '
        "the book prints one space [text.whitespace]",
        'inputs/proposals/p.yaml:6:9: warning: "text" has a tab (at character 8); '
        "the book prints one space [text.whitespace]",
    ]
    assert (inputs.proposals[0].title, inputs.proposals[0].text) == (TITLE, TEXT)  # the input is kept


def test_spaces_around_a_texts_line_breaks_are_its_paragraphs_not_a_warning(tmp_path: Path) -> None:
    text = "|\n    Первый абзац.   \n\n      Второй абзац:\n    1) пункт\t\n"
    _, lines = check(make_project(tmp_path, {"p.yaml": ITEM % ("Заголовок", text)}))
    assert lines == []


def test_a_cell_with_a_tab_and_spaces_is_named_by_its_cell(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "G1"
    sheet.append(["id", "group", "direction", "language", "title", "text"])
    sheet.append(["G1-01", "G1", "D1", "ru", "Гранты\t  для НПО", "Текст"])
    book.save(project / "inputs" / "proposals" / "intake.xlsx")
    _, lines = check(project)
    assert lines == ['inputs/proposals/intake.xlsx:G1!E2: warning: "title" has a tab (at character 7) and '
                     "repeated spaces (at character 8); the book prints one space [text.whitespace]"]


def test_the_docx_prints_one_space_where_the_value_has_a_tab_or_several(tmp_path: Path) -> None:
    item = ITEM % (f'"{TITLE}\\tи\\t\\tфондов"', f'"{TEXT}"'.replace("\t", "\\t"))
    project = make_project(tmp_path, {"p.yaml": item})
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "ru", "--format", "docx"])
    assert result.exit_code == 0, result.output
    assert "[text.whitespace]" in result.output
    document = Document(str(next((project / "output").glob("*.ru.docx"))))
    printed = [p.text for p in document.paragraphs if "гранты" in p.text or "Перейти" in p.text]
    assert len(printed) >= 3  # the recommendation's heading, the annex's original: title and text
    for text in printed:
        assert "  " not in text and "\t" not in text, repr(text)
    assert any(text.endswith("Многолетние гранты для НПО и фондов") for text in printed)
    assert any(text.startswith("Перейти к") for text in printed)  # "к\xa0многолетнему": typography's

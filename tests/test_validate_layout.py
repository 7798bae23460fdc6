"""Layout slips the book prints as typed, warned at the value (recbook.text_layout): nothing is altered.

A list bullet pasted with a line from a Word list («•<TAB>Title», «– Title») was printed in the
heading and the contents («1.23 • Не повышать тарифы…») with only a word about the tab.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main

HEADER = ["id", "group", "direction", "language", "title", "text", "title:kk"]


def check(project: Path) -> tuple[int, list[str]]:
    """Return `recbook check`'s exit code and its lines about the proposals and decisions."""
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    return result.exit_code, [line for line in result.output.splitlines() if line.startswith("inputs/")]


def intake(tmp_path: Path, rows: list[list[str | None]]) -> Path:
    """Return a project whose intake sheet G1 holds `rows` under the header."""
    project = make_project(tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "G1"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(project / "inputs" / "proposals" / "intake.xlsx")
    return project


def bullet(cell: str, field: str, mark: str) -> str:
    printed = "in the heading and the contents" if field.startswith("title") else "at the start of the text"
    return (f'inputs/proposals/intake.xlsx:G1!{cell}: warning: "{field}" starts with a list bullet («{mark}»), as a '
            f"line pasted from a bulleted list does; the book prints it {printed}: delete it if it is not meant, "
            "the text is not changed [text.list-bullet]")


def test_a_title_or_text_pasted_with_its_list_bullet_is_a_warning_at_its_cell(tmp_path: Path) -> None:
    title = "•\tНе повышать тарифы на поливную воду для мелких фермеров"
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "ru", title, "Просим не повышать тарифы на поливную воду.", None],
        ["G1-02", "G1", "D1", "ru", "– Создать бассейновые советы", "- Создать бассейновые советы с участием НПО.",
         "· Бассейндік кеңестер құру"],
        ["G1-03", "G1", "D1", "ru", "▪Поддержать фермеров", "◦ Поддержать фермеров.", None]])
    code, lines = check(project)
    assert code == 0  # a warning: the book still builds
    assert [line for line in lines if "[text.list-bullet]" in line] == [
        bullet("E2", "title", "•"), bullet("E3", "title", "–"), bullet("F3", "text", "-"),
        bullet("G3", "title:kk", "·"), bullet("E4", "title", "▪"), bullet("F4", "text", "◦")]
    # the tab was all the check said; the fonts lack ▪ and ◦ (said as before)
    assert 'inputs/proposals/intake.xlsx:G1!E2: warning: "title" has a tab (at character 2); the book prints one ' \
        "space [text.whitespace]" in lines


def test_a_text_that_is_a_list_and_a_leading_minus_are_not_warned_of(tmp_path: Path) -> None:
    # each line of a text is printed as a line: a text of bulleted lines reads as the list it is
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "ru", "Поддержать фермеров", "- снизить тарифы;\n- выдать субсидии.", None],
        ["G1-02", "G1", "D1", "ru", "Снизить выбросы", "-5 % выбросов к 2030 году.", None],
        ["G1-03", "G1", "D1", "ru", "Развивать бассейновые советы", "Просим:\n• собирать советы;\n• публиковать "
         "протоколы.", None]])
    code, lines = check(project)
    assert (code, lines) == (0, [])


def test_an_edits_title_with_a_bullet_is_a_warning_in_decisions_yaml(tmp_path: Path) -> None:
    project = intake(tmp_path, [["G1-01", "G1", "D1", "ru", "Поддержать фермеров", "Просим поддержать.", None]])
    (project / "inputs" / "decisions.yaml").write_text(
        "- edit: G1-01\n  title: \"•\\tПоддержать фермеров\"\n", encoding="utf-8")
    code, lines = check(project)
    assert ('inputs/decisions.yaml:2:10: warning: "title" starts with a list bullet («•»), as a line pasted from a '
            "bulleted list does; the book prints it in the heading and the contents: delete it if it is not meant, "
            "the text is not changed [text.list-bullet]") in lines

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


def break_warning(cell: str, shown: str) -> str:
    return (f'inputs/proposals/intake.xlsx:G1!{cell}: warning: "text" has a line break inside a sentence ({shown}); '
            "the book breaks the line there: if it was typed to wrap the cell (Alt+Enter) or came with a paste, "
            "replace it with a space; the text is not changed [text.line-break-mid-sentence]")


def test_an_alt_enter_inside_a_sentence_is_a_warning_at_its_cell(tmp_path: Path) -> None:
    # printed as a forced line break (G01-05 of the QA forum, «…қажет,⏎өйткені…»)
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "ru", "Провести водопровод в село Саты",
         "Провести водопровод в село Саты,\nгде жители возят воду в бидонах.", None],
        ["G1-02", "G1", "D1", "ru", "Очистить каналы", "Очистить оросительные\nканалы от ила и мусора", None],
        ["G1-03", "G1", "D1", "ru", "Построить очистные сооружения",
         "Построить очистные\nсооружения в Талдыкоргане, так как\nчасть стоков попадает в реку без\nочистки, и"
         "\nвести учёт сбросов.", None]])
    code, lines = check(project)
    assert (code, lines) == (0, [
        break_warning("F2", "«…Саты,⏎где…»"), break_warning("F3", "«…оросительные⏎каналы…»"),
        break_warning("F4", "«…очистные⏎сооружения…», «…как⏎часть…», «…без⏎очистки,…» and 1 more")])


def test_line_breaks_between_sentences_list_items_and_addresses_are_not_warned_of(tmp_path: Path) -> None:
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "ru", "Построить очистные сооружения", "Построить очистные сооружения.\n"
         "Основание: решение РГ-12 от 30.11.2026 (протокол № 3).", None],
        ["G1-02", "G1", "D1", "ru", "Поддержать фермеров", "Просим:\nснизить тарифы;\nвыдать субсидии.\n\n"
         "а) в первую очередь\nб) во вторую очередь", None],
        ["G1-03", "G1", "D1", "ru", "Открыть горячую линию", "Открыть горячую линию, контакты\n"
         "info@water.kz", None]])
    code, lines = check(project)
    assert (code, lines) == (0, [])


def test_a_yaml_block_text_wrapped_inside_a_sentence_is_a_warning_at_the_text(tmp_path: Path) -> None:
    # `|` keeps each line break, as a cell's Alt+Enter; `>` (folded) does not, and is silent
    item = ("- id: G1-01\n  group: G1\n  direction: D1\n  language: kk\n  title: Жерасты сулары\n  text: |\n"
            "    Жерасты суларының қорын қайта бағалау қажет,\n    өйткені деректердің көбі кеңес заманында алынған.\n"
            "- id: G1-02\n  group: G1\n  direction: D1\n  language: kk\n  title: Суару жүйелері\n  text: >\n"
            "    Суару жүйелерін тазарту\n    қажет.\n")
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    assert (code, lines) == (0, [
        'inputs/proposals/p.yaml:6:9: warning: "text" has a line break inside a sentence («…қажет,⏎өйткені…»); the '
        "book breaks the line there: if it was typed to wrap the cell (Alt+Enter) or came with a paste, replace it "
        "with a space; the text is not changed [text.line-break-mid-sentence]"])


def numbered(cell: str, field: str, mark: str, start: str) -> str:
    return (f'inputs/proposals/intake.xlsx:G1!{cell}: warning: "{field}" starts with a number of its own («{mark}»); '
            f"the book numbers the recommendations itself and would print both («1.1 {start}…»): delete it, the "
            "text is not changed [text.title-number]")


def test_a_title_starting_with_its_own_number_is_a_warning_at_its_cell(tmp_path: Path) -> None:
    # QA s21: a title typed as the group's list had it, «1. Create …», was printed «1.1 1. Create …»
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "ru", "1. Создать бассейновые советы", "Создать бассейновые советы.", None],
        ["G1-02", "G1", "D1", "ru", "2) Поддержать фермеров", "Поддержать фермеров.", "2)Фермерлерді қолдау"],
        ["G1-03", "G1", "D1", "ru", "2.3 Очистить каналы", "Очистить каналы.", "2.3. Арналарды тазарту"],
        ["G1-04", "G1", "D1", "ru", "(4) Открыть горячую линию", "Открыть горячую линию.", None],
        ["G1-05", "G1", "D1", "ru", "IV. Провести водопровод", "1. Провести водопровод.", None],
        ["G1-06", "G1", "D1", "ru", "3. Провести водопровод в село Саты и соседние аулы", "Провести.", None]])
    code, lines = check(project)
    assert code == 0  # a warning: the book still builds, with the text as written
    assert [line for line in lines if "[text.title-number]" in line] == [
        numbered("E2", "title", "1.", "1. Создать бассейновые советы"),
        numbered("E3", "title", "2)", "2) Поддержать фермеров"),
        numbered("G3", "title:kk", "2)", "2)Фермерлерді қолдау"), numbered("E4", "title", "2.3", "2.3 Очистить каналы"),
        numbered("G4", "title:kk", "2.3.", "2.3. Арналарды тазарту"),
        numbered("E5", "title", "(4)", "(4) Открыть горячую линию"),
        numbered("E6", "title", "IV.", "IV. Провести водопровод"),
        numbered("E7", "title", "3.", "3. Провести водопровод в село")]  # a long title: its first words


def test_a_title_starting_with_a_number_that_is_part_of_it_is_not_warned_of(tmp_path: Path) -> None:
    # titles of the labelled forum sets that start with a number (bench/data), and a decimal
    project = intake(tmp_path, [
        ["G1-01", "G1", "D1", "kk", "112 қазақша жауап берсін", "112 қызметі қазақша жауап берсін.", None],
        ["G1-02", "G1", "D1", "kk", "1980 жылға дейін салынған мектептер", "Мектептерді жөндеу.", None],
        ["G1-03", "G1", "D1", "en", "24-hour duty lawyer line", "Open a 24-hour duty lawyer line.", None],
        ["G1-04", "G1", "D1", "en", "24/7 libraries in exam season", "Keep libraries open 24/7.", None],
        ["G1-05", "G1", "D1", "ru", "4G в каждом селе с населением от 250 человек", "Провести 4G в сёла.", None],
        ["G1-06", "G1", "D1", "en", "1.5 million tenge for each youth centre", "Give each centre 1.5 million.", None],
        ["G1-07", "G1", "D1", "ru", "30 км/ч у школ", "Ограничить скорость у школ.", None]])
    code, lines = check(project)
    assert [line for line in lines if "[text.title-number]" in line] == []


def test_an_edits_title_starting_with_its_own_number_is_a_warning_in_decisions_yaml(tmp_path: Path) -> None:
    project = intake(tmp_path, [["G1-01", "G1", "D1", "ru", "Поддержать фермеров", "Просим поддержать.", None]])
    (project / "inputs" / "decisions.yaml").write_text(
        "- edit: G1-01\n  title: 1. Поддержать фермеров\n", encoding="utf-8")
    code, lines = check(project)
    assert ('inputs/decisions.yaml:2:10: warning: "title" starts with a number of its own («1.»); the book numbers '
            "the recommendations itself and would print both («1.1 1. Поддержать фермеров…»): delete it, the text "
            "is not changed [text.title-number]") in lines

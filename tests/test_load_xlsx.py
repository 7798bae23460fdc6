"""XLSX by documented rules (RELIABILITY 5): formulas, merged cells, floats, dates, hidden sheets, empty rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.formula import ArrayFormula

from inputs_project import HEADER, check, make_project
from recbook.cli import main
from recbook.diagnostics import Location, Report, error
from xlsx_raw import header_row, inline, write_xlsx

COLUMNS = HEADER.split(";") + ["votes", "sdgs"]


def workbook(tmp_path: Path, rows: list[list[object]], title: str = "Proposals") -> openpyxl.Workbook:
    """Return a workbook whose first sheet holds the header and `rows`."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    return book


def run(tmp_path: Path, book: openpyxl.Workbook):
    project = make_project(tmp_path)
    book.save(project / "inputs" / "proposals" / "g.xlsx")
    return check(project)


def test_values_are_located_by_sheet_and_cell_and_floats_read_as_integers(tmp_path: Path) -> None:
    book = workbook(tmp_path, [[1.0, "G1", "D1", "ru", "Заголовок", "Текст", 12.0, 3.0],
                               [None] * 8,
                               ["G1-02", "G1", "D1", "ru", "Второй", 2.5, 0, "3; 16"]])
    inputs, lines = run(tmp_path, book)
    assert lines == []  # the empty row 3 is skipped: it holds nothing
    first, second = inputs.proposals
    assert (first.id, first.votes, first.sdgs) == ("1", 12, (3,))
    assert str(first.location_of("title")) == "inputs/proposals/g.xlsx:Proposals!E2"
    assert (second.text, str(second.location)) == ("2.5", "inputs/proposals/g.xlsx:Proposals!A4")


def test_formula_without_a_saved_result_is_an_error_at_its_cell(tmp_path: Path) -> None:
    # openpyxl saves formulas without calculating them, like many generators do
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", '=CONCAT("a", "b")', "Текст"]])
    inputs, lines = run(tmp_path, book)
    assert lines == [
        'inputs/proposals/g.xlsx:Proposals!E2: error: formula =CONCAT("a", "b") has no saved '
        "result (the file was written by a program that does not calculate); open and save it "
        "in Excel or LibreOffice [xlsx.formula-no-value]"]
    assert inputs.proposals == ()


def test_array_formula_without_a_result_is_named_by_its_text(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Т", None]])
    book.active["F2"] = ArrayFormula("F2", "=SUM(A1:A2)")
    _, lines = run(tmp_path, book)
    assert lines == ["inputs/proposals/g.xlsx:Proposals!F2: error: formula =SUM(A1:A2) has no saved "
                     "result (the file was written by a program that does not calculate); open and "
                     "save it in Excel or LibreOffice [xlsx.formula-no-value]"]


def test_cached_error_value_is_reported(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "#REF!", "Текст"]])
    _, lines = run(tmp_path, book)
    assert lines == ["inputs/proposals/g.xlsx:Proposals!E2: error: cell holds the error #REF!; "
                     "fix the formula [xlsx.error-value]"]


def test_vertical_merge_fills_its_rows_and_a_horizontal_one_is_an_error(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Первый", "Текст"],
                               ["G1-02", None, "D1", "ru", "Второй", "Текст"],
                               ["G1-03", "G1", "D1", "ru", "Третий и текст", None]])
    sheet = book.active
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("E4:F4")
    inputs, lines = run(tmp_path, book)
    assert lines == [
        'inputs/proposals/g.xlsx:Proposals!E4: error: merged cells E4:F4 span several columns, so '
        "the value belongs to none of them clearly; unmerge them [xlsx.merged-cells]",
        'inputs/proposals/g.xlsx:Proposals!F4: error: "text" is empty [proposal.empty-field]']
    # F4 is covered by the merge but holds nothing, so it is reported as empty too
    assert [(p.id, p.group) for p in inputs.proposals] == [("G1-01", "G1"), ("G1-02", "G1")]


@pytest.mark.parametrize(("value", "shown"), [
    (dt.datetime(2025, 4, 3), "2025-04-03"),
    (dt.datetime(2025, 4, 3, 12, 30), "2025-04-03T12:30:00"),
    (dt.time(12, 30), "12:30:00"),
])
def test_date_cells_are_an_error_and_keep_their_iso_form(tmp_path: Path, value, shown) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Т", "Текст", 1, value]])
    _, lines = run(tmp_path, book)
    assert lines == [(
        f"inputs/proposals/g.xlsx:Proposals!H2: error: cell holds a date or time ({shown}), but no "
        "proposal column does: Excel may have turned what was typed into one; format the column "
        "as Text and retype it [xlsx.date-cell]")]  # not also "no such SDG": one error per value


def test_hidden_and_notes_sheets_are_not_read_and_say_so(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Т", "Текст"]], title="Группа 1")
    hidden = book.create_sheet("Old")
    hidden.append(COLUMNS)
    hidden.append(["G1-09", "G1", "D1", "ru", "Старое", "Текст"])
    hidden.sheet_state = "hidden"
    notes = book.create_sheet("Notes")
    notes["B2"] = "Заполните таблицу до пятницы"
    book.create_sheet("Empty")
    macro = book.create_sheet("Macro")  # hidden by a macro: Excel's Unhide menu does not list it
    macro.append(COLUMNS)
    macro.append(["G1-10", "G1", "D1", "ru", "Скрытое", "Текст"])
    macro.sheet_state = "veryHidden"
    inputs, lines = run(tmp_path, book)
    assert lines == [
        'inputs/proposals/g.xlsx:Macro!A1: warning: sheet "Macro" is hidden so that Excel\'s Unhide menu does not '
        "list it (veryHidden), so it is not read; to include its proposals, set the sheet's Visible property in "
        "Excel's VBA editor (Alt+F11) or copy its rows into a visible sheet [xlsx.hidden-sheet]",
        'inputs/proposals/g.xlsx:Notes!B2: warning: sheet "Notes" has none of the columns id, '
        "group, direction, language, title, text, so it is not read; its first non-empty row holds "
        "'Заполните таблицу до пятницы' [xlsx.sheet-skipped]",
        'inputs/proposals/g.xlsx:Old!A1: warning: sheet "Old" is hidden, so it is not read; '
        "unhide it to include its proposals [xlsx.hidden-sheet]"]
    assert str(inputs.proposals[0].location) == "inputs/proposals/g.xlsx:'Группа 1'!A2"


def test_a_file_that_is_not_a_workbook_is_an_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"g.xlsx": b"id;group\n"})
    _, lines = check(project)
    assert lines == ["inputs/proposals/g.xlsx: error: cannot be opened as an Excel workbook (.xlsx): "
                     "BadZipFile: File is not a zip file [xlsx.unreadable]"]


def test_hidden_rows_and_columns_are_read_and_each_holding_data_is_reported(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Видимый", "Текст", 3],
                               ["G1-02", "G1", "D1", "ru", "Скрытый", "Текст", 4],
                               [None] * 8])
    sheet = book.active
    sheet.row_dimensions[3].hidden = True  # by hand: Format > Hide rows
    sheet.row_dimensions[4].hidden = True  # hidden but empty: nothing to report
    sheet.column_dimensions["G"].hidden = True  # the votes column, holding data
    sheet.column_dimensions["J"].hidden = True  # hidden but empty
    inputs, lines = run(tmp_path, book)
    assert lines == [  # in row order: the column is named at its header cell, row 1
        "inputs/proposals/g.xlsx:Proposals!G1: warning: column G is hidden in Excel; its values are "
        "read like those of the visible columns: unhide it to review them, or delete it to leave "
        "them out [xlsx.hidden-column]",
        "inputs/proposals/g.xlsx:Proposals!A3: warning: row 3 is hidden in Excel; its proposal is "
        "read and printed like the visible ones: unhide the row to review it, or delete the row to "
        "leave it out [xlsx.hidden-row]"]
    assert [(p.id, p.votes) for p in inputs.proposals] == [("G1-01", 3), ("G1-02", 4)]


def test_rows_hidden_by_an_autofilter_name_the_filter(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Первый", "Текст"],
                               ["G1-02", "G1", "D2", "ru", "Второй", "Текст"],
                               ["G1-03", "G1", "D1", "ru", "Третий", "Текст"]])
    sheet = book.active
    sheet.auto_filter.ref = "A1:H4"  # Excel writes the filter and hides the rows it filters out
    sheet.auto_filter.add_filter_column(2, ["D1"])
    sheet.row_dimensions[3].hidden = True
    inputs, lines = run(tmp_path, book)
    assert lines == [
        "inputs/proposals/g.xlsx:Proposals!A3: warning: row 3 is hidden in Excel (the sheet has a "
        "filter on A1:H4); its proposal is read and printed like the visible ones: unhide the row "
        "to review it, or delete the row to leave it out [xlsx.hidden-row]"]
    assert [p.id for p in inputs.proposals] == ["G1-01", "G1-02", "G1-03"]


def test_a_hidden_header_row_is_still_the_header(tmp_path: Path) -> None:
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Первый", "Текст"]])
    book.active.row_dimensions[1].hidden = True
    inputs, lines = run(tmp_path, book)
    assert lines == ["inputs/proposals/g.xlsx:Proposals!A1: warning: row 1 is hidden in Excel; it "
                     "is read as the header row: unhide it to review it [xlsx.hidden-row]"]
    assert [p.id for p in inputs.proposals] == ["G1-01"]


def test_hidden_rows_are_found_in_raw_xml_without_row_numbers(tmp_path: Path) -> None:
    # r="…" is optional on <row>: such a row follows the one before it; hidden may be "true"
    rows = [header_row(), '<row r="2">' + "".join(inline(f"{c}2", v) for c, v in zip(
                "ABCDEF", ("G1-01", "G1", "D1", "ru", "Т", "Текст"))) + "</row>",
            "<row hidden='true'>" + "".join(inline(f"{c}3", v) for c, v in zip(
                "ABCDEF", ("G1-02", "G1", "D1", "ru", "Т2", "Текст"))) + "</row>"]
    project = make_project(tmp_path)
    write_xlsx(project / "inputs" / "proposals" / "g.xlsx", rows)
    inputs, lines = check(project)
    assert [line.split(": warning: ")[0] for line in lines] == ["inputs/proposals/g.xlsx:Proposals!A3"]
    assert len(inputs.proposals) == 2


def test_a_row_numbered_in_advance_is_one_warning_and_problems_are_in_row_order(tmp_path: Path) -> None:
    # ids typed ahead of the proposals gave five "is empty" errors a row, and B10 sorted before B9
    # each its own text: seven recommendations printing one text are a warning of their own (editorial.same-wording)
    rows = [[f"G1-{n:02}", "G1", "D1", "ru", f"Заголовок {n}", f"Текст {n}"] for n in range(1, 8)]  # rows 2–8
    rows += [["G1-08", "G1", "D9", "ru", None, "Текст"],  # row 9: two problems
             ["G1-09", "G1", "D9", "ru", "Заголовок", "Текст"],  # row 10
             ["G1-10"], ["G1-11", None, "  ", None],  # rows 11, 12: numbered in advance
             ["Составил: секретарь Иванова А."], ["Итого"]]  # rows 13, 14: notes below the table (were "an id")
    project = make_project(tmp_path)
    workbook(tmp_path, rows).save(project / "inputs" / "proposals" / "g.xlsx")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 1
    unknown = ("error: unknown direction. Expected one of: D1, D2 but received: 'D9' [proposal.unknown-direction]")
    assert [line for line in result.stderr.splitlines() if "g.xlsx" in line] == [
        f"inputs/proposals/g.xlsx:Proposals!C9: {unknown}",
        'inputs/proposals/g.xlsx:Proposals!E9: error: "title" is empty [proposal.empty-field]',
        f"inputs/proposals/g.xlsx:Proposals!C10: {unknown}",
        "inputs/proposals/g.xlsx:Proposals!A11: warning: the row holds only an id ('G1-10'), so it is not read: "
        "fill the row in, or delete it [table.id-only-row]",
        "inputs/proposals/g.xlsx:Proposals!A12: warning: the row holds only an id ('G1-11'), so it is not read: "
        "fill the row in, or delete it [table.id-only-row]",
        "inputs/proposals/g.xlsx:Proposals!A13: warning: the row holds only 'Составил: секретарь Иванова А.' in "
        "the id column (a note below the table?), so it is not read: a proposal fills the whole row "
        "[table.id-only-row]",
        "inputs/proposals/g.xlsx:Proposals!A14: warning: the row holds only 'Итого' in the id column (a note below "
        "the table?), so it is not read: a proposal fills the whole row [table.id-only-row]"]


def test_a_totals_row_below_the_table_is_one_warning(tmp_path: Path) -> None:
    # «Итого» and the sum of the votes (Excel's =SUM, its saved result): a bad id and five "is empty" errors
    header = COLUMNS  # ... votes (G), sdgs
    book = openpyxl.Workbook()
    book.active.title = "Proposals"
    for row in (header, ["G1-01", "G1", "D1", "ru", "Заголовок", "Текст", 3],
                ["G1-02", "G1", "D1", "ru", "Другой", "Другой текст", 4], ["Итого", *[None] * 5, 7],
                ["G1-03", None, None, None, None, None, 2]):  # a proposal begun, not a total: still its errors
        book.active.append(row)
    project = make_project(tmp_path)
    book.save(project / "inputs" / "proposals" / "g.xlsx")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    lines = [line for line in result.stderr.splitlines() if "g.xlsx" in line]
    assert lines[0] == ("inputs/proposals/g.xlsx:Proposals!A4: warning: the row holds only 'Итого' and 7 votes (a "
                        "totals row below the table?), so it is not read: a proposal fills the whole row "
                        "[table.id-only-row]")
    assert len(lines) == 6 and all("Proposals!" in line and line.split("!")[1][1] == "5" for line in lines[1:])


def test_a_column_past_z_sorts_after_the_columns_before_it() -> None:
    where = [Location("g.xlsx", cell="S!AA2"), Location("g.xlsx", cell="S!B2"), Location("g.xlsx", cell="S!C1"),
             Location("g.xlsx", cell="'T (2)'!A1"), Location("a.csv", 10, 2), Location("a.csv", 9, 30)]
    report = Report()
    report.extend(error(w, "m", "c") for w in where)
    assert [str(d.location) for d in report.sorted()] == [
        "a.csv:9:30", "a.csv:10:2", "g.xlsx:S!C1", "g.xlsx:S!B2", "g.xlsx:S!AA2", "g.xlsx:'T (2)'!A1"]


def test_an_unread_column_is_quoted_as_written_and_its_values_counted(tmp_path: Path) -> None:
    # it was quoted lower-cased ('ескертпе'), and the notes under it went unmentioned (qa s21 16)
    book = workbook(tmp_path, [["G1-01", "G1", "D1", "ru", "Заголовок", "Текст", None, None, "Маңызды ескертпе"],
                               ["G1-02", "G1", "D1", "ru", "Заголовок 2", "Текст 2", None, None, "Тағы бір"],
                               ["G1-03", "G1", "D1", "ru", "Заголовок 3", "Текст 3"]])
    book.active["I1"] = "Ескертпе"
    book.active["J1"] = "Remarks Column"
    inputs, lines = run(tmp_path, book)
    assert len(inputs.proposals) == 3
    expected = ("Expected one of: id, group, direction, language, title, text, addressees, timeframe, votes, sdgs, "
                "title:kk, title:ru, title:en, text:kk, text:ru, text:en but received: ")
    assert lines == [
        "inputs/proposals/g.xlsx:Proposals!I1: warning: column I is not read, nor the 2 values under it. "
        + expected + "'Ескертпе' [table.unknown-column]",
        "inputs/proposals/g.xlsx:Proposals!J1: warning: column J is not read. "
        + expected + "'Remarks Column' [table.unknown-column]"]

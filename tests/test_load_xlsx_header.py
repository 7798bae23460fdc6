"""A sheet's header row is found below a title row, through both XLSX readers (load/sheet_header.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from test_load_xlsx_calamine import COLUMNS, both_readers, save


def titled_book(title_rows: list[list[object]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Группа4"
    for row in title_rows:
        sheet.append(row)
    sheet.append(COLUMNS)
    sheet.append(["G4-01", "G4", "D1", "ru", "Заголовок", "Текст", 3, "4"])
    return book


def test_a_title_row_above_the_header_is_named_and_the_proposals_read(tmp_path: Path, monkeypatch) -> None:
    book = titled_book([["Предложения рабочей группы 4"], [], [None, "Секретарь: " + "Иванова " * 10]])
    book.active.merge_cells("A1:H1")  # a title across the table: not read, so not a merged-cells error
    fast, alone, by_calamine = both_readers(save(book, tmp_path), monkeypatch)
    assert by_calamine and fast == alone
    records, lines = fast
    assert lines == [
        "g.xlsx:Группа4!A1: warning: row 1 is above the header row (4), so it is not read: "
        "'Предложения рабочей группы 4' [xlsx.above-header]",
        "g.xlsx:Группа4!B3: warning: row 3 is above the header row (4), so it is not read: "
        "'Секретарь: Иванова Иванова Иванова Иванова Иванова Иванова И'… (90 characters) "
        "[xlsx.above-header]"]
    assert len(records) == 1 and str(records[0].location) == "g.xlsx:Группа4!A5"
    assert str(records[0].node.get("title").location) == "g.xlsx:Группа4!E5"


def test_a_sheet_without_the_columns_says_what_it_looked_for_and_found(tmp_path: Path, monkeypatch) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    for n in range(12):
        book.active.append([f"note {n}"])
    book.active.append(COLUMNS)  # below the first ten rows: a table of notes, not the header
    fast, alone, _ = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone
    assert fast == ([], ['g.xlsx:Notes!A1: warning: sheet "Notes" has none of the columns id, group, '
                         "direction, language, title, text in its first 10 non-empty rows, so it is not "
                         "read; its first non-empty row holds 'note 0' [xlsx.sheet-skipped]"])

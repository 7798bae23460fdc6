"""A hidden `recbook-lists` sheet is skipped silently only when it holds intake's lists (load/lists_sheet.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from recbook.load.lists_sheet import LISTS_COLUMNS, LISTS_SHEET
from test_load_xlsx_calamine import COLUMNS, both_readers, save

INTAKE_LISTS = [list(LISTS_COLUMNS), ["G1", "D1", "gov", "kk", "short"], ["G2", "D2", None, "ru", "long"]]
WARNING = ("g.xlsx:'recbook-lists'!A1: warning: sheet \"recbook-lists\" is hidden and holds more than the "
           "drop-down lists recbook intake writes there, so it is not read; unhide it to include its "
           "proposals [xlsx.hidden-sheet]")


def book_with_lists(rows: list[list[object]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.active.title = "G1"
    book.active.append(COLUMNS)
    book.active.append(["G1-01", "G1", "D1", "ru", "Заголовок", "Текст", 3, 4])
    lists = book.create_sheet(LISTS_SHEET)
    for row in rows:
        lists.append(row)
    lists.sheet_state = "hidden"
    return book


@pytest.mark.parametrize(("rows", "warned"), [
    (INTAKE_LISTS, False),
    ([COLUMNS, ["G1-09", "G1", "D1", "ru", "Спрятанное", "Текст"]], True),  # a user's own proposals
    (INTAKE_LISTS + [[None, None, None, None, None, "заметка"]], True),  # beyond the lists' columns
    (INTAKE_LISTS + [[None, None, None, "Предложение про язык", None]], True),  # not a language
    (INTAKE_LISTS[1:], True)])  # no header row of list names
def test_a_hidden_lists_sheet_is_silent_only_when_it_holds_the_lists(tmp_path: Path, monkeypatch, rows,
                                                                       warned) -> None:
    fast, alone, by_calamine = both_readers(save(book_with_lists(rows), tmp_path), monkeypatch)
    assert by_calamine and fast == alone
    assert len(fast[0]) == 1 and fast[1] == ([WARNING] if warned else [])

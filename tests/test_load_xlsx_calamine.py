"""calamine reads a plain workbook as openpyxl does, and leaves every other one to it (load/xlsx_calamine.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils import get_column_letter, range_boundaries

from recbook.diagnostics import Report
from recbook.load import xlsx_reader
from recbook.load.cell_refs import column_letter, plain_range
from xlsx_raw import header_row, inline, write_xlsx

ROOT = Path(__file__).resolve().parents[1]
PLAIN_SHEETS = xlsx_reader._plain_sheets
COLUMNS = ["id", "group", "direction", "language", "title", "text", "votes", "sdgs"]


def both_readers(path: Path, monkeypatch) -> tuple[tuple[list, list[str]], tuple[list, list[str]], bool]:
    """Return (records, diagnostics) of the reader and of openpyxl alone, and whether calamine read it."""
    read_by_calamine = []
    monkeypatch.setattr(xlsx_reader, "_plain_sheets",
                        lambda *a: read_by_calamine.append(PLAIN_SHEETS(*a)) or read_by_calamine[-1])
    first, second = Report(), Report()
    records = xlsx_reader.read_xlsx(path, "g.xlsx", first)
    monkeypatch.setattr(xlsx_reader, "_plain_sheets", lambda *a: None)
    alone = xlsx_reader.read_xlsx(path, "g.xlsx", second)
    return ((records, [d.format() for d in first.items]), (alone, [d.format() for d in second.items]),
            bool(read_by_calamine) and read_by_calamine[-1] is not None)


def save(book: openpyxl.Workbook, tmp_path: Path) -> Path:
    path = tmp_path / "g.xlsx"
    book.save(path)
    return path


def plain_book() -> openpyxl.Workbook:
    """Return a workbook of the values calamine may read: texts, numbers, booleans, merged and hidden cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Предложения"
    sheet.append(COLUMNS)
    rich = CellRichText(["Жирный ", TextBlock(InlineFont(b=True), "текст"), " и обычный"])
    rows = [["G1-01", "G1", "D1", "ru", "  пробелы  ", "строка\nвторая\r\nтретья", 12, "3; 16"],
            [1.0, "G1", "D1", "kk", rich, "tab\there", 2.5, 15],
            [123456789012345, "G1", "D1", "en", "−0", -0.0, 1e-07, 1e20],
            [None, None, None, None, None, None, None, None],
            ["G1-04", True, False, "ru", "", "   ", 0.1 + 0.2, -17],
            ["G1-05", "G1", None, "ru", "😀 ӘҒҚҢӨҰҮҺІ", "'quoted", 3.0, "1;2"]]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("C6:C7")
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["H"].hidden = True
    notes = book.create_sheet("Notes")
    notes.append(["just a note"])
    lists = book.create_sheet(xlsx_reader.LISTS_SHEET)  # as recbook intake writes it: skipped silently
    lists.append(["group", "direction", "addressees", "language", "timeframe"])
    lists.append(["G1", "D1", "A1", "kk", "short"])
    lists.append(["G2", None, "A2", "ru"])
    lists.sheet_state = "hidden"
    second = book.create_sheet("Second sheet")
    second.append([None])
    second.append(COLUMNS)
    second.append(["G2-01", "G2", "D2", "ru", "Заголовок", "Текст", 4, 5])
    return book


def test_calamine_reads_a_plain_workbook_as_openpyxl_does(tmp_path: Path, monkeypatch) -> None:
    fast, alone, by_calamine = both_readers(save(plain_book(), tmp_path), monkeypatch)
    assert by_calamine and fast == alone
    assert len(fast[0]) == 6 and fast[1]  # records and the hidden row's and column's warnings


def test_calamine_reads_the_samples_workbook_as_openpyxl_does(monkeypatch) -> None:
    fast, alone, by_calamine = both_readers(ROOT / "inputs" / "proposals" / "groups-4-5.xlsx", monkeypatch)
    assert by_calamine and fast == alone and len(fast[0]) > 5


@pytest.mark.parametrize("change", ["formula", "error", "date", "time", "hidden-sheet", "escape",
                                    "merged-row", "merged-down"])
def test_what_calamine_reads_otherwise_is_read_by_openpyxl(tmp_path: Path, monkeypatch, change: str) -> None:
    book = plain_book()
    sheet = book.active
    if change == "formula":
        sheet["G2"] = "=1+1"
    elif change == "error":
        sheet["G2"] = "#REF!"
        sheet["G2"].data_type = "e"
    elif change == "date":
        sheet["G2"] = dt.datetime(2025, 3, 4)
    elif change == "time":
        sheet["G2"] = dt.time(12, 30)
        sheet["G3"].number_format = "hh:mm"
    elif change == "escape":
        sheet["F2"] = "_x000D_ written as text"  # calamine would decode it
    elif change == "hidden-sheet":
        book["Notes"].sheet_state = "hidden"
    elif change == "merged-row":
        sheet.merge_cells("E2:F2")
    else:
        sheet.merge_cells("E5:E6")
    fast, alone, by_calamine = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone
    assert by_calamine == (change in ("merged-row", "merged-down"))  # merges: the raw scan reads them


def test_raw_workbooks_read_alike(tmp_path: Path, monkeypatch) -> None:
    rows = [header_row(), '<row r="2">' + inline("A2", "G1-01") + inline("B2", "G1") + '<c r="D2"><v>7</v></c>'
            + '<c r="E2" t="b"><v>1</v></c>' + inline("F2", "a &amp; b") + "</row>",
            '<row r="5"><c r="A5" t="e"><v>#N/A</v></c></row>']
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "raw.xlsx", rows), monkeypatch)
    assert fast == alone and not by_calamine
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "raw2.xlsx", rows[:2]), monkeypatch)
    assert fast == alone and by_calamine
    long_integer = '<row r="3">' + inline("A3", "G1-02") + '<c r="G3"><v>12345678901234567</v></c></row>'
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "raw3.xlsx", [*rows[:2], long_integer]),
                                            monkeypatch)
    assert fast == alone and not by_calamine  # calamine would read 12345678901234568


@pytest.mark.parametrize("cells", [
    inline("F2", "  a  "), inline("F2", "a\n"),  # inline text with white space at its ends, no xml:space
    '<c r="F2" t="inlineStr"><is><r><t>a </t></r><r><t>b</t></r></is></c>',  # runs: "a b", not "ab"
    '<c r="F2"><v>abc</v></c>', '<c r="F2"><v>NaN</v></c>', '<c r="F2" t="b"><v>true</v></c>',  # not numbers
])
def test_what_calamine_would_read_otherwise_is_left_to_openpyxl(tmp_path: Path, monkeypatch, cells: str) -> None:
    rows = [header_row(), '<row r="2">' + inline("A2", "G1-01") + inline("B2", "G1") + inline("D2", "ru")
            + inline("E2", "T") + cells + "</row>"]
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "apart.xlsx", rows), monkeypatch)
    assert fast == alone and not by_calamine


def test_text_ending_in_white_space_is_seen_where_a_block_ends_before_its_closing_tag() -> None:
    """The scan cuts its 1 MiB blocks just before a "<": "<t>a " may end one block, "</t>" begin the next."""
    from recbook.load.xlsx_scan import _Tally

    tally = _Tally()
    tally.feed(b'<row r="2"><c r="A2" t="inlineStr"><is><t>a ')
    tally.feed(b"</t></is></c></row>")
    assert not tally.result().plain


def test_inline_text_kept_whole_is_still_calamines(tmp_path: Path, monkeypatch) -> None:
    rows = [header_row(), '<row r="2">' + inline("A2", "G1-01") + inline("F2", "a b")
            + '<c r="E2" t="inlineStr"><is><t xml:space="preserve"> kept </t></is></c><c r="G2"><v>-1.5E+3</v></c>'
            + "</row>"]
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "plain.xlsx", rows), monkeypatch)
    assert fast == alone and by_calamine


def test_a_sparse_sheet_or_cells_without_places_are_read_by_openpyxl(tmp_path: Path, monkeypatch) -> None:
    # calamine would hold A1 to ALL100000 as a dense grid of 100 million cells
    sparse = [header_row(), '<row r="2">' + inline("A2", "G1-01") + "</row>",
              '<row r="100000">' + inline("ALL100000", "far") + "</row>"]
    unplaced = [header_row(), '<row r="2"><c t="inlineStr"><is><t>G1-01</t></is></c></row>']
    for name, rows in (("sparse.xlsx", sparse), ("unplaced.xlsx", unplaced)):
        fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / name, rows), monkeypatch)
        assert fast == alone and not by_calamine, name


def test_damaged_workbooks_say_what_openpyxl_says(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    fast, alone, by_calamine = both_readers(path, monkeypatch)
    assert fast == alone and fast[1] and not fast[0]


def test_cell_references_are_openpyxls() -> None:
    assert [column_letter(i) for i in range(1, 18279)] == [get_column_letter(i) for i in range(1, 18279)]
    for ref in ("A1", "C3:C9", "AA10:AB12", "XFD1048576", "B5:B2", "ZZ1:A1"):
        assert plain_range(ref) == range_boundaries(ref)
    for ref in ("$A$1:$A$3", "A:A", "1:3", "a1", "A0", "A1:", ""):
        assert plain_range(ref) is None
    for ref in ("C3:C9", "$A$1:$A$3", "$B2"):
        assert xlsx_reader._bounds(ref) == range_boundaries(ref)  # what plain_range leaves goes to openpyxl


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.one_of(st.none(), st.booleans(), st.text(max_size=12),
                                   st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False)),
                         min_size=8, max_size=8), min_size=1, max_size=6))
def test_generated_cells_read_alike(tmp_path: Path, monkeypatch, rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        # what openpyxl cannot write into a cell at all (control characters) is not a workbook
        sheet.append([v if not isinstance(v, str) else "".join(c for c in v if c >= " " or c in "\t\n\r")
                      for v in row])
    fast, alone, _ = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone

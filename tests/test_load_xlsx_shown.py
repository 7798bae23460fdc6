"""A text field's number or logical cell that Excel shows otherwise is said, through both readers (xlsx_shown.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from recbook.load.number_format import shown_number
from recbook.load.xlsx_calamine import _formats_numbers
from test_load_xlsx_calamine import COLUMNS, both_readers, save
from xlsx_raw import header_row, inline, write_xlsx

AS_TEXT = "type it as text (start with ') to print it as shown [xlsx.shown-value]"


def book_of(rows: list[list[object]], formats: dict[str, str]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "P"
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    for ref, code in formats.items():
        sheet[ref].number_format = code
    return book


def fields(records) -> list[dict[str, str | None]]:
    return [{k.value: v.value for k, v in r.node.entries} for r in records]


def test_formatted_numbers_in_text_fields_are_read_as_shown_or_named(tmp_path: Path, monkeypatch) -> None:
    book = book_of([["G1-01", "G1", "D1", "ru", 0.25, 1234.5, 12000, 3],
                    ["G1-02", "G1", "D1", "ru", 0.255, 7, 3, 4]],
                   {"E2": "0%", "F2": '#,##0.00\\ "тг"', "G2": "#,##0", "H2": "0%",
                    "E3": "0.0%", "F3": "# ?/?"})
    fast, alone, by_calamine = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone and not by_calamine  # calamine gives no formats: openpyxl reads them
    records, lines = fast
    assert lines == [
        'g.xlsx:P!E2: warning: cell shows "25%" (number format "0%") and holds 0.25; "25%", as shown, '
        "is what is read [xlsx.shown-value]",
        'g.xlsx:P!F2: warning: cell shows "1,234.50 тг" (with the separators your Excel uses) but holds '
        f"1234.5, which is what is read; {AS_TEXT}",
        'g.xlsx:P!E3: warning: cell shows "25.5%" (with the separators your Excel uses) but holds 0.255, '
        f"which is what is read; {AS_TEXT}",
        'g.xlsx:P!F3: warning: cell is shown with the number format "# ?/?" but holds 7, which is what '
        f"is read; {AS_TEXT}"]
    first, second = fields(records)
    assert (first["title"], first["text"], first["votes"], first["sdgs"]) == ("25%", "1234.5", "12000", "3")
    assert (second["title"], second["text"]) == ("0.255", "7")


def test_an_id_shown_with_leading_zeros_keeps_the_value_it_holds(tmp_path: Path, monkeypatch) -> None:
    # 7 under "000" shows "007": read as shown it renamed, leaving decisions about it stale
    book = book_of([[7, "G1", "D1", "ru", "Заголовок", "Текст", 5, 3]], {"A2": "000"})
    fast, alone, _ = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone
    records, lines = fast
    assert lines == ['g.xlsx:P!A2: warning: cell shows "007" but holds 7, which is what is read: ids and codes '
                     f"are read as stored; {AS_TEXT}"]
    assert fields(records)[0]["id"] == "7"


def test_logical_values_and_scientific_numbers_in_text_fields_are_named(tmp_path: Path, monkeypatch) -> None:
    book = book_of([["G1-01", "G1", "D1", "ru", True, 1e20, 5, 1e20]], {})
    fast, alone, by_calamine = both_readers(save(book, tmp_path), monkeypatch)
    assert fast == alone and by_calamine
    records, lines = fast
    assert lines == [
        "g.xlsx:P!E2: warning: cell holds the logical value TRUE (Excel shows it in its own language, "
        f'ИСТИНА or ЛОЖЬ in Russian), which is read as the text "TRUE"; {AS_TEXT}',
        f'g.xlsx:P!F2: warning: cell shows "1E+20" (scientific notation) but holds 1e+20, which is what '
        f"is read; {AS_TEXT}"]  # not H2: SDGs are numbers
    assert fields(records)[0]["title"] == "TRUE"


@pytest.mark.parametrize(("value", "code", "text", "local"), [
    (0.25, "0%", "25%", False), (0.125, "0.00%", "12.50%", True), (-3, "0;(0)", "(3)", False),
    (0, '0;-0;"-"', "-", False), (1234567, "#,##0", "1,234,567", True), (25, '0" чел."', "25 чел.", False),
    (1234.5, "[$тг-43F] #,##0.00", "тг 1,234.50", True), (5, "[Red]0", "5", False), (2.5, "0", "3", False)])
def test_common_formats_are_shown_as_excel_shows_them(value, code, text, local) -> None:
    shown = shown_number(value, code)
    assert shown is not None and (shown.text, shown.local) == (text, local)


@pytest.mark.parametrize("code", ["0.00E+00", "# ?/?", "[>100]0", "*-0", "0,", "@\\ 0"])
def test_formats_it_cannot_show_exactly_give_none(code) -> None:
    assert shown_number(1234.5, code) is None


@pytest.mark.parametrize(("styles", "formats"), [
    (b'<numFmts><numFmt numFmtId="164" formatCode="General"/></numFmts>'
     b'<cellXfs><xf numFmtId="164"/><xf numFmtId="49"/><xf/></cellXfs>', False),  # LibreOffice's General
    (b'<cellStyleXfs><xf numFmtId="9"/></cellStyleXfs><cellXfs><xf numFmtId="0"/></cellXfs>', False),
    (b'<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs>', True),
    (b'<numFmts><numFmt numFmtId="165" formatCode="0&quot; %&quot;"/></numFmts>'
     b'<cellXfs><xf numFmtId="165"/></cellXfs>', True)])
def test_calamine_reads_only_workbooks_whose_styles_show_numbers_as_general(styles: bytes, formats: bool) -> None:
    main = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    assert _formats_numbers(main + styles + b"</styleSheet>") is formats


@given(st.one_of(st.integers(-10**30, 10**30), st.floats()),
       st.sampled_from(["0%", "0.00", "#,##0.00", '0" тг";(0);"-"', "[$€-2] 0.0", "0;", "#.#", '"a"']))
def test_showing_a_number_never_raises(value, code) -> None:
    shown = shown_number(value, code)
    assert shown is None or isinstance(shown.text, str)


def test_a_float_past_excels_15_digits_in_a_text_field_is_named(tmp_path: Path, monkeypatch) -> None:
    # Excel writes a float's 17 digits (openpyxl would round it on save)
    row = ('<row r="2">' + "".join(inline(f"{c}2", v) for c, v in zip("ABCD", ("G1-01", "G1", "D1", "ru")))
           + '<c r="E2"><v>0.30000000000000004</v></c><c r="F2"><v>2.5</v></c></row>')
    fast, alone, by_calamine = both_readers(write_xlsx(tmp_path / "g.xlsx", [header_row(), row]), monkeypatch)
    assert fast == alone and by_calamine
    assert fast[1] == ["g.xlsx:Proposals!E2: warning: cell shows \"0.3\" (with your Excel's decimal separator: Excel "
                       f"shows 15 digits) but holds 0.30000000000000004, which is what is read; {AS_TEXT}"]

"""Excel's `_xHHHH_` escapes (OOXML ST_Xstring): decoded in every XLSX reader, never printed (qa s21, 14/15).

Excel stores a pasted CR LF as "_x000D_" and a LF, a tab as "_x0009_", and a literal "_x000D_" the
user typed as "_x005F_x000D_". openpyxl writes text as given, so a workbook it saves with those
strings holds the same shared strings as Excel's.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from inputs_project import check, make_project
from openpyxl import load_workbook

from recbook.commands.i18n import i18n
from recbook.diagnostics import Report
from recbook.load.catalogs import read_po
from recbook.load.review_sheet import read_sheet
from recbook.model import SheetRow
from recbook.render.review_sheet import sheet_bytes
from recbook.xlsx_escapes import decode, encode

COLUMNS = ["id", "group", "direction", "language", "title", "text"]
BROKEN = Path(__file__).parent / "data" / "i18n" / "broken"


@pytest.mark.parametrize(("stored", "read"), [
    ("Строка один._x000D_\nСтрока два.", "Строка один.\r\nСтрока два."),
    ("Заголовок_x0009_", "Заголовок\t"),
    ("_x005F_x000D_ as typed", "_x000D_ as typed"),  # Excel's escape of a typed escape: kept as typed
    ("a_x005f_b", "a_b"),
    ("_xD83D__xDE00_", "\U0001F600"),  # a surrogate pair, written as two escapes
    ("_xD800_ alone", "_xD800_ alone"),  # a lone surrogate is no character: kept as written
    ("_x00_ and x000D_ and _X000D_", "_x00_ and x000D_ and _X000D_"),  # not escapes
])
def test_decode_reads_what_excel_shows(stored: str, read: str) -> None:
    assert decode(stored) == read


@pytest.mark.parametrize("text", ["_x000D_", "a _x0041_ b", "__x0009__", "_x005F_", "plain", "_x12"])
def test_encode_then_decode_gives_the_text_back(text: str) -> None:
    assert decode(encode(text)) == text


def run(tmp_path: Path, rows: list[list[object]]):
    project = make_project(tmp_path)
    book = openpyxl.Workbook()
    book.active.title = "Proposals"
    book.active.append(COLUMNS)
    for row in rows:
        book.active.append(row)
    book.save(project / "inputs" / "proposals" / "g.xlsx")
    return check(project)


def test_intake_decodes_escapes_and_the_text_checks_judge_the_decoded_text(tmp_path: Path) -> None:
    inputs, lines = run(tmp_path, [
        ["G1-01", "G1", "D1", "ru", "Заголовок_x0009_", "Строка один._x000D_\nСтрока два."],
        ["G1-02", "G1", "D1", "ru", "Код _x005F_x000D_ как есть", "Школа закрыта_x000D_\nв селе."],
        ["G1-03", "G1", "D1", "ru", "Два_x0009_слова", "Звонок _x0007_ здесь."],
    ])
    first, second, _ = inputs.proposals
    # the CR LF a paste brings is a line break (a new sentence: a paragraph); the tab at the end is trimmed
    assert (first.title, first.text) == ("Заголовок", "Строка один.\nСтрока два.")
    assert second.title == "Код _x000D_ как есть"  # what the user typed, not a CR
    assert second.text == "Школа закрыта\nв селе."
    assert not any("_x0" in line for line in lines)
    codes = [line.rsplit("[", 1)[1].rstrip("]") for line in lines]
    assert codes == ["text.line-break-mid-sentence", "text.whitespace", "text.control-char"], lines
    assert lines[0].startswith("inputs/proposals/g.xlsx:Proposals!F3: warning:")
    assert "a tab" in lines[1] and "U+0007" in lines[2]


def test_review_sheet_decodes_escapes_and_escapes_a_typed_one(tmp_path: Path) -> None:
    row = SheetRow(kind="recommendation", recommendation="R-1", ids=("G1-01",), title="Код _x000D_ как есть",
                   text="Текст.")
    path = tmp_path / "review.xlsx"
    path.write_bytes(sheet_bytes([row], ["edit"]))
    raw = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    sheet = raw.active
    assert sheet["H2"].value == "Код _x005F_x000D_ как есть"  # as Excel stores what was typed
    sheet["G2"] = "Первая строка._x000D_\nВторая строка._x0009_"
    raw.save(path)
    (read, _), = read_sheet(path, Report())
    assert read.title == "Код _x000D_ как есть"
    assert read.edited_text == "Первая строка.\nВторая строка.\t"


def test_i18n_import_decodes_escapes_and_keeps_a_typed_one(tmp_path: Path) -> None:
    target = tmp_path / "locales/ru/LC_MESSAGES/book.po"
    target.parent.mkdir(parents=True)
    shutil.copy(BROKEN / "clean.po", target)
    xlsx = tmp_path / "out" / "ru.xlsx"
    xlsx.parent.mkdir()
    result = CliRunner().invoke(i18n, ["export", "--project", str(tmp_path), "--xlsx", str(xlsx), "--lang", "ru"])
    assert result.exit_code == 0, result.output
    book = load_workbook(xlsx)
    sheet = book["ru"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"B{r}"].value == "text")
    sheet[f"E{row}"] = "Печатать _x005F_x0041_ буквально,_x000D_\n100 %"
    book.save(xlsx)
    result = CliRunner().invoke(i18n, ["import", "--project", str(tmp_path), str(xlsx)])
    assert result.exit_code == 0, result.output
    entry = next(e for e in read_po(target).entries if e.msgctxt == "text")
    assert entry.msgstr == ("Печатать _x0041_ буквально,\n100 %",)
    assert "_x000D_" not in target.read_text("utf-8")

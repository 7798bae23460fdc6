"""Read the review spreadsheet back (`recbook review import`): rows with the cell of every field."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..diagnostics import Location, Report, error
from ..merge.sheet_words import header_fields, headers, kind_of
from ..model import SHEET_COLUMNS as COLUMNS, SHEET_NAME as SHEET, SheetRow

Located = tuple[SheetRow, dict[str, Location]]


def read_sheet(path: Path, report: Report, display: str | None = None, lang: str = "en") -> list[Located]:
    """Return the sheet's rows (none after reporting why the file cannot be read).

    Headers and row kinds may be in any of kk/ru/en; a missing column is named in `lang`.
    """
    display = display or path.as_posix()
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as e:
        report.add(error(Location(display), f"cannot be opened as an Excel workbook (.xlsx): {e}", "review.unreadable"))
        return []
    if SHEET not in book.sheetnames:
        report.add(error(Location(display), f"no sheet named {SHEET!r}; use the file `recbook review export` "
                         "wrote", "review.unreadable"))
        return []
    rows = list(book[SHEET].iter_rows(values_only=True))
    columns = _columns(rows[0] if rows else (), display, report, lang)
    if columns is None:
        return []
    return [_row(values, number, columns, display) for number, values in enumerate(rows[1:], start=2)
            if any(_text(v) for v in values)]


def _columns(header: tuple, display: str, report: Report, lang: str) -> dict[str, int] | None:
    """Return each field's column index, found by its header, or None after reporting a missing one."""
    found = header_fields([_text(v).strip() for v in header])
    missing = [headers(lang)[field] for field, _, _ in COLUMNS if field not in found]
    if missing:
        report.add(error(Location(display, cell=f"{SHEET}!A1"), f"missing {'column' if len(missing) == 1 else 'columns'}: {', '.join(missing)}",
                         "review.unreadable"))
        return None
    return found


def _row(values: tuple, number: int, columns: dict[str, int], display: str) -> Located:
    cell = {f: (values[i] if i < len(values) else None) for f, i in columns.items()}
    texts = {f: _text(v) for f, v in cell.items()}
    ids = tuple(i.strip() for i in texts.pop("ids").split(",") if i.strip())
    texts["kind"] = kind_of(texts["kind"])
    where = {f: Location(display, cell=f"{SHEET}!{get_column_letter(i + 1)}{number}") for f, i in columns.items()}
    return SheetRow(ids=ids, **texts), where


def _text(value: object) -> str:
    """Return a cell as NFC text; a whole float prints as an integer (Excel stores 12 as 12.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n")

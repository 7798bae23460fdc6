"""Read proposal rows from an XLSX workbook, each value located as `file:SHEET!CELL`.

Rules (RELIABILITY.md 5):
- every visible sheet is read; its first non-empty row is the header; a hidden
  sheet is not read (a warning names it); a sheet with none of the required
  columns (a notes page) is skipped with a warning;
- a formula gives its saved result; a formula without one is an error (files
  written by programs that do not calculate); a saved error (#REF!) is an error;
- whole-number floats read as integers (`1.0` → "1"), other numbers as Python
  prints them; TRUE/FALSE as written;
- a date or time cell is an error (no proposal column holds a date: Excel
  turns "3.4" or "1-2" into one); its ISO form is kept as the value;
- a merged range in one column gives its value to every row it covers; a range
  across columns is an error (which column the value belongs to is unclear);
- empty rows are skipped; hidden rows and columns are read like visible ones.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from ..diagnostics import Location, Report, error, warning
from .fields import PROPOSAL_REQUIRED
from .nodes import Scalar
from .records import RawRecord, Row, column_name, row_records

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_PLAIN_SHEET = re.compile(r"^[^\W\d]\w*$")  # Excel quotes names with spaces or punctuation


def read_xlsx(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Return the proposal records of every visible sheet of a workbook."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it ignores
            values = openpyxl.load_workbook(path, data_only=True)
            formulas = _formulas(path)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML and its own errors
        report.add(error(Location(display), f"cannot be opened as an Excel workbook (.xlsx): "
                         f"{type(exc).__name__}: {exc}", "xlsx.unreadable"))
        return []
    records: list[RawRecord] = []
    for sheet in values.worksheets:
        if sheet.sheet_state != "visible":
            _hidden(sheet, display, report)
            continue
        records += _Sheet(sheet, formulas.get(sheet.title, {}), display, report).records()
    return records


def _formulas(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Return {sheet: {(row, col): formula}}; cached values alone cannot tell "=…" from empty.

    openpyxl takes seconds per large workbook, so the second, formula-reading
    pass runs only when some worksheet holds a formula element at all.
    """
    with zipfile.ZipFile(path) as archive:
        has_formula = any(_FORMULA_TAG.search(archive.read(name)) for name in archive.namelist()
                          if name.startswith("xl/worksheets/") and name.endswith(".xml"))
    if not has_formula:
        return {}
    book = openpyxl.load_workbook(path, data_only=False, read_only=True)
    found: dict[str, dict[tuple[int, int], str]] = {}
    for sheet in book.worksheets:
        found[sheet.title] = {(cell.row, cell.column): _formula_text(cell.value)
                              for row in sheet.iter_rows() for cell in row
                              if getattr(cell, "data_type", None) == "f"}
    book.close()
    return found


def _formula_text(value: object) -> str:
    """Return a formula as written (array formulas come as objects holding the text)."""
    return value if isinstance(value, str) else str(getattr(value, "text", value))


def cell_ref(sheet: str, coordinate: str) -> str:
    """Return `Sheet!B3`, quoting the sheet name the way Excel does when needed."""
    if not _PLAIN_SHEET.match(sheet):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{coordinate}"


def _hidden(sheet, display: str, report: Report) -> None:
    """Warn that a hidden sheet with content is not read."""
    if any(v is not None for row in sheet.iter_rows(values_only=True) for v in row):
        report.add(warning(Location(display, cell=cell_ref(sheet.title, "A1")),
                           f'sheet "{sheet.title}" is hidden, so it is not read; unhide it to '
                           "include its proposals", "xlsx.hidden-sheet"))


class _Sheet:
    """One visible worksheet: its cells as located scalars."""

    def __init__(self, values, formulas: dict[tuple[int, int], str], display: str,
                 report: Report) -> None:
        self.ws, self.formulas, self.display, self.report = values, formulas, display, report
        self.filled = self._merged_fill()

    def records(self) -> list[RawRecord]:
        """Return the sheet's records (none for an empty sheet or a notes page)."""
        rows = [row for row in self._rows() if any(c.value is not None for c in row.cells)]
        if not rows:
            return []
        header = rows[0].cells
        if not {column_name(c) for c in header} & set(PROPOSAL_REQUIRED):
            self.report.add(warning(header[0].location, f'sheet "{self.ws.title}" has none of '
                                    f"the columns {', '.join(PROPOSAL_REQUIRED)}, so it is not "
                                    "read", "xlsx.sheet-skipped"))
            return []
        return row_records(header, rows[1:], "xlsx", self.report)

    def _rows(self) -> list[Row]:
        width = self.ws.max_column
        rows = []
        for r in range(1, self.ws.max_row + 1):
            cells = tuple(self._scalar(r, c) for c in range(1, width + 1))
            rows.append(Row(cells[0].location, cells))
        return rows

    def _location(self, row: int, col: int) -> Location:
        return Location(self.display, cell=cell_ref(self.ws.title, f"{get_column_letter(col)}{row}"))

    def _scalar(self, row: int, col: int) -> Scalar:
        where = self._location(row, col)
        if (row, col) in self.filled:
            return Scalar(self.filled[(row, col)], where)
        return Scalar(self._text(row, col, where), where)

    def _text(self, row: int, col: int, where: Location) -> str | None:
        """Return a cell's value as text by the rules in the module docstring."""
        cell = self.ws.cell(row, col)
        value = cell.value
        if value is None:
            formula = self.formulas.get((row, col))
            if formula:
                self.report.add(error(where, f"formula {formula} has no saved result (the file "
                                      "was written by a program that does not calculate); open "
                                      "and save it in Excel or LibreOffice", "xlsx.formula-no-value"))
            return None
        if cell.data_type == "e":
            self.report.add(error(where, f"cell holds the error {value}; fix the formula",
                                  "xlsx.error-value"))
            return str(value)
        return self._convert(value, where)

    def _convert(self, value: object, where: Location) -> str:
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
            text = _iso(value)
            self.report.add(error(where, f"cell holds a date or time ({text}), but no proposal "
                                  "column does: Excel may have turned what was typed into one; "
                                  "format the column as Text and retype it", "xlsx.date-cell"))
            return text
        return str(value)

    def _merged_fill(self) -> dict[tuple[int, int], str | None]:
        """Return the value each cell of a one-column merged range inherits."""
        filled: dict[tuple[int, int], str | None] = {}
        for merged in self.ws.merged_cells.ranges:
            top = (merged.min_row, merged.min_col)
            where = self._location(*top)
            if merged.min_col != merged.max_col:
                self.report.add(error(where, f"merged cells {merged.coord} span several "
                                      "columns, so the value belongs to none of them clearly; "
                                      "unmerge them", "xlsx.merged-cells"))
                continue
            value = self._text(*top, where)
            for row in range(merged.min_row, merged.max_row + 1):
                filled[(row, merged.min_col)] = value
        return filled


def _iso(value: dt.datetime | dt.date | dt.time | dt.timedelta) -> str:
    """Return a date/time as ISO text, without a midnight time."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value.isoformat()


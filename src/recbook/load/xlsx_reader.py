"""Read proposal rows from an XLSX workbook, each value located as `file:SHEET!CELL`.

Rules (RELIABILITY.md 5):
- every visible sheet is read; its header is the first of its first rows to name a required
  column, rows above it are named as not read (sheet_header.py); a hidden
  sheet is not read (a warning names it), except the hidden `recbook-lists`
  sheet of drop-down values that `recbook init` writes while it holds only those
  (lists_sheet.py); a sheet with none of the required
  columns in its first rows (a notes page) is skipped with a warning;
- a formula gives its saved result; a formula without one is an error (files
  written by programs that do not calculate); a saved error (#REF!) is an error;
- Excel's `_xHHHH_` escapes in a text are decoded (a pasted CR LF is stored as "_x000D_" and a
  LF; a typed "_x000D_" as "_x005F_x000D_"), so the text checks see the line break, tab or
  control character (recbook.xlsx_escapes);
- whole-number floats read as integers (`1.0` → "1"), other numbers as Python
  prints them; TRUE/FALSE as written; in a text field, a number Excel shows otherwise
  (a format, a logical value, scientific notation) is warned about, and read as shown
  where that text is exact (xlsx_shown.py);
- a date or time cell is an error (no proposal column holds a date: Excel
  turns "3.4" or "1-2" into one); its ISO form is kept as the value;
- a merged range in one column gives its value to every row it covers; a range
  across columns is an error (which column the value belongs to is unclear);
- empty rows are skipped, and rows holding only an id with a warning (records.py); a hidden row or column (by hand or by an autofilter) is
  read like a visible one, with a warning for each that holds data (xlsx_hidden.py).

Limits (issue 11): a workbook is refused before it is opened when it would
unpack to more than `MAX_UNPACKED_BYTES` or holds more than `MAX_ENTRIES`
parts; sheets are streamed (openpyxl's read-only mode, the `<dimension>` a
file claims is ignored) a sheet of more than `MAX_CELLS` cells (counted in the raw XML, empty
ones included) is refused, and one stops at `MAX_ROWS` rows or `MAX_COLUMNS`
columns, each with an error naming the limit.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from dataclasses import replace
from itertools import islice
from pathlib import Path

from ..diagnostics import Location, Report, error, warning
from ..imports import without_optional
from .cell_refs import column_letter, plain_range
from .nodes import Scalar
from .lists_sheet import LISTS_SHEET, holds_only_lists
from .records import RawRecord, Row, row_records
from .sheet_header import find_header
from .xlsx_shown import ShownNote, apply_notes, shown_note
from .xlsx_calamine import Grid, read_grids, sheet_parts
from ..xlsx_escapes import decode
from .xlsx_hidden import report_hidden
from .xlsx_scan import Scan as _Scan, scan as _scan

_PLAIN_SHEET = re.compile(r"^[^\W\d]\w*$")  # Excel quotes names with spaces or punctuation


MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # a 100,000-proposal workbook unpacks to ~100 MB
MAX_ENTRIES = 10_000  # parts in the zip: a workbook has tens
MAX_ROWS = 200_000  # rows per sheet, empty ones included
MAX_COLUMNS = 1_000  # a proposal has about 20 columns
MAX_CELLS = 500_000  # cells written in one sheet, empty ones included: 25,000 proposals of 20 columns


def read_xlsx(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Return the proposal records of every visible sheet of a workbook."""
    try:
        problem = package_problem(path)
        if problem:
            report.add(error(Location(display), problem, "xlsx.too-large"))
            return []
        scans = _part_scans(path)
        plain = _plain_sheets(path, scans)
        if plain is not None:
            records = []
            for grid, scan in plain:
                if scan.state != "visible":
                    _hidden(grid, scan, display, report)
                else:
                    records += _read_sheet(grid, {}, scan, display, report)
            return records
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it ignores
            values = _openpyxl().load_workbook(path, data_only=True, read_only=True)
            scans = scans or _scans(path, values)
            formulas = _formulas(path, scans)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML and its own errors
        report.add(error(Location(display), f"cannot be opened as an Excel workbook (.xlsx): "
                         f"{type(exc).__name__}: {_short(str(exc))}", "xlsx.unreadable"))
        return []
    records: list[RawRecord] = []
    try:
        for sheet in values.worksheets:
            if sheet.sheet_state != "visible":
                _hidden(sheet, scans[sheet.title], display, report)
                continue
            if scans[sheet.title].cells > MAX_CELLS:
                report.add(error(Location(display, cell=cell_ref(sheet.title, "A1")),
                                 f'sheet "{sheet.title}" has {scans[sheet.title].cells:,} cells (empty ones '
                                 f"included), more than the limit of {MAX_CELLS:,}; delete the unused rows "
                                 "and columns or split the workbook", "xlsx.too-large"))
                continue
            sheet.reset_dimensions()  # never trust the <dimension> a file claims: stream what is there
            records += _read_sheet(sheet, formulas.get(sheet.title, {}), scans[sheet.title], display, report)
    finally:
        values.close()
    return records


def _openpyxl():
    """Return openpyxl, imported on first use (~0.1 s) without numpy and Pillow."""
    return without_optional("openpyxl")


def _part_scans(path: Path) -> dict[str, _Scan] | None:
    """Return {sheet title: its scan} by the workbook's own part names, or None if they are not plain.

    None too when a part cannot be read: openpyxl then opens the workbook and says what is wrong.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = sheet_parts(archive)
            return None if parts is None else {p.title: replace(_scan(archive, p.part), state=p.state)
                                               for p in parts}
    except Exception:  # zip, deflate and CRC errors of a damaged part
        return None


def _plain_sheets(path: Path, scans: dict[str, _Scan] | None) -> list[tuple[Grid, _Scan]] | None:
    """Return the visible sheets calamine reads as openpyxl would, or None (xlsx_calamine.py)."""
    if scans is None or any(s.state != "visible" and title != LISTS_SHEET for title, s in scans.items()):
        return None
    # the hidden lists are read too: they are skipped silently only if they hold just the lists
    read = [title for title, s in scans.items() if s.state == "visible" or title == LISTS_SHEET]
    # calamine holds a sheet as a dense grid: only one whose cells all name their place, within the limits
    if not all(_small_plain(scans[title]) for title in read):
        return None
    grids = read_grids(path, read, list(scans))
    return None if grids is None else [(grid, scans[grid.title]) for grid in grids]


def _small_plain(scan: _Scan) -> bool:
    """Return whether calamine may read a sheet: plain, and its grid within every limit."""
    rows, columns = scan.extent or (MAX_ROWS + 1, 1)
    return scan.plain and rows <= MAX_ROWS and columns <= MAX_COLUMNS and rows * columns <= MAX_CELLS


def _read_sheet(sheet, formulas: dict, scan: _Scan, display: str, report: Report) -> list[RawRecord]:
    """Return one sheet's records; a sheet whose XML breaks while streaming is an error, not a crash."""
    sheet_report = Report()
    try:
        records = _Sheet(sheet, formulas, scan, display, sheet_report).records()
    except Exception as exc:  # openpyxl parses lazily in read-only mode: XML, value and style errors
        report.add(error(Location(display, cell=cell_ref(sheet.title, "A1")), f'sheet "{sheet.title}" cannot '
                         f"be read: {type(exc).__name__}: {_short(str(exc))}", "xlsx.unreadable"))
        return []
    report.extend(sheet_report.items)
    return records


def package_problem(path: Path) -> str | None:
    """Return why a workbook is too big to open (by what its zip says it unpacks to), or None.

    zipfile never delivers more than an entry's declared size, so the sum of
    declared sizes bounds what openpyxl can inflate: a 1 MB zip bomb is refused here.
    """
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        return f"the workbook holds {len(entries):,} parts, more than the limit of {MAX_ENTRIES:,}"
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        return (f"the workbook unpacks to {unpacked / 2**20:,.0f} MiB, more than the limit of "
                f"{MAX_UNPACKED_BYTES // 2**20} MiB; split it into several files")
    return None


def _scans(path: Path, book) -> dict[str, _Scan]:
    """Return {sheet title: its scan}."""
    with zipfile.ZipFile(path) as archive:
        return {sheet.title: _scan(archive, sheet._worksheet_path) for sheet in book.worksheets}


def _formulas(path: Path, scans: dict[str, _Scan]) -> dict[str, dict[tuple[int, int], str]]:
    """Return {sheet: {(row, col): formula}}; cached values alone cannot tell "=…" from empty.

    openpyxl takes seconds per large workbook, so the second, formula-reading
    pass runs only when some worksheet holds a formula element at all.
    """
    if not any(scan.has_formula for scan in scans.values()):
        return {}
    book = _openpyxl().load_workbook(path, data_only=False, read_only=True)
    found: dict[str, dict[tuple[int, int], str]] = {}
    for sheet in book.worksheets:
        if not scans[sheet.title].has_formula or scans[sheet.title].cells > MAX_CELLS:
            continue
        sheet.reset_dimensions()
        found[sheet.title] = {(cell.row, cell.column): _formula_text(cell.value)
                              for row in islice(sheet.iter_rows(), MAX_ROWS) for cell in row[:MAX_COLUMNS]
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


def _hidden(sheet, scan: _Scan, display: str, report: Report) -> None:
    """Warn that a hidden sheet with content is not read (intake's lists, and only they, go unsaid)."""
    lists = sheet.title == LISTS_SHEET
    if lists and scan.cells <= MAX_CELLS and holds_only_lists(_values(sheet)):
        return
    rows = () if scan.cells > MAX_CELLS else _values(sheet)
    if scan.cells > MAX_CELLS or any(v is not None for row in rows for v in row):
        more = " and holds more than the drop-down lists recbook intake writes there" if lists else ""
        # "very hidden" (a macro's or another program's doing): Excel's Unhide menu does not list it
        very = scan.state == "veryHidden"  # the workbook's word (an openpyxl sheet or a calamine grid)
        how = "hidden so that Excel's Unhide menu does not list it (veryHidden)" if very else "hidden"
        fix = ("to include its proposals, set the sheet's Visible property in Excel's VBA editor (Alt+F11) or copy "
               "its rows into a visible sheet" if very else "unhide it to include its proposals")
        report.add(warning(Location(display, cell=cell_ref(sheet.title, "A1")),
                           f'sheet "{sheet.title}" is {how}{more}, so it is not read; {fix}', "xlsx.hidden-sheet"))


def _values(sheet):
    """Yield a sheet's rows of values from row 1, streamed (an openpyxl sheet or a calamine grid)."""
    if isinstance(sheet, Grid):
        return (tuple(cell.value for cell in row) for row in sheet.iter_rows())
    sheet.reset_dimensions()
    return sheet.iter_rows(values_only=True)


class _Sheet:
    """One visible worksheet, streamed: its non-empty rows as located scalars."""

    def __init__(self, values, formulas: dict[tuple[int, int], str], scan: _Scan,
                 display: str, report: Report) -> None:
        self.ws, self.formulas, self.display, self.report = values, formulas, display, report
        self.hidden = scan.hidden
        self.notes: dict[tuple[int, int], ShownNote] = {}  # cells Excel shows otherwise than read
        self.wide_merges: list[tuple[int, Location, str]] = []  # (last row, first cell, range) across columns
        self.cells = self._read()  # {row: {col: cell}} of the non-empty cells
        self.filled = self._merged_fill(scan.merged)
        self.width = max((c for row in self.cells.values() for c in row), default=1)
        self.width = max([self.width, *(c for _, c in self.filled)])

    def records(self) -> list[RawRecord]:
        """Return the sheet's records (none for an empty sheet or a notes page)."""
        numbered = [(r, self._row(r)) for r in sorted(set(self.cells) | {r for r, _ in self.filled})]
        numbered = [(r, row) for r, row in numbered if any(c.value is not None for c in row.cells)]
        if not numbered:
            return []
        at = find_header(numbered, self.ws.title, self.report)
        if at is None:
            return []
        for last_row, where, ref in self.wide_merges:
            if last_row >= numbered[at][0]:  # a title merged across the table above the header is not read
                self.report.add(error(where, f"merged cells {ref} span several columns, so the value "
                                      "belongs to none of them clearly; unmerge them", "xlsx.merged-cells"))
        numbered = numbered[at:]
        header = numbered[0][1]
        report_hidden(self.hidden, self._columns_with_values(numbered), numbered[0][0], self._location,
                      self.report)
        rows = apply_notes(header, numbered[1:], self.notes, self.report)
        return row_records(header.cells, rows, "xlsx", self.report)

    @staticmethod
    def _columns_with_values(numbered: list[tuple[int, Row]]) -> dict[int, set[int]]:
        """Return {row number: the columns where it holds a value}."""
        return {r: {c for c, cell in enumerate(row.cells, start=1) if cell.value is not None}
                for r, row in numbered}

    def _read(self) -> dict[int, dict[int, object]]:
        """Stream the sheet, keeping only cells with a value; stop at the row and column limits."""
        cells: dict[int, dict[int, object]] = {}
        for r, row in enumerate(self.ws.iter_rows(), start=1):
            if r > MAX_ROWS:
                self._limit(r, 1, f"more than {MAX_ROWS:,} rows; rows from here on are not read")
                break
            if len(row) > MAX_COLUMNS:
                self._limit(r, MAX_COLUMNS + 1, f"more than {MAX_COLUMNS:,} columns; "
                            "cells from here on are not read")
                row = row[:MAX_COLUMNS]
            kept = {c: cell for c, cell in enumerate(row, start=1)
                    if _present(cell) or (r, c) in self.formulas}  # a formula with no result is reported
            if kept:
                cells[r] = kept
        return cells

    def _limit(self, row: int, col: int, message: str) -> None:
        self.report.add(error(self._location(row, col), f'sheet "{self.ws.title}" has {message} '
                              "(split the workbook)", "xlsx.too-large"))

    def _row(self, r: int) -> Row:
        # every row as wide as the sheet, so an empty cell is still named by its own column
        cells = tuple(self._scalar(r, c) for c in range(1, self.width + 1))
        return Row(cells[0].location, cells)

    def _location(self, row: int, col: int) -> Location:
        return Location(self.display, cell=cell_ref(self.ws.title, f"{column_letter(col)}{row}"))

    def _scalar(self, row: int, col: int) -> Scalar:
        where = self._location(row, col)
        if (row, col) in self.filled:
            return Scalar(self.filled[(row, col)], where)
        return Scalar(self._text(row, col, where), where)

    def _text(self, row: int, col: int, where: Location) -> str | None:
        """Return a cell's value as text by the rules in the module docstring."""
        cell = self.cells.get(row, {}).get(col)
        value = getattr(cell, "value", None)
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
        text = self._convert(value, where)
        # a text cell shows what it holds: only numbers and logical values need their format looked up
        number = isinstance(value, (bool, int, float)) and text is not None
        note = shown_note(value, _number_format(cell), text) if number else None
        if note:
            self.notes[(row, col)] = note  # reported once the header says whether the field is text
        return text

    def _convert(self, value: object, where: Location) -> str | None:
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
            text = _iso(value)
            self.report.add(error(where, f"cell holds a date or time ({text}), but no proposal "
                                  "column does: Excel may have turned what was typed into one; "
                                  "format the column as Text and retype it", "xlsx.date-cell"))
            return text
        # Excel's _x000D_ escapes decoded (openpyxl keeps them): the text checks then see the CR or tab
        text = decode(value) if isinstance(value, str) else str(value)
        return text if text.strip() else None  # a blank string is an empty cell, as in CSV

    def _merged_fill(self, merged: tuple[str, ...]) -> dict[tuple[int, int], str | None]:
        """Return the value each cell of a one-column merged range inherits (rows read so far only)."""
        filled: dict[tuple[int, int], str | None] = {}
        last_row = max(self.cells, default=0)
        for ref in merged:
            min_col, min_row, max_col, max_row = _bounds(ref)
            where = self._location(min_row, min_col)
            if min_col != max_col:
                self.wide_merges.append((max_row, where, ref))  # an error unless above the header (records)
                continue
            value = self._text(min_row, min_col, where)
            note = self.notes.get((min_row, min_col))
            for row in range(min_row, min(max_row, last_row) + 1):
                filled[(row, min_col)] = value
                if note:
                    self.notes[(row, min_col)] = note
        return filled


def _bounds(ref: str) -> tuple[int, int, int, int]:
    """Return a merged range's (min_col, min_row, max_col, max_row), as openpyxl reads it."""
    return plain_range(ref) or _openpyxl().utils.range_boundaries(ref)  # "$A$1:$A$3" and the like


def _number_format(cell) -> str:
    """Return a cell's number format; General where its style cannot be found (a damaged styles part).

    openpyxl looks the format up lazily; a style index past the workbook's list would
    otherwise make the whole sheet unreadable for a view setting.
    """
    try:
        return getattr(cell, "number_format", None) or "General"
    except (IndexError, KeyError, AttributeError):
        return "General"


def _present(cell) -> bool:
    """Return whether a streamed cell holds anything (a value, or an error code)."""
    value = getattr(cell, "value", None)
    return value is not None and not (isinstance(value, str) and not value.strip() and cell.data_type != "e")


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _iso(value: dt.datetime | dt.date | dt.time | dt.timedelta) -> str:
    """Return a date/time as ISO text, without a midnight time."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value.isoformat()


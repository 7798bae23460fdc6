"""Read a plain workbook with calamine (Rust), so a check need not import openpyxl (~0.1 s).

openpyxl stays the reader of record (xlsx_reader.py); calamine reads a workbook only
where both give the same cells, and returns None (openpyxl reads it) otherwise:
- a formula, an error value (`t="e"`, which calamine reads as empty), an ISO date
  cell (`t="d"`), a number written with 16 or more digits (exact to openpyxl, a
  float to calamine) or an `_xHHHH_` escape in a text (calamine decodes it; openpyxl keeps it,
  and xlsx_reader decodes it by recbook.xlsx_escapes, `_x005F_` and surrogate pairs as Excel
  means them) in any sheet or the shared strings: the raw scans look for each;
- a cell style with a number format other than General or Text (calamine gives no formats);
- a hidden sheet other than `recbook init`'s drop-down lists, a chart or dialog sheet,
  parts the relationships do not name plainly, a merged range other than "A1:B2";
- a value calamine reads as a date or time (openpyxl's date rules decide those);
- a sheet beyond the row or column limit (openpyxl's streaming names where it stops);
- calamine cannot open it (openpyxl's message says why).
A cell calamine reads as "" is an empty cell (openpyxl: None). tests/test_load_xlsx_calamine.py
compares both readers.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from .number_format import is_general

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = {bool: "b", str: "s", float: "n", int: "n"}
ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")  # OOXML's escape of a character XML cannot hold


@dataclass(frozen=True)
class Cell:
    """A streamed cell as xlsx_reader reads it (openpyxl's ReadOnlyCell has the same fields)."""

    value: object
    data_type: str
    number_format: str = "General"  # calamine reads only workbooks with no number format (sheet_parts)


@dataclass(frozen=True)
class Grid:
    """One worksheet read whole: what xlsx_reader._Sheet streams from openpyxl's sheet."""

    title: str
    rows: tuple[tuple[Cell, ...], ...]

    def iter_rows(self):
        """Yield the rows from row 1, each from column A."""
        return iter(self.rows)


@dataclass(frozen=True)
class SheetPart:
    """A sheet as the workbook lists it: name, state (visible, hidden, veryHidden), zip part."""

    title: str
    state: str
    part: str


def sheet_parts(archive: zipfile.ZipFile) -> list[SheetPart] | None:
    """Return the workbook's sheets in order, or None when any is not a plainly named worksheet.

    None too when its shared strings hold an `_xHHHH_` escape: one decoder (recbook.xlsx_escapes,
    after openpyxl) reads them all; and when a cell style has a number format other than General
    or Text: calamine gives no formats, and a text field warns of a number shown otherwise.
    """
    try:
        root = _targets(archive, "_rels/.rels", "")
        book = next(t for kind, t in root.values() if kind.endswith("/officeDocument"))
        folder = posixpath.dirname(book)
        rels = _targets(archive, posixpath.join(folder, "_rels", posixpath.basename(book) + ".rels"), folder)
        sheets = ElementTree.fromstring(archive.read(book)).find(f"{_MAIN}sheets")
        found = [(s.get("name"), s.get("state") or "visible", rels[s.get(f"{_REL}id")]) for s in sheets]
        strings = [part for kind, part in rels.values() if kind.endswith("/sharedStrings")]
        if any(ESCAPE.search(archive.read(part)) for part in strings):
            return None
        styles = [part for kind, part in rels.values() if kind.endswith("/styles")]
        if any(_formats_numbers(archive.read(part)) for part in styles):
            return None
    except (KeyError, StopIteration, TypeError, ElementTree.ParseError):
        return None
    if any(not kind.endswith("/worksheet") or part not in archive.NameToInfo for _, _, (kind, part) in found):
        return None
    return [SheetPart(name, state, part) for name, state, (_, part) in found]


def _formats_numbers(styles: bytes) -> bool:
    """Return whether a cell style (<xf> in <cellXfs>) shows numbers otherwise than General or Text.

    Built-in formats 0 and 49 are General and Text; a custom id (LibreOffice writes 164 for
    its default) counts by its code. <cellStyleXfs> only bases named styles: cells use <cellXfs>.
    """
    root = ElementTree.fromstring(styles)
    codes = {"0": "General", "49": "@"}
    for item in root.iterfind(f"{_MAIN}numFmts/{_MAIN}numFmt"):
        codes[item.get("numFmtId")] = item.get("formatCode") or ""
    for xf in root.iterfind(f"{_MAIN}cellXfs/{_MAIN}xf"):
        code = codes.get(xf.get("numFmtId") or "0")  # None: a built-in format such as 9 ("0%")
        if code is None or not is_general(code):
            return True
    return False


def _targets(archive: zipfile.ZipFile, name: str, folder: str) -> dict[str, tuple[str, str]]:
    """Return {relationship id: (type, part name)} of one relationships part."""
    relations = ElementTree.fromstring(archive.read(name))
    return {r.get("Id"): (r.get("Type"), _part(folder, r.get("Target"))) for r in relations
            if r.tag == f"{_PACKAGE_REL}Relationship" and r.get("TargetMode") != "External"}


def _part(folder: str, target: str) -> str:
    """Return the zip name of a relationship target (absolute, or relative to the source's folder)."""
    path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path)


def read_grids(path: Path, titles: list[str], all_titles: list[str]) -> list[Grid] | None:
    """Return the named sheets read by calamine, or None where openpyxl must read the workbook."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        return None
    try:
        book = CalamineWorkbook.from_path(str(path))
        if list(book.sheet_names) != all_titles:
            return None
        grids = [_grid(title, book.get_sheet_by_name(title).to_python(skip_empty_area=False))
                 for title in titles]
        book.close()
    except Exception:  # calamine's errors: openpyxl opens the file again and says what is wrong
        return None
    return None if any(grid is None for grid in grids) else grids


def _grid(title: str, rows: list[list[object]]) -> Grid | None:
    """Return a sheet's rows as cells; None when a value is one only openpyxl may read."""
    cells = []
    for row in rows:
        line = []
        for value in row:
            kind = _TYPES.get(type(value))
            if kind is None:
                return None  # a date, time or duration: openpyxl's number-format rules decide it
            line.append(Cell(None if value == "" else value, kind))
        cells.append(tuple(line))
    return Grid(title, tuple(cells))

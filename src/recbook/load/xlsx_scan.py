"""One streamed pass over a sheet's raw XML, before any reader parses a cell (xlsx_reader.py).

openpyxl spends ~30 µs a cell, so a sheet over the cell limit is refused from this
count in about a second instead of being parsed for a minute; calamine holds a sheet
as a dense grid, so it reads only a sheet whose cells all name their place and
span a bounded rectangle (xlsx_reader._plain_sheets).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from .cell_refs import column_index
from .xlsx_hidden import Hidden, HiddenScan

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=[\"']([A-Z]{1,3})([0-9]{1,7})[\"']")
_MERGE_TAG = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([^\"]+)\"")
# What calamine reads otherwise than openpyxl (xlsx_calamine.py): error and ISO date cells, integers
# of 16 digits or more, _xHHHH_ escapes; an inline string's <t> without xml:space="preserve" that
# begins or ends with white space (calamine trims it: "a " + "b" in two runs would read "ab",
# openpyxl keeps "a b"; a block is cut just before a "<", so its text may end the block: \Z); a
# value that is not a number (<v>abc</v>, <v>true</v>: openpyxl refuses the workbook, calamine
# would read it)
_APART = re.compile(rb"<(?:\w+:)?c\s[^>]*?\bt=[\"'][ed][\"']|<(?:\w+:)?v>\s*[-+]?\d{16}|_x[0-9A-Fa-f]{4}_"
                    rb"|<(?:\w+:)?t>(?:\s|[^<]*\s(?:<|\Z))"
                    rb"|<(?:\w+:)?v>[^<]*[^-+.0-9Ee\s<]")


@dataclass(frozen=True)
class Scan:
    """What one pass over a sheet's raw XML finds, before a reader parses a cell."""

    cells: int
    has_formula: bool
    merged: tuple[str, ...]
    hidden: Hidden
    plain: bool = True  # nothing _APART finds, and no formula
    state: str = "visible"  # as the workbook lists the sheet (hidden, veryHidden)
    extent: tuple[int, int] | None = None  # the last row and column cells name; None if one names none


class _Tally:
    """What the blocks of a sheet's XML held so far."""

    def __init__(self) -> None:
        self.cells, self.named, self.rows, self.columns = 0, 0, 0, 0
        self.has_formula, self.apart, self.merged, self.hidden = False, False, [], HiddenScan()

    def feed(self, data: bytes) -> None:
        """Count what one block holds (no tag straddles two blocks)."""
        self.cells += len(_CELL_TAG.findall(data))
        refs = _CELL_REF.findall(data)
        if refs:
            self.named += len(refs)
            self.rows = max(self.rows, max(int(row) for _, row in refs))
            self.columns = max(self.columns, max(map(column_index, {col.decode() for col, _ in refs})))
        self.has_formula = self.has_formula or bool(_FORMULA_TAG.search(data))
        self.apart = self.apart or bool(_APART.search(data))
        self.merged += [m.decode("ascii", "replace") for m in _MERGE_TAG.findall(data)]
        self.hidden.feed(data)

    def result(self) -> Scan:
        extent = (self.rows, self.columns) if self.named == self.cells else None
        return Scan(self.cells, self.has_formula, tuple(self.merged), self.hidden.result(),
                    not (self.apart or self.has_formula), extent=extent)


def scan(archive: zipfile.ZipFile, name: str) -> Scan:
    """Count a sheet's cells and their extent, look for formulas, collect merged ranges: no parse."""
    tally, carry = _Tally(), b""
    with archive.open(name) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            data = carry + block
            cut = data.rfind(b"<")  # a tag never straddles what is scanned and what is carried
            if cut <= 0:
                carry = data
                continue
            data, carry = data[:cut], data[cut:]
            tally.feed(data)
    tally.feed(carry)
    return tally.result()

"""Find the rows and columns a sheet hides in Excel, from its raw XML, and report those holding data.

openpyxl's read-only mode (which the reader streams with) drops row and column
properties, so the `<row hidden="1">`, `<col hidden="1">` and `<autoFilter>`
tags are read while the sheet's XML is scanned anyway.

Rule (RELIABILITY.md 5): a hidden row or column is read, validated and printed
like a visible one, with a warning. Hiding in Excel is a view, not a decision: a
filter left on, or a row hidden "for later", would otherwise drop a group's
proposal from the book without anyone deciding so; deleting the row leaves it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..diagnostics import Location, Report, warning
from .cell_refs import column_letter

_ROW_TAG = re.compile(rb"<(?:\w+:)?row(\s[^>]*)?/?>")
_COL_TAG = re.compile(rb"<(?:\w+:)?col\s([^>]*)>")
_FILTER_TAG = re.compile(rb"<(?:\w+:)?autoFilter\s[^>]*?ref=[\"']([^\"']+)[\"']")
_HIDDEN = re.compile(rb"\shidden=[\"'](?:1|true)[\"']")
_ROW_NUMBER = re.compile(rb"\sr=[\"'](\d+)[\"']")
_COL_SPAN = (re.compile(rb"\smin=[\"'](\d+)[\"']"), re.compile(rb"\smax=[\"'](\d+)[\"']"))


@dataclass(frozen=True)
class Hidden:
    """A sheet's hidden rows and columns (1-based numbers) and its autofilter range, if any."""

    rows: frozenset[int] = frozenset()
    columns: frozenset[int] = frozenset()
    autofilter: str | None = None


@dataclass
class HiddenScan:
    """Collect hidden rows, hidden columns and the autofilter from chunks of a sheet's XML."""

    rows: set[int] = field(default_factory=set)
    columns: set[int] = field(default_factory=set)
    autofilter: str | None = None
    last_row: int = 0  # a <row> without r="…" follows the one before it

    def feed(self, data: bytes) -> None:
        """Scan one chunk that holds only whole tags (plain substring tests first: most chunks hide nothing)."""
        if b"hidden" in data or not self._skip_rows(data):
            for match in _ROW_TAG.finditer(data):
                self._row(match.group(1) or b"")
        if b"col" in data:
            for match in _COL_TAG.finditer(data):
                self._column(b" " + match.group(1))
        found = _FILTER_TAG.search(data) if b"autoFilter" in data else None
        if found:
            self.autofilter = found.group(1).decode("ascii", "replace")

    def _skip_rows(self, data: bytes) -> bool:
        """Take the row number from a chunk's last <row r="…"> alone; False when it has none."""
        at = max(data.rfind(b"<row"), data.rfind(b":row"))
        if at < 0:
            return True
        tag = _ROW_TAG.match(data, data.rfind(b"<", 0, at + 1))
        number = _ROW_NUMBER.search(tag.group(1) or b"") if tag else None
        if number:
            self.last_row = int(number.group(1))
        return bool(number)

    def _row(self, attributes: bytes) -> None:
        number = _ROW_NUMBER.search(attributes)
        self.last_row = int(number.group(1)) if number else self.last_row + 1
        if _HIDDEN.search(attributes):
            self.rows.add(self.last_row)

    def _column(self, attributes: bytes) -> None:
        low, high = (pattern.search(attributes) for pattern in _COL_SPAN)
        if low and _HIDDEN.search(attributes):
            first = int(low.group(1))
            last = int(high.group(1)) if high else first
            self.columns.update(range(first, min(last, first + 16_384) + 1))  # XFD is column 16,384

    def result(self) -> Hidden:
        """Return what was found."""
        return Hidden(frozenset(self.rows), frozenset(self.columns), self.autofilter)


def report_hidden(hidden: Hidden, filled: dict[int, set[int]], header_row: int,
                  where: Callable[[int, int], Location], report: Report) -> None:
    """Warn about each hidden row and column that holds data ({row: columns with a value}).

    `where(row, col)` returns a cell's Location; a row is named at its first cell,
    as its proposal is, a column at its header cell.
    """
    why = f" (the sheet has a filter on {hidden.autofilter})" if hidden.autofilter else ""
    for row in sorted(hidden.rows & set(filled)):
        report.add(warning(where(row, 1), f"row {row} is hidden in Excel{why}; " + (
            "it is read as the header row: unhide it to review it" if row == header_row else
            "its proposal is read and printed like the visible ones: unhide the row to review "
            "it, or delete the row to leave it out"), "xlsx.hidden-row"))
    data_columns = {c for r, cols in filled.items() if r != header_row for c in cols}
    for col in sorted(hidden.columns & data_columns):
        report.add(warning(where(header_row, col), f"column {column_letter(col)} is hidden in "
                           "Excel; its values are read like those of the visible columns: unhide "
                           "it to review them, or delete it to leave them out", "xlsx.hidden-column"))

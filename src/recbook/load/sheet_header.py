"""Find a table's header row: secretariats often put a title row ("Предложения рабочей группы 4") above it.

Rule (RELIABILITY.md 5): the header is the first of a table's first `HEADER_SEARCH_ROWS`
non-empty rows that names a required column; each non-empty row above it is named in a
warning as not read (a title is not a proposal, but nothing the user wrote goes unmentioned).
The same rule reads an XLSX sheet (by rows) and a CSV file (by lines: the CSV Excel saves
from such a sheet). A sheet none of whose first rows names one (a notes page) is skipped
with a warning that says which columns were looked for and what its first non-empty row
holds; a CSV file, which holds nothing but its table, is then read from its first line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from ..diagnostics import Report, warning
from .fields import PROPOSAL_REQUIRED, shown
from .records import Row, column_key

HEADER_SEARCH_ROWS = 10  # a title block is a line or two; a proposal table's header is never deeper


def find_header(numbered: list[tuple[int, Row]], sheet: str, report: Report) -> int | None:
    """Return the index in `numbered` (a sheet's non-empty (row number, row) pairs) of the header row, or None.

    The rows above it are reported as not read; None (the sheet is not read) is reported too.
    """
    index = header_index(numbered)
    if index is not None:
        report_above(numbered, index, "xlsx", report)
        return index
    first = numbered[0][1]
    deep = f" in its first {HEADER_SEARCH_ROWS} non-empty rows" if len(numbered) > 1 else ""
    report.add(warning(_first_filled(first).location, f'sheet "{sheet}" has none of the columns '
                       f"{', '.join(PROPOSAL_REQUIRED)}{deep}, so it is not read; its first non-empty "
                       f"row holds {row_text(first)}", "xlsx.sheet-skipped"))
    return None


def header_index(numbered: list[tuple[int, Row]]) -> int | None:
    """Return the index of the first of the first non-empty rows that names a required column, or None."""
    for index, (_, row) in enumerate(numbered[:HEADER_SEARCH_ROWS]):
        if names_a_column(cell.value for cell in row.cells):
            return index
    return None


def names_a_column(values: Iterable[str | None]) -> bool:
    """Return whether header values name a required column (`ID`, ` Text `: as the readers key them)."""
    return bool({column_key(value) for value in values} & set(PROPOSAL_REQUIRED))


def report_above(numbered: list[tuple[int, Row]], index: int, kind: Literal["xlsx", "csv"],
                 report: Report) -> None:
    """Name each non-empty row above the header (`numbered[index]`) in a warning: it is not read."""
    unit = "row" if kind == "xlsx" else "line"
    for number, above in numbered[:index]:
        report.add(warning(_first_filled(above).location, f"{unit} {number} is above the header "
                           f"{unit} ({numbered[index][0]}), so it is not read: {row_text(above)}",
                           f"{kind}.above-header"))


def row_text(row: Row) -> str:
    """Return a row's non-empty values joined with " | ", quoted and cut for a message."""
    return shown(" | ".join(cell.value.strip() for cell in row.cells if cell.value and cell.value.strip()))


def _first_filled(row: Row):
    return next(cell for cell in row.cells if cell.value is not None)

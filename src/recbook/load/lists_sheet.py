"""The hidden sheet of drop-down values `recbook intake` writes, and how the reader knows it is only that.

The reader skips that sheet without a word, but only when it holds what intake writes
there: row 1 names the listed columns in order, the rows below hold values, and
nothing lies beyond them. A user's own hidden sheet that happens to bear the name
(proposals kept there "for later") is then reported like any other hidden sheet.
"""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES, TIMEFRAMES
from ..model.intake_sheets import LISTS_SHEET  # noqa: F401  (the readers' name for it)
LISTS_COLUMNS = ("group", "direction", "addressees", "language", "timeframe")  # its columns, in order
_FIXED = {"language": set(LANGUAGES), "timeframe": set(TIMEFRAMES)}  # lists conference.yaml cannot change


def holds_only_lists(rows: Iterable[tuple[object, ...]]) -> bool:
    """Return whether a sheet's rows of values (from row 1, column A) are intake's lists and nothing more."""
    width = len(LISTS_COLUMNS)
    for number, row in enumerate(rows, start=1):
        if any(value is not None for value in row[width:]):
            return False
        cells = tuple(row[:width]) + (None,) * (width - len(row))
        if number == 1:
            if cells != LISTS_COLUMNS:
                return False
            continue
        for column, value in zip(LISTS_COLUMNS, cells):
            if value is not None and (not isinstance(value, str) or value not in _FIXED.get(column, {value})):
                return False
    return True

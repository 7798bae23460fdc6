"""Excel cell references without importing openpyxl (~0.1 s): column letters and range bounds."""

from __future__ import annotations

import re

_RANGE = re.compile(r"([A-Z]{1,3})([1-9]\d{0,6})(?::([A-Z]{1,3})([1-9]\d{0,6}))?")


def column_letter(index: int) -> str:
    """Return the letters of a 1-based column (1 → A, 27 → AA), as openpyxl's get_column_letter."""
    if not 1 <= index <= 18278:
        raise ValueError(f"Invalid column index {index}")
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """Return the 1-based index of column letters (A → 1, AA → 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


def plain_range(ref: str) -> tuple[int, int, int, int] | None:
    """Return (min_col, min_row, max_col, max_row) of "B2:B5" or "C3", or None for anything else.

    openpyxl's range_boundaries gives the same for these; what it reads beyond them (whole
    columns, "$" anchors, errors) is left to it (None).
    """
    match = _RANGE.fullmatch(ref)
    if match is None:
        return None
    first, row, last, last_row = match.groups()
    bounds = (column_index(first), int(row), column_index(last or first), int(last_row or row))
    return bounds if bounds[0] <= 18278 and bounds[2] <= 18278 else None

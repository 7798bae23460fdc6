"""Neutralise spreadsheet formulas in CSV cells (CSV injection, OWASP).

review.csv carries proposal texts as written by working groups; a cell such as
`=HYPERLINK("http://…")` or `=cmd|' /C calc'!A0` would run as a formula when
the secretariat opens the file in Excel or LibreOffice. As OWASP recommends,
a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or
their full-width forms, which some spreadsheets also read as formulas) gets a
leading apostrophe, so it is shown as the text it is.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(value: str) -> str:
    """Return `value` as a CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value

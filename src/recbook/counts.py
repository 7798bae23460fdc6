"""English count phrases for the console: "1 proposal", "2 proposals".

The console speaks English (the book's own counts are gettext plurals, i18n/labels.py);
"1 recommendations printed" read as a slip in every summary of a one-proposal test.
"""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """Return "1 proposal", "0 proposals", "2 proposals" (the plural is `singular` + "s" unless given)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"

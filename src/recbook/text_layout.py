"""Layout slips in a proposal's title or text that the book prints as typed: a list bullet.

It comes from how a text reaches the cell, not from what it says, and the book keeps what the user
wrote (a line break is a line break: localize.text.paragraphs), so it is a warning at the value:
- a list bullet starting a title («•<TAB>Title», «– Title», «· …»: a line pasted from a Word list)
  is printed in the heading and the contents («1.23 • Не повышать тарифы…»); a text starting with
  one is warned of unless the text is a list, i.e. another of its lines starts with a bullet too: the
  book prints each line as a line, so «- построить школу;⏎- отремонтировать дорогу.» reads as the
  list it is.
"""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, Location, warning

# Word's and typists' list markers: a symbol bullet may touch its text («•Title»); a dash or a star
# only marks an item when a space or tab follows («-2 °C» is a number). U+F0B7, U+F0A7 and U+F0D8
# are Word's Symbol/Wingdings bullets, pasted as private-use characters. Matched at a line's start (no
# "^": match(value, pos) anchors at pos, where "^" would not match).
_BULLET = re.compile("(?:[•◦▪▫‣⁃∙·●○■□►▸➢➤✓✔\uf0a7\uf0b7\uf0d8][ \t\u00a0]*|[-–—*][ \t\u00a0]+)")
_LINE_START = re.compile(r"\n[ \t\u00a0]*")


def layout_problems(value: str, where: Location, field: str) -> list[Diagnostic]:
    """Return the warnings for a proposal's or an edit's `title`/`text` (`field`, "title:kk" included)."""
    found = []
    bullet = _starting_bullet(value, title=field.split(":", 1)[0] == "title")
    if bullet:
        printed = ("in the heading and the contents" if field.startswith("title")
                   else "at the start of the text")
        found.append(warning(where, f'"{field}" starts with a list bullet («{bullet}»), as a line pasted from '
                             f"a bulleted list does; the book prints it {printed}: delete it if it is not "
                             "meant, the text is not changed", "text.list-bullet"))
    return found


def _starting_bullet(value: str, title: bool) -> str | None:
    """Return the bullet `value` starts with (without what follows it), or None.

    A text is a list, and its bullet meant, when another of its lines starts with a bullet too.
    """
    match = _BULLET.match(value)
    if match is None:
        return None
    if not title and any(_BULLET.match(value, m.end()) for m in _LINE_START.finditer(value)):
        return None
    return match.group().rstrip(" \t\u00a0")

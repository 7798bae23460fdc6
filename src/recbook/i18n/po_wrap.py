"""Write a PO string the way GNU gettext does (msgcat, msgmerge, Poedit): 79 columns, breaks after spaces.

gettext (write-po.c `wrap`) splits a string after each "\\n", escapes it, and fills lines greedily
to 79 columns, closing quote included, breaking where Unicode's line breaking rules (UAX #14)
allow: after a space, after a hyphen or a dash before a letter, after "/" … A string that does not
fit on the keyword's line, or holds a "\\n" before its end, starts with `msgid ""`. The rules
below are the part of UAX #14 that kk/ru/en prose, placeholders and addresses meet; on the
sample's catalogs they give msgcat's lines byte for byte (tests/test_i18n_po_wrap.py). Where they
would differ (a rare break inside other punctuation) nothing is lost: the file still reads the
same, and an entry recbook did not change is written back as it was read (i18n/preserve.py).
"""

from __future__ import annotations

import re
import unicodedata

WIDTH = 79  # gettext's default page width (--width), which Poedit keeps

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
            "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_PORTION = re.compile(r"(?<=\n)")
# UAX #14 classes a break depends on here (the rest read as letters, AL)
_NEVER_BEFORE = set(")]}!?,.:;/\u2060") | {" "}  # CL CP EX IS SY WJ SP: not even after a space (LB7-LB13)
_NOT_BEFORE = set("…-–\u00ad\u00a0\u202f")  # IN HY BA GL: only after a space (LB21, LB22, LB12a)
_QUOTES = set("\"'«»“”‘’‹›")  # QU: no break before or after one, but after a space (LB19)
_OPENING = set("([{„‚")  # OP (U+201E „ is one): no break after one, spaces or not (LB14)
_BREAK_AFTER = set("-–—\u00ad/.,:;…!?")  # HY BA B2 SY IS IN EX: a break may follow, before a letter


def _width(char: str) -> int:
    """Return the columns `char` takes in a terminal (uc_width): 0 for a combining mark, 2 for a wide one."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me") or char in "\u200b\u2060\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _may_break(before: str, after: str, last: str) -> bool:
    """Return whether a line may break between `before` and `after` (UAX #14, simplified).

    `last` is the last character before `before` that is not a space (`before` itself if it is not one).
    """
    if after in _NEVER_BEFORE:
        return False
    if before == " ":
        # LB14-LB17: an opening bracket, a quote before an opening one, a dash before a dash hold on over spaces
        return not (last in _OPENING or (last in _QUOTES and after in _OPENING) or last == after == "—")
    if after in _NOT_BEFORE or before in "\u00a0\u202f":
        return False
    if after in "%‰" and before.isdigit():
        return False  # NU × PO: "20%"
    if after in _QUOTES or before in _QUOTES or before in _OPENING:
        return False
    if _width(before) == 2 or _width(after) == 2:
        return True  # ID: a line may break around a Chinese or Japanese character
    if before in _BREAK_AFTER:
        if before == "—" and after == "—":
            return False  # B2 × B2
        return not after.isdigit() or before in "–—"  # HY × NU, SY × NU, IS × NU; BA and B2 ÷ NU
    return False


def _tokens(portion: str) -> list[tuple[str, bool, int]]:
    """Return the escaped portion as (text, may a line break before it, columns), one per character."""
    out: list[tuple[str, bool, int]] = []
    previous = last = ""
    for index, char in enumerate(portion):
        text = _ESCAPES.get(char, char)
        # an escape is read by the line breaking rules as it is written: its backslash, then the letter
        first = text[0]
        possible = index > 0 and _may_break(previous, first, last)
        out.append((text, possible, sum(_width(c) for c in text)))
        previous = text[-1]
        last = previous if previous != " " else last
    if portion.endswith("\n") and out:
        out[-1] = (out[-1][0], False, out[-1][2])  # never break just before the closing "\n"
    return out


def _breaks(tokens: list[tuple[str, bool, int]], width: int, start: int) -> set[int]:
    """Return where lines break (token indexes): greedy, as libunistring's ulc_width_linebreaks."""
    found: set[int] = set()
    last, column, piece = None, start, 0
    for index, (_, possible, columns) in enumerate(tokens):
        if possible:
            if last is not None and column + piece > width:
                found.add(last)
                column = 0
            last, column, piece = index, column + piece, 0
        piece += columns
    if last is not None and column + piece > width:
        found.add(last)
    return found


def string_lines(keyword: str, value: str, prefix: str = "") -> list[str]:
    """Return the lines of `keyword "value"` (`prefix`: "#| ", "#~ ") as GNU gettext writes them."""
    portions = [p for p in _PORTION.split(value) if p] or [""]
    after_break = len(prefix) + 1  # where a continuation line's text starts, after its opening quote
    width = WIDTH - 1 - after_break  # room for the closing quote
    lines: list[str] = []
    first = True
    for number, portion in enumerate(portions):
        tokens = _tokens(portion)
        start = len(keyword) + 1 if first else 0
        breaks = _breaks(tokens, width, start)
        if first and portion and (number < len(portions) - 1 or start > width or breaks):
            lines.append(f'{prefix}{keyword} ""')
            first, start = False, 0
            breaks = _breaks(tokens, width, start)
        line = f"{prefix}{keyword} " if first else prefix
        text: list[str] = []
        for index, (escaped, _, _) in enumerate(tokens):
            if index in breaks:
                lines.append(f'{line}"{"".join(text)}"')
                line, text = prefix, []
            text.append(escaped)
        lines.append(f'{line}"{"".join(text)}"')
        first = False
    return lines

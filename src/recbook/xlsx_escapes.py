"""Decode OOXML's `_xHHHH_` escapes (ST_Xstring, ECMA-376 Part 1 §22.9.2.19) in a cell's text.

Excel writes a character XML cannot hold (CR, a tab in some versions, other control characters)
as `_xHHHH_`: text pasted from Word or Outlook into a cell brings CR LF, stored as "_x000D_\\n".
A literal `_x…_` the user typed is stored with its underscore escaped: `_x005F_x000D_`. openpyxl
keeps these as written, so every XLSX reader passes strings through `decode` (calamine decodes
them itself, but xlsx_calamine.py leaves such workbooks to openpyxl), and the sheets recbook
writes pass theirs through `encode`, so that a text goes out and comes back unchanged. The decoded text then
goes through the usual text checks: a CR is a line break, a tab is white space, a control
character is reported (text_checks.py), so nothing is printed as "_x000D_" nor silently changed.
"""

from __future__ import annotations

import re

# one escape, or a UTF-16 surrogate pair written as two (the only way to escape a character past U+FFFF)
_LITERAL = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # an underscore that would start an escape
_ESCAPE = re.compile(r"_x([Dd][89ABab][0-9A-Fa-f]{2})__x([Dd][C-Fc-f][0-9A-Fa-f]{2})_|_x([0-9A-Fa-f]{4})_")


def decode(text: str) -> str:
    """Return `text` with its `_xHHHH_` escapes replaced by the characters they stand for.

    Decoded left to right in one pass, so `_x005F_x000D_` reads `_x000D_` as the user typed it.
    A lone surrogate (`_xD800_`) stands for no character and is kept as written.
    """
    return _ESCAPE.sub(_character, text) if "_x" in text else text


def _character(match: re.Match[str]) -> str:
    high, low, single = match.groups()
    if high:
        return (chr(int(high, 16)) + chr(int(low, 16))).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    code = int(single, 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)


def decode_value(value: object) -> object:
    """Return a cell value with a text decoded (numbers, dates and None pass through)."""
    return decode(value) if isinstance(value, str) else value


def encode(value: object) -> object:
    """Return a text to write into a cell so that Excel (and `decode`) read it back as it is.

    openpyxl writes text as given, so a literal `_x000D_` in a proposal or translation would be read
    back as a CR: its underscore is escaped (`_x005F_`), as Excel does. Other values pass through.
    """
    return _LITERAL.sub("_x005F_", value) if isinstance(value, str) and "_x" in value else value

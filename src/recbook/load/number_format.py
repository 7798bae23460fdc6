"""Compute how Excel shows a number under a cell's number format, for the formats a secretariat uses.

A workbook stores a number (0.25) and a format code ("0%"); Excel shows "25%". The
reader needs that shown text to tell the user when it differs from what is read
(xlsx_shown.py). Codes are stored in Excel's invariant (en-US) form: "." is the decimal
separator and "," the thousands separator, which Excel then shows in the viewer's own
locale (a Russian Excel shows "1 234,50" for "#,##0.00"); `Shown.local` says whether the
shown text depends on that locale. A code outside the supported subset (fractions,
exponents, fills, conditions, "?" placeholders, scaling commas, text sections) gives None:
the message then names the code instead of guessing its text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

GENERAL = ("general", "@")  # "@" (Text) shows a number as General does
_COLORS = re.compile(r"(?i)black|blue|cyan|green|magenta|red|white|yellow|color\d{1,2}")
_LITERAL = set("$-+():^'{}<>=!&~ /")


@dataclass(frozen=True)
class Shown:
    """A number's text as Excel shows it: `local` when separators follow the viewer's locale."""

    text: str
    local: bool


def is_general(number_format: str | None) -> bool:
    """Return whether a format shows a number as typed (General, or Text)."""
    return (number_format or "General").strip().lower() in GENERAL


def shown_number(value: int | float, number_format: str) -> Shown | None:
    """Return how Excel shows `value` under `number_format`, or None when the code is not supported."""
    if not math.isfinite(value):
        return None
    sections = _split(number_format)
    if sections is None or not 1 <= len(sections) <= 4:
        return None
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if number < 0 and len(sections) >= 2:
        section, number, sign = sections[1], -number, ""
    elif number == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if number < 0 else ""
        number = abs(number)
    parts = _parse(section)
    if parts is None:
        return None
    before, pattern, after = parts
    if pattern is None:  # a section of literals alone ("-" for zero)
        return Shown(before + after, False)
    scaled = number * Decimal(100) ** (before + after).count("%")
    try:
        digits = _digits(scaled, pattern)
    except InvalidOperation:  # more digits than Decimal's 28 (1e30 under "0.00"): not a text to guess
        return None
    if digits is None:
        return None
    if sign and digits.strip("0.,") == "":
        sign = ""  # Excel shows -0.001 as "0" under "0": no sign on a zero
    return Shown(sign + before + digits + after, "." in pattern or "," in pattern)


def _split(code: str) -> list[str] | None:
    """Return a code's sections (split at ";" outside quotes and escapes), or None if a quote is open."""
    sections, current, index = [], "", 0
    while index < len(code):
        char = code[index]
        if char == '"':
            end = code.find('"', index + 1)
            if end < 0:
                return None
            current += code[index:end + 1]
            index = end + 1
            continue
        if char in "\\_*" and index + 1 < len(code):
            current += code[index:index + 2]
            index += 2
            continue
        if char == ";":
            sections.append(current)
            current = ""
        else:
            current += char
        index += 1
    return sections + [current]


def _parse(section: str) -> tuple[str, str | None, str] | None:
    """Return (literal text before, digit pattern, literal text after) of a section, or None."""
    before, pattern, after, index = "", None, "", 0
    while index < len(section):
        char, literal = section[index], None
        if char == '"':
            end = section.index('"', index + 1)
            literal, index = section[index + 1:end], end + 1
        elif char == "\\" and index + 1 < len(section):
            literal, index = section[index + 1], index + 2
        elif char == "_" and index + 1 < len(section):
            literal, index = " ", index + 2  # a space as wide as the next character
        elif char == "[":
            end = section.find("]", index)
            literal = _bracket(section[index + 1:end]) if end > 0 else None
            if literal is None:
                return None
            index = end + 1
        elif char in "0#.,":
            if pattern is not None and after:
                return None  # digits in two places ("0 0"): not a plain number
            pattern = (pattern or "") + char
            index += 1
            continue
        elif char == "%" or char in _LITERAL or (not char.isascii() and char.isalpha()):
            literal, index = char, index + 1
        else:
            return None  # E+, ?, fractions, fills, dates, text (@), conditions
        if pattern is None:
            before += literal
        else:
            after += literal
    return before, pattern, after


def _bracket(inside: str) -> str | None:
    """Return the text a [...] part shows: "" for a color, the symbol of [$тг-43F]; None otherwise."""
    if _COLORS.fullmatch(inside):
        return ""
    if inside.startswith("$"):
        return inside[1:].split("-", 1)[0]
    return None


def _digits(number: Decimal, pattern: str) -> str | None:
    """Return `number` written by a digit pattern such as "#,##0.00" (invariant separators)."""
    whole, _, fraction = pattern.partition(".")
    if "." in fraction or whole.endswith(",") or "," in fraction:
        return None  # a scaling comma or a second point
    if fraction and fraction.rstrip("#") != fraction.replace("#", ""):
        return None  # "#" before "0" after the point
    places = len(fraction)
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    integer, _, decimals = f"{rounded:f}".partition(".")
    keep = len(fraction.rstrip("#"))
    decimals = decimals[:keep] + decimals[keep:].rstrip("0")
    least = whole.replace(",", "").count("0")
    integer = "" if integer == "0" and least == 0 else integer.rjust(least, "0")
    if "," in whole and integer:
        integer = f"{int(integer):,}".rjust(least + (least - 1) // 3, "0")
    return integer + ("." + decimals if decimals else "." if fraction == "" and pattern.endswith(".") else "")

"""Which characters a printed text may not hold: one rule for proposals (load) and translations (i18n).

Both the proposal checks (recbook.text_checks) and the catalog checks
(recbook.i18n.msgstr_characters) read it, so an author and a translator hear the
same thing about the same character; it sits outside both stages, as
kazakh_latin does, because load already imports i18n.
"""

from __future__ import annotations

import re

# The complement of what YAML (and XML 1.0 documents such as DOCX) accept — C0 controls but tab and
# newlines, DEL and C1 controls but U+0085, surrogates, U+FFFE/U+FFFF —, and the bidi and zero-width
# characters. Spelled as the characters refused, not as the negation of those accepted: the same set
# (tests/test_text_checks.py), compiled in 0.5 ms instead of 10 (a negated class spanning U+10FFFF).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff"
                       "\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
REPLACEMENT = "\ufffd"
MAX_LISTED = 3  # characters named in one message; the rest are counted


def describe_char(ch: str) -> str:
    """Return "U+0007 (control character)" and the like."""
    point = ord(ch)
    if 0xD800 <= point <= 0xDFFF:
        what = "lone surrogate"
    elif point in (0xFFFE, 0xFFFF):
        what = "noncharacter"
    elif ch in _BIDI:
        what = "bidi control"
    elif ch in _ZERO_WIDTH:
        what = "zero-width character"
    else:
        what = "control character"
    return f"U+{point:04X} ({what})"


def is_invisible(ch: str) -> bool:
    """Return True for the forbidden characters a document can hold (bidi and zero-width ones).

    They print, but reorder or hide what a reader sees; the others (controls,
    noncharacters, surrogates) no DOCX or PDF can hold at all.
    """
    return ch in _BIDI or ch in _ZERO_WIDTH


def forbidden_characters(value: str) -> list[tuple[int, str]]:
    """Return (index, character) of every forbidden character of `value`, in order."""
    return [(m.start(), m.group()) for m in FORBIDDEN.finditer(value)]


def list_characters(found: list[tuple[int, str]]) -> str:
    """Return "U+0007 (control character) at character 6, …" for a message (the first few)."""
    listed = ", ".join(f"{describe_char(ch)} at character {i + 1}" for i, ch in found[:MAX_LISTED])
    return listed + (f" and {len(found) - MAX_LISTED} more" if len(found) > MAX_LISTED else "")

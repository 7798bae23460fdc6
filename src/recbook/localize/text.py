"""Prose as both renderers print it: paragraphs, line breaks, separators between names."""

from __future__ import annotations

import re

from ..model import Line, Text

AND = {"kk": "және", "ru": "и", "en": "and"}

# only ASCII blanks: Python's \s would also match the no-break spaces a text must keep
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n[ \t\r\n]*")
_SPACES = re.compile(r"[ \t\r]+")


def paragraphs(text: Text | None) -> Line:
    """Split `text` at blank lines; a single line break stays a line break ("\\n") inside its paragraph.

    Runs of ordinary spaces and tabs become one space; no-break and other
    special spaces are kept, because typography put them there on purpose.
    """
    if text is None:
        return ()
    out = []
    for block in _BLANK_LINE.split(text.value.strip(" \t\r\n")):
        lines = [_SPACES.sub(" ", line).strip(" ") for line in block.split("\n")]
        value = "\n".join(line for line in lines if line)
        if value:
            out.append(Text(value, text.lang, text.fallback))
    return tuple(out)


def separated(items: tuple[Text, ...], separator: str, lang: str) -> Line:
    """Return `items` with `separator` (a Text in the book's language) between them."""
    out: list[Text] = []
    for item in items:
        if out:
            out.append(Text(separator, lang))
        out.append(item)
    return tuple(out)


def join_names(items: list[str], lang: str) -> str:
    """Join names as `lang`'s editors do: "А, Б және В", "А, Б и В", "A, B and C" (no serial comma).

    When a name itself contains the conjunction or a comma ("Мәдениет және
    ақпарат министрлігі"), names are separated by semicolons, so the list
    cannot be misread.
    """
    if not items:
        return ""
    conjunction = AND.get(lang, AND["en"])
    word = re.compile(rf"(?<!\w){re.escape(conjunction)}(?!\w)|,", re.IGNORECASE)
    if any(word.search(item) for item in items):
        return "; ".join(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]

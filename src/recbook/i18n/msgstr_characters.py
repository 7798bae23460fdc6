"""Characters a translation must not carry: the proposal texts' rule (recbook.characters), per msgstr.

The set is the one a proposal's text is checked against. What no document
can hold (C0/C1 controls but tab and newline, U+FFFE/U+FFFF, lone surrogates)
is an error here: DOCX refuses it and the PDF fails on it, and unlike a
proposal a translation has its source wording to fall back on. Bidi and
zero-width characters print but reorder or hide what a reader sees: a
warning, and "�" is printed in their place, as in a proposal.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, error, warning
from ..characters import FORBIDDEN, REPLACEMENT, forbidden_characters, is_invisible, list_characters
from .po import Entry


def printable(text: str) -> str:
    """Return a translation as it may be printed: each forbidden character shown as "�"."""
    return FORBIDDEN.sub(REPLACEMENT, text)


def character_problems(path: str, entry: Entry) -> list[Diagnostic]:
    """Return an error for unprintable and a warning for invisible characters in each msgstr form."""
    out: list[Diagnostic] = []
    for form, text in enumerate(entry.msgstr):
        found = forbidden_characters(text)
        if not found:
            continue  # nearly every translation: no location is made
        which = "the translation" if entry.msgid_plural is None else f"msgstr[{form}]"
        unprintable = [(i, ch) for i, ch in found if not is_invisible(ch)]
        invisible = [(i, ch) for i, ch in found if is_invisible(ch)]
        if unprintable:
            where = entry.at(path, form, unprintable[0][0])
            out.append(error(where, f"{entry.label()}: {which} contains {list_characters(unprintable)}, "
                                    "which no document can hold; remove it", "text.control-char"))
        if invisible:
            where = entry.at(path, form, invisible[0][0])
            out.append(warning(where, f"{entry.label()}: {which} contains {list_characters(invisible)}; "
                                      f'remove it (it is printed as "{REPLACEMENT}")', "text.control-char"))
    return out

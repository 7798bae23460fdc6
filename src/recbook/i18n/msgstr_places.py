"""A translation that names a place its source does not: the wrong city on a cover.

`recbook init` translated its placeholder «Алматы» as "Almaty"; the conference was in Astana, the
translation was approved as it was, and the final English cover said "Almaty" with no check saying
a word (qa3 M4). A printed translation of a content catalog whose capitalized word is a place of the
gazetteer (recbook.merge.places) that the source does not name, in any form, is a warning at that
word. The source is read loosely (a spelling anywhere, even inside a word: «Приаралья» names the
Aral, «Алматинской» Almaty), so a place the source names in another form is no alarm; a place the
gazetteer does not know is not looked for.
"""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic, warning
from .po import Entry

_WORD = re.compile(r"[^\W\d_]+")


def _fold(text: str) -> str:
    from ..merge.normalize import fold_kk

    return fold_kk(text.casefold().replace("ё", "е"))


def _places(text: str, capitalized: bool) -> dict[str, tuple[str, int]]:
    """Return place → (its first word as written, where it starts) for the places a text names by a word."""
    from ..merge.places import joined_names, place_of

    joined = joined_names(text) or ""  # «Нур-Султан» as one word; the same length, so indices hold
    found: dict[str, tuple[str, int]] = {}
    for match in _WORD.finditer(joined):
        word = match.group()
        if capitalized and not word[0].isupper():
            continue  # a name is capitalized: a lower-case word of a translation is taken for no place
        place = place_of(_fold(word))
        if place is not None and place not in found:
            found[place] = (text[match.start():match.end()], match.start())
    return found


def place_problems(path: str, entry: Entry) -> list[Diagnostic]:
    """Return a warning when `entry`'s (singular) translation names a place its source does not."""
    if entry.msgid_plural is not None or not entry.msgstr[0].strip() or not any(c.isupper() for c in entry.msgstr[0]):
        return []
    from ..merge.places import joined_names, names_anywhere

    named = _places(entry.msgstr[0], capitalized=True)
    if not named:
        return []
    source = _fold(joined_names(entry.msgid) or "")
    added = [(word, at) for place, (word, at) in named.items() if not names_anywhere(place, source)]
    if not added:
        return []
    words = ", ".join(word for word, _ in added)
    kind = "a place" if len(added) == 1 else "places"
    its = ", ".join(word for word, _ in _places(entry.msgid, capitalized=False).values())
    return [warning(entry.at(path, 0, added[0][1]), f"{entry.label()}: the translation names {words}, {kind} the "
                    f"source does not name{f' (it names {its})' if its else ''}; check that the translation is "
                    "of this text", "i18n.other-place")]

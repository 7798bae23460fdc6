"""Kazakh written in Latin letters: tell it from English, read it in Cyrillic.

Kazakhstan moves Kazakh to a Latin alphabet from 2023 to 2031 (KAZAKH.md: 31
letters, ä ğ q ñ ö ū ü ş ı among them), so a working group may hand in «Auyldyq
kıtaphanalardy jañartu» for «Ауылдық кітапханаларды жаңарту». The book prints
what was written. The check must not call it English, and the merge reads it
in Cyrillic (`cyrillic`), where its words meet the lexicon's concepts and the
stems of the same ask written in Cyrillic or in Russian; read as it stands it
shares almost nothing with them.

Transliteration back is not exact — 2021's «i» is и or й (й after a vowel), «h» is х or һ, and
sources disagree whether і is «ı» or «i» — but the merge folds those letters
together anyway (normalize.fold_kk), so the matching reads both spellings alike.
Informal spellings ("zh", "sh", "gh") and the drafts of 2017 (apostrophes) and
2018 (acutes) are read too (`rules`). The book hyphenates such words where their Cyrillic
reading breaks (`readings`, render/hyphenate_kk_latin.py).

Nearly every Kazakh text is in Cyrillic, and telling so takes two small patterns; the rules'
forty-odd patterns take ~9 ms to compile, so they are loaded at the first text in Latin letters
(a cold `recbook check` of a Cyrillic project never pays them: issue 14), and those that spell
Kazakh in Cyrillic (spelling.py) at the first Kazakh text in Latin letters: an English text,
which the check asks about, needs only those that tell it (rules.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import Reading

_LATIN = re.compile("[A-Za-zÀ-ɏ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
APOSTROPHES = "'’ʼ"  # the 2017 draft's marks (a' ә), as typed: part of the letter before them


def is_latin(text: str) -> bool:
    """Return True if `text` has more than twice as many Latin letters as Cyrillic ones."""
    return len(_LATIN.findall(text)) > 2 * len(_CYRILLIC.findall(text))


def is_kazakh_latin(text: str) -> bool:
    """Return True if `text`, in any language, is Kazakh in Latin letters (rules.is_kazakh_latin)."""
    if not is_latin(text):
        return False
    from .rules import is_kazakh_latin as kazakh  # compiled at the first Latin text

    return kazakh(text)


def cyrillic(title: str | None, text: str | None) -> tuple[str | None, str | None]:
    """Return a Kazakh title and text in Cyrillic if together they are written in Latin letters (spelling.cyrillic)."""
    if not is_latin(f"{title or ''} {text or ''}"):
        return title, text
    from .spelling import cyrillic as spelt  # compiled at the first Latin text

    return spelt(title, text)


def readings(text: str) -> list[Reading]:
    """Return the Kazakh words of `text`, if it is Kazakh in Latin letters, read in Cyrillic (words.readings)."""
    if not _LATIN.search(text) or not is_latin(text):  # the search: each kk paragraph of a book comes here
        return []
    from .words import readings as read  # compiled at the first Latin text

    return read(text)

"""`recbook init`'s translations of its own placeholders: guesses, never translations of the secretariat's texts.

A new project's catalogs hold the placeholders translated («Алматы» → "Almaty"), so that it checks
clean at once. Once conference.yaml has its own text, such an entry translates nothing of the book:
`recbook i18n update` empties it (i18n/update.py) instead of keeping it as a fuzzy guess, which an
agency approved as it was and the final cover printed (qa3 M4); until that update, the checks say
what it is rather than the stale entry's "edited in the catalog?".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from ..model import LANGUAGES
from .placeholders import PLACEHOLDERS
from .po import Entry

# how the checks name such an entry, and what to do: said at each (i18n check, strict), or once a catalog (check)
GUESSED = "holds the translation `recbook init` wrote for its placeholder, not one of the text conference.yaml has now"
GUESS_REMEDY = "run `recbook i18n update`: it empties the entry for translation"


def init_guesses(lang: str, source: str) -> dict[str, tuple[str, str]]:
    """Return msgctxt → (placeholder, its translation) as `recbook init` writes them into `lang`'s content.<source>.po."""
    return {context: (texts[source], texts[lang]) for context, texts in PLACEHOLDERS.items()
            if source in texts and lang in texts}


def guessed_source(entry: Entry, guesses: Mapping[str, tuple[str, str]]) -> str | None:
    """Return the placeholder `entry` holds init's translation of, as init wrote it, else None.

    An entry an earlier update made fuzzy counts by its `#| msgid` (a project made before guesses were emptied).
    A translator's own wording of a placeholder is no guess.
    """
    guess = guesses.get(entry.msgctxt or "")
    source = entry.previous_msgid if entry.fuzzy and entry.previous_msgid is not None else entry.msgid
    return source if guess is not None and (source, entry.msgstr) == (guess[0], (guess[1],)) else None


@lru_cache(maxsize=64)
def guesses_for(path: str) -> Mapping[str, tuple[str, str]]:
    """Return init's guesses for the catalog at `path` (locales/en/LC_MESSAGES/content.ru.po), none for another."""
    parts = path.replace("\\", "/").split("/")
    name = parts[-1]
    if len(parts) < 3 or parts[-2] != "LC_MESSAGES" or not (name.startswith("content.") and name.endswith(".po")):
        return {}
    lang, source = parts[-3], name[len("content."):-len(".po")]
    return init_guesses(lang, source) if {lang, source} <= set(LANGUAGES) and lang != source else {}

"""British and American spellings of one English word are one word.

"organisation" / "organization", "programme" / "program", "plough" / "plow",
"licence" / "license": two groups, or two translators, spell the same ask
apart, and a typo check reads the pair as two words ("plough" is three edits
from "plow"). breame's list of British spellings and their inflected forms maps
each to its American spelling before any other reading of an English word.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=100_000)
def american(word: str) -> str:
    """Return the American spelling of a folded English word ("colour" → "color"), else the word."""
    # imported on first use: only a conference with English texts loads the list (~2 ms)
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return BRITISH_ENGLISH_SPELLINGS.get(word, word)

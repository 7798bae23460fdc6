"""The Windows code pages a table may be read in, by name (load.decoding reads them; text_checks names them).

Outside the stages, as characters.py is: the check of a proposal's words (load) and of a translation's
(i18n) both say which code page lost a letter.
"""

from __future__ import annotations

NAMES = {"cp1251": "Windows-1251", "kz1048": "KZ-1048"}


def code_page_name(codec: str) -> str:
    """Return the human name of a code page ("Windows-1251")."""
    return NAMES.get(codec, codec)

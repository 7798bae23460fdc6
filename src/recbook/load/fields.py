"""The keys conference.yaml and proposals may use (ARCHITECTURE.md), shared by readers and validate."""

from __future__ import annotations

import re
from typing import Mapping

from ..model import LANGUAGES
from ..near_miss import near_miss

PROPOSAL_REQUIRED: tuple[str, ...] = ("id", "group", "direction", "language", "title", "text")
PROPOSAL_OPTIONAL: tuple[str, ...] = ("addressees", "timeframe", "votes", "sdgs")
PROPOSAL_NUMBERS: tuple[str, ...] = ("votes", "sdgs")  # read as numbers: a cell's display format is a view
TRANSLATED: tuple[str, ...] = ("title", "text")  # may also appear as title:LANG / text:LANG
PROPOSAL_KEYS: tuple[str, ...] = PROPOSAL_REQUIRED + PROPOSAL_OPTIONAL + tuple(
    f"{name}:{lang}" for name in TRANSLATED for lang in LANGUAGES)

CONFERENCE_REQUIRED: tuple[str, ...] = (
    "id", "source_language", "languages", "title", "date", "city", "organizers",
    "directions", "groups", "addressees")
CONFERENCE_TEXTS: tuple[str, ...] = (
    "subtitle", "venue", "methodology", "foreword", "foreword_signatory", "disclaimer",
    "adopted", "edition", "licence", "isbn", "udc", "publisher", "contacts", "copyright")
CONFERENCE_OPTIONAL: tuple[str, ...] = CONFERENCE_TEXTS + ("partners", "illustrative", "thresholds")
CONFERENCE_KEYS: tuple[str, ...] = CONFERENCE_REQUIRED + CONFERENCE_OPTIONAL

# conference.yaml lists of {id, <text key>}
NAMED_LISTS: dict[str, str] = {"directions": "title", "groups": "name", "addressees": "name"}


def expected(allowed: tuple[str, ...] | list[str], received: str, names: Mapping[str, str] | None = None,
             written: str | None = None) -> str:
    """Return the "Expected one of: … but received: …" tail of a message, with a fix for a near miss.

    Values are matched exactly, case included: `finance` is an error where `Finance` is the group,
    ending "; did you mean 'Finance'?" (recbook.near_miss), never read as Finance silently. `names`
    ({id: name}) also answers a value typed as an entry's name with its id. `written`: the value as
    the user wrote it, quoted instead of `received` where that is a key made of it (a table header,
    matched in lower case: 'Ескертпе', not 'ескертпе').
    """
    hint = near_miss(received, allowed, names)
    tail = f"; {hint.text}" if hint else ""
    return f"Expected one of: {', '.join(allowed)} but received: {shown(received if written is None else written)}{tail}"


def shown(value: str, limit: int = 60) -> str:
    """Return `value` quoted for a message, cut at `limit` characters: a message never floods the screen."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


def asset_path_problem(path: str) -> str | None:
    """Return why a logo path is not a plain path inside the project, or None if it is one.

    Renderers load only the project's own files (RELIABILITY 16): no URLs,
    absolute paths or `..`.
    """
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", path):
        return "a URL or drive letter"
    if path.startswith(("/", "\\")):
        return "an absolute path"
    if "\\" in path:
        return "a path with backslashes (use /)"
    if ".." in path.split("/"):
        return "a path leaving the project folder"
    return None

"""Editions and releases: what was published when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..diagnostics import Location



@dataclass(frozen=True)
class Edition:
    """One released edition as inputs/editions.yaml records it: the numbers it froze."""

    number: int
    date: dt.date
    final: bool
    numbers: tuple[tuple[str, str], ...]  # (recommendation id, printed number) of those printed
    withdrawn: tuple[tuple[str, str], ...] = ()  # numbers printed as "withdrawn", never reused
    wording: tuple[tuple[str, str], ...] = ()  # (id, hash of the source title and text)
    # (language, ((id, title), …)): the titles the books printed in that language, so a number
    # withdrawn later can still say what it was; a book that printed a title in another language
    # (untranslated) has it under that language. Empty in records made before titles were kept.
    titles: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    location: Location | None = field(default=None, compare=False)
    date_location: Location | None = field(default=None, compare=False)  # its `date:` value in editions.yaml


@dataclass(frozen=True)
class Release:
    """The edition `recbook release` is making: its number, date and whether it is final."""

    number: int
    date: dt.date
    final: bool

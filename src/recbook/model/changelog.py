"""The changelog annex: what changed since the previous released edition (recbook release).

Apart from the book's other classes (model/book.py) because only a project with released
editions makes one: `recbook check` of any other never imports this module (each dataclass's
methods are compiled when its module is imported).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .book import Text


@dataclass(frozen=True)
class ChangeEntry:
    """One line of the changelog: a number and its title as printed now (withdrawn: as printed before).

    A withdrawn one has no title only when inputs/editions.yaml kept none and the recommendation is gone.
    """

    number: str
    title: Text | None
    note: Text | None = None  # what became of it, printed after the title ("Merged into 1.6", "Moved to 4.1")


@dataclass(frozen=True)
class ChangeGroup:
    """Added, withdrawn, merged, moved or reworded recommendations, under their localized heading."""

    kind: Literal["added", "withdrawn", "merged", "moved", "reworded"]
    heading: str
    entries: tuple[ChangeEntry, ...]


@dataclass(frozen=True)
class Changelog:
    """What changed since the previous released edition (printed as the last annex)."""

    heading: str  # "Annex 4. Changes since edition 1 of 1 December 2026"
    title: str  # the same without "Annex 4. ", for the changelog file next to the archive
    since: int  # the previous edition's number
    groups: tuple[ChangeGroup, ...]  # only the kinds that have entries
    none_label: str = ""  # the sentence printed when no group has entries

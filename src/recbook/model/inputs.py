"""The conference and the proposals as validated: what load → validate hands the merge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ..diagnostics import Location

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
TIMEFRAMES: tuple[str, ...] = ("short", "medium", "long")
MergeHow = Literal["exact", "auto", "manual", "single"]
# what the secretariat decided about a recommendation: only "accepted" ones are printed
Status = Literal["accepted", "rejected", "withdrawn", "deferred"]




@dataclass(frozen=True)
class Named:
    """A conference.yaml list entry with an id and a text in the source language."""

    id: str
    text: str
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Partner:
    """An organiser or partner, with an optional logo (a path inside the project)."""

    name: str
    logo: str | None = None
    location: Location | None = field(default=None, compare=False)
    # in a localized book, the language of a name printed untranslated (no translation yet: a draft
    # marks it, as it marks the title); None when translated, and in inputs. In repr: the render cache
    # key and the inputs digest (render/cache.py) are digests of the book's repr, and the mark is printed
    untranslated: str | None = None


@dataclass(frozen=True)
class Conference:
    """conference.yaml, validated. Text values are in `source_language`."""

    id: str
    source_language: str
    languages: tuple[str, ...]
    title: str
    date: dt.date
    city: str
    organizers: tuple[Partner, ...]
    directions: tuple[Named, ...]
    groups: tuple[Named, ...]
    addressees: tuple[Named, ...]
    subtitle: str | None = None
    partners: tuple[Partner, ...] = ()
    venue: str | None = None
    methodology: str | None = None
    foreword: str | None = None  # Markdown-ish plain text; per-language files may override
    foreword_signatory: str | None = None
    disclaimer: str | None = None
    adopted: str | None = None  # "adopted by the participants on …" line
    edition: str | None = None
    licence: str | None = None
    isbn: str | None = None
    udc: str | None = None
    publisher: str | None = None  # imprint, at the foot of the page after the cover
    contacts: str | None = None
    copyright: str | None = None
    illustrative: bool = False  # sample data: the cover says the proposals are fictional
    # the merge's knobs written under thresholds: (MergeSettings field, value), docs/decisions.md
    thresholds: tuple[tuple[str, float], ...] = ()
    # where each text field was written, keyed like "title", "directions.D1" (for catalogs)
    locations: tuple[tuple[str, Location], ...] = field(default=(), compare=False)

    def direction(self, id: str) -> Named:
        return next(d for d in self.directions if d.id == id)

    def group(self, id: str) -> Named:
        return next(g for g in self.groups if g.id == id)

    def addressee(self, id: str) -> Named:
        return next(a for a in self.addressees if a.id == id)

    def location_of(self, key: str) -> Location | None:
        return dict(self.locations).get(key)


# the Conference fields printed in the book, each translated under msgctxt "conference.<field>"
CONFERENCE_FIELDS = ("title", "subtitle", "city", "venue", "foreword", "foreword_signatory", "methodology",
                     "disclaimer", "adopted", "edition", "licence", "publisher", "contacts", "copyright")
# the first part of every msgctxt of the conference's own texts (recbook.i18n.extract); no proposal id may be one
CONFERENCE_KEY_PREFIXES = ("conference", "organizers", "partners", "directions", "groups", "addressees")
# the second part of the msgctxt of a proposal's or an edited recommendation's texts
PROPOSAL_KEY_FIELDS = ("title", "text")


@dataclass(frozen=True)
class SuppliedTranslation:
    """A translation a group wrote itself in a `title:LANG` / `text:LANG` column."""

    language: str
    title: str | None
    text: str | None


@dataclass(frozen=True)
class Proposal:
    """One working-group proposal, validated (text NFC-normalized, nothing else changed)."""

    id: str
    group: str
    direction: str
    language: str
    title: str
    text: str
    addressees: tuple[str, ...] = ()
    timeframe: str | None = None  # one of TIMEFRAMES
    votes: int | None = None
    sdgs: tuple[int, ...] = ()
    translations: tuple[SuppliedTranslation, ...] = ()
    location: Location | None = field(default=None, compare=False)  # the row / item
    # where each field came from ("title" → file:line:col), for diagnostics and catalogs
    field_locations: tuple[tuple[str, Location], ...] = field(default=(), compare=False)

    def translation(self, language: str) -> SuppliedTranslation | None:
        return next((t for t in self.translations if t.language == language), None)

    def location_of(self, key: str) -> Location | None:
        return dict(self.field_locations).get(key) or self.location




@dataclass(frozen=True)
class Inputs:
    """What validate returns: the conference and its proposals, in input order."""

    conference: Conference
    proposals: tuple[Proposal, ...]

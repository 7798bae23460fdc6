"""Validate conference.yaml into a `Conference`, reporting every bad value in one pass."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..diagnostics import Location, Report, error, warning
from ..load.fields import (CONFERENCE_KEYS, CONFERENCE_REQUIRED, CONFERENCE_TEXTS, NAMED_LISTS,
                           asset_path_problem, expected, shown)
from ..load.nodes import Map, Node, Scalar, Seq, kind
from ..near_miss import as_id
from ..text_checks import language_mismatch
from ..model import LANGUAGES, Conference, Named, Partner
from ..model.file_names import BOOK_SUFFIX, SHEET_SUFFIX, id_file_name_problem
from .thresholds import validate_thresholds
from .values import Values, unknown_keys

# the conference's own prose, long enough to tell its language by
_PROSE = ("foreword", "methodology", "subtitle", "disclaimer")

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
LIST_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits: \d takes "٢٠٢٥" too
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # not calendar.month_name: that follows the machine's locale
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
             "FALSE": False}
_PARTNER_KEYS = ("name", "logo")
FILE_NAMED = {"groups": SHEET_SUFFIX}  # the lists whose ids name files: each group's sheet


@dataclass
class ConferenceResult:
    """The conference (None if unusable) and the id lists proposals are checked against."""

    conference: Conference | None
    ids: dict[str, tuple[str, ...] | None] = field(default_factory=dict)  # None: list unusable
    # each usable list's {id: title or name}: a value typed as a name is answered with its id
    names: dict[str, dict[str, str]] = field(default_factory=dict)

FIRST_YEAR, LAST_YEAR = 1900, 2100  # a conference's date, as outputs can carry it


def validate_conference(root: Node | None, report: Report) -> ConferenceResult:
    """Return the validated conference and its directions/groups/addressees ids."""
    unusable = ConferenceResult(None, {name: None for name in NAMED_LISTS})
    if root is None:
        return unusable
    if not isinstance(root, Map):
        report.add(error(root.location, f"conference.yaml must be a mapping of keys, not "
                         f"{kind(root)}", "conference.not-a-mapping"))
        return unusable
    return _Builder(root, report).build()


def _no_such_day(year: int, month: int, day: int) -> str:
    """Return why YYYY-MM-DD names no day (the date is known to be written as ISO, and not to exist)."""
    if not 1 <= month <= 12:
        swapped = " (the month comes before the day: YYYY-MM-DD)" if 1 <= day <= 12 else ""
        return f"there is no month {month:02d}{swapped}"
    if day == 0:
        return "days are numbered from 01"
    days = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return f"{_MONTHS[month - 1]} {year} has {days} days"


class _Builder:
    """Collect the conference's values and their locations, one key at a time."""

    def __init__(self, root: Map, report: Report) -> None:
        self.root, self.report = root, report
        # the texts are written in source_language (read, with its errors, by _language): known
        # before the lists, the first texts read, so Kazakh ones get Kazakh text checks
        language = root.get("source_language")
        self.values = Values(report, language=language.value if isinstance(language, Scalar) else None)
        self.locations: dict[str, Location] = {}
        self.failed = False

    def build(self) -> ConferenceResult:
        unknown_keys(self.root, CONFERENCE_KEYS, "conference.unknown-key", self.report)
        for key in CONFERENCE_REQUIRED:
            if self.root.get(key) is None:
                self._fail(self.root.location, f'missing required key "{key}"', "conference.missing-key")
        lists = {name: self._named(name, text_key) for name, text_key in NAMED_LISTS.items()}
        values = dict(
            id=self._slug(), source_language=self._language(), languages=self._languages(),
            title=self._required_text("title"), date=self._date(), city=self._required_text("city"),
            organizers=self._partners("organizers", required=True),
            partners=self._partners("partners", required=False),
            illustrative=self._boolean("illustrative"), thresholds=self._thresholds(),
            **{key: self._text(key) for key in CONFERENCE_TEXTS}, **lists)
        ids = {name: None if named is None else tuple(n.id for n in named)
               for name, named in lists.items()}
        names = {name: {n.id: n.text for n in named} for name, named in lists.items() if named is not None}
        if self.failed:
            return ConferenceResult(None, ids, names)
        self._check_source_language(values)
        return ConferenceResult(Conference(**values, locations=tuple(self.locations.items())), ids, names)

    def _check_source_language(self, values: dict) -> None:
        """Warn when the conference's own prose does not look written in `source_language`.

        The catalogs translate these texts from the source language: a source_language switched from ru
        to kk over Russian texts printed Russian in the Kazakh book and made every translation obsolete.
        """
        language = values["source_language"]
        for key in ("title", *_PROSE):
            text = values.get(key)
            looks = language_mismatch(language, text) if isinstance(text, str) else None
            if looks:
                self.report.add(warning(self.locations.get(key, self.root.location),
                                        f'source_language is {language}, but "{key}" looks {looks}: the books '
                                        "translate it from source_language; check which it is",
                                        "conference.language-mismatch"))
                return  # one warning says it

    def _fail(self, where: Location, message: str, code: str) -> None:
        self.failed = True
        self.report.add(error(where, message, code))

    def _node(self, key: str) -> Node | None:
        node = self.root.get(key)
        if node is not None:
            self.locations[key] = node.location
        return node

    def _text(self, key: str) -> str | None:
        return self.values.text(self._node(key), key)

    def _required_text(self, key: str) -> str:
        node = self._node(key)
        value = self.values.text(node, key)
        if value is None and node is not None:
            self._fail(node.location, f'"{key}" is empty', "conference.empty-value")
        return value or ""

    def _slug(self) -> str:
        node = self._node("id")
        value = self.values.code(node, "id")
        if node is not None and (value is None or not SLUG.match(value)):
            self._fail(node.location, f"id is used in file names: lower-case Latin letters, digits, "
                       f"'-' and '_' only, but received: {shown(value)}", "conference.bad-id")
        elif node is not None and (problem := id_file_name_problem(value, BOOK_SUFFIX)):
            self._fail(node.location, f"id {shown(value)} cannot be used: {problem}", "conference.bad-id")
        return value or ""

    def _language(self) -> str:
        node = self._node("source_language")
        value = self.values.code(node, "source_language")
        if node is not None and value not in LANGUAGES:
            self._fail(node.location, f"unknown source_language. {expected(LANGUAGES, value or '')}",
                       "conference.unknown-language")
        return value or ""

    def _languages(self) -> tuple[str, ...]:
        node = self._node("languages")
        found: list[str] = []
        items = self.values.items(node, "languages")
        for value, where in items:
            if value not in LANGUAGES:
                self._fail(where, f"unknown language. {expected(LANGUAGES, value)}",
                           "conference.unknown-language")
            elif value in found:
                self._fail(where, f"language {shown(value)} is listed twice", "conference.duplicate-id")
            else:
                found.append(value)
        if node is not None and not items:
            self._fail(node.location, "languages lists no output language", "conference.empty-value")
        return tuple(found)

    def _date(self) -> dt.date:
        node = self._node("date")
        value = self.values.code(node, "date")
        if node is None:
            return dt.date(1970, 1, 1)
        if value is None or not _ISO_DATE.match(value):
            self._fail(node.location, f"date must be an ISO date such as 2025-09-26, but received: "
                       f"{shown(value)}", "conference.bad-date")
            return dt.date(1970, 1, 1)
        year, month, day = (int(part) for part in value.split("-"))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            # zip (DOCX) stores no year after 2107, PDF dates need four digits: refuse, never crash
            self._fail(node.location, f"date must be in the years {FIRST_YEAR}–{LAST_YEAR}, but received: "
                       f"{shown(value)}", "conference.bad-date")
            return dt.date(1970, 1, 1)
        try:
            return dt.date(year, month, day)
        except ValueError:  # written as ISO, but no such day: say why, not "must be an ISO date"
            self._fail(node.location, f"date {shown(value)} is not a real date: {_no_such_day(year, month, day)}",
                       "conference.bad-date")
            return dt.date(1970, 1, 1)

    def _thresholds(self) -> tuple[tuple[str, float], ...]:
        found = validate_thresholds(self._node("thresholds"), self.report)
        self.failed = self.failed or found is None
        return found or ()

    def _boolean(self, key: str) -> bool:
        node = self._node(key)
        value = self.values.code(node, key)
        if value is None:
            return False
        if value not in _BOOLEANS:
            self._fail(node.location, f"{key} must be true or false, but received: {shown(value)}",
                       "conference.bad-boolean")
        return _BOOLEANS.get(value, False)

    def _partners(self, key: str, required: bool) -> tuple[Partner, ...]:
        node = self._node(key)
        if node is None:
            return ()
        if isinstance(node, Seq) and not node.items:  # `partners: []`: none, as said; `organizers: []` is a list
            if required:  # of no one, not something other than a list (qainput s23)
                self._fail(node.location, f'"{key}" lists no one: name at least one, as a name or {{name, logo}}',
                           "conference.bad-list")
            return ()
        if not isinstance(node, Seq):
            if required or not (isinstance(node, Scalar) and node.value is None):
                self._fail(node.location, f'"{key}" must be a list of names or of {{name, logo}}',
                           "conference.bad-list")
            return ()
        partners = (self._partner(item, f"{key}.{i}") for i, item in enumerate(node.items))
        return tuple(p for p in partners if p is not None)

    def _partner(self, item: Node, key: str) -> Partner | None:
        self.locations[key] = item.location
        if not isinstance(item, Map):
            name = self.values.text(item, key)
            return Partner(name, None, item.location) if name else self._empty(item, key)
        unknown_keys(item, _PARTNER_KEYS, "conference.unknown-key", self.report)
        name = self.values.text(item.get("name"), f"{key}.name")
        logo = self.values.code(item.get("logo"), f"{key}.logo")
        problem = logo and asset_path_problem(logo)
        if problem:
            self._fail(item.get("logo").location, f"logo must be a path inside the project such as "
                       f"inputs/assets/logo.png, not {problem}: {shown(logo)}", "conference.bad-logo")
        return Partner(name, logo, item.location) if name else self._empty(item, f"{key}.name")

    def _empty(self, item: Node, key: str) -> None:
        self._fail(item.location, f'"{key}" has no name', "conference.empty-value")

    def _named(self, key: str, text_key: str) -> tuple[Named, ...] | None:
        """Return a list of {id, title|name}, or None if its ids cannot all be read."""
        node = self._node(key)
        if node is None:
            return None
        if not isinstance(node, Seq) or not node.items:
            self._fail(node.location, f'"{key}" must be a non-empty list of {{id, {text_key}}}',
                       "conference.bad-list")
            return None
        named: dict[str, Named] = {}
        folded: dict[str, Named] = {}  # by id in lower case, for the ids that name files
        complete = True
        for item in node.items:
            entry = self._named_item(item, key, text_key)
            if entry is None:
                complete = False
                continue
            if entry.id in named:
                self._fail(entry.location, f"{key}: id {shown(entry.id)} is used twice (first at "
                           f"{named[entry.id].location})", "conference.duplicate-id")
                continue
            same = folded.setdefault(entry.id.lower(), entry) if key in FILE_NAMED else entry
            if same is not entry:  # Windows and macOS see one file for G1.ru.html and g1.ru.html
                self._fail(entry.location, f"{key}: id {shown(entry.id)} differs from {shown(same.id)} "
                           f"(at {same.location}) only in case, and its files would overwrite the "
                           "other's on Windows and macOS", "conference.duplicate-id")
            named[entry.id] = entry
        # with an unreadable id, proposals naming it would be reported for the wrong reason
        return tuple(named.values()) if complete else None

    def _named_item(self, item: Node, key: str, text_key: str) -> Named | None:
        if not isinstance(item, Map):
            self._fail(item.location, f"each of {key} is a mapping {{id, {text_key}}}, not "
                       f"{kind(item)}", "conference.bad-list")
            return None
        unknown_keys(item, ("id", text_key), "conference.unknown-key", self.report)
        id_node = item.get("id")
        id_ = self.values.code(id_node, f"{key}.id")
        if id_ is None or not LIST_ID.match(id_):
            hint = as_id(id_, lambda typed: bool(LIST_ID.match(typed))) if id_ else None
            self._fail((id_node or item).location, f"{key} id must be Latin letters, digits, '.', "
                       f"'-' or '_', but received: {shown(id_)}{f'; {hint.text}' if hint else ''}",
                       "conference.bad-id")
            return None
        problem = key in FILE_NAMED and id_file_name_problem(id_, FILE_NAMED[key])
        if problem:  # still a known id, so proposals naming it are not reported too
            self._fail(id_node.location, f"{key} id {shown(id_)} cannot be used: {problem}", "conference.bad-id")
        text = self.values.text(item.get(text_key), f"{key}.{id_}")
        if text is None:  # still a known id, so proposals naming it are not reported too
            self._fail(item.location, f'{key} {shown(id_)} has no "{text_key}"', "conference.empty-value")
            return Named(id_, "", item.location)
        self.locations[f"{key}.{id_}"] = (item.get(text_key) or item).location
        return Named(id_, text, item.location)

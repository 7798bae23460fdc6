"""Validate proposal records into `Proposal`s: one error per bad value, all in one pass.

A proposal with an error in a value later stages rely on (id, group,
direction, language, title, text, addressees, timeframe, votes, SDGs) is left
out of the result; its errors make `check` and `build` fail anyway. Errors
about characters inside a text (control characters, lost letters) keep the
proposal, so the rest of the book can still be checked and drafted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import Diagnostic, Location, Report, error, warning
from ..near_miss import as_id
from ..load.fields import PROPOSAL_KEYS, TRANSLATED, expected, shown
from ..load.nodes import Map, Node, Scalar, kind
from ..load.records import RawRecord
from ..model import LANGUAGES, TIMEFRAMES, Proposal, SuppliedTranslation
from ..model.intake_sheets import sheet_groups, sheet_of
from ..text_checks import language_mismatch
from ..text_layout import layout_problems
from .translation_keys import key_clashes
from .values import Values, unknown_keys

PROPOSAL_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")
# ASCII digits only: int() also reads "٣" (Arabic-Indic) and "５" (fullwidth) as 3 and 5, which a
# reader of the sheet does not see as the number printed
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
SDG_GOALS = range(1, 18)
# one goal number among words: "ЦУР 4", "SDG 4", "Goal 4", "Цель №4" (the goal is read only as its number)
_ONE_NUMBER = re.compile(r"^[^0-9]*?([0-9]{1,2})[^0-9]*$")
MAX_ID_LENGTH = 64  # ids are printed and sorted; a 5,000-digit one is a mistake, not an id
MAX_VOTES = 999_999_999  # numbers are formatted with CLDR's decimals (28 digits at most)


# two goals that became one decimal number: «4,5» typed in a Russian or Kazakh Excel is stored as 4.5
_DECIMAL_PAIR = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})$")


def _sdg_hint(value: str) -> str:
    """Return "; write the number only: 4" for a goal written with words around its number, and how to
    write two goals that a spreadsheet made one decimal number."""
    pair = _DECIMAL_PAIR.match(value)
    if pair and all(int(goal) in SDG_GOALS for goal in pair.groups()):
        first, second = (int(goal) for goal in pair.groups())
        return (f"; if goals {first} and {second} were meant, separate them with ';' ({first};{second}): "
                f"Excel reads «{first},{second}» as a decimal number")
    found = _ONE_NUMBER.match(value)
    return f"; write the number only: {int(found[1])}" if found and int(found[1]) in SDG_GOALS else ""


@dataclass(frozen=True)
class _Lists:
    """What conference.yaml's lists give the proposal check."""

    ids: dict[str, tuple[str, ...] | None]  # each list's ids (None: the list is unusable)
    names: dict[str, dict[str, str]]  # each usable list's {id: title or name}
    sheets: dict[str, str]  # {intake sheet title: the group it was made for} (model.intake_sheets)


class _Invalid(Exception):
    """A value was reported as an error; the proposal is left out."""


def validate_proposals(records: tuple[RawRecord, ...], ids: dict[str, tuple[str, ...] | None],
                       report: Report, seen: dict[str, Location] | None = None,
                       names: dict[str, dict[str, str]] | None = None) -> tuple[Proposal, ...]:
    """Return the valid proposals in input order; report everything else.

    `seen` receives every id read and where, even of proposals left out: a decision naming one
    of those names a proposal with an error, not an unknown one. `names` holds each list's
    {id: title or name} (ConferenceResult.names), for the hint at a value typed as a name.
    """
    seen = {} if seen is None else seen
    loaded = _value_errors(report)
    lists = _Lists(ids, names or {}, sheet_groups(ids.get("groups") or ()))
    proposals = [_Record(record, lists, seen, loaded, report).proposal() for record in records]
    clashes = key_clashes(seen, ids)  # only once every id is known: "R-G1-03" may come before "G1-03"
    clashes |= {id_: problem for id_, problem in _case_twins(seen).items() if id_ not in clashes}
    report.extend(clashes.values())
    return tuple(p for p in proposals if p is not None and p.id not in clashes)


def _case_twins(ids: dict[str, Location]) -> dict[str, Diagnostic]:
    """Return id → the error at it, for each id written as an earlier one but for case (`g6-01`, `G6-01`).

    Ids are read as written, but a decision naming `g6-01` is taken to mean `G6-01` when only that one
    exists (decisions.misspelt-id), people and Excel's lookups read the two as one: two such
    proposals are one id numbered twice (qainput s23: both were printed, without a word).
    """
    first: dict[str, str] = {}
    twins = {}
    for id_, where in ids.items():
        earlier = first.setdefault(id_.casefold(), id_)
        if earlier != id_:
            twins[id_] = error(where, f"id {shown(id_)} differs from {shown(earlier)} (at {ids[earlier]}) only in "
                               "case, which people, decisions and spreadsheets read as one id: give one of them "
                               "another number", "proposal.duplicate-id")
    return twins


def _value_errors(report: Report) -> frozenset[Location]:
    """Return the places of single values the readers already reported an error for.

    An XLSX formula without a result or a date cell is one bad value: it gets no
    second error here. A CSV location is a whole row, so it never counts.
    """
    return frozenset(d.location for d in report.errors
                     if d.location is not None and (d.location.cell or d.location.col))


class _Record:
    """One raw record being checked; `ok` turns False at the first value it cannot use."""

    def __init__(self, record: RawRecord, lists: _Lists, seen: dict[str, Location],
                 loaded: frozenset[Location], report: Report) -> None:
        self.record, self.seen, self.loaded, self.report = record, seen, loaded, report
        self.ids, self.names, self.sheets = lists.ids, lists.names, lists.sheets
        self.values = Values(self.report, record.code_page)
        self.ok = True
        self.locations: dict[str, Location] = {}

    def proposal(self) -> Proposal | None:
        node = self.record.node
        if not isinstance(node, Map):
            self.report.add(error(node.location, f"a proposal is a mapping of keys, not {kind(node)}",
                                  "proposal.not-a-mapping"))
            return None
        if not self.record.from_table:  # a table's header was checked once, not per row
            unknown_keys(node, PROPOSAL_KEYS, "proposal.unknown-key", self.report)
        self.node = node
        language = self._reference("language", LANGUAGES, "proposal.unknown-language")
        self.values.language = language  # the texts below are checked as written in it
        fields = dict(
            id=self._id(), group=self._group(),
            direction=self._listed("direction", "directions", "proposal.unknown-direction"),
            language=language, title=self._required_text("title"), text=self._required_text("text"),
            addressees=self._addressees(), timeframe=self._timeframe(), votes=self._votes(),
            sdgs=self._sdgs(), translations=self._translations(language))
        if not self.ok:
            return None
        self._check_language(language, f"{fields['title']} {fields['text']}", "language")
        return Proposal(**fields, location=self.record.location,
                        field_locations=tuple(self.locations.items()))

    def _node(self, key: str) -> Node | None:
        node = self.node.get(key)
        if node is not None:
            self.locations[key] = node.location
        return node

    def _fail(self, where: Location, message: str, code: str) -> None:
        self.ok = False
        if where not in self.loaded:  # e.g. a formula without a result: one error per value
            self.report.add(error(where, message, code))

    def _required(self, key: str, value: str | None) -> str:
        """Return `value`, reporting it as missing or empty when it is None."""
        if value is not None:
            return value
        node = self.node.get(key)
        if node is not None and not isinstance(node, Scalar):
            self.ok = False  # already reported as "must be a text"
        elif node is not None:
            self._fail(node.location, f'"{key}" is empty', "proposal.empty-field")
        elif self.record.from_table:
            self.ok = False  # the missing column was reported once, at the header
        else:
            self._fail(self.record.location, f'missing required key "{key}"',
                       "proposal.missing-field")
        return ""

    def _required_text(self, key: str) -> str:
        node = self._node(key)
        value = self.values.text(node, key)
        if value is not None:  # a bullet or a line break the book would print as typed
            self.report.extend(layout_problems(value, node.location, key))
        return self._required(key, value)

    def _id(self) -> str:
        node = self._node("id")
        value = self._required("id", self.values.code(node, "id"))
        if value and len(value) > MAX_ID_LENGTH:
            self._fail(node.location, f"an id is at most {MAX_ID_LENGTH} characters, but received: "
                       f"{shown(value)}", "proposal.bad-id")
        elif value and not PROPOSAL_ID.match(value):
            hint = as_id(value, lambda typed: bool(PROPOSAL_ID.match(typed)))
            self._fail(node.location, f"id may hold Latin letters, digits, '.', '-' and '_' only, "
                       f"but received: {shown(value)}{f'; {hint.text}' if hint else ''}", "proposal.bad-id")
        elif value in self.seen:
            self._fail(node.location, f"duplicate id {shown(value)}: already used at "
                       f"{self.seen[value]}", "proposal.duplicate-id")
        elif value:
            self.seen[value] = node.location
        return value

    def _reference(self, key: str, allowed: tuple[str, ...] | None, code: str,
                   names: dict[str, str] | None = None) -> str:
        """Return an id that must be one of `allowed` (unchecked if the list itself was bad)."""
        node = self._node(key)
        value = self._required(key, self.values.code(node, key))
        if value and allowed is not None and value not in allowed:
            self._fail(node.location, f"unknown {key}. {expected(allowed, value, names)}", code)
        return value

    def _listed(self, key: str, listed: str, code: str) -> str:
        """Return an id of one of conference.yaml's lists (`listed`: "groups", "directions")."""
        return self._reference(key, self.ids.get(listed), code, self.names.get(listed))

    def _group(self) -> str:
        """Return the group, warning when its intake sheet was made for another group.

        The group column's drop-down offers every group, first the first: a row on G2's sheet
        saying G1 is credited to G1, and is most often that slip.
        """
        group = self._listed("group", "groups", "proposal.unknown-group")
        where = self.node.get("group").location if group else None
        made_for = self.sheets.get(sheet_of(where.cell)) if where is not None and where.cell else None
        if made_for and group != made_for and group in (self.ids.get("groups") or ()):
            named = self.names.get("groups", {}).get(group)
            credited = f"{group} ({named})" if named else group
            self.report.add(warning(where, f"the row is on sheet {shown(sheet_of(where.cell))}, made for group "
                                    f"{made_for}, but its group is {shown(group)}: the proposal is credited to "
                                    f"{credited}; if it is {made_for}'s, choose {made_for} here",
                                    "proposal.group-sheet-mismatch"))
        return group

    def _addressees(self) -> tuple[str, ...]:
        allowed = self.ids.get("addressees")
        found: list[str] = []
        for value, where in self.values.items(self._node("addressees"), "addressees"):
            if allowed is not None and value not in allowed:
                self._fail(where, f"unknown addressee. {expected(allowed, value, self.names.get('addressees'))}",
                           "proposal.unknown-addressee")
            elif value in found:
                self.report.add(warning(where, f"addressee {shown(value)} is listed twice; it is "
                                        "printed once", "proposal.duplicate-value"))
            else:
                found.append(value)
        return tuple(found)

    def _timeframe(self) -> str | None:
        node = self._node("timeframe")
        value = self.values.code(node, "timeframe")
        # exact, as every id and keyword is: "Medium" is an error ending "did you mean 'medium'?"
        if value is not None and value not in TIMEFRAMES:
            self._fail(node.location, f"unknown timeframe. {expected(TIMEFRAMES, value)}",
                       "proposal.bad-timeframe")
            return None
        return value

    def _votes(self) -> int | None:
        node = self._node("votes")
        value = self.values.code(node, "votes")
        if value is None:
            return None
        if not _INTEGER.match(value):
            self._fail(node.location, f"votes must be a whole number, but received: {shown(value)}",
                       "proposal.bad-votes")
            return None
        if len(value.lstrip("+-0")) > len(str(MAX_VOTES)) or int(value) > MAX_VOTES:
            self._fail(node.location, f"votes must be at most {MAX_VOTES:,}, but received: {shown(value)}",
                       "proposal.bad-votes")
            return None
        if int(value) < 0:
            self._fail(node.location, f"votes cannot be negative, but received: {shown(value)}",
                       "proposal.negative-votes")
            return None
        return int(value)

    def _sdgs(self) -> tuple[int, ...]:
        goals: list[int] = []
        for value, where in self.values.items(self._node("sdgs"), "sdgs"):
            if not (value.isascii() and value.isdecimal() and len(value) <= 2) or int(value) not in SDG_GOALS:
                self._fail(where, f"no such SDG: the goals are numbered 1 to 17, but received: "
                           f"{shown(value)}{_sdg_hint(value)}", "proposal.bad-sdg")
            elif int(value) not in goals:
                goals.append(int(value))
        return tuple(goals)

    def _translations(self, language: str) -> tuple[SuppliedTranslation, ...]:
        supplied = []
        for lang in LANGUAGES:
            texts = {name: self._translation(name, lang, language) for name in TRANSLATED}
            if any(texts.values()):
                supplied.append(SuppliedTranslation(lang, texts["title"], texts["text"]))
        return tuple(supplied)

    def _check_language(self, language: str, text: str, key: str) -> None:
        """Warn when a text does not look like the language it is said to be in."""
        looks = language_mismatch(language, text)
        if not looks:
            return
        hint = "check which language it is"
        if self.record.code_page and language == "kk" and looks == "Russian":
            hint = ("its Kazakh letters may have been replaced by Russian look-alikes when the "
                    'file was saved in a code page; save it as "CSV UTF-8"')
        self.report.add(warning(self.locations.get(key, self.record.location),
                                f'"{key}" says {language}, but the text looks {looks}; {hint}',
                                "proposal.language-mismatch"))

    def _translation(self, name: str, lang: str, language: str) -> str | None:
        key = f"{name}:{lang}"
        value = self.values.text(self._node(key), key, language=lang)
        if value is not None and lang == language:
            self.report.add(warning(self.node.get(key).location, f'"{key}" is not read: the '
                                    f"proposal itself is written in {lang}",
                                    "proposal.own-language-translation"))
            return None
        if value is not None:
            self._check_language(lang, value, key)
            self.report.extend(layout_problems(value, self.node.get(key).location, key))
        return value

"""Read and write inputs/editions.yaml: the recommendation numbers each released edition froze.

`recbook release` writes the file; the secretariat commits it, because partners
cite these numbers. Every later build reads it (localize keeps the numbers).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Report, error
from .nodes import Map, Node, Scalar, Seq, kind
from .yaml_reader import read_yaml

if TYPE_CHECKING:  # imported on first use (recbook.model): a project without editions.yaml makes none
    from ..model import Edition

EDITIONS_FILE = "inputs/editions.yaml"
_NUMBER = re.compile(r"[1-9][0-9]*\.[1-9][0-9]*")
_KEYS = ("edition", "date", "final", "numbers", "withdrawn", "wording", "titles")
_TITLE = re.compile(r".+", re.DOTALL)
HEADER = ("# Recommendation numbers of the released editions, written by `recbook release`.\n"
          "# Keep this file in git: partners cite these numbers. Edit it only to undo a release.\n")


def read_editions(project: Path, report: Report) -> tuple[Edition, ...]:
    """Return the released editions in number order (none when the file does not exist)."""
    path = project / EDITIONS_FILE
    if not path.exists():
        return ()
    root = read_yaml(path, report, EDITIONS_FILE)
    if root is None or isinstance(root, Scalar) and root.value is None:
        return ()
    if not isinstance(root, Seq):
        report.add(error(root.location, f"expected a list of editions, but found {kind(root)}", "editions.syntax"))
        return ()
    editions = [e for e in (_edition(item, report) for item in root.items) if e is not None]
    return _checked_order(editions, report)


def _edition(node: Node, report: Report) -> Edition | None:
    """Return one edition, or None after reporting what is wrong with it."""
    if not isinstance(node, Map):
        report.add(error(node.location, f"an edition must be a mapping, but found {kind(node)}", "editions.syntax"))
        return None
    before = len(report.errors)
    unknown = [k for k in node.keys() if k.value not in _KEYS]
    for key in unknown:
        report.add(error(key.location, f"unknown key {key.value!r}; expected one of: {', '.join(_KEYS)}",
                         "editions.syntax"))
    number = _scalar(node, "edition", r"[1-9][0-9]*", "a whole number from 1", report)
    date = _date(node, report)
    final = _scalar(node, "final", r"true|false", "true or false", report)
    numbers, withdrawn = _mapping(node, "numbers", _NUMBER, report), _mapping(node, "withdrawn", _NUMBER, report)
    wording = _mapping(node, "wording", re.compile(r"[0-9a-f]{16}"), report)
    titles = _titles(node, report)
    _unique_numbers(node, report)
    if len(report.errors) > before or None in (number, date, final):
        return None
    from ..model import Edition

    return Edition(int(number), date, final == "true", numbers, withdrawn, wording, titles, node.location,
                   node.get("date").location)


def _titles(node: Map, report: Report) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """Return the printed titles by language (a record made before they were kept has none)."""
    value = node.get("titles")
    if value is None or isinstance(value, Scalar) and value.value is None:
        return ()
    if not isinstance(value, Map):
        report.add(error(value.location, f"titles: expected a mapping of languages, but found {kind(value)}",
                         "editions.syntax"))
        return ()
    return tuple((lang.value, _mapping(value, lang.value, _TITLE, report)) for lang, _ in value.entries)


def _scalar(node: Map, key: str, pattern: str, expected: str, report: Report) -> str | None:
    value = node.get(key)
    if not isinstance(value, Scalar) or value.value is None or not re.fullmatch(pattern, value.value):
        where = value.location if value is not None else node.location
        shown = value.value if isinstance(value, Scalar) else None
        report.add(error(where, f"{key}: expected {expected}, but received: {shown!r}", "editions.syntax"))
        return None
    return value.value


def _date(node: Map, report: Report) -> dt.date | None:
    text = _scalar(node, "date", r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "a date such as 2025-09-26", report)
    try:
        return None if text is None else dt.date.fromisoformat(text)
    except ValueError:
        report.add(error(node.get("date").location, f"date: no such day: {text}", "editions.syntax"))
        return None


def _mapping(node: Map, key: str, pattern: re.Pattern, report: Report) -> tuple[tuple[str, str], ...]:
    """Return a mapping of recommendation ids to numbers (or hashes), reporting bad values."""
    value = node.get(key)
    if value is None or isinstance(value, Scalar) and value.value is None:
        return ()
    if not isinstance(value, Map):
        report.add(error(value.location, f"{key}: expected a mapping of recommendation ids, "
                         f"but found {kind(value)}", "editions.syntax"))
        return ()
    pairs = []
    for k, v in value.entries:
        if not isinstance(v, Scalar) or v.value is None or not pattern.fullmatch(v.value):
            shown = v.value if isinstance(v, Scalar) else kind(v)
            report.add(error(v.location, f"{key}: {k.value}: unexpected value {shown!r}", "editions.syntax"))
        else:
            pairs.append((k.value, v.value))
    return tuple(pairs)


def _unique_numbers(node: Map, report: Report) -> None:
    """Report a number given to two recommendations in one edition (a hand edit gone wrong).

    At the second one's value, naming the first one's line: the edition's start is lines away from
    either in a book of hundreds of numbers.
    """
    owner: dict[str, tuple[str, Node]] = {}
    for key in ("numbers", "withdrawn"):
        value = node.get(key)
        for k, v in value.entries if isinstance(value, Map) else ():
            if not isinstance(v, Scalar) or v.value is None or not _NUMBER.fullmatch(v.value):
                continue  # reported by _mapping
            if v.value in owner:
                first, first_node = owner[v.value]
                report.add(error(v.location, f"number {v.value} is given to both {first} (line "
                                 f"{first_node.location.line}) and {k.value}", "editions.syntax"))
            owner.setdefault(v.value, (k.value, v))


def _checked_order(editions: list[Edition], report: Report) -> tuple[Edition, ...]:
    """Return the editions if numbered 1, 2, 3 … in order; report the first that is not."""
    for expected, edition in enumerate(editions, start=1):
        if edition.number != expected:
            report.add(error(edition.location, f"edition {edition.number} should be edition {expected}: "
                             "editions are numbered 1, 2, 3 … in order", "editions.order"))
            return ()
    for before, edition in zip(editions, editions[1:]):
        # a --date typo (2020 for 2026) froze an edition dated before the one it follows (qa s21)
        if edition.date < before.date:
            report.add(error(edition.date_location or edition.location,
                             f"edition {edition.number} is dated {edition.date.isoformat()}, before edition "
                             f"{before.number} of {before.date.isoformat()}: editions follow each other in time",
                             "editions.order"))
    return tuple(editions)


def dated_before_conference(editions, conference_date: dt.date) -> list:
    """Return a problem for each edition dated before the conference: an error for a final one, else a warning.

    A draft edition may go to the moderators before the conference; the final one records what it adopted.
    """
    from ..diagnostics import warning

    return [(error if e.final else warning)(
        e.date_location or e.location, f"edition {e.number} is dated {e.date.isoformat()}, before the conference "
        f"({conference_date.isoformat()}){'; a final edition records what the conference adopted' if e.final else ''}",
        "editions.date") for e in editions if e.date < conference_date]


def editions_text(editions: tuple[Edition, ...]) -> str:
    """Return inputs/editions.yaml for these editions (the same bytes for the same editions)."""
    out = [HEADER]
    for e in editions:
        out.append(f"- edition: {e.number}\n  date: {e.date.isoformat()}\n  final: {str(e.final).lower()}\n")
        for key, pairs in (("numbers", e.numbers), ("withdrawn", e.withdrawn), ("wording", e.wording)):
            out.append(f"  {key}:{' {}' if not pairs else ''}\n")
            out.extend(f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}\n" for k, v in pairs)
        if e.titles:
            out.append("  titles:\n")
            for lang, pairs in e.titles:
                out.append(f"    {lang}:\n")
                out.extend(f"      {json.dumps(k, ensure_ascii=False)}: {_quoted(v)}\n" for k, v in pairs)
    return "".join(out)


def _quoted(text: str) -> str:
    """Return `text` as a YAML double-quoted string on one line, readable in git (Cyrillic kept).

    JSON's quoting is YAML's, but leaves C1 controls and U+2028 as they are, which YAML reads as
    line breaks or refuses: those (and anything else unprintable) are escaped as YAML spells them.
    """
    return "".join(c if c.isprintable() else f"\\U{ord(c):08x}" if ord(c) > 0xFFFF else f"\\u{ord(c):04x}"
                   for c in json.dumps(text, ensure_ascii=False))

"""The two slips a paste leaves in decisions.yaml, read through with a warning at their place.

- A line copied from review.csv in a spreadsheet starts with the "'" that keeps its "- " from
  running as a formula (render/csv_safe.py): `'- {merge: …}`. YAML reads that "'" as the start of
  a quoted text that never ends, and the file as a syntax error.
- A project made before `recbook init` wrote a decisions.yaml of comments only holds a "[]" line
  (an empty list): the lines pasted after it, as review.html says, are a second list in one file.

Neither can mean anything else at the start of a line (YAML refuses both), so each is read as the
secretariat meant it and named with what to do. The mend keeps every line and column: "'- " is
read as "-  " and "[]" as two spaces. Only a line's first column is looked at: a "'-" inside an
edit's text (indented under its key) is the text's own. `recbook review import`, which writes
into the file, takes the "'" off (unquoted); it leaves the "[]" line for the secretariat to delete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import Location, Report, warning

_QUOTED_ITEM = re.compile(r"^'-(?=[ \t])", re.MULTILINE)
_EMPTY_LIST = re.compile(r"^\[[ \t]*\](?=[ \t]*(?:#[^\n]*)?\r?$)", re.MULTILINE)
_ITEM = re.compile(r"^'?-[ \t]", re.MULTILINE)


@dataclass(frozen=True)
class Slip:
    """One slip: where it stands, what it is read as, and its diagnostic's code and message."""

    start: int  # offset in the text
    end: int
    mended: str  # what the reader reads instead, as long as the slip
    line: int
    code: str
    message: str
    fix: str  # what the secretariat does about it, for a command that cannot read past it


def slips(text: str) -> list[Slip]:
    """Return the slips in decisions.yaml's `text`, in the order they stand."""
    found = [Slip(m.start(), m.end(), "- ", _line(text, m.start()), "decisions.csv-quote",
                  "the line starts with the \"'\" a spreadsheet shows before review.csv's decision lines (so "
                  "that they do not run as formulas); it is read without it: remove the \"'\"",
                  "remove the \"'\" this line starts with")
             for m in _QUOTED_ITEM.finditer(text)]
    if _ITEM.search(text):  # "[]" alone is a list of no decisions, as an earlier init wrote it
        found += [Slip(m.start(), m.end(), " " * (m.end() - m.start()), _line(text, m.start()),
                       "decisions.empty-list", "\"[]\" is an empty list, and the decisions below it are a list "
                       "of their own: it is read as nothing; delete the \"[]\" line", "delete the \"[]\" line")
                  for m in _EMPTY_LIST.finditer(text)]
    return sorted(found, key=lambda slip: slip.start)


def mend(text: str, path: str, report: Report) -> str:
    """Return `text` with its slips read as meant, a warning for each at its line."""
    found = slips(text)
    for slip in reversed(found):
        text = text[:slip.start] + slip.mended + text[slip.end:]
    report.extend(warning(Location(path, slip.line, 1), slip.message, slip.code) for slip in found)
    return text


def unquoted(text: str) -> tuple[str, list[int]]:
    """Return `text` without the "'" that starts a pasted review.csv line, and the lines it was taken from.

    For a writer (review import): the line then says what the reader already read, as the warning asks.
    """
    lines = [_line(text, m.start()) for m in _QUOTED_ITEM.finditer(text)]
    return _QUOTED_ITEM.sub("-", text), lines


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1

"""Say when an XLSX cell's text field would print otherwise than Excel shows it (RELIABILITY.md 5).

A number cell holds a value and a format: Excel shows 0.25 under "0%" as "25%", a
logical value as TRUE (ИСТИНА in a Russian Excel), 1e20 as "1E+20"; the reader reads the
value. In a text field (title, text, addressees…) what the secretariat saw must be what
the book prints, so:
- where the shown text is exact whatever the viewer's locale ("25%", "25 чел."), it is
  what is read, and a warning says so;
- otherwise (separators the viewer's Excel sets, a format number_format.py cannot show,
  a logical value, scientific notation, a float's digits past Excel's 15) the value is
  read as before, and a warning
  names what Excel shows and how to make it print so (type it as text).
Numeric fields (`PROPOSAL_NUMBERS`: votes, SDGs) read the number: its format is a view.
Ids and codes (`PROPOSAL_CODES`: id, group, direction, language, timeframe) keep the value as stored
too, with the warning: "007" shown for 7 would rename R-7 and leave decisions about it stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Report, warning
from .fields import PROPOSAL_KEYS, PROPOSAL_NUMBERS
from .nodes import Scalar
from .number_format import is_general, shown_number
from .records import Row, column_name

_AS_TEXT = "type it as text (start with ') to print it as shown"
PROPOSAL_CODES = frozenset({"id", "group", "direction", "language", "timeframe"})


@dataclass(frozen=True)
class ShownNote:
    """How a number or logical cell shows in Excel beside what is read from it."""

    read: str  # the value as read (Python's text of the number, TRUE/FALSE)
    message: str  # the warning's text, for a text field
    shown: str | None = None  # the exact shown text, read instead of `read` in a text field


def shown_note(value: object, number_format: str | None, read: str) -> ShownNote | None:
    """Return the note for a cell whose value Excel shows otherwise than `read`, or None."""
    if isinstance(value, bool):
        return ShownNote(read, f"cell holds the logical value {read} (Excel shows it in its own "
                         f"language, ИСТИНА or ЛОЖЬ in Russian), which is read as the text \"{read}\"; "
                         + _AS_TEXT)
    if not isinstance(value, (int, float)):
        return None
    if is_general(number_format):
        if isinstance(value, float) and "e" not in read and _significant(read) > 15:
            return ShownNote(read, f'cell shows "{value:.15g}" (with your Excel\'s decimal separator: Excel '
                             f"shows 15 digits) but holds {read}, which is what is read; {_AS_TEXT}")
        if "e" not in read:
            return None
        mantissa, _, power = f"{value:.5E}".partition("E")
        shown = f"{mantissa.rstrip('0').rstrip('.')}E{power[0]}{power[1:].lstrip('0').rjust(2, '0')}"
        return ShownNote(read, f'cell shows "{shown}" (scientific notation) but holds {read}, which is '
                         f"what is read; {_AS_TEXT}")
    shown = shown_number(value, number_format)
    if shown is None:
        return ShownNote(read, f'cell is shown with the number format "{number_format}" but holds '
                         f"{read}, which is what is read; {_AS_TEXT}")
    if shown.text == read:
        return None
    if shown.local:
        return ShownNote(read, f'cell shows "{shown.text}" (with the separators your Excel uses) but '
                         f"holds {read}, which is what is read; {_AS_TEXT}")
    return ShownNote(read, f'cell shows "{shown.text}" (number format "{number_format}") and holds '
                     f'{read}; "{shown.text}", as shown, is what is read', shown.text)


def _significant(read: str) -> int:
    """Return how many significant digits a number's text has ("0.30000000000000004" → 17)."""
    return len(read.lstrip("-").replace(".", "").lstrip("0"))


def apply_notes(header: Row, rows: list[tuple[int, Row]], notes: dict[tuple[int, int], ShownNote],
                report: Report) -> list[Row]:
    """Return the data rows with each text field's note applied: warned, and its shown text read if exact.

    `rows` are (row number, row) pairs; `notes` are keyed by (row number, 1-based column).
    """
    first: dict[str, int] = {}  # a repeated column is not read (records.header_columns): its first only
    for index, cell in enumerate(header.cells, start=1):
        first.setdefault(column_name(cell), index)
    text_columns = {index for name, index in first.items()
                    if name in PROPOSAL_KEYS and name not in PROPOSAL_NUMBERS}
    codes = {index for name, index in first.items() if name in PROPOSAL_CODES}
    result = []
    for number, row in rows:
        cells = list(row.cells)
        for col in text_columns:
            note = notes.get((number, col))
            if note is None or col > len(cells):
                continue
            cell = cells[col - 1]
            if col in codes and note.shown is not None:  # an id that others refer to keeps what it held
                report.add(warning(cell.location, f'cell shows "{note.shown}" but holds {note.read}, which is '
                                   f"what is read: ids and codes are read as stored; {_AS_TEXT}", "xlsx.shown-value"))
                continue
            report.add(warning(cell.location, note.message, "xlsx.shown-value"))
            if note.shown is not None:
                cells[col - 1] = Scalar(note.shown, cell.location)
        result.append(Row(row.location, tuple(cells)))
    return result

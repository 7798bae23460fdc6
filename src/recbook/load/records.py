"""Raw input records and the header rules every table (CSV sheet or XLSX sheet) follows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Literal, Mapping

from ..diagnostics import Location, Report, error, warning
from .fields import PROPOSAL_KEYS, PROPOSAL_REQUIRED, expected
from .nodes import Map, Node, Scalar

SourceKind = Literal["yaml", "csv", "xlsx"]


@dataclass(frozen=True)
class RawRecord:
    """One proposal as read: a YAML item or a table row, not yet validated."""

    node: Node  # a Map for table rows; whatever the YAML item was otherwise
    location: Location  # the item, or the row (its first physical line / its id cell)
    kind: SourceKind
    code_page: str | None = None  # "cp1251" when a CSV was not UTF-8

    @property
    def from_table(self) -> bool:
        """Return whether the record is a table row (its header was already checked)."""
        return self.kind != "yaml"


@dataclass(frozen=True)
class Row:
    """One table row: where it starts and its cells (None for an empty cell)."""

    location: Location
    cells: tuple[Scalar, ...]


def column_name(header: Scalar) -> str | None:
    """Return a header cell as a key: trimmed, lower case (`Title:KK` → `title:kk`)."""
    return column_key(header.value)


def column_key(value: str | None) -> str | None:
    """Return a header value as a key, without its spaces, in lower case; None when it is blank."""
    if value is None or not value.strip():
        return None
    return "".join(value.split()).lower()


def header_columns(header: tuple[Scalar, ...], report: Report,
                   filled: Mapping[int, int] | None = None) -> dict[int, str]:
    """Return {column index: key} for the columns to read, reporting the others once.

    `filled`: {column index: its non-empty cells below the header}, so that the warning at an
    unread column's header also says how many values under it are not read (none silently dropped).
    """
    filled = filled or {}
    columns: dict[int, str] = {}
    first: dict[str, tuple[Scalar, int]] = {}
    for index, cell in enumerate(header):
        name = column_name(cell)
        if name is None:
            continue
        if name in first:
            report.add(error(cell.location, f'column {_place(cell, index)} repeats "{name}" '
                             f"(first in column {_place(*first[name])}); only the first is read",
                             "table.duplicate-column"))
        elif name not in PROPOSAL_KEYS:
            count = filled.get(index, 0)
            values = f", nor the {count} value{'s' if count != 1 else ''} under it" if count else ""
            # quoted as written: the key is its lower case without spaces, which the user never typed
            report.add(warning(cell.location, f"column {_place(cell, index)} is not read{values}. "
                               + expected(PROPOSAL_KEYS, name, written=cell.value.strip()), "table.unknown-column"))
            first[name] = (cell, index)
        else:
            first[name] = (cell, index)
            columns[index] = name
    _missing_columns(header, set(columns.values()), report)
    return columns


def _missing_columns(header: tuple[Scalar, ...], present: set[str], report: Report) -> None:
    """Report each required column the header lacks (once per table, not per row)."""
    where = header[0].location if header else None
    for name in PROPOSAL_REQUIRED:
        if name not in present:
            report.add(error(where, f'required column "{name}" is missing from the header row',
                             "table.missing-column"))


def _only_id_message(value: str) -> str:
    """Return what a row holding only its id cell is said to be.

    A note below the table (`Составил: секретарь …`, `Итого`) is no id: calling it one sent the
    secretariat looking for a proposal (qainput s23). An id is one word, with a digit or in Latin letters
    (`G1-10`, `Г1-10` mistyped; not `Итого`).
    """
    if _id_like(value):
        return f"the row holds only an id ({value!r}), so it is not read: fill the row in, or delete it"
    return (f"the row holds only {value!r} in the id column (a note below the table?), so it is not read: "
            "a proposal fills the whole row")


def _id_like(value: str) -> bool:
    """Return whether a cell of the id column reads as an id: one word, with a digit or in Latin letters."""
    word = value.strip()
    return bool(word) and " " not in word and (word.isascii() or any(ch.isdigit() for ch in word))


def _totals_row(row: Row, id_column: int | None, votes_column: int | None) -> bool:
    """Return whether the row is a sum below the table: a word that is no id (`Итого`) and a number of votes.

    Excel's totals row (`Итого` and `=SUM(G2:G40)`) was a bad id and five "is empty" errors (qainput s23).
    """
    if id_column is None or votes_column is None or votes_column >= len(row.cells) or id_column >= len(row.cells):
        return False
    label, votes = row.cells[id_column], row.cells[votes_column]
    return (not _blank(label) and not _id_like(label.value) and not _blank(votes)
            and votes.value.strip().replace(".", "", 1).isdigit()
            and all(_blank(cell) for i, cell in enumerate(row.cells) if i not in (id_column, votes_column)))


def _place(cell: Scalar, index: int) -> str:
    """Return how to name a header column in a message: its XLSX letter, or its number."""
    if cell.location.cell:
        return "".join(ch for ch in cell.location.cell.rsplit("!", 1)[1] if ch.isalpha())
    return str(index + 1)


def row_records(header: tuple[Scalar, ...], rows: Iterable[Row], kind: SourceKind,
                report: Report, code_page: str | None = None) -> list[RawRecord]:
    """Return one record per non-empty row; values under no known column are reported."""
    rows = list(rows)
    filled = Counter(i for row in rows for i, cell in enumerate(row.cells[:len(header)]) if not _blank(cell))
    columns = header_columns(header, report, filled)
    named = {i for i, cell in enumerate(header) if column_name(cell)}
    id_column = next((i for i, name in columns.items() if name == "id"), None)
    votes_column = next((i for i, name in columns.items() if name == "votes"), None)
    records = []
    for row in rows:
        if all(_blank(cell) for cell in row.cells):
            continue  # empty rows carry nothing, so skipping them loses nothing
        if _only_id(row, id_column):
            # a row numbered in advance carries no proposal either: one line says so, where five
            # "is empty" errors (group, direction, language, title, text) buried the real problems
            cell = row.cells[id_column]
            report.add(warning(cell.location, _only_id_message(_short(cell.value)), "table.id-only-row"))
            continue
        if _totals_row(row, id_column, votes_column):
            label, votes = row.cells[id_column], row.cells[votes_column]
            report.add(warning(label.location, f"the row holds only {_short(label.value)!r} and {votes.value} votes "
                               "(a totals row below the table?), so it is not read: a proposal fills the whole row",
                               "table.id-only-row"))
            continue
        for index, cell in enumerate(row.cells):
            if index not in named and not _blank(cell):
                report.add(error(cell.location, f'value "{_short(cell.value)}" is in a column '
                                 "without a header, so it is not read", "table.unnamed-column"))
        entries = tuple((Scalar(name, header[i].location), _cell(row, i))
                        for i, name in columns.items())
        records.append(RawRecord(Map(entries, row.location), row.location, kind, code_page))
    return records


def _only_id(row: Row, id_column: int | None) -> bool:
    """Return whether the row's one written cell is its id."""
    return (id_column is not None and id_column < len(row.cells) and not _blank(row.cells[id_column])
            and all(_blank(cell) for i, cell in enumerate(row.cells) if i != id_column))


def _cell(row: Row, index: int) -> Scalar:
    """Return the row's cell at `index`, empty when the row is shorter than the header."""
    if index < len(row.cells):
        return row.cells[index]
    return Scalar(None, row.location)


def _blank(cell: Scalar) -> bool:
    return cell.value is None or not cell.value.strip()


def _short(value: str | None, limit: int = 40) -> str:
    """Return a value cut for a message (the full value stays in the file)."""
    text = (value or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class RawProject:
    """Everything read from inputs/, before validation."""

    conference: Node | None  # None when conference.yaml is missing or unreadable
    conference_path: str  # as printed in diagnostics, relative to the project
    proposals: tuple[RawRecord, ...]  # in file-name order, then file order
    files: tuple[str, ...] = ()  # the proposal files read

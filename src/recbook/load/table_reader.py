"""Read proposal tables: CSV (UTF-8, UTF-16 or an Excel code page; `,` `;` or tab) and XLSX.

CSV rules: the encoding is UTF-8 (BOM optional), UTF-16 with a BOM, or — only
when the bytes are not UTF-8 and read as Russian/Kazakh text — Windows-1251,
or KZ-1048, which is then reported as a warning. The header is found as in an
XLSX sheet (sheet_header.py): the first of the first non-empty lines that names
a required column, each non-empty line above it (a title, as the CSV Excel saves
from a sheet with a title row) named in a warning as not read; when none does,
the first non-empty line is the header (its missing columns are errors). The
delimiter is the one of `;`, `,` and tab that splits the header line into the
most columns (an Excel `sep=X` first line wins). Quoted fields may hold delimiters and newlines; a
row's location is the physical line it starts on, and each cell's the line and
column where it begins (`path:line:col`, as an editor opens it).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..diagnostics import Location, Report, error, warning
from ..file_memo import reuse_reading
from ..code_pages import code_page_name
from .decoding import decode_table, read_input
from .nodes import Scalar
from .records import RawRecord, Row, row_records
from .sheet_header import HEADER_SEARCH_ROWS, header_index, names_a_column, report_above

DELIMITERS = (",", ";", "\t")
_UNICODE = ("utf-8", "utf-8-sig", "utf-16")


def read_table(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Return the proposal records of a .csv or .xlsx file (nothing if it cannot be read).

    An unchanged file's records and diagnostics come from the user cache (recbook/file_memo.py).
    """
    return reuse_reading("table", path, display, lambda scratch: _read_table(path, display, scratch), report)


def _read_table(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Read one .csv or .xlsx file."""
    if path.suffix.lower() == ".xlsx":
        from .xlsx_reader import read_xlsx  # openpyxl is slow to import; only load it when needed

        return read_xlsx(path, display, report)
    return read_csv(path, display, report)


def read_csv(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Return the records of a CSV file, reporting encoding, syntax and header problems."""
    data = read_input(path, display, report)
    if data is None:
        return []
    decoded = decode_table(data, display, report)
    if decoded is None:
        return []
    text, codec = decoded
    code_page = None if codec in _UNICODE else codec
    if code_page:
        report.add(warning(Location(display), f"read as {code_page_name(code_page)} (Excel's plain "
                           '"CSV"), not UTF-8: this encoding cannot hold Kazakh letters other '
                           'than і; save the file as "CSV UTF-8"', "csv.encoding"))
    rows, delimiter = _parse(text, display, report)
    # blank lines (or only delimiters) hold nothing: skipped above the header, as in an XLSX sheet
    filled = [at for at, row in enumerate(rows) if any(cell.value is not None for cell in row.cells)]
    if not filled:
        report.add(warning(Location(display), "the file has no header row and no proposals",
                           "load.empty-file"))
        return []
    numbered = [(rows[at].location.line, rows[at]) for at in filled]
    index = header_index(numbered)
    if index is None:
        index = 0  # no title above a header that names none of the columns: the errors say which
    else:
        report_above(numbered, index, "csv", report)
    header = filled[index]
    body = [row for row in rows[header + 1:] if not _extra_fields(row, rows[header], delimiter, report)]
    return row_records(rows[header].cells, body, "csv", report, code_page)


def _extra_fields(row: Row, header: Row, delimiter: str, report: Report) -> bool:
    """Report a row with values past the header's last column, and return True: the row is not read.

    In a CSV written by hand or by a script, that is a delimiter typed unquoted inside a text
    ("Текст с запятой, которая…"): every later field moves one column right, and reading the row
    gave an error per moved value (an addressee "которая…", a timeframe "gov") that never named
    the cause. One error names the extra values and the likely cause instead.
    """
    width = len(header.cells)
    extra = [cell for cell in row.cells[width:] if cell.value is not None]
    if not extra:
        return False
    count = max(i for i, cell in enumerate(row.cells, start=1) if cell.value is not None)
    values = ", ".join(repr(_short(cell.value)) for cell in extra)
    shown = {",": "a comma", ";": "a semicolon", "\t": "a tab"}[delimiter]
    report.add(error(extra[0].location, f"the row has {count} fields, the header {width} columns: the extra "
                     f"value{'s' if len(extra) > 1 else ''} {values} {'are' if len(extra) > 1 else 'is'} past "
                     f'the last column. Probably {shown} ("{delimiter}") inside a text is not in quotes, so '
                     "every field after it moved one column right; put that text in double quotes, or save the "
                     "file from Excel; the row is not read", "csv.extra-field"))
    return True


def _short(value: str, limit: int = 40) -> str:
    """Return a value cut for a message (the full value stays in the file)."""
    text = value.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _parse(text: str, path: str, report: Report) -> tuple[list[Row], str]:
    """Return the rows of CSV text with the line each starts on (a syntax error ends the file), and the delimiter."""
    first_line, _, rest = text.partition("\n")
    skipped = 0
    delimiter = _excel_sep(first_line)
    if delimiter:
        text, skipped = rest, 1
    else:
        delimiter = header_delimiter(text)
    lines = io.StringIO(text, newline="").readlines()  # the physical lines the reader counts
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[Row] = []
    while True:
        first = reader.line_num
        start = first + 1 + skipped
        try:
            cells = next(reader)
        except StopIteration:
            return rows, delimiter
        except csv.Error as exc:
            opened = _unclosed_quote("".join(lines[first:]), delimiter)
            if opened is None:
                report.add(error(Location(path, start), f"CSV cannot be read from here on: {exc} "
                                 "(a quote is probably never closed)", "csv.syntax"))
            else:  # at the quote itself: the row's line alone left a row of long texts to search
                report.add(error(Location(path, start + opened[0], opened[1]), "CSV cannot be read from here on: "
                                 f"the quote that opens this field is never closed ({exc})", "csv.syntax"))
            return rows, delimiter
        where = Location(path, start)
        starts = field_starts("".join(lines[first:reader.line_num]), delimiter)
        if len(starts) != len(cells):  # cannot happen for what the reader accepted; the row's line then
            starts = [(0, None)] * len(cells)
        rows.append(Row(where, tuple(Scalar(c if c.strip() else None, where.at(start + line, col))
                                     for c, (line, col) in zip(cells, starts))))


def _unclosed_quote(raw: str, delimiter: str) -> tuple[int, int] | None:
    """Return (lines after the row's first, 1-based column) of the quote that opens the last field of `raw`
    (the rest of the file from the row the reader failed on), when that field starts with one."""
    line, col = field_starts(raw, delimiter)[-1]
    physical = raw.splitlines(keepends=True)
    if col is None or line >= len(physical) or physical[line][col - 1:col] != '"':
        return None
    after = "".join(physical[line:])[col:].replace('""', "")  # its text on, quotes doubled inside it aside
    return (line, col) if '"' not in after else None  # closed: the reader failed on something else


def field_starts(raw: str, delimiter: str) -> list[tuple[int, int | None]]:
    """Return where each field of one CSV row begins: (lines after the row's first, 1-based column).

    The csv module gives no positions, so the row's own text is walked by its rules (a field that
    begins with a quote runs to a quote not doubled, delimiters and newlines inside it included):
    a diagnostic then points at the cell, `path:line:col`, as an editor opens it.
    """
    starts: list[tuple[int, int | None]] = [(0, 1)]
    line, col, quoted, opening = 0, 1, False, True
    index = 0
    while index < len(raw):
        char = raw[index]
        if quoted and char == '"' and raw[index + 1:index + 2] == '"':
            index, col = index + 1, col + 1  # a doubled quote inside a quoted field
        elif char == '"' and (quoted or opening):
            quoted = not quoted
        elif char == delimiter and not quoted:
            starts.append((line, col + 1))
        opening = char == delimiter and not quoted
        if char == "\n" or (char == "\r" and raw[index + 1:index + 2] != "\n"):
            line, col = line + 1, 0
        col, index = col + 1, index + 1
    return starts


def _excel_sep(line: str) -> str | None:
    """Return X for Excel's `sep=X` first line, else None."""
    line = line.rstrip("\r")
    if line.lower().startswith("sep=") and len(line) == 5:
        return line[4]
    return None


def header_delimiter(text: str) -> str:
    """Return the delimiter of the header line: the first of the first non-empty lines that,
    split by one of the delimiters (the one giving most columns first), names a required column.

    A title line above the header ("Working group 2, session 1", or padded by Excel: "Title;;;;")
    says nothing of the delimiter; without such a header line, the first non-empty line decides.
    """
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
    for line in lines:
        ranked = sorted(DELIMITERS, key=lambda d: (-line.count(d), DELIMITERS.index(d)))
        for delimiter in ranked:
            if line.count(delimiter) and names_a_column(_split(line, delimiter)):
                return delimiter
    return sniff_delimiter(lines[0] if lines else "")


def _split(line: str, delimiter: str) -> list[str]:
    """Return one line's fields (none when the csv module refuses it: the parse reports that)."""
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except csv.Error:  # a field over the csv module's size limit
        return []


def sniff_delimiter(header_line: str) -> str:
    """Return the delimiter that splits the header line into the most columns (`,` on a tie)."""
    return max(DELIMITERS, key=lambda d: (header_line.count(d), -DELIMITERS.index(d)))

"""Write the intake workbook: one sheet per working group, drop-down lists from conference.yaml.

The lists live on a hidden sheet (`LISTS_SHEET`) the proposal reader knows not
to read, and are referenced through workbook names so Excel and LibreOffice
both offer them. Cells are formatted as text, so Excel cannot turn "3.4" into
a date. No formulas: a program that does not calculate would leave them
without the saved result the reader needs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from ..load.fields import PROPOSAL_OPTIONAL, PROPOSAL_REQUIRED
from ..load.lists_sheet import LISTS_COLUMNS, LISTS_SHEET
from ..model import LANGUAGES, TIMEFRAMES, Conference, Named
from ..model.intake_sheets import sheet_title
from .texts import COLUMN_NOTES, SHEET_GROUP_NOTE

COLUMNS: tuple[str, ...] = PROPOSAL_REQUIRED + PROPOSAL_OPTIONAL
LISTED = LISTS_COLUMNS  # columns with a drop-down list, in the order the lists sheet holds them
ROWS = 500  # rows per sheet that carry the drop-down lists
WIDTHS = {"id": 10, "group": 9, "direction": 11, "language": 10, "title": 40, "text": 80,
          "addressees": 24, "timeframe": 12, "votes": 8, "sdgs": 10}
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same conference gives the same bytes
_MODIFIED = re.compile(rb">[^<]*</dcterms:modified>")


def intake_workbook(conference: Conference) -> bytes:
    """Return the intake workbook for `conference` as XLSX bytes."""
    book = Workbook()
    book.remove(book.active)
    lists = {column: f"recbook_{column}" for column in LISTED}  # workbook names of the lists
    for group in conference.groups:
        _group_sheet(book, group, conference, lists)
    _lists_sheet(book, conference, lists)  # last: the workbook opens on the first group's sheet
    stamp = dt.datetime.combine(conference.date, dt.time(0))
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = book.properties.lastModifiedBy = "recbook"
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible(buffer.getvalue(), stamp)


def _lists_sheet(book: Workbook, conference: Conference, lists: dict[str, str]) -> None:
    """Write the hidden sheet of allowed values, each list a workbook name the columns refer to."""
    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    values = {"group": [g.id for g in conference.groups],
              "direction": [d.id for d in conference.directions],
              "addressees": [a.id for a in conference.addressees],
              "language": list(LANGUAGES), "timeframe": list(TIMEFRAMES)}
    for col, column in enumerate(LISTED, start=1):
        items = values[column]
        letter = get_column_letter(col)
        sheet.cell(1, col, column)
        for row, item in enumerate(items, start=2):
            sheet.cell(row, col, item)
        name = lists[column]
        ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(items) + 1}"
        book.defined_names[name] = DefinedName(name, attr_text=ref)


def _group_sheet(book: Workbook, group: Named, conference: Conference, lists: dict[str, str]) -> None:
    """Add the sheet one group fills in: the header, notes, text cells and drop-down lists."""
    sheet = book.create_sheet(sheet_title(group.id, book.sheetnames))
    notes = COLUMN_NOTES[conference.source_language]
    for col, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, col, column)
        cell.font = Font(bold=True)
        note = notes[column].format(group=group.id) + _choices(column, conference)
        if column == "group":  # the sheet's name may not be the group id (sheet_title)
            note = SHEET_GROUP_NOTE[conference.source_language].format(group=group.id) + "\n" + note
        cell.comment = Comment(note, "recbook", width=320, height=160)
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = WIDTHS[column]
        sheet.column_dimensions[letter].number_format = "@"  # text: no dates made of "3.4"
        sheet.column_dimensions[letter].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    for validation in _validations(lists, notes):
        sheet.add_data_validation(validation)


def _choices(column: str, conference: Conference) -> str:
    """Return the ids and names a column may hold, for its note."""
    named = {"group": conference.groups, "direction": conference.directions,
             "addressees": conference.addressees}.get(column, ())
    return "".join(f"\n{item.id}: {item.text}" for item in named)


def _validations(lists: dict[str, str], notes: dict[str, str]) -> list[DataValidation]:
    """Return the drop-down list of each listed column, and the whole-number rule of votes."""
    found = []
    for column, name in lists.items():
        # several addressees are typed as "a; b": a value off the list is allowed there, with a hint
        several = column == "addressees"
        rule = DataValidation(type="list", formula1=name, allow_blank=True,
                              errorStyle="information" if several else "stop",
                              showErrorMessage=True, showInputMessage=True,
                              prompt=notes[column][:255], error=notes[column][:255])
        rule.add(_column_range(column))
        found.append(rule)
    votes = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                           allow_blank=True, showErrorMessage=True, error=notes["votes"][:255])
    votes.add(_column_range("votes"))
    return found + [votes]


def _column_range(column: str) -> str:
    letter = get_column_letter(COLUMNS.index(column) + 1)
    return f"{letter}2:{letter}{ROWS + 1}"


def _reproducible(data: bytes, stamp: dt.datetime) -> bytes:
    """Return the same zip with fixed entry times and `stamp` as its modified date.

    openpyxl dates the zip entries and docProps' "modified" with the current time on save.
    """
    out = io.BytesIO()
    modified = f">{stamp.isoformat()}Z</dcterms:modified>".encode()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(modified, content)
            target.writestr(entry, content)
    return out.getvalue()

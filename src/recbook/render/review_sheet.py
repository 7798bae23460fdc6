"""Write the secretariat's review spreadsheet (`recbook review export`) as reproducible XLSX bytes.

One sheet, "Review": a row per recommendation, per member of a merged one and
per suggestion; the decision column is a drop-down. Text that looks like a
formula stays text, and the ZIP entries carry a fixed date, so the same merge
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ..model import SHEET_COLUMNS, SHEET_NAME, SheetRow
from ..xlsx_escapes import encode

COLUMNS, SHEET = SHEET_COLUMNS, SHEET_NAME
FILL = PatternFill("solid", fgColor="FFF4CC")  # the columns a person fills in
FIXED = dt.datetime(2000, 1, 1)


def sheet_bytes(rows: Sequence[SheetRow], choices: Sequence[str], headers: Mapping[str, str] | None = None,
                kinds: Mapping[str, str] | None = None) -> bytes:
    """Return the workbook: headers, one row per SheetRow, a drop-down of `choices` in Decision.

    `headers` (field → header) and `kinds` (row kind → word) are the secretariat's words;
    by default the English headers of SHEET_COLUMNS and the kinds as they are.
    """
    headers = {name: (headers or {}).get(name, title) for name, title, _ in COLUMNS}
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    _header(sheet, headers)
    for number, row in enumerate(rows, start=2):
        values = {name: getattr(row, name) for name, _, _ in COLUMNS}
        values["ids"] = ", ".join(row.ids)
        values["kind"] = (kinds or {}).get(row.kind, row.kind)
        for col, (name, _, _) in enumerate(COLUMNS, start=1):
            # a literal "_x000D_" escaped as Excel does, so that review import reads it back as typed
            cell = sheet.cell(row=number, column=col, value=encode(values[name]) or None)
            cell.data_type = "s" if values[name] else cell.data_type  # "=5" stays text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name in ("decision", "reason", "edited_title", "edited_text"):
                cell.fill = FILL
    _drop_down(sheet, len(rows), choices, headers["decision"])
    book.properties.created = book.properties.modified = FIXED
    out = io.BytesIO()
    book.save(out)
    return _fixed_dates(out.getvalue())


def _header(sheet, headers: Mapping[str, str]) -> None:
    for col, (name, _, width) in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=col, value=headers[name]).font = Font(bold=True)
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    sheet.freeze_panes = "D2"


def _drop_down(sheet, count: int, choices: Sequence[str], title: str) -> None:
    column = next(i for i, c in enumerate(COLUMNS, start=1) if c[0] == "decision")
    letter = sheet.cell(row=1, column=column).column_letter
    rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                          showErrorMessage=True, errorTitle=title, error=", ".join(choices))
    sheet.add_data_validation(rule)
    rule.add(f"{letter}2:{letter}{max(count + 1, 2) + 200}")  # room for rows a person adds


def _fixed_dates(data: bytes) -> bytes:
    """Return the ZIP with every entry dated 1980-01-01 (openpyxl stamps the current time)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()

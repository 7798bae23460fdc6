"""Write XLSX files byte by byte for limit tests: huge sheets, lying dimensions, zip bombs.

openpyxl would take minutes (and gigabytes) to write what these tests need, so
a real workbook is saved once and its sheet XML replaced by generated text.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Iterable

import openpyxl

HEADER = ("id", "group", "direction", "language", "title", "text")
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def inline(ref: str, text: str) -> str:
    """Return one inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row() -> str:
    cells = "".join(inline(f"{chr(65 + i)}1", name) for i, name in enumerate(HEADER))
    return f'<row r="1">{cells}</row>'


def write_xlsx(path: Path, rows: Iterable[str], dimension: str = "A1:F1", extra: dict[str, bytes] | None = None,
               compresslevel: int = 6) -> Path:
    """Save a workbook whose first sheet's <sheetData> is `rows` (XML strings, streamed)."""
    base = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.title = "Proposals"
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                          compresslevel=compresslevel) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                    sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'
                                f'<dimension ref="{dimension}"/><sheetData>'.encode())
                    for row in rows:
                        sheet.write(row.encode())
                    sheet.write(b"</sheetData></worksheet>")
            else:
                target.writestr(info, source.read(info))
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return path


def empty_string_cells(count: int, width: int = 1000) -> Iterable[str]:
    """Yield rows holding `count` cells that are empty strings, after the header."""
    yield header_row()
    rows = count // width
    for r in range(2, rows + 2):
        yield f'<row r="{r}">' + "".join(f'<c r="{_col(c)}{r}" t="inlineStr"><is><t></t></is></c>'
                                           for c in range(1, width + 1)) + "</row>"


def _col(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters

"""Make a DOCX zip byte-identical for the same content.

python-docx stamps every zip entry with the current time and writes parts in
the order it met them; Word and LibreOffice do not care, but reproducible
builds do. Here the parts are re-zipped in a fixed order with one fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

# Word reads [Content_Types].xml first; keeping the package "spine" up front and
# everything else sorted gives one order whatever python-docx happened to do.
_FIRST = ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels")

# The DOS epoch: zip cannot store earlier dates, and no time zone leaks in.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZIP_LAST = (2107, 12, 31, 23, 59, 58)


def zip_time(when: dt.datetime | None) -> tuple[int, int, int, int, int, int]:
    """Return the zip entry time for `when` (UTC), or the DOS epoch when unknown."""
    if when is None or when.year < 1980:
        return ZIP_EPOCH
    if when.year > 2107:  # zip stores no later year; SOURCE_DATE_EPOCH may reach 9999
        return ZIP_LAST
    return (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def normalize_zip(data: bytes, date_time: tuple[int, int, int, int, int, int] = ZIP_EPOCH) -> bytes:
    """Return `data` re-zipped with a fixed part order, time and file attributes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist() if not info.is_dir()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(parts, key=_order):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # "MS-DOS": the host OS must not change the bytes
            info.external_attr = 0
            target.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()

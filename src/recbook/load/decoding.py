"""Turn file bytes into text without guessing silently and without ever replacing bytes.

YAML must be UTF-8. Tables may also be UTF-16 (Excel's "Unicode text") or a
Windows code page (Excel's plain "CSV" in a Russian or Kazakh locale). A code
page is accepted only when the result looks like Russian/Kazakh text; anything
else is an error naming the first byte that is not UTF-8. (Mac Cyrillic is not
guessed: it maps every byte 0x80–0x9F to a capital letter, so any binary junk
would pass for text.)
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..code_pages import NAMES
from ..diagnostics import Location, Report, error

# Non-ASCII characters a cp1251 file written by Russian-locale Excel plausibly holds.
_TYPOGRAPHY = set("«»–—№…„“”‘’•°§±\u00a0")
_RUSSIAN = set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІі")
_KAZAKH_EXTRA = set("ӘәҒғҚқҢңӨөҰұҮүҺһ")

CODE_PAGES: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("cp1251", NAMES["cp1251"], frozenset(_TYPOGRAPHY | _RUSSIAN)),
    ("kz1048", NAMES["kz1048"], frozenset(_TYPOGRAPHY | _RUSSIAN | _KAZAKH_EXTRA)),
)
UTF8 = "utf-8"
MAX_TEXT_BYTES = 32 * 1024 * 1024  # a YAML or CSV input; the sample's largest is 30 KB


def read_input(path: Path, display: str, report: Report) -> bytes | None:
    """Return a text input's bytes, or None after reporting why it cannot or should not be read."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            report.add(error(Location(display), f"the file is {size / 2**20:,.0f} MiB, more than the limit of "
                             f"{MAX_TEXT_BYTES // 2**20} MiB for one input; split it", "load.too-large"))
            return None
        return path.read_bytes()
    except OSError as exc:
        report.add(error(Location(display), f"cannot read the file: {exc.strerror}", "load.unreadable"))
        return None


def decode_utf8(data: bytes, path: str, report: Report) -> str | None:
    """Return `data` decoded as UTF-8 (a BOM is dropped), or None after reporting the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.add(error(_byte_location(path, data, exc.start), _utf8_message(data, exc)
                         + '; save the file as UTF-8', "encoding.invalid-utf8"))
        return None


def decode_table(data: bytes, path: str, report: Report) -> tuple[str, str] | None:
    """Return (text, encoding name) for a CSV file, or None after reporting why it is unreadable."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, codec, path, report)
    try:
        return data.decode(UTF8), UTF8
    except UnicodeDecodeError as exc:
        first_error = exc
    for codec, _, allowed in CODE_PAGES:
        text = _plausible(data, codec, allowed)
        if text is not None:
            return text, codec
    report.add(error(_byte_location(path, data, first_error.start),
                     _utf8_message(data, first_error)
                     + ', nor Windows-1251 or KZ-1048 text; save it as "CSV UTF-8"',
                     "encoding.undecodable"))
    return None


def _strict(data: bytes, codec: str, path: str, report: Report) -> tuple[str, str] | None:
    """Decode with a codec chosen by its BOM, reporting the offset of the first bad byte."""
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        report.add(error(_byte_location(path, data, exc.start),
                         f"cannot be decoded as {codec.upper()} (its byte-order mark says so): "
                         f"byte 0x{data[exc.start]:02X} at offset {exc.start} is invalid",
                         "encoding.undecodable"))
        return None


def _plausible(data: bytes, codec: str, allowed: frozenset[str]) -> str | None:
    """Return the text if `codec` decodes it into letters a Kazakh office writes, else None."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if all(ch < "\x80" or ch in allowed for ch in text):
        return text
    return None


def _utf8_message(data: bytes, exc: UnicodeDecodeError) -> str:
    """Describe the first byte that is not UTF-8."""
    return f"not UTF-8: byte 0x{data[exc.start]:02X} at offset {exc.start} cannot be decoded"


def _byte_location(path: str, data: bytes, offset: int) -> Location:
    """Return the location (file and line) of a byte offset."""
    return Location(path, data.count(b"\n", 0, offset) + 1)

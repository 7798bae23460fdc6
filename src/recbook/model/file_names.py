"""What makes an id usable as a file name on every system a secretariat uses.

The conference id names the books (<id>.<lang>.docx) and a group's id its sheet
(groups/<id>.<lang>.html); beside each file recbook briefly writes a temp file and
a backup (recbook.edition). The checks here run at `recbook check`, so an id that
would fail, or overwrite another file, at write time is refused where it is typed.
"""

from __future__ import annotations

import re

from .inputs import LANGUAGES

NAME_MAX_BYTES = 255  # one name on ext4, APFS, NTFS, FAT (UTF-16 units there: never more than UTF-8 bytes)
# the longest name recbook makes beside a target: its backup ".<name>.<12 hex digits>.bak" (recbook.edition)
BESIDE_TARGET = len("..000000000000.bak")
BOOK_SUFFIX = max((f".{lang}.{fmt}" for lang in LANGUAGES for fmt in ("pdf", "docx")), key=len)
SHEET_SUFFIX = max((f".{lang}.html" for lang in LANGUAGES), key=len)
# device names: Windows opens the device, not a file, for these, whatever the case or extension
WINDOWS_RESERVED = re.compile(r"(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?", re.IGNORECASE)


def name_too_long(name: str) -> int | None:
    """Return the bytes of the longest name made beside `name` if over the limit, else None."""
    size = len(name.encode("utf-8")) + BESIDE_TARGET
    return size if size > NAME_MAX_BYTES else None


def id_file_name_problem(id_: str, suffix: str) -> str | None:
    """Return why files named `<id_><suffix>` cannot be written everywhere, else None."""
    if WINDOWS_RESERVED.fullmatch(id_):
        return ("it names files, and Windows reserves it for a device (CON, PRN, AUX, NUL, COM1–COM9, "
                "LPT1–LPT9, in any case, with any extension)")
    if name_too_long(id_ + suffix):
        longest = NAME_MAX_BYTES - BESIDE_TARGET - len(suffix)
        return f"it names files, so it is at most {longest} characters, but it has {len(id_)}"
    return None

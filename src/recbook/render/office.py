"""Find the LibreOffice that lays out the DOCX, and say which one it is (no python-docx here).

The render cache keys every output on `layout_engine()`, so this module is imported by every
build, a PDF-only one too: python-docx and lxml are imported only where a DOCX is made.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

OFFICE_VARIABLE = "RECBOOK_SOFFICE"


def find_office() -> str | None:
    """Return LibreOffice's soffice: $RECBOOK_SOFFICE (empty: none), else the one on PATH, else None."""
    chosen = os.environ.get(OFFICE_VARIABLE)
    if chosen is not None:  # e.g. macOS: /Applications/LibreOffice.app/Contents/MacOS/soffice
        return shutil.which(chosen) if chosen else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def layout_engine() -> str:
    """Return what identifies the LibreOffice that would lay out the DOCX ("none" without one).

    Part of the render key: installing or upgrading LibreOffice changes the stored
    page numbers, so a DOCX built before is not reused. Cheap (no office started).
    """
    office = find_office()
    if office is None:
        return "none"
    program = Path(office).resolve().parent
    digest = hashlib.sha256()
    for name in ("versionrc", "libmergedlo.so"):  # the build id, and the size of the layout code
        path = program / name
        if path.is_file():
            digest.update(path.read_bytes() if name == "versionrc" else str(path.stat().st_size).encode())
    return f"libreoffice:{digest.hexdigest()[:16]}"

"""Page numbers for the stored TOC and page count, read from LibreOffice's layout of the file.

The DOCX is laid out by LibreOffice (headless, private profile, exported to
PDF with every bookmark as a named destination) and pypdf says on which page
each heading's bookmark landed. The numbers the file stores are then the ones
LibreOffice prints, and Word's as far as the fonts match: Times New Roman, or
its metric twin Liberation Serif (fonts-liberation2) where LibreOffice runs.
A layout costs 2-3 s of LibreOffice per output.

Without LibreOffice (or with RECBOOK_SOFFICE set empty) the numbers stay
empty and Word fills them when the file opens (`w:updateFields`); the build
does not fail for it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from ...diagnostics import RecbookError

OFFICE_VARIABLE = "RECBOOK_SOFFICE"
TIMEOUT = 180.0  # seconds for one LibreOffice run; a wedged office must not hang the build
_EXPORT = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'


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


def _pdf_name(bookmark: str) -> str:
    """Return the destination name LibreOffice gives a bookmark ("_" is written as its hex code)."""
    return "/" + bookmark.replace("_", "5F")


def bookmark_pages(data: bytes, office: str, folder: Path) -> tuple[dict[str, int], int]:
    """Return (destination → physical page, page count) of the DOCX `data` as LibreOffice lays it out.

    `folder` is scratch space; its LibreOffice profile is reused by the next layout of the same book.
    """
    (folder / "book.docx").write_bytes(data)
    pdf = folder / "book.pdf"
    pdf.unlink(missing_ok=True)
    profile = (folder / "profile").as_uri()  # private: parallel renders share no lock
    _run([office, f"-env:UserInstallation={profile}", "--headless", "--norestore",
          "--convert-to", _EXPORT, "--outdir", str(folder), str(folder / "book.docx")])
    if not pdf.is_file():
        raise RecbookError(_failed([office], "it wrote no PDF"))
    reader = PdfReader(pdf)
    pages = {name: reader.get_destination_page_number(dest) + 1
             for name, dest in reader.named_destinations.items()}
    return pages, len(reader.pages)


def _run(command: list[str]) -> str:
    """Run LibreOffice; a failure is this output's error, never a traceback."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RecbookError(_failed(command, str(exc))) from exc
    if done.returncode != 0:
        raise RecbookError(_failed(command, done.stderr.strip() or f"exit code {done.returncode}"))
    return done.stdout


def _failed(command: list[str], why: str) -> str:
    return (f"laying out the DOCX with {command[0]} to number its contents failed: {why} "
            f"(set {OFFICE_VARIABLE}= to build it without stored page numbers)")


def page_numbers(data: bytes, bookmarks: list[str], first: str, office: str, folder: Path) -> tuple[dict[str, str], int]:
    """Return (bookmark → printed page number, printed page count), counting from bookmark `first` as 1."""
    pages, count = bookmark_pages(data, office, folder)
    offset = pages.get(_pdf_name(first), 1) - 1  # pages before the one numbered 1 (the cover)
    numbers = {b: str(pages[_pdf_name(b)] - offset) for b in bookmarks if _pdf_name(b) in pages}
    return numbers, count - offset

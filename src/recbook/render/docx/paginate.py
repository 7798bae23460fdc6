"""Page numbers for the stored TOC and page count, read from LibreOffice's layout of the file.

The DOCX is laid out by LibreOffice (headless, private profile, exported to
PDF with every bookmark as a named destination) and pypdf says on which page
each heading's bookmark landed. The numbers the file stores are then the ones
LibreOffice prints, and Word's as far as the fonts match: Times New Roman, or
its metric twin Liberation Serif (fonts-liberation2) where LibreOffice runs.

The first layout is of the whole book (`Pager`). A layout after it, made because
the contents' numbers changed width, lays out only the front part (cover,
imprint, contents: parts.py cuts the book where the body begins, on a page of
its own): a heading's page is then the front part's pages plus its page in the
body as the whole layout had it. The front part laid out alone is checked once
against the whole layout's pages and bookmarks.

LibreOffice lays out a copy without the comments' anchors (`without_comments`):
a comment sits in the margin, outside the pages' flow, so the pages are the same
(the same text on each of 151 and 576 pages, big_book.py's untranslated
250- and 1,000-proposal books), but LibreOffice's cost grows with the square of
the comments: the 1,000-proposal book's 2,000 "not yet translated" notes took
one layout from 8 s to 34 s.

Without LibreOffice (or with RECBOOK_SOFFICE set empty) the numbers stay
empty and Word fills them when the file opens (`w:updateFields`); the build
does not fail for it.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

from ...diagnostics import RecbookError
from ..office import OFFICE_VARIABLE, find_office  # noqa: F401 (find_office: the one rule for the cache key and the layout, tests check it is shared)
from . import parts

# one LibreOffice run may take this share of the output's time limit (`--render-timeout`, 600 s by
# default): a wedged office must not hang the build, but a slow one is given time on a loaded laptop
# (a fixed 180 s failed the 2,000-proposal ru and en DOCX on a machine shared with four others), and
# the run is stopped, with this output's own message, before the build stops the whole worker
OFFICE_SHARE = 0.9
_EXPORT = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
_REFERENCE = qn("w:commentReference")
_ANCHORS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), _REFERENCE)
_STORIES = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")  # where text is anchored


def _pdf_name(bookmark: str) -> str:
    """Return the destination name LibreOffice gives a bookmark ("_" is written as its hex code)."""
    return "/" + bookmark.replace("_", "5F")


@dataclass(frozen=True)
class Layout:
    """What one LibreOffice layout says about the book's pages."""

    numbers: dict[str, str]  # bookmark → printed page number
    count: int  # printed pages (the cover not counted)
    alone: frozenset[str]  # contents entries whose stored number stood on a line of its own
    room: dict[str, int]  # contents entry → the leader dots before its stored number (0 if not seen)


@dataclass(frozen=True)
class _Part:
    """A layout of the whole book or of one part of it (parts.py): its pages, bookmarks and contents."""

    count: int
    marks: dict[str, int]  # destination name → page, from 1
    contents: tuple[str, ...] | None  # the contents' lines, if their heading is in it

    def after(self, pages: int) -> _Part:
        """Return the pages from page `pages` + 1 on, numbered from 1."""
        return _Part(self.count - pages, {n: p - pages for n, p in self.marks.items() if p > pages}, None)

    def before(self, pages: int) -> _Part:
        """Return the first `pages` pages."""
        return _Part(pages, {n: p for n, p in self.marks.items() if p <= pages}, self.contents)

    def then(self, rest: _Part) -> _Part:
        """Return these pages followed by `rest`'s."""
        moved = {n: self.count + p for n, p in rest.marks.items()}
        return _Part(self.count + rest.count, {**self.marks, **moved}, self.contents)


class Pager:
    """Lay a book's DOCX out; when only its front part changed, lay out that part alone.

    The first layout is of the whole book: it says where the body begins (parts.BODY). A later
    one whose body is unchanged (only the contents' numbers changed) lays out the front part
    alone, and with it, once, the front part as the whole book's layout had it: laid out alone,
    its pages and bookmarks must be the whole book's, or the whole book is laid out again.
    `folder` is scratch space; its LibreOffice profile is reused by the next layout of the same book.
    """

    def __init__(self, office: str, folder: Path, marks: tuple[str, str], render_timeout: float) -> None:
        self.office, self.folder, self.render_timeout = office, folder, render_timeout
        self.marks = marks  # the bookmarks of the page numbered 1 and of the contents heading
        self.body: tuple[str, _Part] | None = None  # the body's digest and its pages
        self.unchecked: tuple[bytes, _Part] | None = None  # a front part as the whole book's layout had it

    def page_numbers(self, data: bytes, shown: dict[str, str]) -> Layout:
        """Lay the DOCX out; return its contents entries' printed page numbers.

        `shown` maps each entry's bookmark to the number the DOCX stores for it now.
        """
        copy = without_comments(data)
        cut = parts.cut(copy)
        first_entry = next(iter(shown), None)
        front = self._front(cut, first_entry) if cut is not None and self.body and self.body[0] == cut.body else None
        if front is None:
            whole = self._lay_out([cut.whole if cut is not None else copy], first_entry)[0]
            body = whole.marks.get(_pdf_name(parts.BODY))
            if cut is None or body is None:
                return self._numbers(whole, shown)
            front = whole.before(body - 1)
            self.body = (cut.body, whole.after(body - 1))
            self.unchecked = (cut.front, front)
        return self._numbers(front.then(self.body[1]), shown)

    def _front(self, cut: parts.Cut, first_entry: str | None) -> _Part | None:
        """Return the front part's layout, laid out alone (None if it is not the whole book's)."""
        files = [cut.front] if self.unchecked is None else [cut.front, self.unchecked[0]]
        laid = self._lay_out(files, first_entry)
        if self.unchecked is not None:
            alone, whole = laid[1], self.unchecked[1]  # what the numbers are made of: pages and bookmarks
            if (alone.count, alone.marks) != (whole.count, whole.marks):
                return None
            self.unchecked = None
        return laid[0]

    def _numbers(self, book: _Part, shown: dict[str, str]) -> Layout:
        """Return the printed numbers of the contents entries in the book laid out as `book`."""
        first = book.marks.get(_pdf_name(self.marks[0]), 1)
        numbers = {b: str(book.marks[_pdf_name(b)] - first + 1) for b in shown if _pdf_name(b) in book.marks}
        lines = list(book.contents or ())
        return Layout(numbers, book.count - first + 1, _alone(lines, shown), _room(lines, shown))

    def _lay_out(self, documents: list[bytes], first_entry: str | None) -> list[_Part]:
        """Lay `documents` out with one LibreOffice run; return their layouts (the contents' lines of the first)."""
        files = [self.folder / f"part{index}.docx" for index in range(len(documents))]
        for file, data in zip(files, documents):
            file.write_bytes(data)
            file.with_suffix(".pdf").unlink(missing_ok=True)
        profile = (self.folder / "profile").as_uri()  # private: parallel renders share no lock
        _run([self.office, f"-env:UserInstallation={profile}", "--headless", "--norestore",
              "--convert-to", _EXPORT, "--outdir", str(self.folder), *map(str, files)], self.render_timeout)
        laid = []
        for file in files:
            pdf = file.with_suffix(".pdf")
            if not pdf.is_file():
                raise RecbookError(_failed([self.office], "it wrote no PDF"))
            laid.append(_read(pdf.read_bytes(), self.marks[1] if not laid else None, first_entry))
        return laid


def _read(pdf: bytes, contents: str | None, first_entry: str | None) -> _Part:
    """Return a layout from LibreOffice's PDF of it, with the lines of the contents headed by bookmark `contents`."""
    from pypdf import PdfReader  # only a build that lays the DOCX out needs it

    reader = PdfReader(BytesIO(pdf))
    marks = {name: reader.get_destination_page_number(dest) + 1 for name, dest in reader.named_destinations.items()}
    heading = marks.get(_pdf_name(contents)) if contents else None
    if heading is None:
        return _Part(len(reader.pages), marks, None)
    # the contents run from their heading's page to the page before the first heading they list
    end = marks.get(_pdf_name(first_entry), len(reader.pages) + 1) if first_entry else len(reader.pages) + 1
    lines = [line for i in range(heading - 1, end - 1) for line in reader.pages[i].extract_text().splitlines()]
    return _Part(len(reader.pages), marks, tuple(lines))


def without_comments(data: bytes) -> bytes:
    """Return the DOCX `data` with no comment anchored in its text (the same pages, laid out faster)."""
    with zipfile.ZipFile(BytesIO(data)) as source:
        if "word/comments.xml" not in source.namelist():
            return data
        copy = BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in source.infolist():
                content = source.read(info)
                if _STORIES.fullmatch(info.filename) and b"comment" in content:
                    content = _unanchored(content)
                target.writestr(info.filename, content)
    return copy.getvalue()


def _unanchored(xml: bytes) -> bytes:
    """Return a story's XML without comment ranges and references (the unreferenced comments are ignored)."""
    root = etree.fromstring(xml, etree.XMLParser(huge_tree=True))
    for anchor in list(root.iter(*_ANCHORS)):
        parent = anchor.getparent()
        if anchor.tag == _REFERENCE and all(child.tag in (_REFERENCE, qn("w:rPr")) for child in parent):
            parent.getparent().remove(parent)  # the reference's own run: it prints nothing
        else:
            parent.remove(anchor)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _run(command: list[str], render_timeout: float) -> str:
    """Run LibreOffice within OFFICE_SHARE of the output's time limit; a failure is this output's error."""
    timeout = OFFICE_SHARE * render_timeout
    # a stop (the worker's SIGTERM, Ctrl+C) arriving while LibreOffice starts is held until the `try`
    # that stops it is entered: raised between the start and the `try`, it left LibreOffice running
    held = _hold(_STOP_SIGNALS)
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **_OWN_GROUP)
    except OSError as exc:
        _hold(held, release=True)
        raise RecbookError(_failed(command, str(exc))) from exc
    try:
        _hold(held, release=True)  # a stop held meanwhile is raised here
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _stop_all(process)
        raise RecbookError(_failed(command, f"it took longer than {timeout:.0f} s (a big book on a busy machine: "
                                   f"give it more time with `recbook build --render-timeout {_more(render_timeout)}`)")) from exc
    except BaseException:
        _stop_all(process)  # Ctrl+C: in its own session the office did not get the terminal's signal
        raise
    if process.returncode != 0:
        raise RecbookError(_failed(command, err.strip() or f"exit code {process.returncode}"))
    return out


# LibreOffice's launcher (oosplash) starts soffice.bin, which a plain kill of the launcher leaves running,
# busy and holding its profile: on POSIX the run gets its own process group, stopped whole
_OWN_GROUP: dict = {"start_new_session": True} if os.name == "posix" else {}


_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def _hold(signals: set, release: bool = False) -> set:
    """Block `signals` (release: set the mask back to `signals`, as returned before); return the mask before.
    No signal masks on Windows (and none needed: no session of its own there)."""
    if not hasattr(signal, "pthread_sigmask"):
        return set()
    return signal.pthread_sigmask(signal.SIG_SETMASK if release else signal.SIG_BLOCK, signals)


def _stop_all(process: subprocess.Popen) -> None:
    """Stop a LibreOffice run and every process it started."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    process.communicate()


def _more(render_timeout: float) -> int:
    """Return twice an output's time limit, in round minutes."""
    return 60 * max(1, round(2 * render_timeout / 60))


def _failed(command: list[str], why: str) -> str:
    return (f"laying out the DOCX with {command[0]} to number its contents failed: {why} "
            f"(set {OFFICE_VARIABLE}= to build it without stored page numbers)")


def _alone(lines: list[str], shown: dict[str, str]) -> frozenset[str]:
    """Return the entries whose number stood alone on its line (every entry, when that cannot be told)."""
    found = _number_lines(lines, shown)
    if found is None:
        return frozenset(shown)
    return frozenset(b for b, line in found.items() if re.fullmatch(r"[.\s]*\d+\s*", line))


def _room(lines: list[str], shown: dict[str, str]) -> dict[str, int]:
    """Return the leader dots before each entry's number (none for any, when the entries cannot all be told)."""
    found = _number_lines(lines, shown) or {}
    return {b: re.search(r"[.\s]*\d+\s*$", line).group().count(".") for b, line in found.items()}


def _number_lines(lines: list[str], shown: dict[str, str]) -> dict[str, str] | None:
    """Return each entry's last line, or None when they cannot all be found.

    Entries end, in order, with the line that ends in their stored number after a leader, a space,
    or, when the title fills the line up to the number, its last letter.
    """
    entries = list(shown.items())
    found: dict[str, str] = {}
    for line in lines:
        if len(found) < len(entries) and re.search(rf"\D{re.escape(entries[len(found)][1])}\s*$", line):
            found[entries[len(found)][0]] = line
    return found if len(found) == len(entries) else None

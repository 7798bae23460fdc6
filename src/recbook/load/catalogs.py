"""Read the translators' PO files: one enumerator of a project's catalogs, used by every command.

Parsing and checking are pure (recbook.i18n.po, recbook.i18n.checks); this
module is where the files are found, decoded and, as a second line of
defence, handed to GNU `msgfmt -c`.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from ..check_cache import program_identity
from ..diagnostics import Diagnostic, Location, Report, error
from ..file_memo import Entry, entry, reuse
from ..i18n import po
from ..i18n.catalogs import Catalog, Catalogs, book_path, catalog_from, content_path
from ..i18n.checks import check_po, entry_errors
from ..model import LANGUAGES
from ..resources import default_dir
from .decoding import MAX_TEXT_BYTES


def read_po(path: Path, shown: str | None = None) -> po.PoFile:
    """Read and parse a PO file; undecodable bytes become an error with their offset.

    An unchanged file's parse comes from the user cache (recbook/file_memo.py).
    """
    name = shown or str(path)
    return reuse("po", path, name, lambda: _parse_po(path, name))


def _parse_po(path: Path, name: str) -> po.PoFile:
    """Read, decode and parse one PO file, its text NFC as every text recbook reads.

    A letter a translator's keyboard typed as a letter and a combining mark (и + U+0306 for й,
    a + U+0308 for the Kazakh Latin ä) is read as one character, as a proposal's text is: the
    book prints it so, and a search of the PDF finds it. Lines stay where they are (NFC joins
    no line break), so every diagnostic keeps its line; a column counts such a letter once, as
    an editor shows it.
    """
    if path.stat().st_size > MAX_TEXT_BYTES:  # a catalog is a few hundred KB; never read a runaway file
        diag = error(Location(name), f"the file is {path.stat().st_size / 2**20:,.0f} MiB, more than the limit of "
                     f"{MAX_TEXT_BYTES // 2**20} MiB for one catalog", "i18n.too-large")
        return po.PoFile(name, errors=(diag,))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        start = data.rfind(b"\n", 0, exc.start) + 1  # the column as an editor counts it: characters, not bytes
        col = len(data[start:exc.start].decode("utf-8", "replace")) + 1
        declared = re.search(rb"charset=([A-Za-z0-9_.:-]+)", data[:4096])
        said = declared.group(1).decode("ascii") if declared else ""
        # a Poedit or msgcat user's catalog in the code page its header names (charset=CP1251): said so, with
        # what that costs, rather than a byte offset alone
        why = (f": its header names charset={said} (recbook reads catalogs as UTF-8 only, and a code page such as "
               "Windows-1251 has no ә ғ қ ң ө ұ ү һ)"
               if said and said.lower().replace("-", "").replace("_", "") not in ("utf8", "charset") else "")
        diag = error(Location(name, line, col), f"not UTF-8 (byte offset {exc.start}){why}; save the file as UTF-8"
                     f"{' and write charset=UTF-8 in its header' if why else ''}", "i18n.encoding")
        return po.PoFile(name, errors=(diag,))
    return po.parse(unicodedata.normalize("NFC", text), name)


def catalog_files(project: Path) -> list[Path]:
    """Return the project's PO files (and templates), sorted."""
    locales = project / "locales"
    if not locales.is_dir():
        return []
    return sorted(p for p in locales.rglob("*") if p.suffix in (".po", ".pot") and p.is_file())


def language_catalog_files(project: Path, lang: str) -> list[Path]:
    """Return the PO files of one language, book first."""
    return sorted((p for p in catalog_files(project) if _lang_of(p) == lang and p.suffix == ".po"),
                  key=lambda p: (p.name != "book.po", p.name))


def load_catalogs(project: Path, report: Report) -> Catalogs:
    """Read every catalog under `project`/locales; syntax problems go to `report`.

    A project without its own book.po uses the packaged one (the default wording).
    """
    book: dict[str, Catalog] = {}
    content: dict[tuple[str, str], Catalog] = {}
    for lang in LANGUAGES:
        own = project / book_path(lang)
        if own.is_file():
            book[lang] = _read(own, book_path(lang), lang, report)
        else:
            packaged = default_dir("locales") / lang / "LC_MESSAGES" / "book.po"
            if packaged.is_file():
                book[lang] = _read(packaged, str(packaged), lang, report)
        for source in LANGUAGES:
            path = project / content_path(lang, source)
            if path.is_file():
                content[(lang, source)] = _read(path, content_path(lang, source), lang, report)
    return Catalogs(book, content)


def check_catalogs(project: Path) -> list[Diagnostic]:
    """Return every problem in every catalog of `project`."""
    out: list[Diagnostic] = []
    if (project / "locales").exists() and not (project / "locales").is_dir():  # read as "no catalogs" before
        out.append(error(Location("locales"), "is a file, not the folder of the translators' catalogs "
                         "(locales/<language>/LC_MESSAGES/*.po); rename it", "i18n.no-catalogs"))
    passed: list[tuple[Path, str]] = []
    for path in catalog_files(project):
        shown = path.relative_to(project).as_posix()
        # the findings depend on the file's bytes and name only (the language is in the name)
        found = reuse("po-check", path, shown,
                      lambda: check_po(read_po(path, shown), _lang_of(path), path.suffix == ".pot"))
        out += found
        if not any(d.is_error for d in found):  # a warning (a bidi character) leaves the file to msgfmt too
            passed.append((path, shown))
    # msgfmt is the second line of defence: only its findings on files we passed
    out += run_msgfmt(passed)
    return sorted(set(out))


def run_msgfmt(files: list[tuple[Path, str]]) -> list[Diagnostic]:
    """Return what `msgfmt -c` finds in (path, shown) PO files (nothing without GNU gettext).

    The files are checked at once, one process each: a dozen run one after
    another would cost `recbook check` a tenth of a second. A file this msgfmt
    checked before with the same bytes is not checked again (recbook/file_memo.py).
    """
    msgfmt = shutil.which("msgfmt")
    files = [(path, shown) for path, shown in files if path.suffix == ".po"]
    if msgfmt is None or not files:
        return []
    out: list[Diagnostic] = []
    running = []
    for path, shown in files:
        kept = entry("msgfmt", path, f"{shown}\0{program_identity(msgfmt)}")
        found = kept.recall() if kept else None
        if found is not None:
            out += found[0]
        else:
            running.append((shown, kept, *_start_msgfmt(msgfmt, path)))
    return out + [d for job in running for d in _finish_msgfmt(*job)]


def _finish_msgfmt(shown: str, kept: Entry | None, process: subprocess.Popen, given: bytes | None) -> list[Diagnostic]:
    """Return one msgfmt process's findings, kept for the file's bytes (`given`: its standard input)."""
    _, stderr = process.communicate(given, timeout=60)
    findings = _msgfmt_findings(stderr.decode("utf-8", "replace"), shown)
    if kept:
        kept.keep(findings)
    return findings


def _start_msgfmt(msgfmt: str, path: Path) -> tuple[subprocess.Popen, bytes | None]:
    """Start `msgfmt -c` on one file, its messages in English; return it and the bytes it waits for.

    A file saved with a UTF-8 BOM (Notepad, some editors) is read as recbook reads
    it, the BOM being the editor's mark of the encoding: msgfmt, which calls it a
    syntax error, is given the bytes after it on its standard input, its lines unchanged.
    """
    env = {**os.environ, "LC_ALL": "C"}  # English messages; Windows needs SYSTEMROOT kept
    data = path.read_bytes() if _starts_with_bom(path) else None
    source = "-" if data is not None else str(path)
    process = subprocess.Popen([msgfmt, "-c", "-o", os.devnull, source], stdout=subprocess.DEVNULL,
                               stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env)
    return process, data[len(codecs.BOM_UTF8):] if data is not None else None


def _starts_with_bom(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8


def _msgfmt_findings(stderr: str, shown: str) -> list[Diagnostic]:
    """Return msgfmt's "FILE:LINE: message" lines of one file as diagnostics at `shown`.

    The process checked this file only, so FILE is not compared with its path: a
    Windows msgfmt may spell it with / or \\ and a drive letter (`C:\\p\\kk.po:12:`).
    """
    out = []
    for line in stderr.splitlines():
        match = re.match(r"^.+?:(\d+): (.*)$", line)
        if match:
            # msgfmt names the line alone: column 1, as every other diagnostic has one
            out.append(error(Location(shown, int(match.group(1)), 1), f"msgfmt: {match.group(2)}", "i18n.msgfmt"))
    return out


def _read(path: Path, shown: str, lang: str, report: Report) -> Catalog:
    file = read_po(path, shown)
    report.extend(file.errors)
    # its entries' errors, kept with its bytes: a book's labels are not checked again while it is unchanged
    errors = reuse("po-errors", path, shown, lambda: entry_errors(shown, file.entries, lang))
    return catalog_from(file, lang, errors)


def _lang_of(path: Path) -> str | None:
    parts = path.parts
    return parts[-3] if len(parts) >= 3 and parts[-2] == "LC_MESSAGES" and parts[-3] in LANGUAGES else None

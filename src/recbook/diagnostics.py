"""Located messages with codes, and the one exception tree the CLI turns into clean output.

Every problem recbook finds in user input becomes a `Diagnostic` printed as
``PATH:LINE:COL: error|warning: MESSAGE [code]`` (XLSX: ``PATH:SHEET!CELL``).
Stages collect diagnostics instead of raising, so one run reports all of them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, NoReturn

import click

from .counts import counted

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Location:
    """Where a value came from: a file, and a line/column or a spreadsheet cell."""

    path: str
    line: int | None = None
    col: int | None = None
    cell: str | None = None  # "Sheet!B3" for XLSX
    # what a diagnostic here adds about the place: a YAML alias's value is placed at the alias,
    # "value of alias *t, anchored at line 3" says where it is written
    note: str = ""

    def __str__(self) -> str:
        if self.cell:
            return f"{self.path}:{self.cell}"
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def at(self, line: int | None = None, col: int | None = None) -> "Location":
        """Return this location moved to another line/column of the same file (its note stays)."""
        return Location(self.path, line if line is not None else self.line, col, self.cell, self.note)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One located problem, with a stable code such as ``proposal.unknown-group``."""

    location: Location | None
    severity: Severity
    message: str
    code: str

    def format(self) -> str:
        """Return the one-line form ``PATH:LINE:COL: severity: message [code]``.

        Control characters (a newline in a file name, an ANSI escape in a value)
        are shown escaped: one diagnostic is one line, and a terminal runs nothing.
        """
        where = f"{self.location}: " if self.location else ""
        note = f" ({self.location.note})" if self.location and self.location.note else ""
        return one_line(f"{where}{self.severity}: {self.message}{note} [{self.code}]")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\u{ord(char):04x}")


def one_line(text: str) -> str:
    """Return `text` with its control characters shown escaped: one line, which a terminal prints as it is."""
    return _CONTROL.sub(_escape, text)


def error(location: Location | None, message: str, code: str) -> Diagnostic:
    """Return an error diagnostic."""
    return Diagnostic(location, "error", message, code)


def warning(location: Location | None, message: str, code: str) -> Diagnostic:
    """Return a warning diagnostic."""
    return Diagnostic(location, "warning", message, code)


@dataclass
class Report:
    """A growing list of diagnostics for one run (the only mutable thing a stage gets)."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        """Return the distinct errors: the ones printed (sorted) are counted, not a fault two stages found."""
        return [d for d in dict.fromkeys(self.items) if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Return the distinct warnings."""
        return [d for d in dict.fromkeys(self.items) if not d.is_error]

    def sorted(self) -> list[Diagnostic]:
        """Return the distinct diagnostics in file order (stable, so output is reproducible).

        Two stages may find the same fault (catalogs are read to build, then checked):
        it is printed once.
        """
        return sorted(set(self.items), key=_sort_key)


def _sort_key(d: Diagnostic) -> tuple:
    loc = d.location or Location("")
    return (loc.path, *_cell_key(loc.cell), loc.line or 0, loc.col or 0, d.code, d.message, loc.note)


_CELL = re.compile(r"(.*)!\$?([A-Z]{1,3})\$?([0-9]+)")


def _cell_key(cell: str | None) -> tuple[str, int, int]:
    """Return (sheet, row, column) of "Sheet!B10": B9 comes before B10, and a row's cells together.

    Sorted as text, "B10" came before "B9" and a row's problems were spread among the other rows'.
    """
    match = _CELL.fullmatch(cell or "")
    if match is None:
        return (cell or "", 0, 0)
    sheet, letters, row = match.groups()
    if len(sheet) > 1 and sheet[0] == sheet[-1] == "'":  # 'Law (2)' is quoted, Law is not: sort by the name
        sheet = sheet[1:-1].replace("''", "'")
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return (sheet, int(row), column)


class RecbookError(click.ClickException):
    """A user-facing failure: the CLI prints its message and exits 1, never a traceback."""

    exit_code = 1


class LocatedError(RecbookError):
    """A failure whose cause is at a place in the user's files (a project template's line): said there."""

    def __init__(self, message: str, location: Location) -> None:
        super().__init__(message)
        self.location = location


class InputErrors(RecbookError):
    """Input had errors; the diagnostics were already printed.

    `writes=False` for a command that never writes (`recbook check`): "nothing was written"
    would suggest it might have. `warnings` are the warnings a strict run fails on too (`flag`
    names the option that made it strict): counted apart from `count`, the errors.
    """

    def __init__(self, count: int, written: Iterable[object] = (), root: Path | None = None,
                 writes: bool = True, warnings: int = 0, flag: str = "--strict") -> None:
        total = failing_total(count, warnings, flag)
        super().__init__(f"{total}; {what_was_written(written, root)}" if writes else total)


def failing_total(errors: int, warnings: int = 0, flag: str = "--strict") -> str:
    """Return what failed a run: "1 error", "3 errors", or "408 errors and 43 warnings that --strict counts as errors".

    Under --strict each warning keeps its "warning:" line, as Sphinx's -W and mkdocs' --strict keep
    theirs: the line still says what kind of problem it is (the draft passes it) and reads the same
    as `recbook check` prints it; the total says why the run failed on it. "451 error(s)" over 43
    "warning:" lines sent the secretariat looking for errors that were not there.
    """
    if not warnings:
        return counted(errors, "error")
    counts = f"{counted(errors, 'error')} and " if errors else ""
    return f"{counts}{counted(warnings, 'warning')} that {flag} counts as {'an error' if warnings == 1 else 'errors'}"


def refuse(location: Location, message: str, code: str) -> NoReturn:
    """Stop a command before it writes anything, with one located error (`PATH: error: … [code]`)."""
    print_diagnostics([error(location, message, code)])
    raise InputErrors(1)


class Interrupted(RecbookError):
    """Ctrl-C: the command says what it wrote and ends with 130, as a shell reports a SIGINT (128 + 2)."""

    exit_code = 130

    def __init__(self, written: Iterable[object] = (), root: Path | None = None) -> None:
        super().__init__(f"interrupted; {what_was_written(written, root)}")

    def show(self, file=None) -> None:
        click.echo(self.format_message(), err=True)  # no "Error:": the user stopped it, nothing failed


def what_was_written(written: Iterable[object], root: Path | None = None) -> str:
    """Say exactly what a command wrote: a false "nothing was written" is worse than none.

    With `root` (the project) each file is named from there: a build writes a manifest.json into
    output/, output/internal/ and output/groups/, and their names alone do not tell which. Without
    it a file is named by its name, or by its path where another file written has that name (each
    language's book.po). A folder made (recbook.edition.make_folder: its path and a separator) is
    named by its path, and not again inside one named already.
    """
    files, folders = [], []
    for item in dict.fromkeys(written):  # a file written twice (init's catalogs) is one
        if isinstance(item, str) and item.endswith(os.sep):
            if not any(item.startswith(outer) for outer in folders):
                folders.append(item)
        else:
            files.append(item)
    names = [getattr(p, "name", str(p)) for p in files]
    shared = {n for n in names if names.count(n) > 1}
    shown = [_shown(p, root) if root is not None else str(p) if n in shared else n for p, n in zip(files, names)]
    said = [f"made {', '.join(folders)}"] if folders else []
    if files:
        said.append("written: " + ", ".join(shown))
    return f"{'; '.join(said)}; nothing else was changed" if said else "nothing was written"


def _shown(path: object, root: Path | None) -> str:
    if root is None or not isinstance(path, Path):
        return getattr(path, "name", str(path))
    try:
        return path.relative_to(root).as_posix()
    except ValueError:  # not under the project (output/ itself may point elsewhere)
        return str(path)


def print_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    """Write diagnostics to stderr, one per line, in the order given."""
    for d in diagnostics:
        click.echo(d.format(), err=True)

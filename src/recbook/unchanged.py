"""Replace an input file only if nobody changed it since the command read it.

A command that rewrites a project input (decisions.yaml, the catalogs, the intake workbook,
editions.yaml) reads it, changes it and writes it back whole. The project lock
(recbook.project_lock) keeps two recbook commands apart; a program that does not take it (an
editor saving decisions.yaml, Poedit saving a catalog, a `git pull`, a sync client) could
still save in between, and the write would silently drop what it saved. So the bytes each file
held when it was first read are kept (`snapshot`), and compared with the file again just before
its replacement (recbook.write.atomic_write, write_files): a file that changed stops the command
with an error naming it, and that file is not replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

Read = dict[Path, "bytes | None"]  # each file's bytes as first read; None: there was no such file


class ChangedMeanwhile(Exception):
    """`path` changed on disk after the command read it; it was not replaced.

    `written` are the files the same command had replaced before it (normally none: every file
    is compared before the first one is replaced)."""

    def __init__(self, path: Path, written: Iterable[Path] = ()) -> None:
        super().__init__(f"{path} changed while the command ran")
        self.path = path
        self.written = list(written)


def contents(path: Path) -> bytes | None:
    """Return the bytes of `path`, None when there is no such file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def snapshot(paths: Iterable[Path]) -> Read:
    """Return each path's bytes now (None: no such file), to compare with before replacing it."""
    return {path: contents(path) for path in paths}


def catalogs_snapshot(project: Path) -> Read:
    """Return the bytes of every catalog and template under locales/ (the files the i18n commands write)."""
    folder = project / "locales"
    found = sorted(p for pattern in ("*.po", "*.pot") for p in folder.rglob(pattern)) if folder.is_dir() else []
    return snapshot(p for p in found if p.is_file())


def first_changed(paths: Iterable[Path], read: Read) -> Path | None:
    """Return the first of `paths` whose bytes are not those `read` holds for it (absent from `read`: no file)."""
    return next((path for path in paths if contents(path) != read.get(path)), None)


def changed_error(exc: ChangedMeanwhile, project: Path, again: str):
    """Return the located error for `exc`: the file named from the project, what to do (`again`)."""
    from .diagnostics import Location, error

    try:
        shown = exc.path.relative_to(project).as_posix()
    except ValueError:
        shown = str(exc.path)
    return error(Location(shown), "changed on disk while this command ran (another program, or a person, "
                 f"saved it after recbook read it); it was not replaced, so nothing saved there is lost: "
                 f"{again}", "write.changed")

"""Refuse a project whose files lead outside it (issue 11: hostile projects).

A project folder may come from someone else. A symlinked template, proposals
file, catalog, logo or `output/` pointing elsewhere would make recbook read a
file the user never meant to publish (`templates/book.html → ~/.ssh/id_rsa`)
or write where it must not (`output → /etc`). Every entry of the folders
recbook reads or writes is checked, symlinks resolved, before anything is read.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..diagnostics import Diagnostic, Location, error

# the folders recbook reads (inputs, catalogs, templates, logos) or writes (output)
PROJECT_FOLDERS = ("inputs", "locales", "templates", "assets", "output")
MAX_ENTRIES = 100_000  # a project is a few hundred files; stop walking a runaway tree
CODES = frozenset({"path.outside-project", "path.too-many"})  # outside_project's: nothing else is read then


def outside_project(project: Path) -> list[Diagnostic]:
    """Return an error for each path under the project's folders that resolves outside it."""
    root = project.resolve()
    found: list[Diagnostic] = []
    seen = 0
    for name in PROJECT_FOLDERS:
        for path in _entries(project / name):
            seen += 1
            if seen > MAX_ENTRIES:
                found.append(error(Location(name), f"more than {MAX_ENTRIES:,} files under the project's "
                                   "folders; not all were checked", "path.too-many"))
                return found
            problem = _escapes(path, root)
            if problem:
                found.append(error(Location(path.relative_to(project).as_posix()), problem, "path.outside-project"))
    return found


def _entries(folder: Path):
    """Yield `folder` and everything under it, without following symlinked folders."""
    if not os.path.lexists(folder):
        return
    yield folder
    if folder.is_symlink() or not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for entry in sorted(dirnames + filenames):
            yield Path(dirpath) / entry


def _escapes(path: Path, root: Path) -> str | None:
    """Return why `path` leads outside `root`, or None when it stays inside."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop
        return "is a symlink that cannot be resolved (a loop?); recbook uses only files inside the project"
    if target.is_relative_to(root):
        return None
    return (f"is a symlink to {_short(str(target))}, outside the project; recbook reads and writes "
            "only inside the project folder (copy the file in instead)")


def _short(text: str, limit: int = 120) -> str:
    """Return `text` cut to `limit` characters with an ellipsis, so a message never floods."""
    return text if len(text) <= limit else text[: limit - 1] + "…"

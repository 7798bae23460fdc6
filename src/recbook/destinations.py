"""Check, before anything is replaced, that every file a build writes has a place to go.

Each folder is written whole or not at all (recbook.edition), but a build writes
several one after the other: output/, output/internal/, output/groups/ and, for a
release, output/editions/N/ and inputs/editions.yaml. A folder that is a file, or
a target that is a folder, would fail only when its turn came, after the books
before it were replaced. So every destination is checked first; a problem stops
the build with nothing written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .diagnostics import Diagnostic, Location, error
from .model.file_names import NAME_MAX_BYTES, name_too_long


def destination_problems(targets: Iterable[Path]) -> list[Diagnostic]:
    """Return a write.failed error for each file in `targets` (or folder above it) that cannot be written."""
    problems: dict[Path, str] = {}
    for target in targets:
        for path, reason in (_folder_problem(target.parent), _file_problem(target)):
            if path is not None:
                problems.setdefault(path, reason)
    return [error(Location(str(path)), f"{reason}; nothing was written", "write.failed")
            for path, reason in problems.items()]


def _folder_problem(folder: Path) -> tuple[Path | None, str]:
    """Find the nearest existing folder above the outputs: it and the path down must be folders."""
    for path in (folder, *folder.parents):
        if path.is_dir():
            return None, ""
        if path.exists() or path.is_symlink():
            return path, "is a file where recbook writes a folder of outputs; move or rename it"
    return None, ""


def _file_problem(target: Path) -> tuple[Path | None, str]:
    size = name_too_long(target.name)
    if size:  # `recbook check` refuses such ids; this guards a name it does not know of
        return target, (f"the file name (with its backup's suffix) is {size} bytes, more than the "
                        f"{NAME_MAX_BYTES} a file system allows; shorten the id it is named after")
    if target.is_dir():
        return target, "is a folder where recbook writes a file; move or rename it"
    return None, ""

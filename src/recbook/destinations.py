"""Check, before anything is replaced, that every file a build writes has a place to go.

Each folder is written whole or not at all (recbook.edition), but a build writes
several one after the other: output/, output/internal/, output/groups/ and, for a
release, output/editions/N/ and inputs/editions.yaml. A folder that is a file, or
a target that is a folder, would fail only when its turn came, after the books
before it were replaced. So every destination is checked first (`refused_destinations`);
a problem stops the build with nothing written. The folders themselves
(`destination_folders`, `folder_problems`) are checked before anything is rendered:
an unwritable output/groups/ found only at its turn left the books and
output/manifest.json new beside stale groups' sheets. What a build writes (release,
reports) is imported when a build asks: the exports (`export_problem`) need none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .diagnostics import Diagnostic, Location, Report, error
from .model.file_names import NAME_MAX_BYTES, name_too_long

if TYPE_CHECKING:  # named in annotations only
    from .model import LocalizedBook, Release
    from .reports import PendingReports


def destination_problems(targets: Iterable[Path]) -> list[Diagnostic]:
    """Return a write.failed error for each file in `targets` (or folder above it) that cannot be written."""
    problems: dict[Path, str] = {}
    for target in targets:
        for path, reason in (_folder_problem(target.parent), _file_problem(target)):
            if path is not None:
                problems.setdefault(path, reason)
    return [error(Location(str(path)), f"{reason}; nothing was written", "write.failed")
            for path, reason in problems.items()]


def export_problem(target: Path, force: bool, replaced: str = "") -> Diagnostic | None:
    """Return why an export may not write `target` (`review export`, `i18n export --xlsx`), else None.

    An existing file is replaced only with --force (`replaced` says what it may hold). A missing
    folder is not made: a typo in the path made a new folder tree, and the export went there.
    """
    if target.exists() and not force:
        return error(Location(str(target)), f"exists{replaced}; use --force to replace it", "export.exists")
    # (a file where a folder goes is left to the write, which names it: recbook.file_errors)
    if not target.parent.is_dir() and _folder_problem(target.parent)[0] is None:
        return error(Location(str(target)), f"there is no folder {target.parent} to write it in; check the "
                     "path, or make the folder first", "export.no-folder")
    return None


def destination_folders(project: Path, release: Release | None) -> list[Path]:
    """Return the folders a build writes into besides output/: the reports', and a release's archive and record."""
    from .load.editions import EDITIONS_FILE
    from .release import archive_folder
    from .reports import GROUPS_DIR, INTERNAL_DIR

    folders = [project / "output" / INTERNAL_DIR, project / "output" / GROUPS_DIR]
    if release is not None:
        folders += [archive_folder(project, release.number), (project / EDITIONS_FILE).parent]
    return folders


def refused_destinations(project: Path, files: dict[str, bytes], reports, books: list[LocalizedBook],
                         release: Release | None, report: Report, read: dict | None = None) -> bool:
    """Report every output path that cannot be written, before any is replaced; True if there is one.

    The books, the reports and a release's archive are separate folders written one after
    another: a folder in a file's place found at the last of them would leave the first replaced.
    `read`: inputs/editions.yaml as a release read it (recbook.unchanged); changed since, the
    release would write its record over what was saved there.
    """
    from .release import release_targets
    from .unchanged import ChangedMeanwhile, changed_error, first_changed
    from .write import MANIFEST_NAME

    output = project / "output"
    targets = [output / name for name in (*files, MANIFEST_NAME)] + reports.targets()
    if release is not None:
        targets += release_targets(project, release.number, files, books)
    problems = destination_problems(targets)
    changed = first_changed(read, read) if read else None
    if changed is not None:
        problems.append(changed_error(ChangedMeanwhile(changed), project, "release again"))
    report.extend(problems)
    return bool(problems)


def unreplaceable(project: Path, names: Iterable[str], release: Release | None,
                  reports: PendingReports | None = None) -> list[Diagnostic]:
    """Return an error at each existing file a build is about to replace that the system will not let it.

    Asked before any render (recbook.write.replace_problem): the books about to be rendered
    (`names`; a book reused from the last build is not replaced), their manifest, a release's
    archive and inputs/editions.yaml. Found at the write, it cost the whole render (QA: 122 s), and
    nothing was written. `reports`: the internal report and the groups' sheets, written after the
    books: a locked sheet found there left the books new beside the old sheets (QA s21).
    """
    from .write import MANIFEST_NAME, replace_problem

    output = project / "output"
    names = list(names)
    targets = [(output / name, None) for name in (*names, *([MANIFEST_NAME] if names else []))]
    if release is not None:
        from .load.editions import EDITIONS_FILE
        from .release import archive_folder

        archive = archive_folder(project, release.number)
        kept = sorted(p for p in archive.iterdir() if not p.name.startswith(".")) if archive.is_dir() else []
        targets += [(path, None) for path in kept] + [(project / EDITIONS_FILE, EDITIONS_FILE)]
    refused = [(shown or str(path), reason) for path, shown in targets if (reason := replace_problem(path))]
    refused += [(str(path), reason) for path, reason in (reports.unreplaceable() if reports is not None else ())]
    return [error(Location(shown), f"cannot be replaced ({reason}); nothing was rendered or written", "write.failed")
            for shown, reason in refused]


def folder_problems(folders: Iterable[Path]) -> list[Diagnostic]:
    """Return an error for each folder in `folders` that cannot take new files (a file in its way, no permission).

    A folder not made yet is made by the write in the nearest folder above it that exists, so that
    one is tried. Each is tried by making (and removing) a temp file in it: permissions, a read-only
    mount and missing capabilities all answer the same way as they will at the write.
    """
    from .write import output_folder_problem  # here: the exports (`export_problem`) need none of write

    problems = []
    for folder in folders:
        path, reason = _folder_problem(folder)
        if path is not None:  # a file in the way: said as destination_problems says it
            problems.append(error(Location(str(path)), f"{reason}; nothing was written", "write.failed"))
        elif problem := output_folder_problem(next(p for p in (folder, *folder.parents) if p.is_dir()),
                                              str(folder), make=False):
            problems.append(problem)
    return problems


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

"""Write rendered outputs safely: atomic replace, a manifest (one writer at a time: recbook.project_lock).

A crash, Ctrl-C or full disk must leave the previous outputs byte-identical and
no temp files behind, so every file goes temp → fsync → os.replace. A file held
open by another program (Windows locks it) is retried, then reported; a file
the system forbids replacing (read-only, immutable) is reported as that, and
`replace_problem` finds both before a build renders anything. A read-only file
(no write permission for anyone: chmod 444, Windows' Read-only) is refused on
every system: POSIX lets a rename replace it, and the build did so silently,
its mode reset to 0644, while Windows refused it; the user who made it read-only
asked for it to be kept, and the project should behave the same on both.
An input rewritten whole (`read` given) is replaced only if it still holds
what the command read (recbook.unchanged).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Sequence

from .diagnostics import Diagnostic, Location, Report, error
from .edition import EditionDamaged, EditionNotWritten, interrupt_held, make_folder, stage_file, sweep, write_edition
from .interrupt import recorded
from .render.manifest import build_manifest, file_sha256
from .unchanged import ChangedMeanwhile, Read, contents, first_changed

REPLACE_RETRIES = 5
REPLACE_RETRY_DELAY = 0.4
MANIFEST_NAME = "manifest.json"


def output_folder_problem(output_dir: Path, shown: str = "output", make: bool = True) -> Diagnostic | None:
    """Return an error when `output_dir` cannot take new files (read-only, not a folder…), else None.

    Checked before the build lock and before seconds of rendering, so the
    answer is one located line, not a traceback at the end. `make=False` tries the folder as it
    is: recbook.destinations.folder_problems tries the folders beside output/ with this one probe,
    so that their error's text and code cannot drift from this one's.
    """
    if output_dir.is_file():  # the OS says "File exists", which names neither the file nor the way out
        return error(Location(shown), "is a file where recbook writes its folder of outputs; move or rename it; "
                     "nothing was written", "write.output-folder")
    try:
        if make:
            make_folder(output_dir)
        with tempfile.NamedTemporaryFile(prefix=".recbook-probe.", suffix=".tmp", dir=output_dir):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return error(Location(shown), f"cannot write the outputs here ({reason}); nothing was written",
                     "write.output-folder")
    return None


def write_outputs(
    output_dir: Path, files: dict[str, bytes], report: Report, keys: dict[str, str] | None = None,
    earlier: Sequence[Path] = (), inputs: dict[str, str] | None = None,
) -> list[Path]:
    """Write every rendered file and then the manifest, all or none; return the paths written.

    A file whose bytes already equal what is on disk is not rewritten (its mtime
    stays). On failure the previous edition and manifest are left byte-identical
    and the error says so (recbook.edition); `earlier` are the files this run wrote
    into other folders before, so the error never claims that nothing was written.
    `inputs` (the books' digests, recbook.render.manifest.build_manifest) marks the
    books kept from an earlier build that other inputs made as stale.
    """
    if not files:
        return []  # nothing rendered: the previous edition and its manifest stay as they are
    manifest_path = output_dir / MANIFEST_NAME
    previous = read_manifest_files(manifest_path, output_dir)

    def manifest() -> bytes:
        data = build_manifest(output_dir, sorted(files), previous=previous, keys=keys, inputs=inputs)
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")

    unchanged = ("the previous outputs in this folder and their manifest are unchanged" if earlier
                 else "nothing was written: the previous outputs and manifest are unchanged")
    try:
        make_folder(output_dir)
        sweep(output_dir)  # temp files of a run that was killed outright (we hold the build lock)
        return write_edition(output_dir, files, manifest, _replace_with_retry)
    except EditionNotWritten as exc:
        report.add(error(Location(str(exc.target)), f"could not write ({exc.reason}); {unchanged}",
                         "write.failed"))
    except EditionDamaged as exc:
        report.add(error(Location(str(exc.target)), f"could not restore the previous file ({exc.reason}); "
                         f"new: {_names(exc.new)}; previous: {_names(exc.old)}; build again", "write.damaged"))
    except OSError as exc:  # the folder itself could not be made (a file in its place, no permission)
        report.add(error(Location(str(output_dir)), f"could not make the folder ({exc.strerror or exc}); "
                         f"{unchanged}", "write.failed"))
    return []


def _names(paths: list[Path]) -> str:
    return ", ".join(p.name for p in paths) or "none"


def read_manifest_files(manifest_path: Path, output_dir: Path) -> dict[str, dict]:
    """Return the previous manifest's file entries that still match the files on disk.

    A partial build (`--lang kk`) keeps the other languages' entries, but only
    while those files are unchanged, so the manifest never vouches for a stale hash.
    """
    try:
        entries = json.loads(manifest_path.read_text("utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}
    kept = {}
    for name, entry in entries.items() if isinstance(entries, dict) else ():
        path = output_dir / Path(name).name
        if isinstance(entry, dict) and path.is_file() and file_sha256(path) == entry.get("sha256"):
            kept[path.name] = entry
    return kept


_NOT_READ = object()


def atomic_write(path: Path, data: bytes, read: bytes | None | object = _NOT_READ) -> None:
    """Replace `path` with `data` so readers see the old file or the new one, never half.

    `read`: the bytes `path` held when the command read it (None: no file); if it holds other
    bytes now, ChangedMeanwhile is raised and `path` is left as it is (recbook.unchanged).
    """
    make_folder(path.parent)
    staged = stage_file(path, data)
    try:
        with interrupt_held():  # recorded with the rename: an interrupted command says it wrote this
            if read is not _NOT_READ and contents(path) != read:  # after staging, just before the rename
                raise ChangedMeanwhile(path)
            _replace_with_retry(str(staged), path)
            recorded([path])
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staged)
        raise


def write_files(files: dict[Path, bytes], read: Read) -> list[Path]:
    """Replace each file with its bytes, only if every one still holds what `read` says; return them.

    All are compared before the first is replaced, so one found changed stops the command with
    none of them replaced; each is compared again just before its own rename.
    """
    changed = first_changed(files, read)
    if changed is not None:
        raise ChangedMeanwhile(changed)
    written: list[Path] = []
    for path, data in files.items():
        try:
            atomic_write(path, data, read=read.get(path))
        except ChangedMeanwhile as exc:
            raise ChangedMeanwhile(exc.path, written) from None
        written.append(path)
    return written


# Windows refuses to replace a file another program has open (Word, Acrobat) until it is closed:
# ERROR_SHARING_VIOLATION, or ERROR_ACCESS_DENIED, which a read-only file gives too. Elsewhere a rename
# never waits for readers, so a PermissionError is no lock: EPERM is an immutable or append-only file
# (chattr +i) or another user's in a sticky folder, EACCES a folder without write permission. Calling
# those "open in another program" sent the user looking for a program that was not there.
_WINDOWS_HELD = {32: "sharing violation", 5: "access denied"}


def _replace_with_retry(source: str, target: Path) -> None:
    """os.replace, retried while another program holds the target (Windows sharing errors)."""
    if _read_only(target):  # POSIX would replace it silently; Windows refuses it (see the module's doc)
        raise PermissionError(errno.EACCES, _read_only_reason(target))
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _WINDOWS_HELD:
                raise PermissionError(exc.errno, _not_permitted(target, exc)) from None  # waiting changes nothing
            if attempt == REPLACE_RETRIES - 1:
                raise PermissionError(errno.EACCES, _held(target, exc)) from None
            time.sleep(REPLACE_RETRY_DELAY)


def _held(target: Path, exc: PermissionError) -> str:
    """Return why Windows still refuses to replace `target` after the retries."""
    if exc.winerror == 5 and target.exists() and not os.access(target, os.W_OK):
        return _read_only_reason(target, windows=True)
    return _open_elsewhere(target)


def _open_elsewhere(target: Path) -> str:
    return f"{target.name} is open in another program; close it and build again"


def _read_only(target: Path) -> bool:
    """Return True when `target` is a file nobody may write (chmod 444; Windows' Read-only attribute).

    The mode, not os.access: root may write any file, and the refusal must not depend on who builds.
    """
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _read_only_reason(target: Path, windows: bool | None = None) -> str:
    if _ON_WINDOWS if windows is None else windows:
        return f"{target.name} is read-only; clear Read-only in its Properties, then try again"
    return f"{target.name} is read-only; make it writable (chmod u+w {target.name}), then try again"


def replace_problem(target: Path) -> str | None:
    """Return why `target`, an existing file, cannot be replaced; None if it can be (or does not exist).

    Found without changing it, before a build renders anything (QA: a locked book was found after
    122 s of rendering, and nothing was written): a read-only file; an immutable or append-only one
    (chattr +i or +a: it cannot be opened for writing, EPERM, not even by root); on Windows one
    another program holds (Word, Acrobat: opening it for writing is refused as its rename would be),
    retried as the rename is. A POSIX file only another user may write is not refused: a rename
    in a folder one may write replaces it. Opened for writing, never written: bytes and mtime stay.
    """
    if not target.is_file():  # nothing to replace; a folder in its place is said by the destinations' check
        return None
    if _read_only(target):
        return _read_only_reason(target)
    for attempt in range(REPLACE_RETRIES):
        try:
            os.close(os.open(target, os.O_WRONLY))
            return None
        except PermissionError as exc:
            if exc.errno == errno.EPERM:
                return _not_permitted(target, exc)
            if not _ON_WINDOWS:
                return None
            if attempt == REPLACE_RETRIES - 1:
                return _open_elsewhere(target)
            time.sleep(REPLACE_RETRY_DELAY)
        except OSError:  # gone meanwhile, a read-only disk (the folders' probe says that): left to the write
            return None
    return None


_ON_WINDOWS = os.name == "nt"


def _not_permitted(target: Path, exc: PermissionError) -> str:
    """Return why the system (not another program) refuses to replace `target`."""
    if exc.errno == errno.EPERM:
        return (f"the system does not permit replacing {target.name}: it is marked immutable or append-only "
                "(chattr +i or +a), or belongs to another user in a folder that forbids it; remove the mark, "
                "then try again")
    return (f"permission denied replacing {target.name} ({exc.strerror or exc}); check the permissions of "
            f"the file and of {target.parent}")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

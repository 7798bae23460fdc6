"""Replace an edition's files together: every new file and its manifest, or nothing.

A full disk, a file locked by Word, a failing rename or Ctrl-C must never leave
new DOCX beside old PDFs, nor a manifest that hashes files never written. So
the files are written in three steps, each undone if a later one fails:

1. stage: every changed file goes to a temp file beside its target, fsynced;
2. commit: each previous file is kept as a hard link (its backup), then the
   temp file is renamed over it; the manifest is computed from the files now
   on disk and committed last, the same way;
3. settle: the backups are deleted.

Any failure in 1 removes the temp files; any failure in 2 renames the backups
back and removes the new files, so the previous edition and its manifest are
byte-identical. Ctrl-C during the commit is held until the commit or its undo
is over (a few renames), so it cannot land between two of them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import secrets
import shutil
import signal
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .interrupt import recorded  # what an interrupted command says it wrote (recbook.interrupt.reported)

TEMP_SUFFIX = ".tmp"
BACKUP_SUFFIX = ".bak"
# what _stage (mkstemp: 8 characters) and _backup (12 hex digits) name their files, and nothing else
_LEFTOVER = re.compile(r"^\..+\.(?:[a-z0-9_]{8}\.tmp|[0-9a-f]{12}\.bak)$")


class EditionNotWritten(OSError):
    """Writing failed and the previous edition is as it was; `target` names the file that failed."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(reason)
        self.target = target
        self.reason = reason


class EditionDamaged(OSError):
    """The undo itself failed: `new` files are the new edition's, `old` the previous one's."""

    def __init__(self, target: Path, reason: str, new: list[Path], old: list[Path]) -> None:
        super().__init__(reason)
        self.target, self.reason, self.new, self.old = target, reason, new, old


@dataclass
class _Change:
    target: Path
    temp: Path | None = None
    backup: Path | None = None
    committed: bool = False


Replace = Callable[[str, Path], None]


def write_edition(
    folder: Path, files: dict[str, bytes], manifest: Callable[[], bytes], replace: Replace
) -> list[Path]:
    """Write `files` (name → bytes) and then `manifest()` into `folder`, all or none.

    `manifest` is called once the files are in place, so it can hash what is on
    disk; `replace` renames a temp file over its target (with any retry policy).
    Return the paths whose content changed, manifest last.
    """
    make_folder(folder)
    changes = [_Change(folder / name) for name in sorted(files) if not same_bytes(folder / name, files[name])]
    try:
        for change in changes:
            change.temp = _stage(change.target, files[change.target.name])
        with interrupt_held():
            _commit(changes, 0, replace)
            _commit_manifest(folder / "manifest.json", manifest, replace, changes)  # appended last
            recorded([c.target for c in changes])  # held too: an interrupt after the commit knows of it
        _fsync_folder(folder)  # the renames themselves survive a power cut
    finally:
        _discard(changes)
    return [c.target for c in changes]


def make_folder(folder: Path) -> None:
    """Make `folder` and its missing parents; record the outermost one made (what a Ctrl-C then names).

    Recorded with the mkdir, Ctrl-C held: `recbook init` interrupted had made the project's folders,
    and said "nothing was written". What is inside a folder made is new too, so only that one is named.
    """
    missing = list(itertools.takewhile(lambda p: not p.exists(), (folder, *folder.parents)))
    if not missing:
        folder.mkdir(parents=True, exist_ok=True)  # as ever: a file in its place is an OSError
        return
    with interrupt_held():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        finally:  # a failure midway may have made the outer ones
            made = [p for p in missing if p.is_dir()]
            if made:
                recorded([f"{made[-1]}{os.sep}"])  # a folder: its path and a separator (what_was_written)


def same_bytes(path: Path, data: bytes) -> bool:
    """Return True when `path` already holds exactly `data` (it is then not rewritten)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def stage_file(target: Path, data: bytes) -> Path:
    """Write `data` to a fsynced temp file beside `target`; return its path (nothing is left on failure)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, 0o644)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return Path(name)


def _stage(target: Path, data: bytes) -> Path:
    """Stage one output of the edition; an OSError names the file that could not be written."""
    try:
        return stage_file(target, data)
    except OSError as exc:
        raise EditionNotWritten(target, exc.strerror or str(exc)) from exc


def _commit(changes: list[_Change], start: int, replace: Replace) -> None:
    """Rename each staged file from `start` on over its target, keeping backups; undo all on failure."""
    try:
        for change in changes[start:]:
            change.backup = _backup(change.target)
            replace(str(change.temp), change.target)
            change.committed, change.temp = True, None
    except BaseException as exc:
        failed = next(c.target for c in changes[start:] if not c.committed)
        _undo(changes, exc)
        if isinstance(exc, OSError):
            raise EditionNotWritten(failed, exc.strerror or str(exc)) from exc
        raise


def _commit_manifest(path: Path, manifest: Callable[[], bytes], replace: Replace,
                     changes: list[_Change]) -> None:
    """Commit the manifest computed from disk, last; on failure undo every file before it."""
    try:
        data = manifest()
        if same_bytes(path, data):
            return
        change = _Change(path, temp=_stage(path, data))
    except BaseException as exc:
        _undo(changes, exc)
        if isinstance(exc, OSError) and not isinstance(exc, EditionNotWritten):
            raise EditionNotWritten(path, exc.strerror or str(exc)) from exc
        raise
    changes.append(change)
    _commit(changes, len(changes) - 1, replace)


def _backup(target: Path) -> Path | None:
    """Keep the previous `target` under a second name (a hard link: no copy, no gap)."""
    if not target.exists():
        return None
    backup = target.with_name(f".{target.name}.{secrets.token_hex(6)}{BACKUP_SUFFIX}")
    try:
        os.link(target, backup)
    except OSError:  # a file system without hard links (FAT, some network shares)
        shutil.copy2(target, backup)
    return backup


def _undo(changes: list[_Change], cause: BaseException) -> None:
    """Put every committed file back as it was; raise EditionDamaged if that is impossible."""
    for change in reversed([c for c in changes if c.committed]):
        try:
            if change.backup is not None:
                os.replace(change.backup, change.target)
                change.backup = None
            else:
                os.unlink(change.target)
            change.committed = False
        except OSError as exc:
            new = [c.target for c in changes if c.committed]
            old = [c.target for c in changes if not c.committed and c.target.exists()]
            raise EditionDamaged(change.target, exc.strerror or str(exc), new, old) from cause


def _discard(changes: list[_Change]) -> None:
    """Remove whatever temp files and backups are left."""
    for change in changes:
        for leftover in (change.temp, change.backup):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sweep(folder: Path) -> list[Path]:
    """Remove temp files a killed earlier run left in `folder`; return them (call under the build lock)."""
    swept = []
    for path in folder.glob(".*"):
        if path.is_file() and _LEFTOVER.match(path.name):
            with contextlib.suppress(OSError):
                path.unlink()
                swept.append(path)
    return swept


@contextlib.contextmanager
def interrupt_held() -> Iterator[None]:
    """Hold Ctrl-C until the block is over, then give it to the handler it was held from (main thread only).

    That handler, not a bare KeyboardInterrupt, so the program's (recbook.interrupt) still ignores the
    Ctrl-C that may follow while the first one unwinds.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and previous is not signal.SIG_IGN:  # ignored (a background job's): it stays ignored
        if callable(previous):
            previous(signal.SIGINT, None)
        raise KeyboardInterrupt

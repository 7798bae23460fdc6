"""One recbook command at a time writes a project: the lock every writer of the project takes.

`recbook build` and `release` hold it for the whole build; `dedupe` while it writes the review
files; and every command that reads, changes and writes back a project input holds it from
before its first read to its last write: `review import` (inputs/decisions.yaml), `i18n update`,
`extract` and `import` (locales/) and `intake` (inputs/proposals/intake.xlsx); and `init` while it
makes the project (`new`: the folder holds no project yet). Two of those at
once each read the file, changed it and wrote it back whole, and the second silently dropped
the first's changes (QA: a decision lost in 2 of 10 pairs of imports, translations lost to an
`i18n update` run beside an import). A build holds it too so that it reads the inputs as one
whole: an `i18n update` meanwhile would give it half the catalogs old and half new. Two `init` at
once both found the folder empty and both wrote it (QA s21: one ended in a traceback).

The lock file lives in output/ (recbook's own folder, ignored by git): `.recbook.lock`.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Iterator

from .diagnostics import RecbookError

LOCK_NAME = ".recbook.lock"
LOCK_WAIT_SECONDS = 30.0
WRITERS = "a build, release, dedupe, init, intake, review import, i18n update or i18n import"


@contextlib.contextmanager
def project_lock(project: Path, shown: str | None = None, wait: float | None = None,
                 untouched: str = "", new: bool = False) -> Iterator[None]:
    """Hold the project's lock while writing; wait for another writer, saying so, then give up.

    `shown` names what the command writes (the start of its messages: output/ for a build);
    `wait` defaults to LOCK_WAIT_SECONDS (read when called); `untouched` ends the timeout's
    message (what was not written). `new`: `project` is a folder `recbook init` is making a project
    in (it must exist): locked though it holds no inputs/ yet. Not re-entrant: a command takes it once.
    """
    # filelock: fcntl on POSIX, msvcrt on Windows, so one lock file serves every platform
    from filelock import FileLock, Timeout

    if not new and not any((project / name).is_dir() for name in ("inputs", "locales")):  # no project: no output/
        yield
        return
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    output = project / "output"
    shown = str(output) if shown is None else shown
    # not recbook.edition.make_folder, which records the folder for an interrupted command's line
    # ("made output/"): the lock's folder and file are recbook's own, ignored by git, like the lock itself
    output.mkdir(exist_ok=True)
    lock = FileLock(output / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        # say so at once: a silent pause looks like a hang
        print(f"{shown}: another recbook command is writing this project ({WRITERS}); "
              f"waiting up to {wait:g} s for it", file=sys.stderr)
        try:
            lock.acquire(timeout=wait, poll_interval=0.2)
        except Timeout:
            raise RecbookError(
                f"{shown}: another recbook command is still writing this project (waited {wait:.0f} s); "
                "try again when it has finished" + (f"; {untouched}" if untouched else "")
            ) from None
    try:
        yield
    finally:
        lock.release()


def held_by_another(project: Path) -> bool:
    """Return True when another recbook command holds `project`'s lock now (asked, never waited for)."""
    from filelock import FileLock, Timeout

    path = project / "output" / LOCK_NAME
    if not path.is_file():
        return False
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:  # a lock file recbook may not open: no writer of this project can hold it either
        return False
    lock.release()
    return False

"""A file-system failure no command foresaw, said in one line instead of a traceback.

Commands report the failures they expect where they happen (a build's outputs,
the review files, the catalogs: `write.failed` with what was kept). This is the
net under them: a folder where a file should be, a read-only or full disk met by
an export or `init`. The operating system's own words name the cause; the path is
the one the user gave, so they can find it.
"""

from __future__ import annotations

import errno
from pathlib import Path

from .diagnostics import RecbookError

# what a secretariat can do about the common causes (the system's words alone are terse)
_HINTS = {
    errno.EISDIR: "a folder stands where a file is written; move or rename it",
    errno.EACCES: "no permission to write here; choose another place or change the permissions",
    errno.EPERM: "the operating system does not allow this change (a read-only or locked file?)",
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EROFS: "the disk or folder is read-only; choose another place",
}


def file_system_error(exc: OSError) -> RecbookError:
    """Return the one-line error for an OSError a command did not handle itself."""
    where = exc.filename if exc.filename is not None else ""
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and where:
        file = _file_in_the_way(Path(where))
        if file is not None:  # "File exists" / "Not a directory" name the folder, not the file in its way
            return RecbookError(f"{file}: is a file where a folder is needed; move or rename it")
    what = exc.strerror or str(exc)
    hint = _HINTS.get(exc.errno or 0)
    text = f"{where}: {what}" if where else what
    return RecbookError(text + (f" ({hint})" if hint else ""))


def _file_in_the_way(path: Path) -> Path | None:
    """Return `path` or the nearest folder above it that exists as something other than a folder."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return None
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None

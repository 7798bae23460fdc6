"""Reuse what recbook derived from one input file's bytes (its parse, its syntax check) across runs.

After an edit to one proposal a check is a full one, but the other files are
as they were: their YAML node trees, the XLSX sheet's records (openpyxl is not
even imported) and a template's syntax check are kept in the user cache, one
entry per file content, keyed by a digest of the file's name and bytes, the
kind of result, recbook's code, the installed distributions and Python's
version. A changed byte, another name (locations carry it) or other code
misses, and the file is read afresh. A damaged or unreadable entry is a miss
too, and an unwritable cache only costs time: the result is the same with or
without it (tests/test_file_memo.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from .check_cache import code_and_packages
from .diagnostics import Report
from .user_cache import load_keyed, store_keyed, user_cache_dir

T = TypeVar("T")
KEEP = 400  # entries kept per kind (a few KiB each): every file of a few projects, edits included
MAX_BYTES = 32 * 1024 * 1024  # larger files are read afresh (the readers refuse most of them anyway)


def memo_key(kind: str, display: str, data: bytes) -> str:
    """Return the key of `kind`'s result for a file shown as `display` holding `data`."""
    digest = hashlib.sha256(f"{kind}\0{display}\0{code_and_packages()}\0".encode("utf-8", "surrogateescape"))
    digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    """The cache entry of one kind of result for one file's current bytes."""

    path: Path
    data: bytes
    key: str
    file: Path

    def recall(self) -> tuple | None:
        """Return (value,) kept for these bytes, or None."""
        kept = load_keyed(self.file, self.key)
        if not isinstance(kept, tuple) or len(kept) != 1:
            return None
        with contextlib.suppress(OSError):
            os.utime(self.file)  # recently used: pruned last
        return kept

    def keep(self, value: object) -> None:
        """Keep `value` as the result for these bytes, unless the file changed while it was read."""
        if _contents(self.path) == self.data:
            store_keyed(self.file, self.key, (value,))
            _prune(self.file.parent, KEEP)


def entry(kind: str, path: Path, display: str) -> Entry | None:
    """Return the entry of `kind` for `path` as it is now (None: unreadable or too large, not kept)."""
    data = _contents(path)
    if data is None:
        return None
    key = memo_key(kind, display, data)
    return Entry(path, data, key, user_cache_dir() / "files" / kind / f"{key[:40]}.pickle")


# kinds whose values nothing changes once made (a PoFile: frozen, its header dict never written), so
# one process may hand the same value to every reader: a check reads each catalog twice (to translate,
# then to check it), and the second read unpickled again what the first had just made and kept
SHARED_KINDS = frozenset({"po"})
SHARED_KEEP = 64  # values held per process (a project's catalogs), as po.parse's cache holds
_shared: dict[str, object] = {}


def reuse(kind: str, path: Path, display: str, compute: Callable[[], T]) -> T:
    """Return compute(), kept in the user cache under `path`'s name and bytes and reused while they last."""
    found = entry(kind, path, display)
    if found and found.key in _shared:
        return _shared[found.key]  # type: ignore[return-value]
    kept = found.recall() if found else None
    if kept is not None:
        value = kept[0]
    else:
        value = compute()
        if found:
            found.keep(value)
    if found and kind in SHARED_KINDS:
        if len(_shared) >= SHARED_KEEP:
            _shared.clear()
        _shared[found.key] = value
    return value


def reuse_reading(kind: str, path: Path, display: str, read: Callable[[Report], T], report: Report) -> T:
    """Return read(report)'s value, reused with the diagnostics it reported while the file is unchanged."""

    def reading() -> tuple[T, list]:
        scratch = Report()
        return read(scratch), scratch.items

    value, diagnostics = reuse(kind, path, display, reading)
    report.extend(diagnostics)
    return value


def _contents(path: Path) -> bytes | None:
    """Return the file's bytes, or None when it cannot be read or is too large to keep."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _prune(folder: Path, keep: int) -> None:
    """Delete all but the `keep` most recently used entries in `folder`."""
    with contextlib.suppress(OSError):
        entries = list(os.scandir(folder))
        if len(entries) <= keep:
            return
        entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
        for old in entries[keep:]:
            if old.name.endswith(".pickle"):
                Path(old.path).unlink(missing_ok=True)

"""The per-user cache folder: work recbook can reuse across projects and runs (never needed for output)."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

SEAL = b"recbook-cache-1\n"  # the first bytes of every sealed entry (user_cache.sealed)
# a new file only, never through a symlink, bytes as they are (Windows translates newlines without O_BINARY)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_PARTS = itertools.count()  # this process's temporary files, numbered
_FOLDERS: set[Path] = set()  # folders this process made or found: a check stores ~50 entries in ~10


def user_cache_dir() -> Path:
    """Return recbook's per-user cache folder (RECBOOK_CACHE_DIR overrides it)."""
    if override := os.environ.get("RECBOOK_CACHE_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "recbook" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "recbook"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "recbook"


def store(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically (two processes may write it at once), or not at all: say which.

    The temporary file is named by this process's id, a counter and random bits, and created
    exclusively, as tempfile.mkstemp would (whose import, with the random module's, a check need not pay).
    """
    temporary = path.with_name(f".part-{os.getpid()}-{next(_PARTS)}-{os.urandom(4).hex()}")
    try:
        if path.parent not in _FOLDERS:
            path.parent.mkdir(parents=True, exist_ok=True)
            _FOLDERS.add(path.parent)
        handle = os.open(temporary, _NEW_FILE, 0o600)
    except OSError:
        _FOLDERS.discard(path.parent)  # removed meanwhile, perhaps: made again next time
        return False  # an unwritable cache only costs time
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        return False
    return True


def project_entry(project: Path, kind: str, suffix: str) -> Path:
    """Return the cache file of `kind` kept for `project` (one per project folder)."""
    import hashlib

    name = hashlib.sha256(str(project.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return user_cache_dir() / kind / f"{name}{suffix}"


def sealed(data: bytes) -> bytes:
    """Return `data` behind a magic and its sha256, so that a changed byte is seen before it is used."""
    import hashlib

    return SEAL + hashlib.sha256(data).digest() + data


def unsealed(blob: bytes) -> bytes | None:
    """Return the data `sealed` wrapped, or None if the blob is not one or any byte of it changed."""
    import hashlib

    head = len(SEAL) + 32
    if not blob.startswith(SEAL) or len(blob) < head:
        return None
    data = blob[head:]
    return data if hashlib.sha256(data).digest() == blob[len(SEAL):head] else None


def load_keyed(path: Path, key: str) -> object | None:
    """Return the value pickled at `path` under `key`, or None (none yet, other key, damaged, other code).

    A pickle from the user's own cache folder: whoever can write there can run code as the user anyway;
    the seal's digest is against damage (a disk, a half-copied folder), so that a changed byte is a miss
    rather than a changed word in a book or a traceback.
    """
    import pickle

    try:
        data = unsealed(path.read_bytes())
        if data is None:
            return None
        stored_key, value = pickle.loads(data)
    except Exception:  # none yet, unreadable, or made by other code: the caller works afresh
        return None
    return value if stored_key == key else None


def store_keyed(path: Path, key: str, value: object) -> None:
    """Pickle `value` under `key` at `path`, or keep nothing if it cannot be pickled."""
    import pickle

    try:
        data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return  # cannot be kept: the next run works afresh
    store(path, sealed(data))

"""The per-user cache folder: work recbook can reuse across projects and runs (never needed for output)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


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


def store(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (two processes may write it at once), or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    except OSError:
        return  # an unwritable cache only costs time
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)

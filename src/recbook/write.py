"""Write rendered outputs safely: one build at a time, atomic replace, a manifest.

A crash, Ctrl-C or full disk must leave the previous outputs byte-identical and
no temp files behind, so every file goes temp → fsync → os.replace. A file held
open by another program (Windows locks it) is retried, then reported.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from .diagnostics import Location, RecbookError, Report, error
from .render.manifest import build_manifest, file_sha256

LOCK_NAME = ".recbook.lock"
LOCK_WAIT_SECONDS = 30.0
REPLACE_RETRIES = 5
REPLACE_RETRY_DELAY = 0.4


@contextlib.contextmanager
def build_lock(output_dir: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on output/ for a build; wait, then say a build is in progress."""
    output_dir.mkdir(parents=True, exist_ok=True)
    with open(output_dir / LOCK_NAME, "a+") as handle:
        deadline = time.monotonic() + wait
        waiting = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waiting:
                    waiting = True  # say so at once: a silent pause looks like a hang
                    print(f"{output_dir}: another build is running; waiting up to {wait:g} s for it",
                          file=sys.stderr)
                if time.monotonic() >= deadline:
                    raise RecbookError(
                        f"{output_dir}: another build of this project is in progress "
                        f"(waited {wait:.0f} s); try again when it has finished"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_outputs(
    output_dir: Path, files: dict[str, bytes], report: Report, keys: dict[str, str] | None = None
) -> list[Path]:
    """Write every rendered file atomically, then the manifest; return the paths written.

    A file whose bytes already equal what is on disk is not rewritten (its mtime stays).
    """
    written = []
    for name in sorted(files):
        path = output_dir / name
        if _unchanged(path, files[name]) or _write_or_report(path, files[name], report):
            written.append(path)
    manifest_path = output_dir / "manifest.json"
    previous = read_manifest_files(manifest_path, output_dir)
    manifest = build_manifest(files, previous=previous, keys=keys)
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if _write_or_report(manifest_path, text.encode("utf-8"), report):
        written.append(manifest_path)
    return written


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
    for name, entry in entries.items():
        path = output_dir / Path(name).name
        if isinstance(entry, dict) and path.is_file() and file_sha256(path) == entry.get("sha256"):
            kept[path.name] = entry
    return kept


def _unchanged(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _write_or_report(path: Path, data: bytes, report: Report) -> bool:
    try:
        atomic_write(path, data)
        return True
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = f"could not write ({reason}); the previous file is unchanged"
        report.add(error(Location(str(path)), message, "write.failed"))
        return False


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)
        _replace_with_retry(tmp_name, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _replace_with_retry(source: str, target: Path) -> None:
    """os.replace, retried while another program holds the target (Windows sharing errors)."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise PermissionError(
                    errno.EACCES, f"{target.name} is open in another program; close it and build again"
                ) from None
            time.sleep(REPLACE_RETRY_DELAY)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

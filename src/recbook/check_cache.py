"""Replay the last `recbook check` of a project when nothing it depends on has changed.

A check costs about a second of CPU (YAML and XLSX parsing, the merge's
lemmas, three books localized); the secretariat runs it again and again. Its
findings are a function of: every file under the project's inputs/,
locales/, templates/ and assets/ (names and bytes), recbook's packaged
templates, catalogs and schemas, recbook's own code, the installed
distributions (their names and versions), whether GNU msgfmt is on PATH,
SOURCE_DATE_EPOCH and `--strict`. The digest of all of these keys one record
per project in the user cache (user_cache.py): the printed diagnostics, the
error and warning counts and the closing line. A changed byte anywhere makes
the next check run in full. A project with a symlink leading outside it is
never keyed: any symlink under its folders (output/ too) means a full check
(load/paths.py decides which are allowed).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from .user_cache import load_keyed, project_entry, sealed, store, store_keyed, unsealed

READ_FOLDERS = ("inputs", "locales", "templates", "assets")  # what gather() reads of a project
PACKAGED_FOLDERS = ("templates", "locales", "schemas")
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class CheckRecord:
    """What one check printed and concluded."""

    lines: list[str]  # the diagnostics, formatted, in the printed order
    errors: int
    warnings: int
    summary: str | None  # the closing "…: OK" line (None when the inputs were unusable)


class _Symlink(Exception):
    """A symlink was found: its target can change without the project changing."""


def check_key(project: Path, strict: bool) -> str | None:
    """Return the digest of everything a check's findings depend on (None: do not cache)."""
    try:
        return _digest(project, strict)
    except _Symlink:
        return None


def _digest(project: Path, strict: bool) -> str:
    from .resources import default_dir

    _no_symlinks(project / "output")
    digest = hashlib.sha256()
    for part in (code_and_packages(), str(strict), os.environ.get("SOURCE_DATE_EPOCH", ""),
                 program_identity(shutil.which("msgfmt"))):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for name in READ_FOLDERS:
        _hash_tree(digest, project / name, name)
    for name in PACKAGED_FOLDERS:
        _hash_tree(digest, default_dir(name), f"<recbook>/{name}")
    return digest.hexdigest()


def _hash_tree(digest: "hashlib._Hash", folder: Path, shown: str) -> None:
    """Add every file's relative name and bytes under `folder` (walked without following symlinks)."""
    if folder.is_symlink():
        raise _Symlink
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            if path.is_symlink():
                raise _Symlink
            if name in dirnames:
                continue
            digest.update(f"{shown}/{path.relative_to(folder).as_posix()}".encode("utf-8", "surrogateescape"))
            try:
                digest.update(b"\0" + path.read_bytes() + b"\0")
            except OSError as exc:  # unreadable now: the full check will say so
                digest.update(f"\0unreadable {exc.errno}\0".encode())


def _no_symlinks(folder: Path) -> None:
    """Raise _Symlink if `folder` is or holds a symlink."""
    if folder.is_symlink():
        raise _Symlink
    for dirpath, dirnames, filenames in os.walk(folder):
        if any(os.path.islink(os.path.join(dirpath, n)) for n in dirnames + filenames):
            raise _Symlink


def code_fingerprint() -> str:
    """Return recbook's modules' names, sizes and modification times (a changed checkout misses)."""
    parts = []
    for dirpath, dirnames, filenames in os.walk(_PACKAGE):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(dirpath, name))
                parts.append(f"{dirpath}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


@lru_cache(maxsize=1)
def code_and_packages() -> str:
    """Return the digest of Python's version, recbook's code and the installed distributions.

    One walk of the package per process: the check record, the merge and every file memo key on it.
    """
    digest = hashlib.sha256()
    for part in (sys.version, code_fingerprint(), *distributions()):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def program_identity(program: str | None) -> str:
    """Return a program's path, size and modification time ("none" without one): another build of
    msgfmt may find other things in the same file."""
    if program is None:
        return "none"
    try:
        stat = os.stat(program)
    except OSError:
        return program
    return f"{program}:{stat.st_size}:{stat.st_mtime_ns}"


def distributions() -> list[str]:
    """Return the installed distributions' metadata folder names (name and version), where click is."""
    import click

    site = Path(click.__file__).resolve().parents[1]
    return sorted(n for n in os.listdir(site) if n.endswith((".dist-info", ".egg-info")))


def _record_path(project: Path) -> Path:
    return project_entry(project, "check", ".json")


def load_record(project: Path, key: str) -> CheckRecord | None:
    """Return the project's last check record if it was made under `key`."""
    try:
        data = unsealed(_record_path(project).read_bytes())
        if data is None:
            return None  # none yet, or a byte changed: check in full
        stored = json.loads(data.decode("utf-8"))
        if stored.pop("key") != key:
            return None
        return CheckRecord(**stored)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # none yet, or damaged: check in full


def save_record(project: Path, key: str, record: CheckRecord) -> None:
    """Keep `record` as the project's last check, under `key` (one record per project)."""
    data = json.dumps({"key": key, **asdict(record)}, ensure_ascii=False)
    store(_record_path(project), sealed(data.encode("utf-8")))


def _checked_path(project: Path) -> Path:
    return _record_path(project).with_suffix(".pickle")


def load_checked(project: Path, key: str) -> tuple[object, list] | None:
    """Return the (Checked, diagnostics) a build kept under `key`, or None."""
    return load_keyed(_checked_path(project), key)


def save_checked(project: Path, key: str, checked: object, diagnostics: list) -> None:
    """Keep a build's checked project and its diagnostics under `key` (one per project)."""
    store_keyed(_checked_path(project), key, (checked, diagnostics))

"""Installed distributions' versions and files, read from their metadata folders as importlib.metadata finds them.

The manifest records ~23 distributions' versions and the font packages' files (recbook.render.manifest).
importlib.metadata gives them, but importing it imports the email package (and socket, calendar,
inspect's kin …), and it reads each version by parsing the whole METADATA file as an email,
the long description too: ~160 M instructions of a first build's process for the import and ~57 M
for the versions (callgrind, session 21), ~25 ms of CPU, for two dozen short header lines.

So the folder is found here as importlib.metadata's path finder finds it — the first
`<name>-….dist-info` or `.egg-info` under the sys.path entries in order, the name compared
normalized (PEP 503, dashes as underscores), each folder listed in the order the system lists it —
and only what is needed is read: METADATA's (or PKG-INFO's) header up to its first blank line, for
its first `Version:` field, and RECORD's first column. Where that reading could differ from
importlib.metadata's (a zip or egg on the path, a finder of distributions other than the path's,
a field folded over lines, no folder found), importlib.metadata answers instead:
tests/test_render_installed.py holds both to the same answers.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from pathlib import Path, PurePosixPath

_SEPARATORS = re.compile(r"[-_.]+")


class _Unsure(Exception):
    """This reading may not be importlib.metadata's: ask it."""


def version(name: str) -> str | None:
    """Return the installed version of distribution `name`, or None when it is not installed."""
    try:
        folder = _folder(name, tuple(sys.path))
        return None if folder is None else _header_version(folder)
    except _Unsure:
        from importlib import metadata

        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None


def files(name: str) -> list[tuple[str, Path]] | None:
    """Return (file name, path) of every file distribution `name` installed (its RECORD), None if not installed."""
    try:
        folder = _folder(name, tuple(sys.path))
        if folder is None:
            return None
        return [(PurePosixPath(row).name, folder.parent / row) for row in _record_paths(folder)]
    except _Unsure:
        from importlib import metadata

        try:
            found = metadata.files(name) or []
        except metadata.PackageNotFoundError:
            return None
        return [(file.name, Path(file.locate())) for file in found]


def normalized(name: str) -> str:
    """Return a distribution name as importlib.metadata compares it (PEP 503, dashes as underscores)."""
    return _SEPARATORS.sub("-", name).lower().replace("-", "_")


def _folder(name: str, paths: tuple[str, ...]) -> Path | None:
    """Return the metadata folder importlib.metadata would read for `name` on `paths` (None: not installed)."""
    _only_the_path_finder()
    wanted = normalized(name)
    for entry in paths:
        root = entry or "."
        children = _children(root)
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")) and normalized(low.rpartition(".")[0].partition("-")[0]) == wanted:
                return Path(root, child)
        if os.path.basename(root).lower().endswith(".egg"):
            raise _Unsure(root)  # an egg's EGG-INFO folder, found by another rule
    return None


@cache
def _children(root: str) -> tuple[str, ...]:
    """Return a sys.path folder's entries as the system lists them (once per process, as importlib.metadata)."""
    try:
        return tuple(os.listdir(root))
    except OSError:
        if os.path.isfile(root):
            raise _Unsure(root) from None  # a zip on the path: importlib.metadata looks inside
        return ()


def _only_the_path_finder() -> None:
    """Raise _Unsure when a finder before the path finder may also say where distributions are."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is PathFinder:
            return
        if hasattr(finder, "find_distributions"):
            raise _Unsure(repr(finder))
    raise _Unsure("no path finder")


def _header_version(folder: Path) -> str:
    """Return the first Version field of the folder's METADATA (else PKG-INFO), as the email parser reads it."""
    for file in ("METADATA", "PKG-INFO"):
        try:
            text = (folder / file).read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            continue
        if not text:
            continue
        lines = text.split("\n")  # read with universal newlines; the email parser splits on nothing else
        for at, line in enumerate(lines):
            if not line:
                break  # the header ends at its first empty line
            if line[:1] in (" ", "\t"):
                continue  # an earlier field goes on
            head, colon, value = line.partition(":")
            if not colon:
                raise _Unsure(str(folder))  # no field: the email parser's own rules
            if head.lower() == "version":
                following = lines[at + 1] if at + 1 < len(lines) else ""
                if following[:1] in (" ", "\t"):
                    raise _Unsure(str(folder))  # the value goes on on the next line
                return value.lstrip(" \t")
        raise _Unsure(str(folder))  # no Version field: importlib.metadata says what it says
    raise _Unsure(str(folder))


def _record_paths(folder: Path) -> list[str]:
    """Return the first column of the folder's RECORD (csv, as importlib.metadata reads it)."""
    import csv

    try:
        text = (folder / "RECORD").read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        raise _Unsure(str(folder)) from None  # an egg-info's SOURCES.txt, or none: importlib.metadata's rules
    if not text:
        raise _Unsure(str(folder))
    return [row[0] for row in csv.reader(text.splitlines())]

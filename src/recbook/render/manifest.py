"""output/manifest.json: what was built, and with which versions of everything.

Byte-identical output is promised for the same inputs on the same locked
environment, so the manifest records that environment: recbook, its Python
dependencies, Pango/HarfBuzz and the font files. It holds no build time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Iterable

from .. import __version__
from ..resources import PYCACHE
from ..user_cache import store
from . import installed

# the distributions whose versions change what the outputs look like
TRACKED_DISTRIBUTIONS = (
    "weasyprint", "pydyf", "fonttools", "python-docx", "lxml", "jinja2", "babel",
    "ruamel.yaml", "pyyaml", "openpyxl", "python-calamine", "rapidfuzz", "snowballstemmer", "pystemmer",
    "pymorphy3", "pymorphy3-dicts-ru", "dawg2",
    "pyphen",
    "fontpkg-noto-serif", "fontpkg-noto-sans", "uharfbuzz", "pillow", "resvg-py", "pypdf",
)


def build_manifest(
    folder: Path, names: Iterable[str], previous: dict[str, dict] | None = None,
    keys: dict[str, str] | None = None, inputs: dict[str, str] | None = None,
) -> dict:
    """Return the manifest for the files `names` as they are on disk in `folder`, on top of `previous`.

    Hashing the disk, not the bytes meant to be written, means the manifest can
    never vouch for a file that was not written. `keys` are the render keys
    (recbook.render.cache) a later build compares to skip work. `inputs` gives, for
    every book the current inputs make (each language and format, built now or not),
    the digest of what it is made from (recbook.render.cache.inputs_digests): each
    file written records its own, and a file kept from `previous` whose recorded
    digest differs (or that records none, or that the inputs no longer make) is
    marked `"stale": true`.
    """
    entries = {name: {k: v for k, v in entry.items() if k != "stale"} if inputs is not None else dict(entry)
               for name, entry in (previous or {}).items()}
    for name in names:
        path = folder / name
        entries[name] = {"sha256": file_sha256(path), "bytes": path.stat().st_size}
        if keys and name in keys:
            entries[name]["key"] = keys[name]
        if inputs and name in inputs:
            entries[name]["inputs"] = inputs[name]
    if inputs is not None:
        for name, entry in entries.items():
            if entry.get("inputs") is None or entry.get("inputs") != inputs.get(name):
                entry["stale"] = True
    return {
        "recbook": __version__,
        "files": dict(sorted(entries.items())),
        "python_packages": package_versions(),
        "system_libraries": _system_libraries(),
        "fonts": _fonts(),
    }


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes, read in blocks (a book may be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# What a process's environment is does not change while it builds, but one build asks for it up to
# four times (the render key, then the manifests of output/, its internal reports and group sheets):
# each lookup is made once per process (fonts: once per file version), as fonts.font_faces and
# check_cache.code_and_packages are.


def package_versions() -> dict[str, str]:
    """Return the tracked distributions' installed versions (looked up once per process)."""
    return dict(_package_versions())


@lru_cache(maxsize=1)
def _package_versions() -> tuple[tuple[str, str], ...]:
    # importlib.metadata's answers, read without importing it (recbook.render.installed)
    found = ((name, installed.version(name)) for name in TRACKED_DISTRIBUTIONS)
    return tuple((name, version) for name, version in found if version is not None)


# the names WeasyPrint's own loader tries (weasyprint/text/ffi.py), Linux, macOS and Windows
PANGO_NAMES = ("libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0",
               "libpango-1.0.dylib", "libpango-1.0-0.dll")


def _system_libraries() -> dict[str, str]:
    """Return the Pango and HarfBuzz versions WeasyPrint is linked against, when loadable."""
    return dict(_find_system_libraries())


@lru_cache(maxsize=1)  # once per process: each find_library runs `ldconfig -p` (and maybe a compiler)
def _find_system_libraries() -> tuple[tuple[str, str], ...]:
    number = _pango_version()
    if number is None:
        return ()
    # pango_version() encodes major*10000 + minor*100 + micro
    libraries = [("pango", f"{number // 10000}.{number // 100 % 100}.{number % 100}")]
    harfbuzz = ctypes.util.find_library("harfbuzz")
    if harfbuzz:
        libraries.append(("harfbuzz", _harfbuzz_version(harfbuzz)))
    return tuple(libraries)


def _pango_version() -> int | None:
    """Return pango_version(), loading the library by itself: importing WeasyPrint costs a second."""
    for name in filter(None, (ctypes.util.find_library("pango-1.0"), *PANGO_NAMES)):
        try:
            return ctypes.CDLL(name).pango_version()
        except (OSError, AttributeError):
            continue
    try:
        from weasyprint.text.ffi import pango
    except (ImportError, OSError):
        return None
    return pango.pango_version()


def _harfbuzz_version(name: str) -> str:
    lib = ctypes.CDLL(name)
    lib.hb_version_string.restype = ctypes.c_char_p
    return lib.hb_version_string().decode()


def _fonts() -> dict[str, str]:
    """Return font file name → sha256 for the pip-installed fonts the renderers embed."""
    kept = _kept_font_digests()
    fonts, current, learnt = {}, {}, False
    for name, path in _font_files():
        stat = path.stat()
        # what tells a file's bytes changed without reading them (as git's index does): its size, its
        # modification time, its inode and its change time, which any write sets and no one can set back
        identity = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        entry = kept.get(str(path))
        if entry is None or entry[0] != identity:
            entry = kept[str(path)] = [identity, file_sha256(path)]  # kept for this process too
            learnt = True
        fonts[name], current[str(path)] = entry[1], entry
    if learnt and not sys.dont_write_bytecode:  # this installation's fonts only
        store(FONT_DIGESTS, json.dumps(current, sort_keys=True).encode("utf-8"))
    return dict(sorted(fonts.items()))


# The fonts' digests are kept beside recbook's bytecode (written as Python writes that: where the
# folder is writable and PYTHONDONTWRITEBYTECODE is unset), for whatever project is built with this
# installation: hashing the 8.7 MB of Noto was ~0.24 G instructions of a first build (callgrind: its
# SHA-256 without the CPU's SHA extensions). An entry whose file's identity differs is hashed again.
FONT_DIGESTS = PYCACHE / "font-digests.json"


@lru_cache(maxsize=1)
def _kept_font_digests() -> dict[str, list]:
    """Return path → [identity, sha256] as kept (none if missing, unreadable or not so shaped)."""
    try:
        kept = json.loads(FONT_DIGESTS.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(kept, dict):
        return {}
    return {path: entry for path, entry in kept.items() if isinstance(entry, list) and len(entry) == 2
            and isinstance(entry[0], list) and isinstance(entry[1], str) and len(entry[1]) == 64}


@lru_cache(maxsize=1)  # the installed font files, as fonts.font_faces finds them once per process
def _font_files() -> tuple[tuple[str, Path], ...]:
    from .fonts import FAMILIES  # the one list of font packages the renderers use

    found = []
    for dist in sorted(FAMILIES.values()):
        found.extend((f"{dist}/{name}", path) for name, path in installed.files(dist) or []
                     if PurePosixPath(name).suffix in {".ttf", ".otf"})
    return tuple(found)


def stale_files(manifest: dict) -> list[str]:
    """Return the names a manifest marks as made from other inputs than the current ones, sorted."""
    files = manifest.get("files") if isinstance(manifest, dict) else None
    return sorted(name for name, entry in (files or {}).items() if isinstance(entry, dict) and entry.get("stale"))

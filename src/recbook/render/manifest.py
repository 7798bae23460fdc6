"""output/manifest.json: what was built, and with which versions of everything.

Byte-identical output is promised for the same inputs on the same locked
environment, so the manifest records that environment: recbook, its Python
dependencies, Pango/HarfBuzz and the font files. It holds no build time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
from importlib import metadata
from pathlib import Path
from typing import Iterable

from .. import __version__

# the distributions whose versions change what the outputs look like
TRACKED_DISTRIBUTIONS = (
    "weasyprint", "pydyf", "fonttools", "python-docx", "lxml", "jinja2", "babel",
    "ruamel.yaml", "pyyaml", "openpyxl", "python-calamine", "rapidfuzz", "snowballstemmer", "pystemmer",
    "pymorphy3", "pymorphy3-dicts-ru", "dawg2",
    "pyphen",
    "fontpkg-noto-serif", "fontpkg-noto-sans", "pillow", "resvg-py", "pypdf",
)


def build_manifest(
    folder: Path, names: Iterable[str], previous: dict[str, dict] | None = None,
    keys: dict[str, str] | None = None,
) -> dict:
    """Return the manifest for the files `names` as they are on disk in `folder`, on top of `previous`.

    Hashing the disk, not the bytes meant to be written, means the manifest can
    never vouch for a file that was not written. `keys` are the render keys
    (recbook.render.cache) a later build compares to skip work.
    """
    entries = dict(previous or {})
    for name in names:
        path = folder / name
        entries[name] = {"sha256": file_sha256(path), "bytes": path.stat().st_size}
        if keys and name in keys:
            entries[name]["key"] = keys[name]
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


def package_versions() -> dict[str, str]:
    versions = {}
    for name in TRACKED_DISTRIBUTIONS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


# the names WeasyPrint's own loader tries (weasyprint/text/ffi.py), Linux, macOS and Windows
PANGO_NAMES = ("libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0",
               "libpango-1.0.dylib", "libpango-1.0-0.dll")


def _system_libraries() -> dict[str, str]:
    """Return the Pango and HarfBuzz versions WeasyPrint is linked against, when loadable."""
    number = _pango_version()
    if number is None:
        return {}
    # pango_version() encodes major*10000 + minor*100 + micro
    libraries = {"pango": f"{number // 10000}.{number // 100 % 100}.{number % 100}"}
    harfbuzz = ctypes.util.find_library("harfbuzz")
    if harfbuzz:
        libraries["harfbuzz"] = _harfbuzz_version(harfbuzz)
    return libraries


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
    from .fonts import FAMILIES  # the one list of font packages the renderers use

    fonts = {}
    for dist in sorted(FAMILIES.values()):
        try:
            files = metadata.files(dist) or []
        except metadata.PackageNotFoundError:
            continue
        for file in files:
            if file.suffix in {".ttf", ".otf"}:
                path = Path(file.locate())
                fonts[f"{dist}/{file.name}"] = file_sha256(path)
    return dict(sorted(fonts.items()))

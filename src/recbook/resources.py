"""Find the default templates, catalogs and schemas shipped with recbook."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# recbook's own bytecode folder: what depends only on the installation (recbook.startup_cache, its
# templates' compiled code, the fonts' digests) is kept there, written as Python writes bytecode
PYCACHE = _PACKAGE / "__pycache__"


def default_dir(name: str) -> Path:
    """Return the packaged default folder `name` (templates, locales, schemas).

    A wheel carries them under ``recbook/_data``; a source checkout (editable
    install, tests) uses the repository's top-level folders, so there is one copy.
    """
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def is_packaged_copy(path: Path, name: str) -> bool:
    """Return whether `path` is a copy, byte for byte, of the packaged templates/`name` (tested to be sound).

    Not the packaged file itself: in a source checkout used as the project (the repository's
    sample), templates/ is the packaged folder, and a file edited there has been tested by nobody.
    """
    packaged = default_dir("templates") / name
    try:
        own, shipped = path.stat(), packaged.stat()
        if os.path.samestat(own, shipped) or own.st_size != shipped.st_size:
            return False
        return packaged.read_bytes() == path.read_bytes()
    except OSError:
        return False

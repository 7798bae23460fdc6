"""Find the default templates, catalogs and schemas shipped with recbook."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def default_dir(name: str) -> Path:
    """Return the packaged default folder `name` (templates, locales, schemas).

    A wheel carries them under ``recbook/_data``; a source checkout (editable
    install, tests) uses the repository's top-level folders, so there is one copy.
    """
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name

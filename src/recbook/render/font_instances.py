"""Reuse the static font instances WeasyPrint makes from the variable Noto fonts.

When WeasyPrint 70 embeds a variable font it subsets it to the glyphs the book
uses, then has fontTools instantiate that subset at the requested weight
(``instantiateVariableFont``): about 0.1–0.3 s per font and weight, ~0.8 s per
book, every render. The result depends only on the subset's bytes, the axis
values, SOURCE_DATE_EPOCH (fontTools stamps head.modified with it) and the
fontTools version; and a book's glyph set rarely changes between rebuilds. So
while recbook writes a PDF, this wraps that call (a private name, pinned by
the lock file) to keep each instance's bytes in a user cache folder keyed by
all of those: a later render reuses them. The PDF's bytes are the same with
or without the cache, cold or warm (tests/test_font_instances.py). If
WeasyPrint renames the function, the wrapper is skipped and rendering is only
slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

import fontTools
from weasyprint.pdf import fonts as weasy_fonts

from ..user_cache import store, user_cache_dir

_NAME = "instantiateVariableFont"
KEEP = 600  # instances kept (a few tens of KiB each): a book uses 6–8, a night of edits a few hundred


def instance_key(subset: bytes, axes: dict[str, float]) -> str:
    """Return the digest of everything that shapes an instance's bytes."""
    digest = hashlib.sha256(subset)
    for part in (repr(sorted(axes.items())), os.environ.get("SOURCE_DATE_EPOCH", ""), fontTools.version):
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


class _Instance:
    """Stand-in for the instantiated TTFont: WeasyPrint only calls save() on it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, file: BinaryIO) -> None:
        file.write(self.data)


def _cached(instantiate: Callable[..., Any], folder: Path) -> Callable[..., Any]:
    """Return `instantiate` reading and writing its results' bytes under `folder`."""

    def cached_instance(ttfont: Any, axes: dict[str, float], **options: Any) -> Any:
        source = getattr(getattr(ttfont, "reader", None), "file", None)
        if not isinstance(source, io.BytesIO) or source.getvalue()[:4] == b"ttcf" or options != {"static": True}:
            return instantiate(ttfont, axes, **options)  # not the call this cache knows (or a collection)
        path = folder / f"{instance_key(source.getvalue(), axes)}.ttf"
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            os.utime(path)  # recently used: pruned last
            return _Instance(data)
        buffer = io.BytesIO()
        instantiate(ttfont, axes, **options).save(buffer)
        store(path, buffer.getvalue())
        prune(folder, KEEP)
        return _Instance(buffer.getvalue())

    return cached_instance


def prune(folder: Path, keep: int) -> None:
    """Delete all but the `keep` most recently used instances in `folder`."""
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("*.ttf"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)


@contextlib.contextmanager
def cached_font_instances(folder: Path | None = None) -> Iterator[None]:
    """Reuse cached static instances of variable fonts while a PDF is being written."""
    original = getattr(weasy_fonts, _NAME, None)
    if original is None:
        yield
        return
    setattr(weasy_fonts, _NAME, _cached(original, folder or user_cache_dir() / "font-instances"))
    try:
        yield
    finally:
        setattr(weasy_fonts, _NAME, original)

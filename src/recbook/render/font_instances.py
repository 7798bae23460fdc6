"""Make the static instances of the variable Noto fonts with HarfBuzz's instancer, in C.

A PDF cannot embed a variable font: WeasyPrint 70 subsets each font to the
glyphs the book uses, then has fontTools instantiate that subset at the
requested weight (``instantiateVariableFont``, pure Python: ~0.1 s per font
and weight, 0.8 s of a 7 s ru book, ~2.5 G of its ~21 G instructions). HarfBuzz's
subsetter makes the same static instance when every axis is pinned (hb-subset's
instancer), in about a millisecond; uharfbuzz brings a
HarfBuzz of its own from PyPI, so every machine makes the same bytes, whatever
HarfBuzz its Pango has. The outlines and advances are fontTools' to the unit
(tests/test_font_instances.py); the sample's pages rasterize the same (no pixel
8/255 apart at 100 dpi; docs/benchmarks.md, session 24).

While recbook writes a PDF, this replaces that call (a private name, pinned by
the lock file) for the one shape WeasyPrint makes it in: a subset's bytes, its
axes, ``static=True``. Any other call, an axis the font lacks, or HarfBuzz
failing goes to fontTools as before. If WeasyPrint renames the function,
nothing is replaced and rendering is only slower.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any, BinaryIO, Callable, Iterator

import uharfbuzz
from weasyprint.pdf import fonts as weasy_fonts

_NAME = "instantiateVariableFont"


class NotInstanced(Exception):
    """HarfBuzz did not make this instance (an axis the font lacks, a font it refuses)."""


def static_instance(font: bytes, axes: dict[str, float]) -> bytes:
    """Return the static instance of variable font `font` at `axes`, the axes not named (or None) at their defaults.

    Everything else is kept as it is (glyphs and their ids, names, layout tables, hinting), as
    fontTools' static instantiation keeps it; glyphs whose contours overlap are flagged so
    (fontTools' default), which some rasterizers need once the variations are gone.
    """
    face = uharfbuzz.Face(font)
    wanted = uharfbuzz.SubsetInput()
    wanted.keep_everything()
    wanted.flags |= uharfbuzz.SubsetFlags.SET_OVERLAPS_FLAG
    wanted.pin_all_axes_to_default(face)
    for tag, value in axes.items():
        if value is not None and not wanted.pin_axis_location(face, tag, value):
            raise NotInstanced(f"no {tag} axis")
    try:
        return uharfbuzz.subset(face, wanted).blob.data
    except RuntimeError as exc:  # hb_subset_or_fail failed
        raise NotInstanced(str(exc)) from exc


class _Instance:
    """Stand-in for the instantiated TTFont: WeasyPrint only calls save() on it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, file: BinaryIO) -> None:
        file.write(self.data)


def _by_harfbuzz(instantiate: Callable[..., Any]) -> Callable[..., Any]:
    """Return `instantiate` with the calls WeasyPrint makes answered by HarfBuzz."""

    def harfbuzz_instance(ttfont: Any, axes: dict[str, float], **options: Any) -> Any:
        source = getattr(getattr(ttfont, "reader", None), "file", None)
        if not isinstance(source, io.BytesIO) or source.getvalue()[:4] == b"ttcf" or options != {"static": True}:
            return instantiate(ttfont, axes, **options)  # not the call this knows (or a collection)
        try:
            return _Instance(static_instance(source.getvalue(), axes))
        except NotInstanced:
            return instantiate(ttfont, axes, **options)  # fontTools says what is wrong, as before

    return harfbuzz_instance


@contextlib.contextmanager
def harfbuzz_font_instances() -> Iterator[None]:
    """Have HarfBuzz make the static instances of variable fonts while a PDF is being written."""
    original = getattr(weasy_fonts, _NAME, None)
    if original is None:
        yield
        return
    setattr(weasy_fonts, _NAME, _by_harfbuzz(original))
    try:
        yield
    finally:
        setattr(weasy_fonts, _NAME, original)

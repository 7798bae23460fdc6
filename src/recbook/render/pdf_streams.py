"""Deflate each PDF stream once, not twice, and at zlib's default level, while pydyf writes the file.

recbook asks for an automatic file identifier (`pdf_identifier=True`: a hash of
the content, so the same inputs make the same bytes). pydyf 0.13 computes it
after writing every object, by joining every object's `data` once more, and a
stream's `data` deflates its content (zlib level 9) each time it is read: every
page's content and every font was compressed twice, ~0.43 G of a render's
~21.7 G instructions (bench/pdf_instructions.py). While `PDF.write` runs, each
stream's bytes are kept from the first time they are made and served again;
zlib is deterministic and nothing changes a stream during the write, so the
bytes are the same. Streams are still made afresh outside the write (WeasyPrint
draws into them before). If pydyf's names change, nothing is replaced.

The level: pydyf asks zlib for its best (9), which on a book's streams (2.6 MB
of page contents and fonts) takes 4.5 times the CPU of zlib's default level (6)
for 4.5 % smaller streams (the ru book: 0.21 s against 0.05 s, 264 KB against
277 KB). recbook writes at the default level: a PDF 12 KB larger (4 %), its
render 0.16 s of CPU faster; the bytes as reproducible as before (zlib is
deterministic at any level).
"""

from __future__ import annotations

import contextlib
import zlib
from typing import Any, Callable, Iterator

import pydyf


class _ZlibAtDefaultLevel:
    """What pydyf's module sees as `zlib` while recbook writes: zlib, its compressor at the default level."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = zlib.Z_DEFAULT_COMPRESSION, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs)


def _writing_once(write: Callable[..., Any], data: property) -> Callable[..., Any]:
    """Return pydyf's `PDF.write` serving each stream's `data` from the first time it is made."""

    def write_once(pdf: pydyf.PDF, *args: Any, **kwargs: Any) -> Any:
        made: dict[int, tuple[pydyf.Stream, bytes]] = {}  # the stream is held: its id is not reused

        def kept(stream: pydyf.Stream) -> bytes:
            if id(stream) not in made:
                made[id(stream)] = (stream, data.fget(stream))
            return made[id(stream)][1]

        pydyf.Stream.data = property(kept)
        deflater = getattr(pydyf, "zlib", None)
        if deflater is zlib:
            pydyf.zlib = _ZlibAtDefaultLevel()  # type: ignore[attr-defined]
        try:
            return write(pdf, *args, **kwargs)
        finally:
            pydyf.Stream.data = data
            if deflater is zlib:
                pydyf.zlib = zlib  # type: ignore[attr-defined]

    return write_once


@contextlib.contextmanager
def streams_deflated_once() -> Iterator[None]:
    """Make each stream's bytes once per `PDF.write` while a PDF is written."""
    write, data = pydyf.PDF.__dict__.get("write"), pydyf.Stream.__dict__.get("data")
    if not callable(write) or not isinstance(data, property):
        yield
        return
    pydyf.PDF.write = _writing_once(write, data)
    try:
        yield
    finally:
        pydyf.PDF.write = write

"""Deflate each PDF stream once, not twice, while pydyf writes the file.

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
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Iterator

import pydyf


def _writing_once(write: Callable[..., Any], data: property) -> Callable[..., Any]:
    """Return pydyf's `PDF.write` serving each stream's `data` from the first time it is made."""

    def write_once(pdf: pydyf.PDF, *args: Any, **kwargs: Any) -> Any:
        made: dict[int, tuple[pydyf.Stream, bytes]] = {}  # the stream is held: its id is not reused

        def kept(stream: pydyf.Stream) -> bytes:
            if id(stream) not in made:
                made[id(stream)] = (stream, data.fget(stream))
            return made[id(stream)][1]

        pydyf.Stream.data = property(kept)
        try:
            return write(pdf, *args, **kwargs)
        finally:
            pydyf.Stream.data = data

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

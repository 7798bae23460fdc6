"""A stand-in renderer for build tests: cheap, and its bytes follow the book's language and title.

Named to the render workers as "title_render:title_bytes" (they import it as the build would a renderer).
"""

from __future__ import annotations

SPEC = "title_render:title_bytes"


def title_bytes(book, context) -> bytes:
    return f"{book.lang}:{book.title.value}".encode()

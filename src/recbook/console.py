"""Console output that survives any console: a character it cannot show becomes an escape, not a crash.

A Windows console or a redirect may use cp1251 or cp866, which have no Kazakh
letters (ә, ғ, қ, ң, ө, ұ, ү, һ) and no "→": Python's default for stdout is
to raise. A `\\u04d9` escape keeps the message exact and JSON output valid
(Python's own backslashreplace writes `\\xab` for «, which JSON refuses).
"""

from __future__ import annotations

import codecs
import sys
from typing import TextIO

ERRORS = "recbook-json-escape"


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """Return what an unencodable run of characters becomes: \\uXXXX, surrogate pairs above U+FFFF."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    units = exc.object[exc.start:exc.end].encode("utf-16-be", "surrogatepass")
    escaped = "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}" for i in range(0, len(units), 2))
    return escaped, exc.end


codecs.register_error(ERRORS, _json_escape)


def make_console_safe(streams: tuple[TextIO, ...] | None = None) -> None:
    """Let stdout and stderr print what their encoding lacks as \\u escapes."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _is_utf(getattr(stream, "encoding", None)):
            reconfigure(errors=ERRORS)


def _is_utf(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name.startswith("utf")
    except LookupError:
        return False

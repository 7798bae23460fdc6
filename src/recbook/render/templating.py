"""The one Jinja environment every recbook template is rendered in (book, review pages).

Templates are looked up in the project's `templates/` first, then the packaged
defaults, so a project overrides a whole file or, with ``{% extends %}``,
single blocks. Every value is escaped (autoescape) and a misspelt variable
fails the render (StrictUndefined) rather than printing nothing.

A project's templates may come from anyone, so they are data: Jinja's
immutable sandbox refuses underscore attributes (`cycler.__init__.__globals__`)
and mutating calls, so a template can print the book but never run code.
Nor is any of it evaluated when it is compiled: Jinja folds constant expressions
(`{% set s = "x" * 10**10 %}` in its optimizer, `{{ "x"|center(10**10) }}` in its code generator)
at compile time, which a render worker does while it prepares (recbook.render.warmup), before it
has a book and a memory limit (recbook.render.jobs); folding 200 million letters took 0.6 s and
600 MB and put them in the bytecode cache. Unoptimized and with `_RuntimeOutput`, every expression
runs in the render, under its limits, and prints the same text.

Compiled templates are kept (Jinja's bytecode cache: keyed by each template's
name, path and source): a render compiles only templates new or edited since
the last one. A project's own templates are kept in the user cache; recbook's
packaged ones beside recbook's bytecode (__pycache__/jinja-…), as Python keeps
its modules' — written where that folder is writable and PYTHONDONTWRITEBYTECODE
is unset, else in the user cache — so a machine's first build does not compile
them again (~0.1 s of
CPU: the book's in the render worker, the provenance report's and the groups'
sheets' in the build). Each folder is named by Jinja's and Python's versions and
this module's source, which sets how templates are compiled. An entry with any
byte changed (each is sealed with its digest) is compiled afresh, an unwritable
cache only costs time, and the output is the same either way
(tests/test_template_cache.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import sys
from pathlib import Path
from typing import Sequence

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, nodes, select_autoescape
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..resources import PYCACHE, default_dir
from ..user_cache import sealed, store, unsealed, user_cache_dir

_PACKAGE_CACHE = PYCACHE  # recbook's own templates' compiled code goes there (tests give their own)


class _RuntimeOutput(CodeGenerator):
    """Jinja's code generator, except that only a template's own text is output as a constant: every
    `{{ expression }}` is evaluated when the template renders, never when it is compiled."""

    def _output_child_to_const(self, node, frame, finalize):
        if not isinstance(node, nodes.TemplateData):
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, compiled with `_RuntimeOutput`."""

    code_generator_class = _RuntimeOutput


def template_environment(template_dirs: Sequence[Path]) -> Environment:
    """Return the sandboxed Jinja environment over `template_dirs` (first match wins)."""
    return _Sandbox(
        loader=FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
        optimized=False,  # nothing evaluated at compile time (above)
    )


class _TolerantBytecodeCache(FileSystemBytecodeCache):
    """Jinja's file bytecode cache, sealed with a digest: an entry that cannot be read, written or
    trusted is only a miss.

    Jinja checks a template's source checksum but runs the compiled code it loads as it is, and a
    flipped byte in marshalled code can abort the interpreter (no traceback, no diagnostic), so each
    entry is written behind user_cache.sealed and loaded only if every byte is as written.
    """

    def __init__(self, directory: str, packaged: tuple[Path, Path] | None = None) -> None:
        super().__init__(directory)
        self.packaged = packaged  # (recbook's templates folder, where their compiled code is kept)

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        """Jinja's bucket for a template, read from the folders its file decides (recbook's own:
        beside its bytecode, then the user cache; a project's: the user cache)."""
        bucket = Bucket(environment, self.get_cache_key(name, filename), self.get_source_checksum(source))
        bucket.folders = [Path(self.directory)]  # type: ignore[attr-defined]
        if self.packaged and filename and Path(filename).resolve().is_relative_to(self.packaged[0]):
            bucket.folders.insert(0, self.packaged[1])  # type: ignore[attr-defined]
        self.load_bytecode(bucket)
        return bucket

    def _entry(self, folder: Path, bucket: Bucket) -> Path:
        return folder / (self.pattern % bucket.key)

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` from its first whole entry, else leave it empty (compile afresh)."""
        for folder in bucket.folders:  # type: ignore[attr-defined]
            try:
                data = unsealed(self._entry(folder, bucket).read_bytes())
                if data is not None:
                    bucket.load_bytecode(io.BytesIO(data))
            except Exception:  # none yet, unreadable, or other code's: the next folder, or compile afresh
                bucket.reset()
            if bucket.code is not None:
                return

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep `bucket`'s compiled code, sealed, in its first folder that takes it (beside recbook's
        bytecode only as Python writes bytecode there); a cache that cannot be written only costs time."""
        buffer = io.BytesIO()
        bucket.write_bytecode(buffer)
        data = sealed(buffer.getvalue())
        for folder in bucket.folders:  # type: ignore[attr-defined]
            if self.packaged and folder == self.packaged[1] and sys.dont_write_bytecode:
                continue
            if store(self._entry(folder, bucket), data):
                return


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Return the bytecode cache of this Jinja, Python and environment (None if it cannot be made)."""
    digest = hashlib.sha256(f"{jinja2.__version__}\0{sys.version}\0".encode())
    with contextlib.suppress(OSError):
        digest.update(Path(__file__).read_bytes())  # the environment's settings shape the compiled code
        folder = user_cache_dir() / "jinja" / digest.hexdigest()[:32]
        folder.mkdir(parents=True, exist_ok=True)
        packaged = (default_dir("templates").resolve(), _PACKAGE_CACHE / f"jinja-{digest.hexdigest()[:32]}")
        return _TolerantBytecodeCache(str(folder), packaged)
    return None

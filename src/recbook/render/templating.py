"""The one Jinja environment every recbook template is rendered in (book, review pages).

Templates are looked up in the project's `templates/` first, then the packaged
defaults, so a project overrides a whole file or, with ``{% extends %}``,
single blocks. Every value is escaped (autoescape) and a misspelt variable
fails the render (StrictUndefined) rather than printing nothing.

A project's templates may come from anyone, so they are data: Jinja's
immutable sandbox refuses underscore attributes (`cycler.__init__.__globals__`)
and mutating calls, so a template can print the book but never run code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment


def template_environment(template_dirs: Sequence[Path]) -> Environment:
    """Return the sandboxed Jinja environment over `template_dirs` (first match wins)."""
    return ImmutableSandboxedEnvironment(
        loader=FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )

"""The one Jinja environment every recbook template is rendered in (book, review pages).

Templates are looked up in the project's `templates/` first, then the packaged
defaults, so a project overrides a whole file or, with ``{% extends %}``,
single blocks. Every value is escaped (autoescape) and a misspelt variable
fails the render (StrictUndefined) rather than printing nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape


def template_environment(template_dirs: Sequence[Path]) -> Environment:
    """Return the Jinja environment over `template_dirs` (first match wins)."""
    return Environment(
        loader=FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )

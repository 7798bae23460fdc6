"""Renderers, in a registry keyed by format: each turns a LocalizedBook into bytes.

Adding a format (HTML, ODT…) means one new module and one line here. Renderers
never write files: `recbook.write` does that atomically.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..model import LocalizedBook

# format → "module:function"; imported lazily so `recbook check` never loads WeasyPrint
RENDERERS: dict[str, str] = {
    "pdf": "recbook.render.pdf:render_pdf",
    "docx": "recbook.render.docx:render_docx",
}
# format → "module:function(context, languages)" a worker runs while it waits for its first book
# (recbook.render.jobs): work the render then finds done; a format without one just waits
PREPARERS: dict[str, str] = {
    "pdf": "recbook.render.warmup:prepare_pdf",
}

# the longest time one output may be given, a week: what `--render-timeout` takes (recbook.commands)
# and the most a stopped render's message suggests (recbook.render.jobs); here, where the command
# line reads it without importing the render machinery
LONGEST_TIMEOUT = 7 * 24 * 3600.0


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may know besides the book: where templates and assets live."""

    project: Path
    template_dirs: tuple[Path, ...]  # the project's templates/ first, then the packaged defaults
    asset_dirs: tuple[Path, ...]  # folders the PDF may load files from (logos, images)
    pdf_variant: str = "pdf/ua-1"  # or "pdf/a-3b"
    options: dict[str, str] = field(default_factory=dict, hash=False)
    # seconds one output may take (`recbook build --render-timeout`); changes no byte, so no cache key
    timeout: float = 600.0

    def find_template(self, name: str) -> Path | None:
        """Return the first template called `name` (project override wins), or None."""
        for folder in self.template_dirs:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None


Renderer = Callable[[LocalizedBook, RenderContext], bytes]


def get_renderer(fmt: str) -> Renderer:
    """Return the render function registered for `fmt`."""
    module_name, _, attr = RENDERERS[fmt].partition(":")
    return getattr(importlib.import_module(module_name), attr)

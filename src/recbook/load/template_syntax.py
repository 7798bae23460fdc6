"""Parse a project's own templates at `check` time, so a syntax error is found before `build` renders.

Only parsing: nothing is rendered and nothing runs (rendering happens in the
sandbox, recbook.render.templating). The packaged templates are tested; a
project's overrides in templates/ are what a secretariat edits by hand.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostic, Location, error

TEMPLATE_SUFFIXES = (".html", ".css")
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


def template_problems(project: Path) -> list[Diagnostic]:
    """Return an error for each project template that does not parse (or is too large to be one)."""
    folder = project / "templates"
    if not folder.is_dir():
        return []
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in TEMPLATE_SUFFIXES and p.is_file()):
        shown = path.relative_to(project).as_posix()
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                found.append(error(Location(shown), f"a template of {path.stat().st_size:,} bytes is more than "
                                   f"the {MAX_TEMPLATE_BYTES // 2**20} MiB limit", "template.too-large"))
                continue
            env.parse(path.read_text("utf-8"), name=shown, filename=shown)
        except TemplateSyntaxError as exc:
            found.append(error(Location(shown, exc.lineno), f"template syntax: {exc.message}", "template.syntax"))
        except (UnicodeDecodeError, OSError) as exc:
            found.append(error(Location(shown), f"cannot be read as UTF-8 text: {exc}", "template.unreadable"))
    return found

"""Parse a project's own templates at `check` time, so a syntax error is found before `build` renders.

Only parsing: nothing is rendered and nothing runs (rendering happens in the
sandbox, recbook.render.templating). The packaged templates are tested; a
project's overrides in templates/ are what a secretariat edits by hand. A file
there with the very bytes of the packaged template of the same name is not an
edit (a copy kept beside the ones edited, as in a copy of the sample project), so
it is not parsed again: a check then needs no Jinja2 at all. The packaged file
itself (the project is a source checkout) is parsed: an edit there is untested.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, Location, error, warning
from ..file_memo import reuse
from ..resources import is_packaged_copy

TEMPLATE_SUFFIXES = (".html", ".css")
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


def template_problems(project: Path) -> list[Diagnostic]:
    """Return an error for each project template that does not parse (or is too large to be one).

    An unchanged template's verdict comes from the user cache (recbook/file_memo.py): Jinja2 is
    imported only when a template is new or edited.
    """
    folder = project / "templates"
    if not folder.is_dir():
        return []
    found = []
    paths = sorted(p for p in folder.rglob("*") if p.suffix in TEMPLATE_SUFFIXES and p.is_file())
    # a verdict also depends on which layouts the project overrides (_unknown_blocks): kept per that list too
    overrides = "\0".join(p.relative_to(folder).as_posix() for p in paths)
    for path in paths:
        shown = path.relative_to(project).as_posix()
        try:
            size = path.stat().st_size
        except OSError as exc:
            found.append(error(Location(shown), f"cannot be read as UTF-8 text: {exc}", "template.unreadable"))
            continue
        if size > MAX_TEMPLATE_BYTES:
            found.append(error(Location(shown), f"a template of {size:,} bytes is more than "
                               f"the {MAX_TEMPLATE_BYTES // 2**20} MiB limit", "template.too-large"))
            continue
        if not is_packaged_copy(path, path.relative_to(folder).as_posix()):
            found += reuse("template-syntax", path, f"{shown}\0{overrides}", lambda: _parse_problems(path, shown))
    return found


def _parse_problems(path: Path, shown: str) -> list[Diagnostic]:
    """Return the error that parsing one template gives, if any."""
    from jinja2 import TemplateSyntaxError

    try:
        tree = _environment().parse(path.read_text("utf-8"), name=shown, filename=shown)
    except TemplateSyntaxError as exc:
        return [error(Location(shown, exc.lineno), f"template syntax: {exc.message}", "template.syntax")]
    except (UnicodeDecodeError, OSError) as exc:
        return [error(Location(shown), f"cannot be read as UTF-8 text: {exc}", "template.unreadable")]
    folder = path.parents[len(Path(shown.removeprefix("templates/")).parts) - 1]
    return _self_references(tree, shown) + _unknown_names(tree, shown) + _unknown_blocks(tree, shown, folder)


# what an override of an entry point extends instead (templates/README.md, "Overriding a block")
_LAYOUTS = {"book.html": "book-layout.html", "review.html": "review-layout.html"}


def _self_references(tree: Any, shown: str) -> list[Diagnostic]:
    """Return an error for each `{% extends %}`, `{% include %}` or `{% import %}` naming the template itself.

    A project's templates/book.html replaces the packaged one, so `{% extends "book.html" %}` there names
    the override again: the render recursed until Python stopped it, said as "internal error while
    rendering: RecursionError" with no file or line, and `check` said OK (qainput s23).
    """
    from jinja2 import nodes

    name = shown.removeprefix("templates/")  # how a template names another
    found = []
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        if isinstance(node.template, nodes.Const) and node.template.value == name:
            why = (f"a project's {name} replaces the packaged one, so it would name itself without end; extend "
                   f'"{_LAYOUTS[name]}", as templates/README.md shows' if name in _LAYOUTS else
                   "it would be read into itself without end")
            found.append(error(Location(shown, node.lineno), f'"{name}" names this template itself: {why}',
                               "template.syntax"))
    return found


# the filters the book's environment adds to Jinja's own (render/html.py, make_env: the renderers may
# not be imported here; tests/test_template_syntax.py keeps the two in step)
RECBOOK_FILTERS = frozenset({"css_string", "css_content", "keep_last_word", "plain"})


def _unknown_names(tree: Any, shown: str) -> list[Diagnostic]:
    """Return an error for each filter (`x|uper`) or test (`x is evne`) no recbook environment has.

    Jinja finds them only when it compiles, in the render: a misspelt filter passed `check` and failed
    every book of the build, said at the output file (qainput s23).
    """
    from jinja2 import nodes
    from jinja2.defaults import DEFAULT_FILTERS, DEFAULT_TESTS

    from ..near_miss import near_miss

    found = []
    for kind, node_type, known in (("filter", nodes.Filter, {*DEFAULT_FILTERS, *RECBOOK_FILTERS}),
                                   ("test", nodes.Test, set(DEFAULT_TESTS))):
        for node in tree.find_all(node_type):
            if node.name not in known:
                hint = near_miss(node.name, known)
                found.append(error(Location(shown, node.lineno), f"template: no {kind} named {node.name!r}"
                                   f"{f'; {hint.text}' if hint else ''}", "template.syntax"))
    return found


def _unknown_blocks(tree: Any, shown: str, folder: Path) -> list[Diagnostic]:
    """Warn at each block an override defines that the template it extends has not (`{% block titel %}`).

    Jinja prints only the blocks the layout places, so such a block's text was dropped without a word.
    Only a packaged layout is looked into: a project's own one may change while this file does not, and
    this file's verdict is kept by its bytes (file_memo).
    """
    from jinja2 import nodes

    from ..near_miss import near_miss

    extends = next((n for n in tree.body if isinstance(n, nodes.Extends)), None)
    if extends is None or not isinstance(extends.template, nodes.Const):
        return []
    parent = str(extends.template.value)
    placed = _packaged_blocks(parent) if not (folder / parent).exists() else None
    if not placed:
        return []
    found = []
    for block in (n for n in tree.body if isinstance(n, nodes.Block) and n.name not in placed):
        hint = near_miss(block.name, placed)
        found.append(warning(Location(shown, block.lineno), f'block "{block.name}" is not one of {parent}\'s, so '
                             f"what it holds is never printed{f'; {hint.text}' if hint else ''} "
                             f"({parent}'s blocks: {', '.join(sorted(placed))})", "template.unknown-block"))
    return found


@lru_cache(maxsize=8)
def _packaged_blocks(name: str, depth: int = 0) -> frozenset[str]:
    """Return the names of the blocks a packaged template defines, its own layout's included (none if unknown)."""
    from jinja2 import TemplateSyntaxError, nodes

    from ..resources import default_dir

    path = default_dir("templates") / name
    try:
        tree = _environment().parse(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, TemplateSyntaxError):
        return frozenset()
    names = {block.name for block in tree.find_all(nodes.Block)}
    extends = next((n for n in tree.body if isinstance(n, nodes.Extends)), None)
    if extends is not None and isinstance(extends.template, nodes.Const) and depth < 5:
        names |= _packaged_blocks(str(extends.template.value), depth + 1)
    return frozenset(names)


@lru_cache(maxsize=1)
def _environment() -> Any:
    """Return the environment templates are parsed with (as the renderers configure it)."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)

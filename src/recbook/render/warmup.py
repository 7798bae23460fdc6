"""Prepare a PDF render worker while the build process checks the project.

A worker is started when a build starts and then waits for its book while
the build process reads and checks the project (~0.5 s on a first build).
Some of what a PDF render does first depends on no book and is kept for the
render to reuse, so it is done in that wait instead of on the build's
critical path:

- the book's templates are compiled into the user cache (Jinja's bytecode
  cache, recbook.render.templating), so the render only loads them (~2 ms
  instead of ~60 ms on a first build);
- pyphen's hyphenation dictionaries for the languages to be built are read
  into its module-level cache, which WeasyPrint's hyphenation then finds
  (~70 ms each);
- the font files are looked up (recbook.render.fonts caches them).

Nothing here changes what a render produces: the render looks everything up
again as it always does and only finds it ready (tests/test_render_warmup.py
compares the bytes). A failure here only costs the render that time: the
worker ignores it (recbook.render.jobs) and the render meets and reports it.
"""

from __future__ import annotations

import re

import pyphen

from . import RenderContext
from .fonts import font_faces
from .html import make_env

ENTRY_TEMPLATES = ("book.html", "book.css", "custom.css")  # what render_html asks for
# the templates a template names in {% extends/include/import/from "…" %}; a name built at render
# time is not seen, and that template is simply compiled by the render
_REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"'{}]+)["']""")
# languages the book's stylesheet sets `hyphens: manual` for (templates/book.css): recbook
# places their soft hyphens itself (recbook.render.hyphenate_kk), so no dictionary is read
MANUAL_HYPHENATION = frozenset({"kk"})


def prepare_pdf(context: RenderContext, languages: tuple[str, ...]) -> None:
    """Compile the book's templates, read the hyphenation dictionaries, find the fonts."""
    compile_templates(context)
    load_dictionaries(languages)
    font_faces()


def compile_templates(context: RenderContext) -> list[str]:
    """Load every template a book render starts from, and those they name, into the bytecode cache."""
    env = make_env(context)
    queue = [name for name in ENTRY_TEMPLATES if context.find_template(name)]
    done: list[str] = []
    while queue:
        name = queue.pop(0)
        if name in done or not context.find_template(name):
            continue
        env.get_template(name)  # compiled and stored in the user cache, or loaded from it
        done.append(name)
        source = env.loader.get_source(env, name)[0]
        queue.extend(_REFERENCE.findall(source))
    return done


def load_dictionaries(languages: tuple[str, ...]) -> list[str]:
    """Read pyphen's dictionaries for `languages` into its cache (those it has and CSS hyphenates)."""
    loaded = []
    for lang in languages:
        found = None if lang in MANUAL_HYPHENATION else pyphen.language_fallback(lang)
        if found:
            pyphen.Pyphen(lang=found)  # fills pyphen.hdcache, where WeasyPrint's Pyphen(lang=…) finds it
            loaded.append(found)
    return loaded

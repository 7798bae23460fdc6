"""Skip re-rendering an output whose every ingredient is unchanged since the last build.

WeasyPrint takes seconds per book; the secretariat rebuilds often on the last
night. A file is reused only when its render key (the localized book, the
format and its options, every template and asset byte, recbook's and its
renderers' versions) equals the key recorded in output/manifest.json *and* the
file on disk still has the recorded hash. Anything else renders afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path

from .. import __version__
from .manifest import file_sha256, package_versions
from ..model import LocalizedBook
from . import RENDERERS, RenderContext
from .office import layout_engine  # the DOCX's stored page numbers come from LibreOffice


def environment_digest(context: RenderContext) -> str:
    """Return a digest of what every output of a build shares: versions, options, templates, assets.

    Computed once per build: hashing the folders for each output would read them six times.
    """
    digest = hashlib.sha256()
    for part in (__version__, context.pdf_variant, repr(sorted(context.options.items())),
                 json.dumps(package_versions(), sort_keys=True), layout_engine()):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    for _, name, path in _files_in((*context.template_dirs, *context.asset_dirs)):
        digest.update(name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _files_in(folders: Iterable[Path]) -> Iterator[tuple[Path, str, Path]]:
    """Yield (folder, relative name, path) of every file under `folders`, each folder's sorted by path.

    The name is written with "/", so a digest of names and bytes is the same on Windows.
    """
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            yield folder, path.relative_to(folder).as_posix(), path


# what a build's options and a release stamp on a book (`--strict`, the edition, SOURCE_DATE_EPOCH), not
# its inputs: left out of its inputs digest, so a partial build after a release or a `--strict` build
# does not call the books it left "made from other inputs"
_NOT_INPUTS = {"draft": True, "edition_status": "draft", "edition_label": "", "edition_number": None,
               "edition_stamp": "", "source_date_epoch": 0, "changelog": None}


def inputs_digests(books: Iterable[LocalizedBook], context: RenderContext) -> dict[str, str]:
    """Return book file name → a digest of what it is made from, for every book in every format.

    What a book is made from is its localized book (the project's inputs, decisions, catalogs and
    editions as they print in its language) and the template and asset bytes its format reads (the
    DOCX: reference.docx and the assets; the PDF: every other template, and the assets): not the
    options or the versions a build renders it with. The manifest records it with each book
    ("inputs"), so a partial build (`--lang ru`, `--format pdf`) can tell which books it left were
    made from other inputs ("stale").
    """
    folders = {fmt: _format_files(context, fmt) for fmt in RENDERERS}
    digests = {}
    for book in books:
        made_from = printed(book, **_NOT_INPUTS)
        digests.update((f"{book.conference_id}.{book.lang}.{fmt}",
                        hashlib.sha256("\0".join((folders[fmt], made_from)).encode("utf-8")).hexdigest())
                       for fmt in RENDERERS)
    return digests


REFERENCE_DOCX = "reference.docx"  # the one template the DOCX renderer reads (render/docx), the PDF never


def _format_files(context: RenderContext, fmt: str) -> str:
    """Return a digest of the template and asset files a book in `fmt` is made from."""
    digest = hashlib.sha256()
    if fmt == "docx":
        reference = context.find_template(REFERENCE_DOCX)
        digest.update(reference.read_bytes() if reference is not None else b"")
        digest.update(b"\0")
    folders = context.asset_dirs if fmt == "docx" else (*context.template_dirs, *context.asset_dirs)
    for folder, name, path in _files_in(folders):
        if fmt != "docx" and folder in context.template_dirs and name == REFERENCE_DOCX:
            continue
        digest.update(name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def render_key(book: LocalizedBook, fmt: str, environment: str) -> str:
    """Return a digest of everything that shapes the rendered bytes of `book` in `fmt`."""
    return hashlib.sha256("\0".join((environment, fmt, printed(book))).encode("utf-8")).hexdigest()


def printed(book: LocalizedBook, **replaced: object) -> str:
    """Return repr(replace(book, **replaced)), each field's repr made once per book (`_field_reprs`).

    A build prints each book for its render key, then every language's book, some fields replaced,
    for the manifest's inputs digests: a book's repr is ~350 KB, and a first build printed the one it
    renders twice. The dataclass's repr is its class name and each shown field as `name=repr(value)`.
    """
    shown = ", ".join(f"{name}={repr(replaced[name]) if name in replaced else text}"
                      for name, text in _field_reprs(book))
    return f"{type(book).__qualname__}({shown})"


_REPRS: dict[int, tuple[LocalizedBook, tuple[tuple[str, str], ...]]] = {}  # by the book's identity, kept with it
_MOST_REPRS = 8  # a build's books (three languages), with room


def _field_reprs(book: LocalizedBook) -> tuple[tuple[str, str], ...]:
    """Return (name, repr of its value) of the book's fields its repr shows, made once per book object."""
    kept = _REPRS.get(id(book))
    if kept is not None and kept[0] is book:
        return kept[1]
    if len(_REPRS) >= _MOST_REPRS:
        _REPRS.clear()
    shown = tuple((f.name, repr(getattr(book, f.name))) for f in fields(book) if f.repr)
    _REPRS[id(book)] = (book, shown)
    return shown


def previous_entries(output_dir: Path) -> dict:
    """Return the file entries of the last build's manifest (empty if there is none)."""
    try:
        entries = json.loads((output_dir / "manifest.json").read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def reusable(entries: dict, output_dir: Path, name: str, key: str) -> bytes | None:
    """Return the bytes of output/`name` if the last manifest says they were rendered from `key`."""
    entry = entries.get(name)
    path = output_dir / name
    if not isinstance(entry, dict) or entry.get("key") != key or not path.is_file():
        return None
    if file_sha256(path) != entry.get("sha256"):
        return None  # edited or damaged since: render again
    return path.read_bytes()

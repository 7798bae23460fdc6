"""A book's render key and inputs digest: the digests of its repr, each book printed once per build."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from book_factory import make_book
from conftest import copy_sample_project

from recbook.diagnostics import Report
from recbook.render import RenderContext, cache


def _sample_books(tmp_path: Path) -> list:
    from recbook.pipeline import gather, localize_book

    gathered = gather(copy_sample_project(tmp_path), Report())
    return [localize_book(gathered, lang, False, Report(), None) for lang in ("kk", "ru", "en")]


def test_a_books_print_is_its_repr_with_the_fields_replaced(tmp_path: Path) -> None:
    for book in [make_book("kk"), make_book("ru"), *_sample_books(tmp_path)]:
        assert cache.printed(book) == repr(book)
        assert cache.printed(book, **cache._NOT_INPUTS) == repr(replace(book, **cache._NOT_INPUTS))
        key = cache.render_key(book, "pdf", "env")
        assert key == hashlib.sha256("\0".join(("env", "pdf", repr(book))).encode("utf-8")).hexdigest()


class _Counted(str):
    """A field value that counts how often it is printed."""

    printed = 0

    def __repr__(self) -> str:
        type(self).printed += 1
        return super().__repr__()


def test_a_book_is_printed_once_for_its_render_key_and_its_inputs_digest(tmp_path: Path) -> None:
    # a first build printed the book it renders twice (~350 KB of nested dataclass reprs each time)
    book = replace(make_book("ru"), isbn=_Counted("978-601-00-0000-0"))
    cache.render_key(book, "pdf", "env")
    cache.inputs_digests([book], RenderContext(tmp_path, (), ()))
    assert _Counted.printed == 1

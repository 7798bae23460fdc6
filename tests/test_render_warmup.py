"""Workers prepare a PDF render while the project is checked: the same bytes and errors as without."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyphen
import jinja2

from book_factory import make_book
from pdf_helpers import context
from recbook import render
from recbook.diagnostics import Report
from recbook.render.html import render_html
from recbook.render.jobs import Preparation, render_outputs, start_workers
from recbook.render.pdf import render_pdf, source_date
from recbook.render.warmup import compile_templates, load_dictionaries, prepare_pdf


def failing_prepare(context, languages) -> None:
    raise RuntimeError("a preparation that fails")


def _build(project: Path, preparation: Preparation | None) -> tuple[dict[str, bytes], Report]:
    """Render the ru PDF in a worker started with `preparation`, as a build does."""
    report = Report()
    with start_workers(("pdf",), 1, preparation) as workers:
        files, _ = render_outputs([make_book("ru")], ("pdf",), context(project), project, report,
                                  rebuild=True, workers=workers)
    return files, report


def test_a_prepared_worker_renders_the_same_bytes_as_a_render_without(tmp_path: Path, monkeypatch) -> None:
    expected = render_pdf(make_book("ru"), context(tmp_path))  # this process: not prepared
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(tmp_path / "empty-cache"))  # the worker prepares a first build
    files, report = _build(tmp_path, Preparation(context(tmp_path), ("kk", "ru", "en")))
    assert not report.items
    assert list(files.values()) == [expected]


def test_a_failing_preparation_does_not_fail_the_build(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(render.PREPARERS, "pdf", f"{__name__}:failing_prepare")
    files, report = _build(tmp_path, Preparation(context(tmp_path), ("ru",)))
    assert not report.items
    assert list(files.values()) == [render_pdf(make_book("ru"), context(tmp_path))]


def test_a_template_error_met_while_preparing_is_reported_by_the_render_as_without(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text("<p>{% if %}</p>\n", "utf-8")
    _, unprepared = _build(tmp_path, None)
    _, prepared = _build(tmp_path, Preparation(context(tmp_path), ("ru",)))
    assert [d.code for d in unprepared.items] == ["render.pdf"]
    assert [d.format() for d in prepared.items] == [d.format() for d in unprepared.items]


def test_a_worker_prepares_before_it_is_sent_a_book(tmp_path: Path) -> None:
    # a project's own template: its compiled code goes to the user cache (recbook's own go beside its
    # bytecode, or to the user cache where PYTHONDONTWRITEBYTECODE is set, as in some test runs)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text('{% extends "book-layout.html" %}', "utf-8")
    from jinja2.bccache import BytecodeCache

    jinja_cache = Path(os.environ["RECBOOK_CACHE_DIR"]) / "jinja"
    key = BytecodeCache().get_cache_key("book.html", str(tmp_path / "templates" / "book.html"))
    with start_workers(("pdf",), 1, Preparation(context(tmp_path), ("ru",))):
        deadline = time.monotonic() + 60
        while not list(jinja_cache.rglob(f"__jinja2_{key}.cache")) and time.monotonic() < deadline:
            time.sleep(0.1)
    assert len(list(jinja_cache.rglob(f"__jinja2_{key}.cache"))) == 1  # the project's book.html


def test_after_preparing_the_render_compiles_no_template(tmp_path: Path, monkeypatch) -> None:
    ctx = context(tmp_path)
    assert compile_templates(ctx) == ["book.html", "book.css", "book-layout.html", "book-macros.html"]
    compiled = []
    original = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda env, *a, **k: compiled.append(a) or original(env, *a, **k))
    book = make_book("ru")
    render_html(book, ctx, source_date(book))
    assert compiled == []


def test_a_project_template_and_what_it_names_are_prepared(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text('{% extends "own-layout.html" %}', "utf-8")
    (tmp_path / "templates" / "own-layout.html").write_text('{%- include "book-macros.html" %}<p>own</p>', "utf-8")
    (tmp_path / "templates" / "custom.css").write_text("p { color: black }", "utf-8")
    assert compile_templates(context(tmp_path)) == ["book.html", "book.css", "custom.css", "own-layout.html",
                                                    "book-macros.html"]


def test_dictionaries_are_read_for_the_languages_weasyprint_hyphenates(monkeypatch) -> None:
    monkeypatch.setattr(pyphen, "hdcache", {})
    assert load_dictionaries(("kk", "ru", "en")) == ["ru", "en"]  # Kazakh: recbook's own soft hyphens
    kept = dict(pyphen.hdcache)
    assert pyphen.Pyphen(lang=pyphen.language_fallback("ru"), left=2, right=2).hd is kept[pyphen.LANGUAGES["ru"]]
    prepare_pdf(context(Path("/nonexistent")), ("ru",))
    assert pyphen.hdcache == kept  # nothing read twice

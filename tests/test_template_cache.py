"""Compiled templates are reused (recbook's own from beside its bytecode, a project's from the user
cache), and the HTML is the same with or without them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from book_factory import make_book
from pdf_helpers import context
from recbook.render import templating
from recbook.render.html import render_html

WHEN = dt.datetime(2025, 9, 26)


@pytest.fixture(autouse=True)
def package_cache(tmp_path_factory, monkeypatch) -> Path:
    """recbook's own bytecode folder, this test's: written whatever PYTHONDONTWRITEBYTECODE the run has."""
    folder = tmp_path_factory.mktemp("pycache")
    monkeypatch.setattr(templating, "_PACKAGE_CACHE", folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return folder


def cached_templates() -> list[Path]:
    return sorted([*user_cached_templates(), *templating._PACKAGE_CACHE.rglob("*.cache")])


def user_cached_templates() -> list[Path]:
    return sorted((Path(os.environ["RECBOOK_CACHE_DIR"]) / "jinja").rglob("*.cache"))


def html_of(project: Path) -> str:
    return render_html(make_book("ru"), context(project), WHEN)[0]


def test_compiled_templates_are_kept_and_give_the_same_html(tmp_path):
    fresh = html_of(tmp_path)
    kept = cached_templates()
    assert kept
    times = [p.stat().st_mtime_ns for p in kept]
    assert html_of(tmp_path) == fresh
    assert [p.stat().st_mtime_ns for p in cached_templates()] == times  # read, not written again


def test_recbooks_templates_are_kept_beside_its_bytecode_and_a_projects_own_in_the_user_cache(
        tmp_path, package_cache, monkeypatch):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text('{% extends "book-layout.html" %}', "utf-8")
    html_of(tmp_path)
    # book-layout.html, book-macros.html, book.css: recbook's; book.html: the project's
    assert len(list(package_cache.rglob("*.cache"))) == 3 and len(user_cached_templates()) == 1
    compiled = []
    original = templating.Environment.compile
    monkeypatch.setattr(templating.Environment, "compile",
                        lambda self, source, name=None, *a, **k: compiled.append(name) or original(
                            self, source, name, *a, **k))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # read as bytecode is, though not written
    (tmp_path / "templates" / "book.html").write_text('{% extends "book-layout.html" %}{# edited #}', "utf-8")
    html_of(tmp_path)
    assert compiled == ["book.html"]  # the edited one alone


def test_under_dont_write_bytecode_recbooks_templates_are_kept_in_the_user_cache(tmp_path, package_cache,
                                                                                  monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    fresh = html_of(tmp_path)
    assert list(package_cache.iterdir()) == [] and len(user_cached_templates()) == 4  # book.html too
    compiled = []
    original = templating.Environment.compile
    monkeypatch.setattr(templating.Environment, "compile",
                        lambda self, source, name=None, *a, **k: compiled.append(name) or original(
                            self, source, name, *a, **k))
    assert html_of(tmp_path) == fresh and compiled == []  # read back from there
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(templating, "_PACKAGE_CACHE", package_cache / "new")
    assert html_of(tmp_path) == fresh and compiled == []  # found in the user cache: not written again
    assert not (package_cache / "new").exists()


def test_where_recbooks_folder_cannot_be_written_its_templates_are_kept_in_the_user_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(templating, "_PACKAGE_CACHE", blocker / "pycache")
    html_of(tmp_path)
    assert len(user_cached_templates()) == 4 and blocker.read_text() == "not a folder"


@pytest.mark.parametrize("damage", [b"", b"j2junk", b"\x00" * 64])
def test_a_damaged_compiled_template_is_compiled_again(tmp_path, damage):
    fresh = html_of(tmp_path)
    for path in cached_templates():
        path.write_bytes(damage)
    assert html_of(tmp_path) == fresh


def test_an_edited_template_is_compiled_again(tmp_path):
    html_of(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text('{% extends "book-layout.html" %}', "utf-8")
    first = html_of(tmp_path)
    (tmp_path / "templates" / "book.html").write_text('<p>own</p>', "utf-8")
    assert html_of(tmp_path) == "<p>own</p>" != first


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    fresh = html_of(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(blocker / "cache"))
    assert html_of(tmp_path) == fresh


def test_a_compiled_template_with_a_flipped_byte_is_compiled_again(tmp_path):
    """Jinja runs the code it loads as it is: one changed byte there once aborted the interpreter."""
    fresh = html_of(tmp_path)
    for path in cached_templates():
        blob = bytearray(path.read_bytes())
        blob[len(blob) * 2 // 3] ^= 0x04
        path.write_bytes(bytes(blob))
    script = ("import datetime as dt, sys; from pathlib import Path; sys.path[:0] = ['tests']\n"
              "from book_factory import make_book; from pdf_helpers import context\n"
              "from recbook.render import templating; from recbook.render.html import render_html\n"
              f"templating._PACKAGE_CACHE = Path({str(templating._PACKAGE_CACHE)!r})\n"
              f"print(render_html(make_book('ru'), context(Path({str(tmp_path)!r})), dt.datetime(2025, 9, 26))[0], end='')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == fresh

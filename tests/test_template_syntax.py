"""A project's templates are parsed at check time, except exact copies of the packaged ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recbook.load import template_syntax
from recbook.load.template_syntax import TEMPLATE_SUFFIXES, template_problems
from recbook.resources import default_dir

PACKAGED = sorted(p for p in default_dir("templates").rglob("*") if p.suffix in TEMPLATE_SUFFIXES)


@pytest.mark.parametrize("path", PACKAGED, ids=lambda p: p.name)
def test_every_packaged_template_parses(path: Path) -> None:
    # what lets a copy of one go unparsed
    assert template_syntax._parse_problems(path, path.name) == []


def _copy_packaged(project: Path) -> Path:
    shutil.copytree(default_dir("templates"), project / "templates")
    return project / "templates"


def test_copies_of_the_packaged_templates_are_not_parsed(tmp_path, monkeypatch) -> None:
    _copy_packaged(tmp_path)
    parsed = []
    monkeypatch.setattr(template_syntax, "_parse_problems", lambda path, shown: parsed.append(shown) or [])
    assert template_problems(tmp_path) == []
    assert parsed == []


def test_a_copy_changed_by_one_byte_is_parsed_and_its_error_found(tmp_path) -> None:
    folder = _copy_packaged(tmp_path)
    book = folder / "book.html"
    book.write_bytes(book.read_bytes() + b"{% if %}")
    found = template_problems(tmp_path)
    assert [(d.code, d.location.path) for d in found] == [("template.syntax", book.relative_to(tmp_path).as_posix())]


def test_the_same_bytes_under_another_name_are_parsed(tmp_path, monkeypatch) -> None:
    # only the packaged template of the same name vouches for a file
    (tmp_path / "templates").mkdir()
    source = PACKAGED[0]
    (tmp_path / "templates" / f"renamed{source.suffix}").write_bytes(source.read_bytes())
    parsed = []
    monkeypatch.setattr(template_syntax, "_parse_problems", lambda path, shown: parsed.append(shown) or [])
    template_problems(tmp_path)
    assert parsed == [f"templates/renamed{source.suffix}"]


def test_the_packaged_folder_itself_is_parsed(tmp_path, monkeypatch) -> None:
    # a source checkout used as the project: its templates/ is the packaged folder, and an edit
    # there is untested, so it is no copy of anything and is parsed
    import recbook.resources

    folder = _copy_packaged(tmp_path)
    # recbook as if installed from a source checkout at tmp_path
    monkeypatch.setattr(recbook.resources, "_PACKAGE", tmp_path / "src" / "recbook")
    book = folder / "book.html"
    book.write_bytes(book.read_bytes() + b"{% if %}")
    found = template_problems(tmp_path)
    assert [(d.code, d.location.path) for d in found] == [("template.syntax", "templates/book.html")]


def test_an_override_naming_itself_is_an_error_at_its_line(tmp_path) -> None:
    # qainput s23: templates/book.html with {% extends "book.html" %} (the entry point, it seemed) checked OK,
    # then the build failed with "internal error while rendering: RecursionError", no file, no line
    (tmp_path / "templates" / "parts").mkdir(parents=True)
    (tmp_path / "templates" / "book.html").write_text(
        '{# my cover #}\n{% extends "book.html" %}\n{% block cover %}<h1>x</h1>{% endblock %}\n', "utf-8")
    (tmp_path / "templates" / "parts" / "note.html").write_text('<p>{% include "parts/note.html" %}</p>\n', "utf-8")
    (tmp_path / "templates" / "review.html").write_text('{% extends "review-layout.html" %}\n', "utf-8")  # right
    assert [d.format() for d in template_problems(tmp_path)] == [
        'templates/book.html:2: error: "book.html" names this template itself: a project\'s book.html replaces the '
        'packaged one, so it would name itself without end; extend "book-layout.html", as templates/README.md '
        "shows [template.syntax]",
        'templates/parts/note.html:1: error: "parts/note.html" names this template itself: it would be read into '
        "itself without end [template.syntax]"]


def test_a_misspelt_filter_or_test_is_found_at_check_time_with_its_line(tmp_path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/book.html").write_text(
        '{% extends "book-layout.html" %}\n{% block cover %}{{ title|uper }}\n{% if n is evne %}{{ n|plain }}{% endif %}'
        "{% endblock %}\n", encoding="utf-8")
    assert [d.format() for d in template_problems(tmp_path)] == [
        "templates/book.html:2: error: template: no filter named 'uper'; did you mean 'upper'? [template.syntax]",
        "templates/book.html:3: error: template: no test named 'evne'; did you mean 'even'? [template.syntax]",
    ]


def test_the_filters_check_knows_are_the_ones_the_book_is_rendered_with(tmp_path) -> None:
    from types import SimpleNamespace

    from jinja2.defaults import DEFAULT_FILTERS

    from recbook.render.html import make_env

    env = make_env(SimpleNamespace(template_dirs=[default_dir("templates")]))
    assert set(env.filters) - set(DEFAULT_FILTERS) == template_syntax.RECBOOK_FILTERS


def test_a_block_the_layout_does_not_place_is_warned_at_its_line(tmp_path) -> None:
    # Jinja prints only the blocks book-layout.html places: "titel" was dropped without a word
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/book.html").write_text(
        '{% extends "book-layout.html" %}\n{% block covr %}Мой титул{% endblock %}\n'
        "{% block foreword %}{{ super() }}{% endblock %}\n", encoding="utf-8")
    [found] = template_problems(tmp_path)
    assert found.format().startswith(
        'templates/book.html:2: warning: block "covr" is not one of book-layout.html\'s, so what it holds is never '
        "printed; did you mean 'cover'? (book-layout.html's blocks: annex_changes, ")
    assert found.code == "template.unknown-block"
    # a project's own layout may change while this file does not: not looked into
    (tmp_path / "templates/book-layout.html").write_text("{% block covr %}{% endblock %}", encoding="utf-8")
    assert [d.code for d in template_problems(tmp_path)] == []

"""Project templates are data: the Jinja sandbox refuses code, with the template's place."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from jinja2.exceptions import SecurityError

from pdf_helpers import context, labelled_book
from recbook.diagnostics import LocatedError
from recbook.render.html import render_html
from recbook.render.pdf import render_pdf

ATTACKS = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{{ book.__class__.__init__.__globals__ }}",
    "{{ labels.clear() }}",
    "{{ p.book.directions.__len__() }}",
]


def _override(project, body: str) -> None:
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "book.html").write_text(
        '{% extends "book-layout.html" %}\n{% block foreword %}\n' + body + "{% endblock %}"
    )


@pytest.mark.parametrize("attack", ATTACKS)
def test_template_code_is_refused_by_the_sandbox(tmp_path, attack):
    _override(tmp_path, attack)
    with pytest.raises(SecurityError):
        render_html(labelled_book("en"), context(tmp_path), dt.datetime(2025, 9, 26))


def test_a_refused_template_is_a_located_render_error_and_nothing_runs(tmp_path):
    marker = tmp_path / "ran"
    _override(tmp_path, "{{ cycler.__init__.__globals__.os.popen('touch %s').read() }}" % marker)
    _raises_at_line_3(tmp_path, "access to attribute '__init__'")
    assert not marker.exists()


def test_ordinary_template_features_still_work(tmp_path):
    _override(tmp_path, "{% set n = namespace(count=0) %}{% for d in book.directions %}"
                        "{% set n.count = n.count + 1 %}{% endfor %}<p>{{ n.count }} {{ labels|length > 0 }}</p>")
    html, _ = render_html(labelled_book("en"), context(tmp_path), dt.datetime(2025, 9, 26))
    assert "<p>" in html


@pytest.mark.parametrize("name", ["../inputs/conference.yaml", "/etc/passwd", "../../../../etc/passwd"])
def test_a_template_cannot_include_a_file_outside_the_template_folders(tmp_path, name):
    from jinja2 import TemplateNotFound

    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs" / "conference.yaml").write_text("secret: 1")
    _override(tmp_path, "{% include '" + name + "' %}")
    with pytest.raises(TemplateNotFound):
        render_html(labelled_book("en"), context(tmp_path), dt.datetime(2025, 9, 26))


def test_a_runaway_loop_is_bounded_by_the_sandbox(tmp_path):
    from jinja2.exceptions import SecurityError as Refused

    _override(tmp_path, "{% for i in range(10**12) %}{% endfor %}")
    with pytest.raises((Refused, OverflowError)):
        render_html(labelled_book("en"), context(tmp_path), dt.datetime(2025, 9, 26))


@pytest.mark.parametrize(("body", "message"), [
    ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
    ("{{ 'x' + 1 }}", "TypeError: "),
    ("{{ [1][5] }}", "list object has no element 5"),  # an undefined value, located before too
])
def test_a_failing_template_expression_is_a_located_render_error(tmp_path, body, message):
    # {{ 1/0 }} in a project template was "internal error: ZeroDivisionError", without file or line
    _override(tmp_path, body)
    _raises_at_line_3(tmp_path, message)


def _raises_at_line_3(project, message: str) -> None:
    """Render the PDF: it fails with `message`, located at the project template's line 3 (as check shows it)."""
    with pytest.raises(LocatedError, match="PDF template: " + re.escape(message)) as caught:
        render_pdf(labelled_book("en"), context(project))
    assert str(caught.value.location) == "templates/book.html:3"


def test_a_template_expression_is_never_evaluated_when_it_is_compiled():
    # Jinja folds constants at compile time, which a render worker does while it prepares, before it has
    # a book or a memory limit: "x"|center(200_000_000) took 0.6 s and 600 MB there, into the bytecode cache
    from recbook.render.templating import template_environment

    source = '{{ "x"|center(1000000) }}{% set s = "y" * 1000000 %}{{ s|length }}'
    env = template_environment([])
    assert len(env.compile(source, raw=True)) < 10_000
    assert env.from_string(source).render() == "x".center(1000000) + "1000000"

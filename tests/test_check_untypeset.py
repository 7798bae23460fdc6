"""`recbook check` localizes the books without their typography: it prints none of them."""

from __future__ import annotations

import pytest

from conftest import copy_sample_project
from recbook.diagnostics import Report
from recbook.localize.typography import typeset_all
from recbook.pipeline import check_project


@pytest.mark.parametrize("final", [False, True])
def test_a_check_without_typography_finds_what_a_build_finds(tmp_path, final):
    project = copy_sample_project(tmp_path / "project")
    typeset, plain = Report(), Report()
    built = check_project(project, typeset, final=final)
    checked = check_project(project, plain, final=final, typeset=False)
    assert [d.format() for d in plain.sorted()] == [d.format() for d in typeset.sorted()]
    for lang, book in checked.books.items():
        assert book != built.books[lang]  # the sample has no-break spaces to set in every language
        # and typography is all that differs
        assert typeset_all(book, lang) == built.books[lang]

"""Quotes and dashes as writers type them, in a proposal and in a translation, read from the built books.

A Kazakh proposal and the Kazakh translation (msgstr) of a Russian one carry the same typed text:
English quotes “…”, a spaced hyphen where a clause dash belongs, a year range with a hyphen, and
a range of small numbers with a hyphen. Both are printed alike in the PDF and the DOCX (the
translation gets exactly the proposal's typography), and `check` says the same about both, each
at its own place: the proposal's value, the msgstr's line and column.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from inputs_project import make_project
from pdf_helpers import pdf_text, squash
from recbook.cli import main

NB = "\u00a0"
TYPED = "Тақырыптарды икемді ету - “ашық” конкурс 2025-2027 жылдары, гранттың 3-5 бөлігі."
PROPOSALS = f"""\
- id: G1-01
  group: G1
  direction: D1
  language: kk
  title: Тақырыптарды икемді ету
  text: "{TYPED}"
- id: G2-01
  group: G2
  direction: D2
  language: ru
  title: Молодёжные советы в каждом районе
  text: Создать молодёжный совет в каждом районе.
"""
KK_RU = "locales/kk/LC_MESSAGES/content.ru.po"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The project, with G2-01's text translated into kk as TYPED."""
    project = make_project(tmp_path_factory.mktemp("typed"), {"g.yaml": PROPOSALS})
    assert run("i18n", "update", "--project", str(project)).exit_code == 0
    catalog = project / KK_RU
    entry = re.compile(r'(msgctxt "G2-01\.text"\nmsgid (?:"[^\n]*"\n)+)msgstr ""\n')
    text = catalog.read_text("utf-8")
    assert entry.search(text)
    catalog.write_text(entry.sub(lambda m: m.group(1) + f'msgstr "{TYPED}"\n', text, count=1), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def output(project) -> Path:
    """The project's kk PDF and DOCX."""
    result = run("build", "--project", str(project), "--lang", "kk")
    assert result.exit_code == 0, result.output
    return project / "output"


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


@pytest.mark.slow
def test_english_quotes_a_spaced_hyphen_and_a_year_range_are_printed_alike_in_a_proposal_and_a_translation(output):
    docx = docx_text(output / "demo-2025.kk.docx")
    pdf = squash(pdf_text((output / "demo-2025.kk.pdf").read_bytes()))
    printed = f"икемді ету{NB}— «ашық» конкурс 2025–2027{NB}жылдары, гранттың 3-5{NB}бөлігі."
    # the proposal's text, the translation of G2-01's, and the proposal again in the annex of originals
    assert docx.count(printed) == 3, docx
    assert pdf.count(squash(printed)) == 3, pdf
    assert [typed for typed in ("“", "”", "ету - ", "2025-2027") if typed in docx] == []
    assert "“" not in pdf and "”" not in pdf


def test_a_range_typed_with_a_hyphen_is_a_warning_at_the_proposal_and_at_the_msgstr(project):
    output = run("check", "--project", str(project)).output
    said = ('"text" has a hyphen between numbers (3-5): a range takes an en dash (3–5); type it if it is a '
            "range, the text is not changed [text.range-hyphen]")
    col = TYPED.index("3-5") + len('msgstr "') + 1
    assert f"inputs/proposals/g.yaml:6:9: warning: {said}" in output
    line = next(n for n, text in enumerate((project / KK_RU).read_text("utf-8").splitlines(), 1) if TYPED in text)
    assert f"{KK_RU}:{line}:{col}: warning: G2-01.text: {said.replace('text', 'msgstr', 1)}" in output
    assert output.count("[text.range-hyphen]") == 2, output  # the years are not: the book prints their dash

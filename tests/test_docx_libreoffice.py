"""Open the sample's DOCX in a real client (LibreOffice) and compare it with the PDF.

LibreOffice converts each DOCX to PDF once per session; pdftotext reads both
that and recbook's own PDF. Outside CI the tests skip when LibreOffice or
poppler is missing; in CI (the CI variable set) they fail instead, because
.ci/run installs `libreoffice-writer-nogui` and `poppler-utils`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from book_factory import KAZAKH_LETTERS

from recbook.diagnostics import Report
from recbook.model import LocalizedBook

LANGS = ("kk", "ru", "en")
_IGNORED = re.compile(r"[\s\u00ad\u2010\u2011\-]")  # line breaks, soft and no-break hyphens differ by client


def norm(text: str) -> str:
    """Return `text` without whitespace and hyphens, so line breaking does not matter."""
    return _IGNORED.sub("", text)


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required in CI (apt-get install libreoffice-writer-nogui poppler-utils)")
        pytest.skip(f"{tool} not installed")
    return found


def pdf_pages(pdf: Path) -> list[str]:
    """Return the text of each page of `pdf` (pdftotext keeps form feeds between pages)."""
    out = subprocess.run([_require("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True, timeout=60)
    return out.stdout.split("\f")


@pytest.fixture(scope="module")
def docx_build(tmp_path_factory) -> Path:
    """Build only the DOCX editions of the sample (seconds; the PDFs take a minute)."""
    from click.testing import CliRunner
    from conftest import copy_sample_project

    from recbook.cli import main

    project = copy_sample_project(tmp_path_factory.mktemp("sample-docx"))
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--format", "docx"])
    assert result.exit_code == 0, result.output
    return project / "output"


@pytest.fixture(scope="module")
def books(docx_build) -> dict[str, LocalizedBook]:
    """Return the sample's LocalizedBook per language, as the build made them."""
    from recbook.localize import localize
    from recbook.pipeline import gather

    gathered = gather(docx_build.parent, Report())
    return {lang: localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True)[0]
            for lang in LANGS}


@pytest.fixture(scope="module")
def converted(docx_build, tmp_path_factory) -> dict[str, list[str]]:
    """Convert the three DOCX files with one LibreOffice run; return each one's page texts."""
    soffice = _require("soffice")
    out = tmp_path_factory.mktemp("lo")
    files = [str(docx_build / f"{_stem(docx_build)}.{lang}.docx") for lang in LANGS]
    profile = (out / "profile").as_uri()  # a private profile: parallel runs do not share a lock
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *files], capture_output=True, check=True, timeout=240)
    return {lang: pdf_pages(out / f"{_stem(docx_build)}.{lang}.pdf") for lang in LANGS}


def _stem(output: Path) -> str:
    (docx_file,) = output.glob("*.kk.docx")
    return docx_file.name.removesuffix(".kk.docx")


def _recommendations(book: LocalizedBook):
    return [r for d in book.directions for r in d.recommendations]


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_shows_every_recommendation_and_kazakh_letters(lang, converted, books):
    text = norm("".join(converted[lang]))
    for rec in _recommendations(books[lang]):
        assert text.count(norm(f"{rec.number} {rec.title.value}")) >= 2, rec.number  # contents + heading
    assert "\ufffd" not in text and "?" not in norm(books[lang].title.value)
    if lang == "kk":
        shown = {c for c in KAZAKH_LETTERS if c in text}
        assert len(shown) >= 12, sorted(shown)


_PAGE_NUMBER = re.compile(r"[.\s]*[.\s](\d+)\s*$")  # dot leader (or a space), then the number


def contents_pages(pages: list[str], label: str) -> dict[str, int]:
    """Return each contents entry (normalized) with the page number printed after its dot leader."""
    start = next(i for i, page in enumerate(pages) if norm(label) in norm(page))
    entries: dict[str, int] = {}
    pending = ""
    for line in "\n".join(pages[start : start + 3]).splitlines():
        if not line.strip():  # headers, footers and headings stand apart from the entries
            pending = ""
            continue
        pending += line
        # a long entry wraps, its number ends its last line; a full line leaves room for no leader
        found = _PAGE_NUMBER.search(line)
        if found:
            entries[norm(_PAGE_NUMBER.sub("", pending))] = int(found.group(1))
            pending = ""
    return entries


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_fills_toc_page_numbers_with_the_right_pages(lang, converted, books):
    pages = converted[lang]
    entries = contents_pages(pages, books[lang].labels["contents"])
    for rec in _recommendations(books[lang]):
        needle = norm(f"{rec.number} {rec.title.value}")
        assert needle in entries, f"{rec.number} has no page number in the contents"
        assert needle in norm(pages[entries[needle] - 1]), (rec.number, entries[needle])
    for direction in books[lang].directions:
        page = entries[norm(f"{direction.number}. {direction.title.value}")]
        assert norm(direction.title.value) in norm(pages[page - 1])


def _positions(text: str, book: LocalizedBook) -> list[int]:
    """Return where each recommendation heading is in the body (-1 when missing)."""
    needles = [norm(f"{r.number} {r.title.value}") for r in _recommendations(book)]
    at = text.find(needles[0], text.find(needles[0]) + 1)  # the first one is the contents line
    positions = []
    for needle in needles:
        at = text.find(needle, at) if at >= 0 else -1
        positions.append(at)
    return positions


@pytest.mark.parametrize("lang", LANGS)
def test_docx_and_pdf_print_the_same_recommendations_and_attributions(lang, converted, books, sample_build):
    book = books[lang]
    texts = {
        "docx": norm("".join(converted[lang])),
        "pdf": norm("".join(pdf_pages(sample_build / f"{_stem(sample_build)}.{lang}.pdf"))),
    }
    recs = _recommendations(book)
    for edition, text in texts.items():
        positions = _positions(text, book)
        assert all(p >= 0 for p in positions), edition
        assert positions == sorted(positions), f"{edition}: recommendations out of order"
        for rec, start, end in zip(recs, positions, positions[1:] + [len(text)]):
            section = text[start:end]
            assert norm(book.labels["proposed_by"]) in section, (edition, rec.number)
            for group in rec.proposed_by:
                assert norm(group.value) in section, (edition, rec.number, group.value)

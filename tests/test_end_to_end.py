"""The sample conference, built end to end through the CLI, read back from PDF and DOCX.

Every proposal of the sample must be reachable in every file (its id in the
provenance annex), every recommendation printed with its number and localized
title, every direction present, Kazakh letters intact — in each language.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pypdf
import pytest

from pdf_helpers import squash
from recbook.diagnostics import Report
from recbook.load.catalogs import load_catalogs
from recbook.load import read_project
from recbook.localize import localize
from recbook.load.decisions import read_decisions
from recbook.merge import merge
from recbook.validate import validate

ROOT = Path(__file__).resolve().parents[1]
KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def sample():
    """Return the sample's inputs, merge result and catalogs, read straight from the repo."""
    report = Report()
    inputs = validate(read_project(ROOT, report), report)
    assert inputs is not None and not report.errors, [d.format() for d in report.errors]
    ids = [p.id for p in inputs.proposals]
    merged = merge(inputs.proposals, read_decisions(ROOT / "inputs" / "decisions.yaml", ids, report))
    return inputs, merged, load_catalogs(ROOT, report)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return squash(" ".join(page.extract_text() for page in reader.pages))


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    chunks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            chunks.extend(cell.text for cell in row.cells)
    return squash(" ".join(chunks))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_proposal_and_recommendation_is_in_the_book(sample_build, sample, lang, fmt):
    inputs, merged, catalogs = sample
    path = sample_build / f"{inputs.conference.id}.{lang}.{fmt}"
    text = pdf_text(path) if fmt == "pdf" else docx_text(path)
    book, _ = localize(inputs, merged, catalogs, lang, draft=True)

    assert squash(book.title.value) in text
    for direction in book.directions:
        assert squash(direction.title.value) in text, direction.id
        for rec in direction.recommendations:
            assert squash(f"{rec.number}{rec.title.value}") in text, rec.id
    for proposal in inputs.proposals:
        assert squash(proposal.id) in text, proposal.id
    assert KAZAKH & set(text), "Kazakh letters missing from the extracted text"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_sample_books_are_complete_translations(sample, lang):
    inputs, merged, catalogs = sample
    book, _ = localize(inputs, merged, catalogs, lang, draft=True)
    assert book.missing == ()
    assert book.completeness == 1.0


def test_manifest_records_every_output_with_its_hash(sample_build):
    import hashlib

    manifest = json.loads((sample_build / "manifest.json").read_text("utf-8"))
    outputs = sorted(p.name for p in sample_build.iterdir() if p.suffix in {".pdf", ".docx"})
    assert sorted(manifest["files"]) == outputs
    assert len(outputs) == 6
    for name in outputs:
        digest = hashlib.sha256((sample_build / name).read_bytes()).hexdigest()
        assert manifest["files"][name]["sha256"] == digest
    assert set(manifest["system_libraries"]) == {"pango", "harfbuzz"}
    assert any(name.startswith("fontpkg-noto-serif/") for name in manifest["fonts"])


def test_control_character_is_reported_and_both_outputs_still_build(tmp_path):
    """RELIABILITY 9: a BEL in a CSV field is located, shown as U+FFFD, and nothing stops."""
    from click.testing import CliRunner

    from conftest import copy_sample_project
    from recbook.cli import main

    project = copy_sample_project(tmp_path)
    csv = project / "inputs" / "proposals" / "group-3.csv"
    lines = csv.read_text("utf-8").split("\n")
    assert lines[1].startswith("G3-01,")
    lines[1] = lines[1].replace("Упростить получение", "Упростить\x07 получение", 1)
    csv.write_text("\n".join(lines), "utf-8")

    args = ["build", "--project", str(project), "--lang", "en"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert ('inputs/proposals/group-3.csv:2:16: warning: "title" contains U+0007 (control character) '
            'at character 10; remove it (it is printed as "\ufffd") [text.control-char]') in result.output
    output = project / "output"
    assert "Упростить\ufffdполучение" in pdf_text(output / "almaty-2025-civil-society.en.pdf")
    assert "Упростить\ufffdполучение" in docx_text(output / "almaty-2025-civil-society.en.docx")

    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1

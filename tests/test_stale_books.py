"""A partial build marks the books it left that other inputs made: in the manifest and in what it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
import title_render
from conftest import copy_sample_project

from recbook import render
from recbook.cli import main
from recbook.resources import default_dir

BOOK = "almaty-2025-civil-society"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setitem(render.RENDERERS, "pdf", title_render.SPEC)  # cheap, and the bytes follow the title
    monkeypatch.setitem(render.RENDERERS, "docx", title_render.SPEC)
    return copy_sample_project(tmp_path)


def build(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    return result.output


def files(project: Path) -> dict[str, dict]:
    return json.loads((project / "output" / "manifest.json").read_text("utf-8"))["files"]


def stale(project: Path) -> list[str]:
    return sorted(name for name, entry in files(project).items() if entry.get("stale"))


def single_spaced(workbook: Path) -> None:
    """Write the sample workbook's repeated spaces between words as one (a final edition warns of them)."""
    import re

    import openpyxl

    book = openpyxl.load_workbook(workbook)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "  " in cell.value.strip():
                    cell.value = re.sub(r"(?<=\S) {2,}(?=\S)", " ", cell.value)
    book.save(workbook)


def edit_a_proposal(project: Path) -> None:
    path = project / "inputs" / "proposals" / "group-6.yaml"
    text = path.read_text("utf-8")
    assert "Провести публичное обсуждение" in text
    path.write_text(text.replace("Провести публичное обсуждение", "Провести широкое публичное обсуждение", 1),
                    "utf-8")


def test_a_partial_build_marks_the_books_it_left_from_earlier_inputs_as_stale(project: Path) -> None:
    # a hostile review: after an edit, `build --lang ru` listed the kk and en books as if current
    output = build(project)
    assert "out of date" not in output and stale(project) == []
    before = files(project)
    assert all(entry["inputs"] for entry in before.values()) and len(before) == 6
    # a book's digest is its language's and its format's (the DOCX reads reference.docx, the PDF the others)
    assert before[f"{BOOK}.kk.pdf"]["inputs"] != before[f"{BOOK}.kk.docx"]["inputs"]
    assert before[f"{BOOK}.kk.pdf"]["inputs"] != before[f"{BOOK}.ru.pdf"]["inputs"]

    edit_a_proposal(project)
    output = build(project, "--lang", "ru")
    assert stale(project) == [f"{BOOK}.{lang}.{fmt}" for lang in ("en", "kk") for fmt in ("docx", "pdf")]
    assert (f"out of date (made from other inputs than the current ones): {BOOK}.en.docx, {BOOK}.en.pdf, "
            f"{BOOK}.kk.docx, {BOOK}.kk.pdf; recbook build --lang kk,en builds them again") in output
    after = files(project)
    assert after[f"{BOOK}.ru.pdf"]["inputs"] != before[f"{BOOK}.ru.pdf"]["inputs"]
    assert {k: v for k, v in after[f"{BOOK}.kk.pdf"].items() if k != "stale"} == before[f"{BOOK}.kk.pdf"]

    output = build(project, "--lang", "ru", "--format", "pdf")  # nothing new: still said
    assert "recbook build --lang kk,en builds them again" in output

    output = build(project, "--lang", "kk,en")
    assert "out of date" not in output and stale(project) == []


def test_an_unchanged_build_writes_the_same_manifest(project: Path) -> None:
    build(project)
    first = (project / "output" / "manifest.json").read_bytes()
    build(project)
    assert (project / "output" / "manifest.json").read_bytes() == first
    build(project, "--lang", "ru")  # the other books are still current: nothing is marked
    assert (project / "output" / "manifest.json").read_bytes() == first


def test_a_book_the_inputs_no_longer_make_is_stale(project: Path) -> None:
    build(project)
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("languages: [kk, ru, en]", "languages: [kk, ru]"),
                          "utf-8")
    output = build(project, "--lang", "ru")
    marked = stale(project)
    assert {f"{BOOK}.en.docx", f"{BOOK}.en.pdf"} <= set(marked) and not any(".ru." in name for name in marked)
    said = output.split("out of date", 1)[1].splitlines()[0]
    assert f"{BOOK}.en.pdf" in said and "--lang en" not in said and ",en" not in said  # en is no longer built


def test_options_and_a_release_do_not_make_the_books_left_stale(project: Path, monkeypatch) -> None:
    # `--strict` (a final check) and a release stamp their books, but change none of the inputs they are
    # made from: a partial build after them marked every other book "out of date" though nothing changed.
    # The sample prints its merges in one member's words, which `--strict` fails on (editorial.unedited,
    # test_editorial_gates); this test is about the stamps, not the editors' work
    monkeypatch.setattr("recbook.merge.editorial.editorial_problems", lambda *args: [])
    single_spaced(project / "inputs" / "proposals" / "groups-4-5.xlsx")  # nor its doubled spaces (text.whitespace)
    build(project, "--strict")
    output = build(project, "--lang", "ru")
    assert "out of date" not in output and stale(project) == []
    result = CliRunner().invoke(main, ["release", "--project", str(project), "--edition", "1", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    output = build(project, "--lang", "ru")
    assert "out of date" not in output and stale(project) == []


def test_books_left_under_an_earlier_conference_id_are_not_said_to_be_built_again(project: Path) -> None:
    # a renamed conference id leaves the old books in output/: no build makes them again, so the
    # build must not tell the user that `--lang …` would (it said so after every build, forever)
    build(project)
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace(f"id: {BOOK}", "id: almaty-2025-forum"), "utf-8")
    output = build(project)
    assert stale(project) == [f"{BOOK}.{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in ("docx", "pdf")]
    said = output.split("out of date", 1)[1].splitlines()[0]
    assert f"{BOOK}.kk.pdf" in said and "--lang" not in said


def test_a_pdf_build_after_a_style_sheet_edit_leaves_the_docx_current(project: Path) -> None:
    # book.css shapes the PDF only: `build --format pdf` after editing it called every DOCX "out of date"
    # (and `--lang kk,ru,en` the cure), though the DOCX renderer reads no byte of it
    build(project)
    css = project / "templates" / "book.css"
    css.parent.mkdir(exist_ok=True)
    css.write_text((default_dir("templates") / "book.css").read_text("utf-8")
                   + "\nh1 { letter-spacing: 0.01em; }\n", "utf-8")
    output = build(project, "--format", "pdf")
    assert "out of date" not in output and stale(project) == []
    # the reference document shapes the DOCX only
    (project / "templates" / "reference.docx").write_bytes(
        (default_dir("templates") / "reference.docx").read_bytes())
    build(project, "--format", "docx")
    assert stale(project) == []


def test_the_hint_names_the_format_when_only_one_kind_is_stale(tmp_path: Path) -> None:
    # only the DOCX out of date: `build --lang kk,en` would have rendered the current PDFs again too
    from recbook.pipeline import stale_lines

    names = [f"b.{lang}.{fmt}" for lang in ("kk", "ru", "en") for fmt in ("pdf", "docx")]
    files = {name: {"stale": name.endswith(".docx") and ".ru." not in name} for name in names}
    (tmp_path / "manifest.json").write_text(json.dumps({"files": files}), "utf-8")
    assert stale_lines(tmp_path, ("kk", "ru", "en"), names) == [
        "out of date (made from other inputs than the current ones): b.en.docx, b.kk.docx; "
        "recbook build --lang kk,en --format docx builds them again"]
    files["b.kk.pdf"]["stale"] = True
    (tmp_path / "manifest.json").write_text(json.dumps({"files": files}), "utf-8")
    assert stale_lines(tmp_path, ("kk", "ru", "en"), names)[0].endswith("recbook build --lang kk,en builds them again")

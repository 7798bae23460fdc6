"""Fast, safe rebuilds: an unchanged output is reused; any changed ingredient renders again."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_sample_project
from recbook import render
from recbook.cli import main

CALLS: list[str] = []


def fake_render(book, context) -> bytes:
    """Stand in for WeasyPrint/python-docx: cheap, and records that it ran."""
    CALLS.append(book.lang)
    extra = b"".join(p.read_bytes() for d in context.template_dirs for p in sorted(d.glob("*.css")))
    return f"{book.lang}:{book.title.value}".encode() + extra[:16]


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:fake_render")
    monkeypatch.setitem(render.RENDERERS, "docx", f"{__name__}:fake_render")
    CALLS.clear()
    return copy_sample_project(tmp_path)


def build(project: Path, *args: str):
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "kk", *args])
    assert result.exit_code == 0, result.output
    return result


def test_second_build_reuses_unchanged_outputs(project: Path) -> None:
    build(project)
    assert CALLS == ["kk", "kk"]
    build(project)
    assert CALLS == ["kk", "kk"]  # nothing rendered again


def test_rebuild_flag_renders_everything(project: Path) -> None:
    build(project)
    build(project, "--rebuild")
    assert len(CALLS) == 4


def test_changed_template_renders_again(project: Path) -> None:
    build(project)
    (project / "templates").mkdir()
    (project / "templates" / "book.css").write_text("body { color: black }\n", "utf-8")
    build(project)
    assert len(CALLS) == 4


def test_changed_translation_renders_again(project: Path) -> None:
    build(project)
    po = project / "locales" / "kk" / "LC_MESSAGES" / "content.ru.po"
    text = po.read_text("utf-8")
    marker = 'msgctxt "conference.title"'
    assert marker in text
    head, _, tail = text.partition(marker)
    msgstr_at = tail.index('msgstr "') + len('msgstr "')
    po.write_text(head + marker + tail[:msgstr_at] + "ЖАҢА " + tail[msgstr_at:], "utf-8")
    build(project)
    assert len(CALLS) == 4


def test_output_edited_by_hand_is_rendered_again(project: Path) -> None:
    build(project)
    pdf = next((project / "output").glob("*.kk.pdf"))
    pdf.write_bytes(b"damaged")
    build(project)
    assert len(CALLS) == 3  # only the damaged PDF
    assert pdf.read_bytes().startswith(b"kk:")

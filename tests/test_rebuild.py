"""Fast, safe rebuilds: an unchanged output is reused; any changed ingredient renders again."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import title_render
from conftest import copy_sample_project
from recbook import render
from recbook.cli import main

class Calls:
    """The renders that ran: workers are separate processes, so they append to a file."""

    def __init__(self, project: Path) -> None:
        self.log = project / "renders.log"

    def __len__(self) -> int:
        return len(self.log.read_text().split()) if self.log.exists() else 0


def fake_render(book, context) -> bytes:
    """Stand in for WeasyPrint/python-docx: cheap, and records that it ran."""
    with open(context.project / "renders.log", "a") as log:
        log.write(book.lang + "\n")
    if "slow" in context.project.name:
        time.sleep(60)
    extra = b"".join(p.read_bytes() for d in context.template_dirs for p in sorted(d.glob("*.css")))
    return f"{book.lang}:{book.title.value}".encode() + extra[:16]


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:fake_render")
    monkeypatch.setitem(render.RENDERERS, "docx", f"{__name__}:fake_render")
    return copy_sample_project(tmp_path)


@pytest.fixture
def CALLS(project: Path) -> Calls:
    return Calls(project)


def build(project: Path, *args: str, exit_code: int = 0):
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "kk", *args])
    assert result.exit_code == exit_code, result.output
    return result


def test_second_build_reuses_unchanged_outputs(project: Path, CALLS) -> None:
    build(project)
    assert len(CALLS) == 2
    build(project)
    assert len(CALLS) == 2  # nothing rendered again


def test_rebuild_flag_renders_everything(project: Path, CALLS) -> None:
    build(project)
    build(project, "--rebuild")
    assert len(CALLS) == 4


def test_the_last_line_counts_the_outputs_built_and_those_that_changed(project: Path, CALLS) -> None:
    # a second `build --rebuild` (or one run beside another) rendered both books again, found the files
    # already holding the same bytes, wrote nothing, and ended "built 0 output(s)"
    first = build(project).stdout.splitlines()[-1]
    assert re.fullmatch(r"built 2 outputs in \d+\.\d s", first)
    again = build(project, "--rebuild").stdout.splitlines()
    assert len(CALLS) == 4 and any("rendered almaty-2025-civil-society.kk.pdf" in line for line in again)
    assert re.fullmatch(r"built 2 outputs in \d+\.\d s: 0 changed, 2 already up to date", again[-1])
    (project / "output" / "almaty-2025-civil-society.kk.docx").write_bytes(b"damaged")
    last = build(project).stdout.splitlines()[-1]
    assert re.fullmatch(r"built 2 outputs in \d+\.\d s: 1 changed, 1 already up to date", last)


def test_changed_template_renders_again(project: Path, CALLS) -> None:
    build(project)
    (project / "templates").mkdir()
    (project / "templates" / "book.css").write_text("body { color: black }\n", "utf-8")
    build(project)
    assert len(CALLS) == 4


def test_changed_translation_renders_again(project: Path, CALLS) -> None:
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


def test_output_edited_by_hand_is_rendered_again(project: Path, CALLS) -> None:
    build(project)
    pdf = next((project / "output").glob("*.kk.pdf"))
    pdf.write_bytes(b"damaged")
    build(project)
    assert len(CALLS) == 3  # only the damaged PDF
    assert pdf.read_bytes().startswith(b"kk:")


def test_the_one_output_asked_for_stopped_at_its_time_limit_names_the_option_and_no_others(
        tmp_path: Path, monkeypatch) -> None:
    # it said "the other outputs were still built" of a build of one output, and named no way to give
    # the render more time (the memory limit's message names --render-memory)
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:fake_render")
    project = copy_sample_project(tmp_path / "slow")
    result = build(project, "--format", "pdf", "--render-timeout", "10", exit_code=1)
    assert ("almaty-2025-civil-society.kk.pdf: error: rendering took longer than 10 s, the limit of one "
            "output, and was stopped (a book that needs longer: `--render-timeout 20`) [render.timeout]"
            ) in result.output
    assert "other outputs" not in result.output


def test_render_past_its_time_limit_is_stopped_and_the_others_still_build(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:fake_render")
    # a cheap DOCX stand-in: on a loaded machine a real render could itself pass 3 s
    monkeypatch.setitem(render.RENDERERS, "docx", title_render.SPEC)  # never sleeps
    project = copy_sample_project(tmp_path / "slow")
    started = time.monotonic()
    # 10 s: a spawned worker on a loaded machine may need seconds just to start
    result = build(project, "--render-timeout", "10", exit_code=1)
    assert time.monotonic() - started < 50
    assert ("almaty-2025-civil-society.kk.pdf: error: rendering took longer than 10 s, the limit of one "
            "output, and was stopped; the other outputs were still built (a book that needs longer: "
            "`--render-timeout 20`) [render.timeout]") in result.output
    assert (project / "output" / "almaty-2025-civil-society.kk.docx").is_file()
    assert not (project / "output" / "almaty-2025-civil-society.kk.pdf").exists()

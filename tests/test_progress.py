"""Progress of long commands: one line kept up to date on a terminal, plain lines in a log, stderr diagnostics only."""

from __future__ import annotations

import io
import re
from pathlib import Path

from click.testing import CliRunner
from conftest import copy_sample_project

from recbook.cli import main
from recbook.progress import Steps


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_one_plain_line_per_step() -> None:
    log = io.StringIO()
    progress = Steps(io.StringIO(), log=log)
    progress.say("checking the project")
    progress.say("rendering a.pdf (0 of 1 done)")
    progress.end()
    lines = log.getvalue().splitlines()
    assert [re.sub(r"^\[\s*[\d.]+ s\] ", "", line) for line in lines] == [
        "checking the project", "rendering a.pdf (0 of 1 done)"]


def test_a_terminal_gets_one_line_rewritten_then_cleared() -> None:
    terminal = Terminal()
    progress = Steps(terminal)
    progress.say("checking the project")
    progress.say("writing")
    progress.end()
    text = terminal.getvalue()
    assert "\n" not in text and "\x1b" not in text  # no ANSI: a classic Windows console prints them
    _, first, second, blank, end = text.split("\r")
    assert first.endswith("checking the project") and second.rstrip().endswith("writing")
    assert len(second) == len(first)  # padded: no letters of the longer line are left behind
    assert blank == " " * len("[  0.0 s] writing") and end == ""


def test_build_logs_each_step_beside_its_results_and_keeps_stderr_for_diagnostics(tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path / "p")
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "en", "--format", "docx"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    steps = [re.sub(r"^\[\s*[\d.]+ s\] ", "", line) for line in lines if line.startswith("[")]
    # what the render cost: the worker's CPU, and LibreOffice's when it laid the DOCX out
    cost = re.compile(r"; CPU \d+\.\d s( \+ \d+\.\d s in LibreOffice)?\)$")
    assert cost.search(steps[2]), steps[2]
    steps[2] = cost.sub(")", steps[2])
    assert steps == ["checking the project", "rendering almaty-2025-civil-society.en.docx (0 of 1 done)",
                     "rendered almaty-2025-civil-society.en.docx (1 of 1 done)", "writing the outputs"]
    assert f"wrote {project / 'output' / 'almaty-2025-civil-society.en.docx'}" in lines
    assert all(line.endswith("]") for line in result.stderr.splitlines())  # diagnostics only

"""Ctrl-C at the command line: one line (`interrupted; …`) and exit status 130, wherever it lands.

A real build interrupted by a real SIGINT is tests/test_interrupt.py; here the KeyboardInterrupt is
raised by a function the command calls, at a chosen moment.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook import edition, pipeline
from recbook.cli import main

COMMANDS = {"build": ["build"], "release": ["release", "--edition", "1"]}


@pytest.mark.parametrize("written", [(), ("demo-2025.kk.pdf", "manifest.json")], ids=["nothing", "two-files"])
def test_build_and_release_say_the_same_line_of_a_ctrl_c_and_exit_130(tmp_path: Path, monkeypatch, written) -> None:
    def interrupted(project: Path, *args, **kwargs):  # what both commands call to check, render and write
        edition.recorded([project / "output" / name for name in written])
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "build_project", interrupted)
    said = {name: CliRunner().invoke(main, [*args, "--project", str(tmp_path)]) for name, args in COMMANDS.items()}
    line = ("interrupted; written: demo-2025.kk.pdf, manifest.json; nothing else was changed" if written
            else "interrupted; nothing was written")
    assert {name: (result.exit_code, result.stderr) for name, result in said.items()} == {
        name: (130, f"{line}\n") for name in COMMANDS}

"""`recbook check` as a program ends without Python's teardown, and says and returns exactly what it did before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_sample_project

AS_A_FUNCTION = "import sys\nfrom recbook.cli import main\nmain(sys.argv[1:], prog_name='recbook')"
PROBE = ("import atexit, sys\natexit.register(print, 'torn down')\nfrom recbook.cli import run\n"
         "sys.argv[0] = 'recbook'\nrun()")


def _run(code: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *code, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_sample_project(tmp_path / "conference")


@pytest.mark.parametrize("broken", [False, True], ids=["clean", "with-an-error"])
def test_the_program_prints_and_returns_what_main_does(project, tmp_path, broken, monkeypatch):
    if broken:  # an error: exit status 1, every diagnostic printed before the process ends
        conference = project / "inputs" / "conference.yaml"
        conference.write_text(conference.read_text("utf-8").replace("date:", "date: not-a-date\nx_date:", 1), "utf-8")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(tmp_path / "cache-function"))
    function = _run(["-c", AS_A_FUNCTION], "check", "--project", str(project))
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(tmp_path / "cache-program"))
    program = _run(["-m", "recbook"], "check", "--project", str(project))
    assert (program.returncode, program.stdout, program.stderr) == (
        function.returncode, function.stdout, function.stderr)
    assert program.returncode == (1 if broken else 0)
    assert ("recommendations printed" in program.stdout) is not broken


def test_only_a_check_skips_the_teardown(project):
    check = _run(["-c", PROBE], "check", "--project", str(project))
    assert check.returncode == 0 and "torn down" not in check.stdout
    version = _run(["-c", PROBE], "--version")
    assert version.returncode == 0 and version.stdout.splitlines()[-1] == "torn down"


def test_the_command_runs_with_the_usual_collector_thresholds(monkeypatch):
    import gc

    from recbook import __main__ as program
    from recbook import cli, interrupt

    seen = []
    monkeypatch.setattr(cli, "run", lambda: seen.append(gc.get_threshold()))
    monkeypatch.setattr(interrupt, "install", lambda: None)  # the program's Ctrl-C handling is not pytest's
    usual = gc.get_threshold()
    program.main()
    assert seen == [usual] and gc.get_threshold() == usual


def test_the_error_count_is_of_the_errors_printed() -> None:
    # a fault two stages found is printed once (Report.sorted): the count said "20 error(s)" over 4 lines
    from recbook.diagnostics import InputErrors, Location, Report, error, warning
    from recbook.pipeline import stop_if_failing

    report = Report()
    for _ in range(5):
        report.add(error(Location("a.yaml", 1, 1), "bad", "x.y"))
        report.add(warning(Location("a.yaml", 2, 1), "odd", "x.z"))
    assert len(report.sorted()) == 2 and len(report.errors) == 1 and len(report.warnings) == 1
    try:
        stop_if_failing(report, strict=True, flag="--final")
    except InputErrors as exc:  # the warning is counted as what it is, and why it fails the run
        assert str(exc) == "1 error and 1 warning that --final counts as an error; nothing was written"
    else:
        raise AssertionError("no error raised")

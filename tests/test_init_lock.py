"""`recbook init DIR` takes the project lock (recbook.project_lock) as every other writer of a project does.

QA s21: two `recbook init` on one folder at once both found it empty and both wrote; one ended in a
traceback (ChangedMeanwhile on the intake workbook the other had written), the other said it had
made the project. Now the second one waits for the first and says, as an error, that a project was
made there meanwhile; and a build or import started during an init waits for it.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook import project_lock
from recbook.cli import main

MINIMAL = Path(__file__).resolve().parent / "data" / "inputs" / "minimal"


def start_init(folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "recbook", "init", str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def files(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` with its bytes (the lock file aside)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != project_lock.LOCK_NAME}


@pytest.mark.parametrize("attempt", range(3))
def test_two_inits_at_once_make_one_project_and_the_second_says_so(tmp_path, attempt):
    folder = tmp_path / "conf"
    first, second = start_init(folder), start_init(folder)
    results = [(p.wait(120), p.stdout.read(), p.stderr.read()) for p in (first, second)]
    assert sorted(code for code, _, _ in results) == [0, 1], results
    (_, out, _), = [r for r in results if r[0] == 0]
    (_, _, err), = [r for r in results if r[0] == 1]
    assert "Traceback" not in err
    assert err.splitlines()[-2].endswith("[init.not-empty]") and err.splitlines()[-1] == (
        "Error: 1 error; nothing was written"), err
    assert out.splitlines()[-1].startswith(f"created {folder}")
    lone = tmp_path / "lone" / "conf"  # what one init alone makes: the project is whole, one init's
    assert CliRunner().invoke(main, ["init", str(lone)]).exit_code == 0
    assert files(folder) == files(lone)
    assert CliRunner().invoke(main, ["check", "--project", str(folder)]).exit_code == 0


def _hold(folder: str, ready, go, write: bool) -> None:
    """Hold `folder`'s lock (as an init or a build does) until `go`; then make a project there if `write`."""
    with project_lock.project_lock(Path(folder), new=True):
        ready.set()
        go.wait(60)
        if write:
            shutil.copytree(MINIMAL / "inputs", Path(folder) / "inputs")


def holding(folder: Path, write: bool):
    ready, go = multiprocessing.Event(), multiprocessing.Event()
    folder.mkdir()
    holder = multiprocessing.Process(target=_hold, args=(str(folder), ready, go, write))
    holder.start()
    assert ready.wait(30)
    return holder, go


def test_an_init_waits_for_the_command_writing_the_folder_then_refuses_the_project_it_made(tmp_path):
    folder = tmp_path / "conf"
    holder, go = holding(folder, write=True)
    try:
        init = start_init(folder)
        said = init.stderr.readline()  # it waits for the lock, and says so, before it writes anything
        assert said == (f"{folder}: another recbook command is writing this project ({project_lock.WRITERS}); "
                        "waiting up to 30 s for it\n")
        go.set()  # the holder makes its project and lets go
        code, err = init.wait(60), init.stderr.read()
    finally:
        go.set()
        holder.join(30)
    assert code == 1
    assert err.splitlines() == [
        f"{folder}: error: another recbook command made a project here while this one waited for it (it holds "
        "inputs); this init wrote nothing: to work on that project, run `recbook check` in it [init.not-empty]",
        "Error: 1 error; nothing was written"]
    assert sorted(files(folder)) == sorted(f"inputs/{p.relative_to(MINIMAL / 'inputs').as_posix()}"
                                           for p in (MINIMAL / "inputs").rglob("*") if p.is_file())


def test_an_init_gives_up_on_a_lock_held_too_long_with_nothing_written(tmp_path, monkeypatch):
    folder = tmp_path / "conf"
    monkeypatch.setattr(project_lock, "LOCK_WAIT_SECONDS", 1.0)
    holder, go = holding(folder, write=False)
    try:
        result = CliRunner().invoke(main, ["init", str(folder)])
    finally:
        go.set()
        holder.join(30)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {folder}: another recbook command is still writing this project (waited 1 s); try again when it "
        "has finished; nothing was written")
    assert files(folder) == {}


def test_an_init_on_a_project_another_command_is_writing_says_so_at_once(tmp_path):
    # a half-made project (or a whole one a build is writing): not "an interrupted init made it, delete it"
    folder = tmp_path / "conf"
    holder, go = holding(folder, write=False)
    try:
        shutil.copytree(MINIMAL / "inputs", folder / "inputs")
        result = CliRunner().invoke(main, ["init", str(folder)])
    finally:
        go.set()
        holder.join(30)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{folder}: error: the folder holds a project already (inputs), and another recbook command is writing "
        "it now; recbook init makes a new project in a new or empty folder: to work on that project, run "
        "`recbook check` in it once that command has finished [init.not-empty]",
        "Error: 1 error; nothing was written"]


def test_a_folder_holding_only_the_lock_of_an_init_that_was_stopped_is_empty(tmp_path):
    folder = tmp_path / "conf"
    (folder / "output").mkdir(parents=True)
    (folder / "output" / project_lock.LOCK_NAME).write_bytes(b"")
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    assert (folder / "inputs" / "conference.yaml").is_file()

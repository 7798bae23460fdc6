"""Ctrl-C at the command line: one line (`interrupted; …`) and exit status 130, wherever it lands.

A real build interrupted by a real SIGINT is tests/test_interrupt.py; here the KeyboardInterrupt is
raised by a function the command calls, at a chosen moment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook import edition, pipeline
from recbook.cli import main

COMMANDS = {"build": ["build"], "release": ["release", "--edition", "1"]}


@pytest.mark.parametrize("written", [(), ("demo-2025.kk.pdf", "manifest.json", "internal/manifest.json")],
                         ids=["nothing", "a-book-and-two-manifests"])
def test_build_and_release_say_the_same_line_of_a_ctrl_c_and_exit_130(tmp_path: Path, monkeypatch, written) -> None:
    # each file is named from the project, as a build that fails names it: the manifests of output/ and
    # output/internal/ were "manifest.json, /…/output/manifest.json, /…/output/internal/manifest.json"
    def interrupted(project: Path, *args, **kwargs):  # what both commands call to check, render and write
        edition.recorded([project / "output" / name for name in written])
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "build_project", interrupted)
    said = {name: CliRunner().invoke(main, [*args, "--project", str(tmp_path)]) for name, args in COMMANDS.items()}
    line = ("interrupted; written: output/demo-2025.kk.pdf, output/manifest.json, output/internal/manifest.json; "
            "nothing else was changed" if written else "interrupted; nothing was written")
    assert {name: (result.exit_code, result.stderr) for name, result in said.items()} == {
        name: (130, f"{line}\n") for name in COMMANDS}


# Ctrl-C in a command's first moments: while its modules load, before click reads the command line,
# while click reads an option, while the command's own handler starts. The program is run as the `recbook` script runs it (recbook.__main__.main),
# in a process of its own (its Ctrl-C handling is the process's), with the KeyboardInterrupt raised there.
IMPORTING = ("import sys\n"
             "class Stop:  # a Ctrl-C while {module} is imported, once (the program ignores the next ones)\n"
             "    def find_spec(self, name, path=None, target=None):\n"
             "        if name == {module!r}:\n"
             "            sys.meta_path.remove(self)\n"
             "            raise KeyboardInterrupt\n"
             "sys.meta_path.insert(0, Stop())\n")
EARLY = {
    "importing-click": IMPORTING.format(module="click"),
    "before-parsing": "import recbook.console\n"
                      "def stop():\n    raise KeyboardInterrupt\n"
                      "recbook.console.make_console_safe = stop\n",
    "parsing-the-program-options": "import recbook.cli\n"
                                   "def stop(self, ctx, args):\n    raise KeyboardInterrupt\n"
                                   "recbook.cli.LazyGroup.parse_args = stop\n",
    "importing-the-command": IMPORTING.format(module="recbook.commands.build"),
    "parsing-an-option": "import recbook.commands\n"
                         "def stop(self, value, param, ctx):\n    raise KeyboardInterrupt\n"
                         "recbook.commands.Seconds.convert = stop\n",
    "starting-the-command-s-handler": IMPORTING.format(module="recbook.pipeline"),  # what it imports first
}
PROGRAM = "import sys\n{stop}sys.argv = ['recbook', *sys.argv[1:]]\nfrom recbook.__main__ import main\nmain()\n"


@pytest.mark.parametrize("moment", EARLY)
def test_a_ctrl_c_before_the_command_runs_is_one_line_and_exit_130(tmp_path: Path, moment: str) -> None:
    # click printed "Aborted!" and exited 1 (or Python printed a traceback) instead of the program's own line
    done = subprocess.run([sys.executable, "-c", PROGRAM.format(stop=EARLY[moment]), "build", "--project",
                           str(tmp_path), "--render-timeout", "60"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "interrupted; nothing was written\n")


def test_a_ctrl_c_in_init_says_the_folder_and_files_it_made(tmp_path: Path, monkeypatch) -> None:
    # only a Ctrl-C before the command's function runs is "nothing was written"; `recbook init` has
    # made the project's folder and written files by the time it reads its new conference back
    from recbook.commands import init
    from recbook.resources import default_dir

    def interrupted(project: Path):
        raise KeyboardInterrupt

    monkeypatch.setattr(init, "read_conference", interrupted)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "new")])
    assert (tmp_path / "new" / "inputs" / "conference.yaml").is_file()
    # each file named from the new project's folder, as `recbook build` names what it wrote
    schemas = ", ".join(f"schemas/{p.name}" for p in sorted(default_dir("schemas").glob("*.json")))
    assert (result.exit_code, result.stderr) == (130, (
        f"interrupted; made {tmp_path / 'new'}{os.sep}; written: inputs/conference.yaml, inputs/decisions.yaml, "
        f"README.md, .gitignore, {schemas}; nothing else was changed\n"))


def test_a_ctrl_c_in_init_in_a_folder_that_was_there_names_the_folders_it_made(tmp_path: Path, monkeypatch) -> None:
    # `recbook init .` in an empty folder: the folder was there, what init made in it is named
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("recbook.resources.default_dir", interrupted)  # the schemas, once inputs/assets is made
    (tmp_path / "new").mkdir()
    result = CliRunner().invoke(main, ["init", str(tmp_path / "new")])
    assert (tmp_path / "new" / "inputs" / "assets").is_dir()
    inputs = tmp_path / "new" / "inputs"
    assert (result.exit_code, result.stderr) == (130, (
        f"interrupted; made {inputs}{os.sep}; written: inputs/conference.yaml, inputs/decisions.yaml, README.md, "
        ".gitignore; nothing else was changed\n"))

# Every other command, stopped by a Ctrl-C in the middle of its run (in the function named, which
# the command calls once it has read its command line): click said "Aborted!" and exited 1.
MIDWAY = {
    "check": (["check"], "recbook.check_cache", "check_key"),
    "dedupe": (["dedupe"], "recbook.pipeline", "gather"),
    "i18n-extract": (["i18n", "extract"], "recbook.pipeline", "gather"),
    "i18n-update": (["i18n", "update"], "recbook.pipeline", "gather"),
    "i18n-status": (["i18n", "status"], "recbook.load.catalogs", "load_catalogs"),
    "i18n-check": (["i18n", "check"], "recbook.load.catalogs", "check_catalogs"),
    "i18n-export": (["i18n", "export", "--xlsx", "{tmp}/agency.xlsx"], "recbook.commands.i18n.spreadsheet",
                    "export_xlsx"),
    "i18n-import": (["i18n", "import", "{tmp}/returned.xlsx"], "recbook.commands.i18n.spreadsheet", "import_xlsx"),
    "init": (["init", "{tmp}/new"], "recbook.commands.init", "write_project"),
    "intake": (["intake"], "recbook.commands.init", "read_conference"),
    "review-export": (["review", "export", "{tmp}/review.xlsx"], "recbook.pipeline", "gather"),
    "review-import": (["review", "import", "{tmp}/returned.xlsx"], "recbook.pipeline", "gather"),
}


@pytest.mark.parametrize("written", [False, True], ids=["nothing", "a-file"])
@pytest.mark.parametrize("command", MIDWAY)
def test_a_ctrl_c_in_the_middle_of_any_command_is_one_line_and_exit_130(tmp_path: Path, monkeypatch, command,
                                                                        written) -> None:
    import importlib

    from recbook.write import atomic_write

    args, module, name = MIDWAY[command]
    (tmp_path / "project" / "inputs").mkdir(parents=True)
    (tmp_path / "returned.xlsx").write_bytes(b"")  # what `import` reads must exist for click to start it

    def interrupted(*args, **kwargs):
        if written:  # what the command wrote before the Ctrl-C, as it writes it
            atomic_write(tmp_path / "project" / "inputs" / "decisions.yaml", b"[]\n")
        raise KeyboardInterrupt

    monkeypatch.setattr(importlib.import_module(module), name, interrupted)
    project = ["--project", str(tmp_path / "project")] if command != "init" else []
    result = CliRunner().invoke(main, [*(a.format(tmp=tmp_path) for a in args), *project])
    # named from the command's project; init's project is {tmp}/new, so a file outside it by its path
    shown = (tmp_path / "project" / "inputs" / "decisions.yaml" if command == "init" else "inputs/decisions.yaml")
    line = f"written: {shown}; nothing else was changed" if written else "nothing was written"
    if command == "init":  # init makes its folder first, to hold the project lock in (output/.recbook.lock)
        line = f"made {tmp_path / 'new'}{os.sep}; " + (line if written else "nothing else was changed")
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", f"interrupted; {line}\n")


MINIMAL = Path(__file__).resolve().parent / "data" / "inputs" / "minimal"


def test_a_ctrl_c_once_dedupe_wrote_the_review_files_names_them_and_the_folder_it_made(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    import shutil

    from recbook.commands import dedupe

    def interrupted(*args, **kwargs):  # the summary printed after the review files are written
        raise KeyboardInterrupt

    project = tmp_path / "p"
    shutil.copytree(MINIMAL, project)
    monkeypatch.setattr(dedupe, "print_summary", interrupted)
    result = CliRunner().invoke(main, ["dedupe", "--project", str(project)])
    assert (project / "output" / "review.csv").is_file()
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        130, f"interrupted; made {project / 'output'}{os.sep}; written: output/review.html, output/review.csv; "
             "nothing else was changed")


def test_a_ctrl_c_once_i18n_update_wrote_catalogs_of_the_same_name_names_each_by_its_path(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    # each language has its book.po: "written: book.po, book.po, book.po" did not say which
    import importlib
    import shutil

    update = importlib.import_module("recbook.commands.i18n.update")  # the module: the package names a command so
    real = update.update_catalogs

    def interrupted(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    project = tmp_path / "p"
    shutil.copytree(MINIMAL, project)
    monkeypatch.setattr(update, "update_catalogs", interrupted)
    result = CliRunner().invoke(main, ["i18n", "update", "--project", str(project)])
    made, _, written = result.stderr.rstrip("\n").removesuffix("; nothing else was changed").partition("; written: ")
    assert (result.exit_code, made) == (130, f"interrupted; made {project / 'locales'}{os.sep}")
    catalogs = {p.relative_to(project).as_posix() for p in (project / "locales").rglob("*.po")}  # named from the project
    assert len(catalogs) == 7 and set(written.split(", ")) == catalogs


def test_a_ctrl_c_as_init_checks_its_new_project_names_each_catalog_once(tmp_path: Path, monkeypatch) -> None:
    # init writes each content catalog twice (updated, then its placeholders translated): it was named twice
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("recbook.check_cache.check_key", interrupted)  # the check after every file is written
    result = CliRunner().invoke(main, ["init", str(tmp_path / "new")])
    made, _, written = result.stderr.rstrip("\n").removesuffix("; nothing else was changed").partition("; written: ")
    assert (result.exit_code, made) == (130, f"interrupted; made {tmp_path / 'new'}{os.sep}")
    files = {p for p in (tmp_path / "new").rglob("*") if p.is_file() and p.name != ".recbook.lock"}  # recbook's own
    named = written.split(", ")
    assert len(named) == len(set(named)) == len(files)
    # each named from the new project's folder: bare names of one folder and paths of another were mixed
    assert set(named) == {p.relative_to(tmp_path / "new").as_posix() for p in files}


SAVING = ("import openpyxl.writer.excel\n"
          "def stop(self):  # a Ctrl-C while the intake workbook is half saved into its buffer\n"
          "    self._archive.writestr('xl/part.xml', b'x' * 1000)\n"
          "    raise KeyboardInterrupt\n"
          "openpyxl.writer.excel.ExcelWriter.write_data = stop\n")


def test_a_ctrl_c_while_a_workbook_is_saved_is_one_line_and_no_traceback(tmp_path: Path) -> None:
    # the stopped save's ZipFile, kept until Python's last collection, was finalized after its buffer:
    # "Exception ignored in: <function ZipFile.__del__ …> … ValueError: I/O operation on closed file"
    done = subprocess.run([sys.executable, "-c", PROGRAM.format(stop=SAVING), "init", str(tmp_path / "new")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert (done.returncode, len(done.stderr.splitlines())) == (130, 1), done.stderr
    assert done.stderr.startswith(f"interrupted; made {tmp_path / 'new'}{os.sep}; written: inputs/conference.yaml, ")

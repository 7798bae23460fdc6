"""Every bad input, hostile project and fault case in tests/badinput/, run through the command line.

A case is a folder: `case.yaml` says what it proves, the command, its
environment, the exit code and the exact stderr lines; `project/` holds the
files laid over `_base/` (a valid one-proposal project published in Russian);
`setup:` names a function in badinput/generators.py for what cannot be a
committed file (symlinks out of the project, a 1 GB zip bomb, 11 MB images).
`{project}` in expected lines stands for the project folder; the draft's
"n of m strings are not translated" warning is left out of the comparison.

    .venv/bin/python -m pytest tests/test_badinput.py           # all cases
    .venv/bin/python -m pytest tests/test_badinput.py -k symlink
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from recbook.cli import main

CASES = Path(__file__).resolve().parent / "badinput"
sys.path.insert(0, str(CASES))

import generators  # noqa: E402


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if (p / "case.yaml").is_file())


def make_project(case: Path, tmp_path: Path, spec: dict) -> Path:
    project = tmp_path / "project"
    shutil.copytree(CASES / "_base", project, symlinks=True)
    if (case / "project").is_dir():
        shutil.copytree(case / "project", project, dirs_exist_ok=True, symlinks=True)
    for name in spec.get("remove", []):
        target = project / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    if spec.get("setup"):
        getattr(generators, spec["setup"])(project)
    return project


@pytest.mark.parametrize("name", case_names())
def test_case(name: str, tmp_path: Path, monkeypatch) -> None:
    case = CASES / name
    spec = YAML(typ="safe", pure=True).load((case / "case.yaml").read_text("utf-8"))
    project = make_project(case, tmp_path, spec)
    for key, value in (spec.get("env") or {}).items():
        monkeypatch.setenv(key, str(value))
    args = spec["command"].split() + ["--project", str(project)] + spec.get("args", "").split()
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    # how much of the packaged wording is translated changes with every new label: not part of a case
    lines = [line for line in result.stderr.splitlines() if line and not line.endswith("[i18n.incomplete]")]
    expected = [line.replace("{project}", str(project)) for line in spec["stderr"].splitlines() if line]
    assert "Traceback" not in result.output
    assert lines == expected
    assert result.exit_code == spec["exit"]
    for path in spec.get("absent", []):
        assert not (project / path).exists(), f"{path} was written"

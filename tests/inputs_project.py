"""Build small input projects in tmp_path and run load + validate on them (for input tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

from recbook.diagnostics import Report
from recbook.load import read_project
from recbook.model import Inputs
from recbook.validate import validate

DATA = Path(__file__).resolve().parent / "data" / "inputs"
MINIMAL = DATA / "minimal"
HEADER = "id;group;direction;language;title;text"


def make_project(tmp_path: Path, files: dict[str, str | bytes] | None = None,
                 sample_proposals: bool = False) -> Path:
    """Return a copy of the minimal project with `files` (paths under inputs/proposals/) added."""
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    if not sample_proposals:
        (project / "inputs" / "proposals" / "g1.yaml").unlink()
    for name, content in (files or {}).items():
        path = project / "inputs" / "proposals" / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
    return project


def check(project: Path) -> tuple[Inputs | None, list[str]]:
    """Return the validated inputs and every diagnostic line, in file order."""
    report = Report()
    inputs = validate(read_project(project, report), report)
    return inputs, [d.format() for d in report.sorted()]


def name_the_forum(project: Path, proposals: str, conference: str, organiser: str, directions: tuple[str, str, str]):
    """Give a Russian `recbook init` project its own proposals file and names (its placeholders fail --strict)."""
    (project / "inputs" / "proposals" / "intake.xlsx").unlink()
    (project / "inputs" / "proposals" / "p.yaml").write_text(proposals, encoding="utf-8")
    path = project / "inputs" / "conference.yaml"
    text = path.read_text("utf-8")
    placeholders = ("Название конференции", "Организатор", "Тема первого направления", "Тема второго направления",
                    "Тема третьего направления")
    for old, new in zip(placeholders, (conference, organiser, *directions), strict=True):
        text = text.replace(f'"{old}"', f'"{new}"')
    path.write_text(text, encoding="utf-8")

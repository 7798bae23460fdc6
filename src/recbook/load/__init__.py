"""Read a project's inputs into located raw records: the first stage, and the only one doing input I/O.

`read_project` reads `inputs/conference.yaml` and every proposal file in
`inputs/proposals/` (`.yaml`, `.yml`, `.csv`, `.xlsx`, sorted by name; dot files
and Office `~$` lock files are skipped, other files named in a warning). It
never raises for bad input: every problem is a diagnostic in the report.
Locations name files relative to the project folder (`inputs/proposals/g1.csv`),
so diagnostics and golden outputs do not depend on where the project lives.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Location, Report, error, warning
from .assets import asset_problems
from .fields import asset_path_problem, shown
from .nodes import Map, Node, Scalar, Seq, kind, to_plain
from .records import RawProject, RawRecord
from .system_files import is_system_file
from .table_reader import read_table
from .yaml_reader import parse_yaml, read_yaml

__all__ = [
    "Map", "Node", "RawProject", "RawRecord", "Scalar", "Seq", "kind", "parse_yaml",
    "read_project", "read_yaml", "to_plain",
]

CONFERENCE_FILE = "inputs/conference.yaml"
PROPOSALS_DIR = "inputs/proposals"
YAML_SUFFIXES = (".yaml", ".yml")
TABLE_SUFFIXES = (".csv", ".xlsx")


def read_project(project: Path, report: Report) -> RawProject:
    """Read conference.yaml and every proposal file of `project`."""
    conference_path = project / CONFERENCE_FILE
    conference = None
    if conference_path.is_file():
        conference = read_yaml(conference_path, report, CONFERENCE_FILE)
        _check_logos(conference, project, report)
    else:
        report.add(error(Location(CONFERENCE_FILE), "the conference file is missing",
                         "load.missing-conference"))
    files = _proposal_files(project, report)
    records: list[RawRecord] = []
    errors = len(report.errors)
    for path in files:
        display = path.relative_to(project).as_posix()
        if path.suffix.lower() in YAML_SUFFIXES:
            records += _yaml_records(path, display, report)
        else:
            records += read_table(path, display, report)
    if files and not records and len(report.errors) == errors:  # (files that cannot be read say so)
        # a blank intake workbook: "0 proposals … OK" read as a clean project, even after
        # `recbook intake --force` had replaced every proposal
        report.add(warning(Location(PROPOSALS_DIR), "no proposals yet: the proposal files hold none, so the "
                           "book has no recommendations; fill in the intake workbook", "load.no-proposals"))
    return RawProject(conference, CONFERENCE_FILE, tuple(records),
                      tuple(p.relative_to(project).as_posix() for p in files))


def _check_logos(conference: Node | None, project: Path, report: Report) -> None:
    """Report logos that conference.yaml names and the renderers could not load."""
    if not isinstance(conference, Map):
        return
    for key in ("organizers", "partners"):
        entries = conference.get(key)
        for item in entries.items if isinstance(entries, Seq) else ():
            logo = item.get("logo") if isinstance(item, Map) else None
            path = logo.value.strip() if isinstance(logo, Scalar) and logo.value else None
            if path and asset_path_problem(path) is None:
                report.extend(asset_problems(project, path, logo.location))


def _proposal_files(project: Path, report: Report) -> list[Path]:
    """Return the proposal files by name; warn about other files, which are not read."""
    folder = project / PROPOSALS_DIR
    if not folder.is_dir():
        report.add(error(Location(PROPOSALS_DIR), "the proposals folder is missing",
                         "load.missing-proposals"))
        return []
    files = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith((".", "~$")) or is_system_file(path.name):
            continue  # hidden files, Office lock files and Explorer's Thumbs.db, desktop.ini are not user content
        if path.is_dir():
            if any(p.suffix.lower() in YAML_SUFFIXES + TABLE_SUFFIXES for p in path.rglob("*")):
                report.add(warning(Location(path.relative_to(project).as_posix() + "/"),
                                   "not read: proposals are read from the files directly in "
                                   f"{PROPOSALS_DIR}/, not from its subfolders; move them up", "load.ignored-file"))
            continue
        if path.suffix.lower() in YAML_SUFFIXES + TABLE_SUFFIXES:
            files.append(path)
        elif path.suffix.lower() == ".bak":
            report.add(warning(Location(path.relative_to(project).as_posix()),
                               "not read: a backup (`recbook intake --force` keeps the workbook it replaces "
                               "so); copy the proposals you need into a proposals file, then delete it",
                               "load.ignored-file"))
        else:
            report.add(warning(Location(path.relative_to(project).as_posix()),
                               "not read: proposals are .yaml, .yml, .csv or .xlsx files "
                               "(save .xls and .ods as .xlsx)", "load.ignored-file"))
    if not files:
        report.add(warning(Location(PROPOSALS_DIR), "no proposal files (.yaml, .yml, .csv, .xlsx)",
                           "load.no-proposals"))
    return files


def _yaml_records(path: Path, display: str, report: Report) -> list[RawRecord]:
    """Return the items of a proposals YAML file: a list, or a mapping with a `proposals` list."""
    root = read_yaml(path, report, display)
    if root is None:
        return []
    items = root
    if isinstance(root, Map) and root.get("proposals") is not None:
        for key in root.keys():
            if key.value != "proposals":
                report.add(warning(key.location, f"key {shown(key.value)} is not read. Expected one "
                                   f"of: proposals but received: {shown(key.value)}", "yaml.unknown-key"))
        items = root.get("proposals")
    if isinstance(items, Scalar) and items.value is None:
        report.add(warning(items.location, "the file has no proposals", "load.empty-file"))
        return []
    if not isinstance(items, Seq):
        report.add(error(items.location, "a proposals file is a list of proposals (or "
                         f"`proposals:` with a list), not {kind(items)}", "yaml.not-a-list"))
        return []
    return [RawRecord(item, item.location, "yaml") for item in items.items]

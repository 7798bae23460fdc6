"""`recbook init DIR` makes a new conference project that checks and builds at once; `recbook intake` renews its workbook.

The new project has a commented conference.yaml (placeholders to replace), the
intake workbook (one sheet per group, drop-down lists from conference.yaml), a
decisions.yaml of comments only, catalogs whose placeholder texts are already translated,
the JSON Schemas for editors and a README in the secretariat's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import click

from ..counts import counted
from ..diagnostics import InputErrors, Location, RecbookError, Report, refuse
from ..interrupt import remember_project
from ..model import LANGUAGES, Conference
from . import project_option

INTAKE_FILE = "inputs/proposals/intake.xlsx"


def _languages(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    items = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    if not items or any(v not in LANGUAGES for v in items):
        raise click.BadParameter(f"expected one or more of {', '.join(LANGUAGES)} separated by "
                                 f"commas, but received: {value!r}", param_hint="--languages")
    return items


# a repository made first (`git init`, then `recbook init .`): its metadata is no content init could overwrite
_VERSION_CONTROL = frozenset({".git", ".hg", ".svn"})


@click.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), callback=remember_project)
@click.option("--languages", default=",".join(LANGUAGES), show_default=True, callback=_languages,
              help="Languages the book is published in, in build order.")
@click.option("--source", type=click.Choice(LANGUAGES), default=None,
              help="The language the secretariat writes conference.yaml in (default: ru if "
                   "published in Russian, else the first language).")
def init(directory: Path, languages: tuple[str, ...], source: str | None) -> None:
    """Make a new conference project in DIRECTORY (a new or empty folder)."""
    from ..edition import make_folder
    from ..project_lock import project_lock

    held = _contents(directory)
    if held:
        refuse(Location(str(directory)), _not_empty(directory, held), "init.not-empty")
    source = source or ("ru" if "ru" in languages else languages[0])
    make_folder(directory)  # the lock's file is in it (output/.recbook.lock)
    # as every writer of a project: two inits at once both found the folder empty and both wrote it
    with project_lock(directory, str(directory), untouched="nothing was written", new=True):
        held = _contents(directory)  # again, holding the lock: another command may have written it meanwhile
        if held:
            refuse(Location(str(directory)), f"another recbook command made a project here while this one "
                   f"waited for it (it holds {_listed(held)}); this init wrote nothing: to work on that project, "
                   "run `recbook check` in it", "init.not-empty")
        write_project(directory, languages, source, dt.date.today())
    from .check import check

    click.get_current_context().invoke(check, project=directory, strict=False)
    click.echo(f"created {directory}: edit inputs/conference.yaml, then run `recbook intake` and "
               f"`recbook i18n update` (see {Path(directory, 'README.md')})")


def _contents(directory: Path) -> list[str]:
    """Return the names of what `directory` holds that init could overwrite (none: it may make a project there).

    A repository's metadata is no such thing, nor an operating system's own files (.DS_Store,
    Thumbs.db), nor output/ holding only the project lock, which
    an init stopped before it wrote leaves (the lock is recbook's own, output/ ignored by git).
    """
    from ..load.system_files import is_system_file
    from ..project_lock import LOCK_NAME

    if not directory.is_dir():
        return []
    output = directory / "output"
    only_lock = output.is_dir() and [p.name for p in output.iterdir()] == [LOCK_NAME]
    return sorted(p.name for p in directory.iterdir()
                  if p.name not in _VERSION_CONTROL and not (p.name == "output" and only_lock)
                  and not (is_system_file(p.name) and p.is_file()))  # .DS_Store: Finder showed the folder


def _listed(held: list[str]) -> str:
    return ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")


def _not_empty(directory: Path, held: list[str]) -> str:
    """Say what the folder holds and, where a project is half there, how to start again."""
    from ..project_lock import held_by_another

    shown = _listed(held)
    if held_by_another(directory):  # half made by an init running now, or a project a build is writing
        return (f"the folder holds a project already ({shown}), and another recbook command is writing it now; "
                "recbook init makes a new project in a new or empty folder: to work on that project, run "
                "`recbook check` in it once that command has finished")
    if (directory / "inputs" / "conference.yaml").is_file():
        # what a `recbook init` stopped by Ctrl-C (or a full disk) leaves: a project, perhaps half made
        return (f"the folder holds a project already ({shown}); recbook init makes a new project in a new "
                "or empty folder. If an interrupted `recbook init` made it, delete the folder and run "
                "`recbook init` again; to work on that project, run `recbook check` in it")
    return f"the folder is not empty (it holds {shown}); recbook init makes a new project in a new or empty folder"


@click.command("intake")
@project_option
@click.option("--force", is_flag=True, help="Replace an intake workbook that already holds proposals.")
def intake(project: Path, force: bool) -> None:
    """Write inputs/proposals/intake.xlsx again from conference.yaml (groups and drop-down lists)."""
    from ..project_lock import project_lock

    with project_lock(project, INTAKE_FILE, untouched=f"{INTAKE_FILE} was not changed"):
        _intake(project, force)


def _intake(project: Path, force: bool) -> None:
    from ..unchanged import ChangedMeanwhile, changed_error, contents
    from ..diagnostics import print_diagnostics

    target = project / INTAKE_FILE
    read = contents(target)  # what is counted and backed up is what may be replaced: rows saved later are kept
    conference = read_conference(project)
    held = _proposals_in(target, project) if target.is_file() else 0
    if held != 0 and not force:
        refuse(Location(str(target)), f"holds {_held(held)}; save it under another name first "
               "(or use --force to replace it, keeping it as a backup)", "intake.filled")
    kept = None
    try:
        if held != 0:
            if contents(target) != read:
                raise ChangedMeanwhile(target)
            kept = _backup(target, read)
        _write_intake(project, conference, read)
    except ChangedMeanwhile as exc:  # saved meanwhile (Excel): its rows were never counted
        print_diagnostics([changed_error(exc, project, "run recbook intake again")])
        raise InputErrors(1, [kept] if kept else (), project) from None
    click.echo(f"wrote {target}: {counted(len(conference.groups), 'sheet')}, one per group")
    if kept is not None:
        click.echo(f"kept the workbook it replaced ({_held(held)}) as {kept}: copy the rows into the new "
                   "workbook, then delete the backup")


def _held(count: int | None) -> str:
    return counted(count, "proposal") if count is not None else "what recbook cannot read"


def _backup(target: Path, data: bytes) -> Path:
    """Copy the workbook `--force` replaces to intake.xlsx.bak (then .2.bak …, never over another backup).

    Beside it, so it is found; a .bak file is not read as proposals (`recbook check` names it). The
    rows are not carried into the new workbook: a renamed or removed group's rows have no sheet there,
    and what the reader makes of a cell (numbers, dates, merged cells) is not what was typed.
    """
    from ..write import atomic_write

    backup, number = target.with_name(f"{target.name}.bak"), 1
    while backup.exists() or backup.is_symlink():
        number += 1
        backup = target.with_name(f"{target.name}.{number}.bak")
    atomic_write(backup, data)
    return backup


def write_project(directory: Path, languages: tuple[str, ...], source: str, day: dt.date) -> None:
    """Write every file of a new project into `directory`."""
    from ..resources import default_dir
    from ..scaffold.conference import conference_yaml, decisions_yaml, slug
    from ..scaffold.readme import project_readme
    from ..write import atomic_write, make_folder

    conference_id = slug(directory.resolve().name)
    files = {
        "inputs/conference.yaml": conference_yaml(conference_id, languages, source, day),
        "inputs/decisions.yaml": decisions_yaml(source),
        "README.md": project_readme(conference_id, source),
        ".gitignore": "output/\n",
    }
    for name, text in files.items():
        atomic_write(directory / name, text.encode("utf-8"))
    make_folder(directory / "inputs" / "assets")
    for schema in sorted(default_dir("schemas").glob("*.json")):
        atomic_write(directory / "schemas" / schema.name, schema.read_bytes())
    _write_intake(directory, read_conference(directory), None)  # a new project: no workbook yet
    _write_catalogs(directory)


def read_conference(project: Path) -> Conference:
    """Return the project's validated conference, or stop after printing its errors."""
    from ..load import CONFERENCE_FILE, read_yaml
    from ..diagnostics import print_diagnostics
    from ..validate.conference import validate_conference

    report = Report()
    path = project / CONFERENCE_FILE
    if not path.is_file():
        raise RecbookError(f"{path}: no conference file here (use --project DIR)")
    conference = validate_conference(read_yaml(path, report, CONFERENCE_FILE), report).conference
    print_diagnostics(report.sorted())
    if conference is None or report.errors:
        raise InputErrors(len(report.errors) or 1)
    return conference


def _write_intake(project: Path, conference: Conference, read: bytes | None) -> None:
    """Write the intake workbook (`read`: the bytes it held when read, None: none; holding others, it is kept)."""
    from ..scaffold.intake import intake_workbook
    from ..write import atomic_write

    atomic_write(project / INTAKE_FILE, intake_workbook(conference), read=read)


def _proposals_in(path: Path, project: Path) -> int | None:
    """Return how many proposal rows a workbook holds, None if it cannot be read (problems in rows do not matter).

    A workbook recbook cannot read may hold anything: it is kept like a filled one, never replaced unasked.
    """
    from ..load.xlsx_reader import read_xlsx

    report = Report()
    rows = read_xlsx(path, path.relative_to(project).as_posix(), report)
    return len(rows) if rows or not report.errors else None


def _write_catalogs(project: Path) -> None:
    """Write the catalogs (as `recbook i18n update` would), with the placeholders translated."""
    from ..pipeline import gather
    from .i18n.update import update_catalogs

    report = Report()
    gathered = gather(project, report)
    if gathered is None or report.errors:  # recbook wrote these files: a failure is a bug
        raise RuntimeError("a new project does not check: " + "; ".join(d.format() for d in report.errors))
    written = update_catalogs(project, gathered.inputs, gathered.merged, report)
    for path in written:
        if path.name.startswith("content."):
            _translate_placeholders(path, path.parent.parent.name)


def _translate_placeholders(path: Path, lang: str) -> None:
    """Fill a new content catalog's entries with the placeholders' own translations."""
    from ..i18n import po
    from ..i18n.writer import format_po
    from ..scaffold.texts import PLACEHOLDERS
    from ..write import atomic_write

    catalog = po.parse(path.read_text("utf-8"), str(path))
    entries = [replace(e, msgstr=(PLACEHOLDERS[e.msgctxt][lang],)) if e.msgctxt in PLACEHOLDERS else e
               for e in catalog.entries]
    atomic_write(path, format_po(catalog.header_entry, entries, catalog).encode("utf-8"))

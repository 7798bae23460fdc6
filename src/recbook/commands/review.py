"""`recbook review export / import`: the secretariat's review in a spreadsheet instead of YAML."""

from __future__ import annotations

from pathlib import Path

import click

from ..diagnostics import InputErrors, Report, refuse
from . import project_option


@click.group()
def review() -> None:
    """Review merges and decide in a spreadsheet; import the decisions into inputs/decisions.yaml."""


@review.command("export")
@project_option
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite TARGET if it exists.")
def export(project: Path, target: Path, force: bool) -> None:
    """Write TARGET (.xlsx): a row per recommendation, member and suggestion, with a decision drop-down."""
    from ..counts import counted
    from ..merge.review_sheet import sheet_rows
    from .dedupe import review_numbers
    from ..merge.sheet_words import KINDS, choices, headers, sheet_language
    from ..render.review_sheet import sheet_bytes
    from ..render.review_words import reason
    from ..write import atomic_write

    from ..destinations import export_problem

    refused = export_problem(target, force, ", and may hold decisions not imported yet")
    if refused:
        refuse(refused.location, refused.message, refused.code)
    gathered, decisions = _gather(project)
    inputs = gathered.inputs
    groups = {g.id: g.text for g in inputs.conference.groups}
    lang = sheet_language(inputs.conference.source_language)  # the secretariat's language
    rows = sheet_rows(gathered.merged, {p.id: p for p in inputs.proposals}, decisions, groups, lang,
                      lambda why: reason(why, lang), review_numbers(gathered))
    atomic_write(target, sheet_bytes(rows, tuple(choices(lang)), headers(lang), KINDS[lang]))
    click.echo(f"wrote {target}: {counted(len(rows), 'row')}")


@review.command("import")
@project_option
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(project: Path, source: Path) -> None:
    """Add the decisions filled in SOURCE to inputs/decisions.yaml (none is ever removed)."""
    from ..pipeline import DECISIONS_FILE
    from ..project_lock import project_lock

    # from before the first read to the write: two imports at once each added to the file as read,
    # and the second write dropped the first's decisions (recbook.project_lock)
    with project_lock(project, DECISIONS_FILE, untouched=f"{DECISIONS_FILE} was not changed"):
        _import(project, source)


def _import(project: Path, source: Path) -> None:
    from ..diagnostics import print_diagnostics
    from ..load.review_sheet import read_sheet
    from ..merge.review_sheet import changes
    from ..pipeline import DECISIONS_FILE
    from ..unchanged import ChangedMeanwhile, changed_error, contents
    from ..write_decisions import NotWritten, write_decisions

    read = contents(project / DECISIONS_FILE)  # before anything reads it: the import applies to these bytes
    gathered, decisions = _gather(project)
    report = Report()
    lang = gathered.inputs.conference.source_language
    rows = read_sheet(source, report, str(source), lang)
    found = changes(rows, gathered.merged, {p.id: p for p in gathered.inputs.proposals}, decisions, lang)
    report.extend(found.diagnostics)
    if found.added or found.updated:
        report.extend(_unwritable(project / DECISIONS_FILE, DECISIONS_FILE))
    print_diagnostics(report.sorted())
    if report.errors:
        raise InputErrors(len(report.errors))
    # an update may find the item already as the sheet says (a character the book prints as "�"
    # differs in the decision read, not in the file): the count is what the file really got
    try:
        written = (write_decisions(project / DECISIONS_FILE, found, DECISIONS_FILE, read)
                   if found.added or found.updated else None)
    except NotWritten as refused:  # an item to update shares a value through a YAML anchor or alias
        print_diagnostics(refused.diagnostics)
        raise InputErrors(len(refused.diagnostics)) from None
    except ChangedMeanwhile as exc:  # saved by a program that does not take the lock (an editor)
        print_diagnostics([changed_error(exc, project, "import the sheet again")])
        raise InputErrors(1) from None
    updated = written.updated if written else 0
    unchanged = found.unchanged + len(found.updated) - updated
    click.echo(f"{DECISIONS_FILE}: {len(found.added)} added, {updated} updated, {unchanged} unchanged"
               + _unquoted_words(written.unquoted if written else ()))


def _unquoted_words(lines: tuple[int, ...]) -> str:
    """Say which pasted lines lost their "'" in the writing (the warnings above said they were read so)."""
    if not lines:
        return ""
    where = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(map(str, lines))
    return f"; the \"'\" a spreadsheet shows before review.csv's decision lines was taken off {where}"


def _unwritable(path: Path, shown: str) -> list:
    """Return an error at each slip the reader reads past (load/decisions_text.py) but the writer cannot mend.

    The writer splices text into the file as YAML reads it, and YAML refuses an earlier init's "[]"
    above pasted lines: the secretariat deletes it first (deleting a line is theirs to do). A pasted
    line's "'" is one character the writer takes off itself (write_decisions.py).
    """
    from ..diagnostics import Location, error
    from ..load.decisions_text import slips

    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:  # no file yet: the writer makes it
        return []
    return [error(Location(shown, slip.line, 1), f"review import writes into this file: {slip.fix}, then "
                  "import again", slip.code) for slip in slips(text) if slip.code != "decisions.csv-quote"]


def _gather(project: Path):
    """Return the project's merge and its decisions, stopping on input errors."""
    from ..diagnostics import print_diagnostics
    from ..load.decisions import read_decisions
    from ..pipeline import DECISIONS_FILE, gather

    report = Report()
    try:
        gathered = gather(project, report)
    finally:
        print_diagnostics(report.sorted())
    if gathered is None or report.errors:
        raise InputErrors(len(report.errors))
    ids = [p.id for p in gathered.inputs.proposals]
    return gathered, read_decisions(project / DECISIONS_FILE, ids, Report(), DECISIONS_FILE)

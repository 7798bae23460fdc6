"""`recbook check`: every check `recbook build` makes, without rendering or writing anything."""

from __future__ import annotations

import atexit
import gc
from pathlib import Path

import click

from . import project_option

CHECK_GC_THRESHOLDS = (100_000, 10, 10)  # see _with_fewer_collections


@click.command()
@project_option
@click.option("--strict", is_flag=True,
              help="Check as for the final edition: warnings and missing translations fail.")
def check(project: Path, strict: bool) -> None:
    """Validate inputs, decisions and catalogs; print every problem found.

    When nothing the check reads has changed since the last one, its findings
    are replayed from the user cache (recbook/check_cache.py).
    """
    from ..check_cache import check_key, load_record, save_record
    from ..cli import end_without_teardown

    end_without_teardown()  # what a check writes is closed before it concludes; it starts nothing
    key = check_key(project, strict)
    record = load_record(project, key) if key else None
    if record is None:
        record = _with_fewer_collections(_full_check, project, strict)
        if key:
            save_record(project, key, record)
        _skip_collection_at_exit()
    _conclude(record, strict, project)


def _with_fewer_collections(run, *args):
    """Return run(*args) with the cyclic garbage collector run less often (as it was again after).

    A check allocates what it keeps (the inputs, the merge, three books) and leaves little
    cyclic garbage, so each pass of the collector walks live objects only to keep them, and the
    young ones include the large dictionaries of the lexicons and word caches. With the youngest
    generation collected every 20,000 allocations, a cold check of the sample spent 20–33 ms of
    CPU in 4 collections (timed with gc.callbacks, on a loaded machine); every 100,000 (CHECK_GC_THRESHOLDS)
    it makes none, and a check of a very large conference still has its garbage collected: pausing
    the collector altogether would not bound it. At the end what the check made joins the oldest
    generation (freeze, then unfreeze): the usual thresholds, set back, would otherwise start a
    collection of all of it at the next allocation.
    """
    before = gc.get_threshold()
    gc.set_threshold(*CHECK_GC_THRESHOLDS)
    try:
        return run(*args)
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.set_threshold(*before)


def _skip_collection_at_exit() -> None:
    """Have the interpreter's collections at exit skip what the check left (2.4 % of a cold check's instructions).

    When the process ends, Python runs its cyclic garbage collector over every object still
    alive (the imported modules, and whatever the check's caches hold) only to drop them.
    Freezing them at exit (`gc.freeze`), as `recbook build` does, leaves them to the operating
    system. The check has written and closed everything it writes (the user cache, the record)
    before then, so nothing waits on those objects' finalizers.
    """
    atexit.unregister(gc.freeze)  # registered once, however often `check` runs in one process (tests)
    atexit.register(gc.freeze)


def _full_check(project: Path, strict: bool):
    """Run every check and return what it found (the diagnostics are printed by _conclude)."""
    from ..check_cache import CheckRecord
    from ..counts import counted
    from ..diagnostics import Report, print_diagnostics
    from ..pipeline import check_project, read_source_date_epoch, status_line

    report = Report()
    try:
        checked = check_project(project, report, final=strict, epoch=read_source_date_epoch(report),
                                typeset=False)  # nothing is printed: the typography is a build's
    except BaseException:
        print_diagnostics(report.sorted())  # what was found before the check stopped
        raise
    summary = None
    if checked is not None:
        gathered = checked.gathered
        summary = f"{counted(len(gathered.inputs.proposals), 'proposal')}, {status_line(gathered.merged)}: OK"
    return CheckRecord([d.format() for d in report.sorted()], len(report.errors), len(report.warnings), summary)


def _conclude(record, strict: bool, project: Path) -> None:
    """Print the findings; fail on errors (and on warnings when strict), else print the summary."""
    from ..diagnostics import InputErrors

    for line in record.lines:
        click.echo(line, err=True)
    warnings = record.warnings if strict else 0
    if record.errors or warnings:  # a check writes nothing: no "nothing was written"
        raise InputErrors(record.errors, writes=False, warnings=warnings)
    if record.summary:
        click.echo(f"{project_name(project)}: {record.summary}")


def project_name(project: Path) -> str:
    """Return the project folder's name: `--project .` (the default) printed as ".: 14 proposals …"."""
    folder = project.resolve()
    return folder.name or str(folder)

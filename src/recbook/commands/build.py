"""`recbook build`: check, render every requested (language, format) in memory, then write them."""

from __future__ import annotations

import atexit
import gc
import sys
import time
from pathlib import Path

import click

from ..counts import counted
from . import project_option, render_memory_option, render_timeout_option

LANGUAGES = ("kk", "ru", "en")
FORMATS = ("pdf", "docx")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b")


def split_choices(allowed: tuple[str, ...], name: str):
    """Return a click callback that parses 'a,b' into a tuple of allowed values."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None):
        if value is None:
            return None
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        unknown = [v for v in items if v not in allowed]
        if unknown or not items:
            raise click.BadParameter(
                f"expected one or more of {', '.join(allowed)} separated by commas, "
                f"but received: {value!r}",
                param_hint=name,
            )
        return items

    return callback


@click.command()
@project_option
@click.option("--lang", "langs", callback=split_choices(LANGUAGES, "--lang"),
              help="Languages to build, e.g. kk,ru (default: the conference's languages).")
@click.option("--format", "formats", callback=split_choices(FORMATS, "--format"),
              help="Formats to build: pdf, docx or both (default).")
@click.option("--strict", is_flag=True,
              help="Final edition: fail on warnings and on any missing or fuzzy translation.")
@click.option("--pdf-variant", type=click.Choice(PDF_VARIANTS), default=PDF_VARIANTS[0], show_default=True,
              help="PDF standard: tagged PDF/UA-1, or PDF/A-3b for archives.")
@click.option("--rebuild", is_flag=True,
              help="Render every output again, even those whose inputs, catalogs and templates are unchanged.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Outputs rendered at once, each in its own process "
                   "(default: the number of CPUs, fewer if memory is short).")
@render_timeout_option
@render_memory_option
def build(project: Path, langs, formats, strict: bool, pdf_variant: str, rebuild: bool,
          jobs: int | None, render_timeout: float, render_memory: float | None) -> None:
    """Build output/<id>.<lang>.pdf and .docx from the project's inputs."""
    from ..diagnostics import Report, print_diagnostics
    from ..pipeline import BuildOptions, build_project, read_source_date_epoch

    options = BuildOptions(
        languages=langs, formats=formats or FORMATS, strict=strict, pdf_variant=pdf_variant,
        rebuild=rebuild, render_timeout=render_timeout, render_memory=render_memory,
        **({"jobs": jobs} if jobs else {}),
    )
    from ..progress import Steps

    _skip_collection_at_exit()
    started = time.perf_counter()
    report = Report()
    progress = Steps(log=sys.stdout)  # plain lines in a log; stderr stays diagnostics only
    summary: list[str] = []
    made: list[str] = []
    try:
        written = build_project(project, options, report, read_source_date_epoch(report), progress, summary,
                                books_made=made)
    finally:
        progress.end()
        print_diagnostics(report.sorted())
    for path in written:
        click.echo(f"wrote {path}")
    changed = sum(1 for path in written if path.suffix in (".pdf", ".docx"))  # the books, not the reports
    for line in summary:
        click.echo(line)
    click.echo(built_line(len(made), changed, time.perf_counter() - started))


def built_line(made: int, changed: int, seconds: float) -> str:
    """Return the build's last line: the books it made, and how many of them changed on disk.

    A book whose file already holds its bytes is not written again (recbook.edition): a second
    `--rebuild`, or a build run beside another, renders every book and changes none. Counting only
    the files written, the line said "built 0 output(s)" of books just rendered.
    """
    line = f"built {counted(made, 'output')} in {seconds:.1f} s"
    return line if changed == made else f"{line}: {changed} changed, {made - changed} already up to date"


def _skip_collection_at_exit() -> None:
    """Have the interpreter's collections at exit skip what the build left (~0.1 s of a build's wall time).

    When the process ends, Python runs its cyclic garbage collector over every object still
    alive — the checked project, its merge and books — only to drop them. Freezing them at exit
    (`gc.freeze`) leaves them to the operating system instead. Everything the build writes is
    written and closed before then (recbook.write), so nothing waits on those objects' finalizers.
    """
    atexit.unregister(gc.freeze)  # registered once, however often `build` runs in one process (tests)
    atexit.register(gc.freeze)

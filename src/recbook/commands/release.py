"""`recbook release --edition N [--final]`: build every output, archive it, freeze its numbers."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from pathlib import Path

import click

from . import project_option, render_memory_option, render_timeout_option
from .build import FORMATS, PDF_VARIANTS


def _edition_date(ctx: click.Context, param: click.Parameter, text: str | None) -> dt.date | None:
    """Read --date as YYYY-MM-DD, saying which part is wrong: a day the month does not have is not a
    "format mismatch"; before 1900 is refused ("0001-01-01" made a DOCX date "1-01-01T…", which is no date)."""
    if text is None:
        return None
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text)
    if not found:
        raise click.BadParameter(f"{text!r} is not a date written YYYY-MM-DD, such as 2026-03-01")
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= month <= 12:
        raise click.BadParameter(f"{text}: there is no month {month}")
    try:
        when = dt.date(year, month, day)
    except ValueError:
        days = calendar.monthrange(year, month)[1]
        raise click.BadParameter(f"{text}: {calendar.month_name[month]} {year} has {days} days") from None
    if year < 1900:
        raise click.BadParameter(f"{when.isoformat()} is before 1900; give the edition's own date")
    return when


@click.command()
@project_option
@click.option("--edition", "number", type=click.IntRange(min=1), required=True,
              help="The edition's number: 1 for the first, then 2, 3 … (a non-final edition may be released again).")
@click.option("--final", is_flag=True,
              help="The final edition: built strictly (warnings and missing translations fail); "
                   "its cover says \"Final edition\" and its numbers can no longer change.")
@click.option("--date", "when", default=None, callback=_edition_date, metavar="YYYY-MM-DD",
              help="The edition's date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH's day, else today, UTC).")
@click.option("--pdf-variant", type=click.Choice(PDF_VARIANTS), default=PDF_VARIANTS[0], show_default=True,
              help="PDF standard: tagged PDF/UA-1, or PDF/A-3b for archives.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Outputs rendered at once, each in its own process (default: the number of CPUs).")
@render_timeout_option
@render_memory_option
def release(project: Path, number: int, final: bool, when: dt.date | None, pdf_variant: str,
            jobs: int | None, render_timeout: float, render_memory: float | None) -> None:
    """Release edition N: build every language and format, archive them, record the numbers."""
    from ..diagnostics import Report, print_diagnostics
    from ..model import Release
    from ..pipeline import BuildOptions, build_project, read_source_date_epoch

    started = time.perf_counter()
    report = Report()
    options = BuildOptions(formats=FORMATS, strict=final, pdf_variant=pdf_variant,
                           render_timeout=render_timeout, render_memory=render_memory,
                           **({"jobs": jobs} if jobs else {}))
    try:
        epoch = read_source_date_epoch(report)
        edition = Release(number, when or release_date(epoch), final)
        written = build_project(project, options, report, epoch, release=edition)
    finally:
        print_diagnostics(report.sorted())
    for path in written:
        click.echo(f"wrote {path}")
    kind = "final edition" if final else "edition"
    click.echo(f"released {kind} {number} of {edition.date.isoformat()} in "
               f"{time.perf_counter() - started:.1f} s")


def release_date(epoch: int | None) -> dt.date:
    """Return the day of SOURCE_DATE_EPOCH (so a rebuild is reproducible), else today (UTC)."""
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()

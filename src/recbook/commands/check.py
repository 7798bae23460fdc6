"""`recbook check`: every check `recbook build` makes, without rendering or writing anything."""

from __future__ import annotations

from pathlib import Path

import click

from . import project_option


@click.command()
@project_option
@click.option("--strict", is_flag=True,
              help="Check as for the final edition: warnings and missing translations fail.")
def check(project: Path, strict: bool) -> None:
    """Validate inputs, decisions and catalogs; print every problem found.

    Also lists merged recommendations still printing one member's raw wording
    (editorial.unedited): `build` does not, since a draft may print it.
    """
    from ..diagnostics import Report, print_diagnostics
    from ..merge.editorial import unedited
    from ..pipeline import check_project, read_source_date_epoch, status_line, stop_if_failing

    report = Report()
    try:
        checked = check_project(project, report, final=strict, epoch=read_source_date_epoch(report))
        if checked is not None:
            inputs = checked.gathered.inputs
            report.extend(unedited(checked.gathered.merged, {p.id: p for p in inputs.proposals}))
    finally:
        print_diagnostics(report.sorted())
    stop_if_failing(report, strict=strict)
    n = len(checked.gathered.inputs.proposals)
    click.echo(f"{project}: {n} proposals, {status_line(checked.gathered.merged)}: OK")

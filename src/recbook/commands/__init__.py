"""The commands of `recbook`, one module each: thin click commands over the pipeline's stages.

Each module is imported only when its command runs (see recbook.cli.LAZY_COMMANDS),
so `recbook check` never loads WeasyPrint or python-docx.
"""

from __future__ import annotations

from pathlib import Path

import click

project_option = click.option(
    "--project",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The conference project folder (inputs/, locales/, templates/, output/).",
)


class Seconds(click.ParamType):
    """A time limit in seconds: a finite number from 1 s to a week.

    click.FloatRange lets "nan" through (no comparison with it is true) and "inf", "1e309", "1e18"
    (no upper bound): a DOCX render then failed on "cannot convert float NaN to integer".
    """

    name = "seconds"
    LONGEST = 7 * 24 * 3600.0

    def convert(self, value, param, ctx) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not 1 <= seconds <= self.LONGEST:  # also false for nan
            self.fail(f"{value} is not a number of seconds from 1 to {self.LONGEST:,.0f} (a week)", param, ctx)
        return seconds


render_timeout_option = click.option(
    "--render-timeout", type=Seconds(), default=600, show_default=True,
    help="Seconds one output may take (1 to a week); a slower render is stopped and reported, "
         "the others still build.")

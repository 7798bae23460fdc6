"""The commands of `recbook`, one module each: thin click commands over the pipeline's stages.

Each module is imported only when its command runs (see recbook.cli.LAZY_COMMANDS),
so `recbook check` never loads WeasyPrint or python-docx.
"""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..interrupt import remember_project
from ..render import LONGEST_TIMEOUT
from ..render.memory import MOST_MIB

project_option = click.option(
    "--project",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    callback=remember_project,  # what a Ctrl-C's line names the files written from (recbook.cli)
    help="The conference project folder (inputs/, locales/, templates/, output/).",
)


class Seconds(click.ParamType):
    """A time limit in seconds: a finite number from 1 s to a week.

    click.FloatRange lets "nan" through (no comparison with it is true) and "inf", "1e309", "1e18"
    (no upper bound): a DOCX render then failed on "cannot convert float NaN to integer".
    """

    name = "seconds"
    LONGEST = LONGEST_TIMEOUT

    def convert(self, value, param, ctx) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not 1 <= seconds <= self.LONGEST:  # also false for nan
            self.fail(f"{value} is not a number of seconds from 1 to {self.LONGEST:,.0f} (a week)", param, ctx)
        return seconds


MEMORY_UNITS = {"": 1.0, "m": 1.0, "mb": 1.0, "mib": 1.0, "g": 1024.0, "gb": 1024.0, "gib": 1024.0,
                "t": 1024.0**2, "tb": 1024.0**2, "tib": 1024.0**2}  # in MiB: binary, whatever the spelling


class MemorySize(click.ParamType):
    """A memory limit in MiB: a number of MiB ("3000"), or with a unit ("3000M", "3G", "3GiB"; binary),
    from 100 MiB to 1 TiB. Returned in MiB."""

    name = "size"
    LEAST, MOST = 100.0, MOST_MIB

    def convert(self, value, param, ctx) -> float:
        found = re.fullmatch(r"\s*(\d{1,9}(?:\.\d{1,6})?)\s*([A-Za-z]{0,3})\s*", str(value))
        unit = found[2].lower() if found else ""
        if not found or unit not in MEMORY_UNITS:  # also "nan", "inf", "1e9", "-5": no size
            self.fail(f"{value!r} is not a memory size: give MiB (3000) or a size with a unit (3000M, 3G)",
                      param, ctx)
        number = float(found[1])
        mib = number * MEMORY_UNITS[unit]
        if not self.LEAST <= mib <= self.MOST:
            self.fail(f"{value} is not a memory size from {self.LEAST:.0f} MiB to 1 TiB", param, ctx)
        return mib


render_memory_option = click.option(
    "--render-memory", type=MemorySize(), default=None,
    help="Memory one output's render may take, in MiB or with a unit (3000, 3G; 100 MiB to 1 TiB); "
         "a render that takes more is stopped and reported, the others still build (default: 1.5 × "
         "what the book is expected to need, at least 1 GiB, or more when memory is plentiful; "
         "enforced on Linux only).")

render_timeout_option = click.option(
    "--render-timeout", type=Seconds(), default=600, show_default=True,
    help="Seconds one output may take (1 to a week); a slower render is stopped and reported, "
         "the others still build.")

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
